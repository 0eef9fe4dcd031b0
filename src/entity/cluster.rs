//! Mention clusters: which mentions name the same entity.

use super::rules::Mention;
use crate::document::{Cluster, Entity};

/// Groups mentions: a mention joins a cluster of the same label when one
/// name's words contain the other's (*Kirby* ⊂ *John Kirby*); the canonical
/// name is the longest form seen.
pub fn cluster(text: &str, mentions: &[Mention]) -> (Vec<Entity>, Vec<Cluster>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut entities = Vec::with_capacity(mentions.len());
    for m in mentions {
        let name = &text[m.start..m.end];
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let found = clusters.iter().position(|c| {
            if c.label != m.label {
                return false;
            }
            let cw: Vec<String> = c.name.split_whitespace().map(str::to_lowercase).collect();
            words.iter().all(|w| cw.contains(w)) || cw.iter().all(|w| words.contains(w))
        });
        let id = match found {
            Some(i) => {
                let c = &mut clusters[i];
                c.count += 1;
                if name.chars().count() > c.name.chars().count() {
                    c.name = name.to_string();
                }
                i
            }
            None => {
                clusters.push(Cluster { id: clusters.len(), label: m.label, name: name.to_string(), count: 1 });
                clusters.len() - 1
            }
        };
        entities.push(Entity { start: m.start, end: m.end, label: m.label, text: name.to_string(), cluster: id });
    }
    (entities, clusters)
}
