//! Mention clusters: which mentions name the same entity.
//!
//! - An acronym defined in brackets joins its full name's cluster
//!   (*Amerika Serikat (AS)*), and later uses of the acronym join it too.
//! - The same name (case-insensitive) with the same label joins.
//! - PER: a name whose words are all words of another person's name joins
//!   it, in either order of appearance (*Kirby* ↔ *John Kirby*, *Kim* ↔
//!   *Kim Jong Un*); the most recent such person wins.
//! - ORG: a name that is the start of another organization's name joins it
//!   (*Persib* ↔ *Persib Bandung*). LOC joins only on the same name
//!   (*Jakarta* is not *Jakarta Selatan*).
//! - The canonical name is the longest form seen (in words; among equals,
//!   one not in all caps: *Seoul* over *SEOUL*); `count` counts mentions.
//!
//! Each mention looks up candidates by its first word in a map, so the pass
//! is linear in the number of mentions (times the few clusters sharing a word).

use rustc_hash::FxHashMap as HashMap;

use super::rules::Mention;
use crate::document::{Cluster, Entity, EntityLabel};

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

fn subset(a: &[String], b: &[String]) -> bool {
    a.iter().all(|w| b.contains(w))
}

/// Groups mentions (sorted, non-overlapping) into clusters.
pub fn cluster(text: &str, mentions: &[Mention]) -> (Vec<Entity>, Vec<Cluster>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cwords: Vec<Vec<String>> = Vec::new();
    let mut by_key: HashMap<(EntityLabel, String), usize> = HashMap::default();
    let mut by_word: HashMap<(EntityLabel, String), Vec<usize>> = HashMap::default();
    let mut by_start: HashMap<usize, usize> = HashMap::default();
    let mut entities = Vec::with_capacity(mentions.len());
    for m in mentions {
        let name = &text[m.start..m.end];
        let ws = words(name);
        let key = (m.label, ws.join(" "));
        let mut found = m.alias_of.and_then(|s| by_start.get(&s).copied());
        if found.is_none() {
            found = by_key.get(&key).copied();
        }
        if found.is_none() && m.label != EntityLabel::Loc {
            let mut cands: Vec<usize> = Vec::new();
            for w in &ws {
                if let Some(v) = by_word.get(&(m.label, w.clone())) {
                    cands.extend(v.iter().rev().take(8));
                }
            }
            cands.sort_unstable_by(|a, b| b.cmp(a));
            found = cands.into_iter().find(|&c| {
                let cw = &cwords[c];
                match m.label {
                    EntityLabel::Per => subset(&ws, cw) || subset(cw, &ws),
                    _ => cw.starts_with(&ws) || ws.starts_with(cw),
                }
            });
        }
        let id = match found {
            Some(i) => {
                let c = &mut clusters[i];
                c.count += 1;
                let caps = |s: &str| !s.chars().any(char::is_lowercase);
                let better = ws.len() > cwords[i].len()
                    || (ws.len() == cwords[i].len()
                        && (caps(&c.name) && !caps(name) || (caps(&c.name) == caps(name) && name.len() > c.name.len())));
                if better {
                    c.name = name.to_string();
                    cwords[i] = ws.clone();
                }
                i
            }
            None => {
                clusters.push(Cluster { id: clusters.len(), label: m.label, name: name.to_string(), count: 0 });
                clusters.last_mut().expect("just pushed").count = 1;
                cwords.push(ws.clone());
                clusters.len() - 1
            }
        };
        by_key.insert(key, id);
        by_start.insert(m.start, id);
        for w in ws {
            let v = by_word.entry((m.label, w)).or_default();
            if v.last() != Some(&id) {
                v.push(id);
            }
        }
        entities.push(Entity {
            start: m.start,
            end: m.end,
            label: m.label,
            text: name.to_string(),
            cluster: id,
            source: m.source,
        });
    }
    (entities, clusters)
}
