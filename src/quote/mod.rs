//! Quotes and who said them.
//!
//! The pipeline, each step in its own module with its rules listed there:
//! 1. [`marks`] pairs quotation marks (all styles, unbalanced input,
//!    quotes running over several paragraphs).
//! 2. [`attribution`] drops scare quotes and quoted terms, and finds each
//!    direct quote's cue after (*"…," kata X*) or before (*X mengatakan, "…"*) it.
//! 3. [`indirect`] finds reported speech without marks (*X mengatakan
//!    bahwa …*, *Menurut X, …*, *A, lanjutnya, B*).
//! 4. [`speaker`] reads the speaker phrase of each cue (titles peeled,
//!    unnamed sources, pronouns, anaphoric descriptions, aliases) and turns a
//!    short name into the fullest form in the article.
//! 5. Here, in text order:
//!    - every resolved speaker (named, or `-` for an unnamed source) becomes
//!      the *last speaker*;
//!    - a sentence that opens with a person's name (two words at least in
//!      its fullest form, not after a kinship word like *kakak*) makes that
//!      person the *last subject*;
//!    - a **pronoun** (*katanya*, *ia mengatakan*, *Menurut dia*) or an
//!      **anaphoric description** (*kata pria itu*, *kata politikus PPP itu*)
//!      is the more recent of the last speaker and the last subject;
//!    - a **direct quote without a cue** takes the speaker of its
//!      multi-paragraph quote, else of the previous (or next) quote in its
//!      paragraph, else the last speaker or subject;
//!    - an **unnamed source** is `-`.
//!
//! Everything is compiled in [`QuoteExtractor::new`]; `extract` makes a
//! fixed number of passes over the tokens and uses binary search for
//! positions, so it is linear-ish in the text length.

pub mod attribution;
pub mod indirect;
pub mod lexicon;
pub mod marks;
pub mod speaker;

use crate::document::{Cluster, Entity, EntityLabel, Quote, QuoteKind, Span};
use crate::text::Segmented;
use lexicon::class;
use speaker::{Doc, Ref};

/// Finds quotes and attributes them. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct QuoteExtractor {
    lex: lexicon::Lexicon,
}

#[derive(Debug, Clone)]
struct Item {
    content: Span,
    kind: QuoteKind,
    who: Ref,
    cue: Option<Span>,
    group: Option<usize>,
    para: usize,
    /// The cue came before the quote (lead-in).
    resolved: Option<(String, Option<usize>, Option<Span>)>,
}

#[derive(Debug, Default, Clone)]
struct State {
    speaker: Option<(String, Option<usize>, usize)>,
    subject: Option<(String, Option<usize>, usize)>,
}

impl State {
    fn recent(&self) -> Option<(String, Option<usize>)> {
        match (&self.speaker, &self.subject) {
            (Some(a), Some(b)) => Some(if b.2 > a.2 { (b.0.clone(), b.1) } else { (a.0.clone(), a.1) }),
            (Some(a), None) => Some((a.0.clone(), a.1)),
            (None, Some(b)) => Some((b.0.clone(), b.1)),
            (None, None) => None,
        }
    }
}

impl QuoteExtractor {
    /// Compiles the cue lists.
    pub fn new() -> Self {
        QuoteExtractor { lex: lexicon::Lexicon::new() }
    }

    /// Direct and indirect quotes, sorted by start.
    pub fn extract(&self, text: &str, seg: &Segmented, entities: &[Entity], clusters: &[Cluster]) -> Vec<Quote> {
        let doc = Doc::new(text, seg, entities, clusters, &self.lex);
        if doc.is_empty() {
            return Vec::new();
        }
        let mut aliases = Aliases::default();
        let pairs = marks::pair_marks(text, seg);

        // direct quotes
        let mut items: Vec<Item> = Vec::new();
        let mut kept: Vec<marks::MarkPair> = Vec::new();
        let mut group = 0usize;
        for p in &pairs {
            let after = attribution::cue_after(&doc, p);
            if attribution::is_term(&doc, p, after.is_some()) {
                continue;
            }
            if !p.continues {
                group += 1;
            }
            let cue = after.or_else(|| attribution::cue_before(&doc, p));
            let para = seg.paragraph_at(p.inner.start.min(text.len().saturating_sub(1))).unwrap_or(0);
            let (s, e) = trim_span(text, p.inner);
            if s >= e {
                continue;
            }
            items.push(Item {
                content: Span::new(s, e),
                kind: QuoteKind::Direct,
                who: cue.map_or(Ref::Missing, |c| c.who),
                cue: cue.map(|c| c.span),
                group: Some(group),
                para,
                resolved: None,
            });
            kept.push(*p);
        }

        // indirect quotes
        let outer: Vec<Span> = kept.iter().map(|p| p.outer).collect();
        // Asked for (nearly) every token in order: resume from the last answer.
        let hint = std::cell::Cell::new(0);
        let inside = |at: usize| {
            let mut k = hint.get();
            if k > 0 && outer[k - 1].end > at {
                k = outer.partition_point(|o| o.end <= at);
            } else {
                while k < outer.len() && outer[k].end <= at {
                    k += 1;
                }
            }
            hint.set(k);
            outer.get(k).is_some_and(|o| o.start <= at)
        };
        let long_starts: Vec<usize> = kept
            .iter()
            .filter(|p| text[p.inner.start..p.inner.end].split_whitespace().count() > 4)
            .map(|p| p.outer.start)
            .collect();
        let mut seen = std::collections::HashSet::new();
        for c in indirect::find(&doc, &inside, &long_starts) {
            if !seen.insert((c.content.start, c.content.end)) {
                continue;
            }
            let para = seg.paragraph_at(c.content.start).unwrap_or(0);
            items.push(Item {
                content: c.content,
                kind: QuoteKind::Indirect,
                who: c.who,
                cue: Some(c.cue),
                group: None,
                para,
                resolved: None,
            });
        }
        items.sort_by_key(|q| (q.content.start, q.content.end));

        // sentence subjects, in order
        let subjects = self.subjects(&doc, &aliases, &inside);

        // resolve in text order
        let mut state = State::default();
        let mut fallback: Vec<Option<(String, Option<usize>)>> = vec![None; items.len()];
        let mut si = 0;
        for idx in 0..items.len() {
            let pos = items[idx].cue.map_or(items[idx].content.start, |c| c.start.min(items[idx].content.start));
            while si < subjects.len() && subjects[si].2 <= pos {
                let (name, cl, at, alias) = subjects[si].clone();
                if alias {
                    if let Some((full, fcl)) = state.recent() {
                        aliases.add(&name, &full, fcl);
                    }
                } else {
                    state.subject = Some((name, cl, at));
                }
                si += 1;
            }
            let item = &items[idx];
            let res: Option<(String, Option<usize>, Option<Span>)> = match item.who {
                Ref::Named(a, b) => {
                    let sp = doc.span(a, b);
                    let (name, cl) = canonical(&doc, &aliases, sp);
                    Some((name, cl, Some(sp)))
                }
                Ref::Alias(a, b) => {
                    let sp = doc.span(a, b);
                    let alias = &text[sp.start..sp.end];
                    match state.recent() {
                        Some((name, cl)) if name != "-" => {
                            aliases.add(alias, &name, cl);
                            Some((name, cl, Some(sp)))
                        }
                        _ => {
                            let (name, cl) = canonical(&doc, &aliases, sp);
                            Some((name, cl, Some(sp)))
                        }
                    }
                }
                Ref::Pronoun => Some(state.recent().map_or(("-".into(), None, None), |(n, c)| (n, c, None))),
                Ref::Anaphoric => Some(state.recent().map_or(("-".into(), None, None), |(n, c)| (n, c, None))),
                Ref::Unnamed => Some(("-".into(), None, None)),
                Ref::Missing => {
                    fallback[idx] = state.recent();
                    None
                }
            };
            if let Some((name, cl, _)) = &res {
                // an unnamed source of an indirect quote does not take over the thread
                state.speaker = Some((name.clone(), *cl, pos));
            }
            items[idx].resolved = res;
        }

        // quotes without a cue: their multi-paragraph quote, then their paragraph
        let mut group_speaker: std::collections::HashMap<usize, (String, Option<usize>)> = Default::default();
        for it in &items {
            if let (Some(g), Some((n, c, _))) = (it.group, &it.resolved) {
                group_speaker.insert(g, (n.clone(), *c));
            }
        }
        let direct_idx: Vec<usize> = (0..items.len()).filter(|&i| items[i].kind == QuoteKind::Direct).collect();
        for (di, &i) in direct_idx.iter().enumerate() {
            if items[i].resolved.is_some() {
                continue;
            }
            let from_group = items[i].group.and_then(|g| group_speaker.get(&g).cloned());
            let prev = di.checked_sub(1).map(|d| direct_idx[d]).filter(|&j| items[j].para == items[i].para);
            let next = direct_idx.get(di + 1).copied().filter(|&j| items[j].para == items[i].para);
            let from_prev = prev.and_then(|j| items[j].resolved.as_ref().map(|r| (r.0.clone(), r.1)));
            let from_next = next.and_then(|j| items[j].resolved.as_ref().map(|r| (r.0.clone(), r.1)));
            let got = from_group.or(from_prev).or(from_next).or_else(|| fallback[i].clone());
            items[i].resolved = Some(got.map_or(("-".into(), None, None), |(n, c)| (n, c, None)));
        }

        let mut out: Vec<Quote> = items
            .into_iter()
            .map(|it| {
                let (speaker, speaker_cluster, speaker_span) = it.resolved.unwrap_or(("-".into(), None, None));
                Quote {
                    start: it.content.start,
                    end: it.content.end,
                    text: text[it.content.start..it.content.end].to_string(),
                    kind: it.kind,
                    speaker,
                    speaker_cluster,
                    speaker_span,
                    cue_span: it.cue,
                }
            })
            .collect();
        out.sort_by_key(|q| (q.start, q.end));
        out
    }

    /// Sentences that open with a person's name: (name, cluster, byte position).
    /// Also aliases (*yang akrab disapa Dani*), flagged `true`.
    fn subjects(&self, doc: &Doc<'_>, aliases: &Aliases, inside: &dyn Fn(usize) -> bool) -> Vec<(String, Option<usize>, usize, bool)> {
        let mut out = Vec::new();
        let is_per = |cl: Option<usize>| cl.is_some_and(|c| doc.clusters.get(c).is_some_and(|c| c.label == EntityLabel::Per));
        for (si, s) in doc.seg.sentences.iter().enumerate() {
            let std::ops::Range { start: s0, end: s1 } = doc.seg.sentence_tokens(si);
            if s0 >= s1 || inside(s.start) {
                continue;
            }
            // "Pria yang akrab disapa Dani …": Dani is another name of the person meant
            if let Some(k) = (s0..s1.min(s0 + 4)).find(|&k| doc.l(k) == "yang") {
                if doc.has(s0, class::PERSON_NOUNS) {
                    if let Some(Ref::Alias(a, b)) = doc.alias_after(k) {
                        let sp = doc.span(a, b);
                        out.push((doc.text[sp.start..sp.end].to_string(), None, s.start, true));
                        continue;
                    }
                }
            }
            // "Hal ini diungkapkan oleh X": X is speaking
            if let Some(k) = (s0 + 1..s1).find(|&k| doc.has(k, class::PASSIVE) && k + 2 < s1 && (doc.l(k + 1) == "oleh" || doc.is_cap(k + 1) || doc.is_title(k + 1))) {
                let from = k + 1 + usize::from(doc.l(k + 1) == "oleh");
                if let Ref::Named(a, b) = doc.speaker_after(from) {
                    let (name, cl) = canonical(doc, aliases, doc.span(a, b));
                    out.push((name, cl, s.start, false));
                    continue;
                }
            }
            // the named subject of the sentence's first reporting verb
            if let Some(v) = (s0 + 1..s1).find(|&k| doc.is_lower_word(k) && doc.has(k, class::REPORT)) {
                if let Ref::Named(a, b) = doc.subject_before(v) {
                    let (name, cl) = canonical(doc, aliases, doc.span(a, b));
                    if is_per(cl) {
                        out.push((name, cl, s.start, false));
                        continue;
                    }
                }
            }
            let mut starts = vec![s0];
            // after a dateline "Kapanlagi.com - " or the first comma
            if let Some(c) = (s0..s1.min(s0 + 8)).find(|&k| doc.is_p(k, '-') || doc.is_p(k, '–') || doc.is_p(k, '—')) {
                starts.push(c + 1);
            }
            if let Some(c) = (s0..s1.min(s0 + 12)).find(|&k| doc.is_p(k, ',')) {
                starts.push(c + 1);
            }
            for mut k in starts {
                while k < s1 && (doc.has(k, class::CONNECTIVES) || doc.is_p(k, ',')) {
                    k += 1;
                }
                // a role before the name: titles, the organization or place of
                // office and other capitalized words (Anggota Komisi III DPR Arsul Sani …)
                let role_from = k;
                while k < s1 && k < role_from + 12 {
                    match doc.mention_at(k) {
                        Some((_, b, EntityLabel::Org | EntityLabel::Loc, _)) => k = b,
                        Some(_) => break,
                        None if doc.is_title(k) || doc.is_cap(k) => k += 1,
                        None => break,
                    }
                }
                if k >= s1 || (k > s0 && doc.has(k - 1, class::KINSHIP)) {
                    continue;
                }
                let Some((a, b, EntityLabel::Per, _)) = doc.mention_at(k) else { continue };
                if a != k || b >= s1 || !(doc.is_lower_word(b) || doc.is_p(b, ',')) {
                    continue;
                }
                let (name, cl) = canonical(doc, aliases, doc.span(a, b));
                // a full name (two words at least), not a lone first name
                if name.split_whitespace().count() >= 2 && is_per(cl) {
                    out.push((name, cl, s.start, false));
                    break;
                }
            }
        }
        out
    }
}

/// Names the article gives a speaker in passing (*yang akrab disapa Dani*),
/// keyed by the lower-cased alias.
#[derive(Debug, Default)]
struct Aliases(std::collections::HashMap<String, (String, Option<usize>)>);

impl Aliases {
    fn add(&mut self, alias: &str, name: &str, cluster: Option<usize>) {
        let key = alias.trim().to_lowercase();
        if !key.is_empty() {
            self.0.insert(key, (name.to_string(), cluster));
        }
    }
}

/// The speaker named at `sp`: its cluster's canonical name (the fullest form
/// in the article) and the cluster; an alias the article gave maps to its person.
fn canonical(doc: &Doc<'_>, aliases: &Aliases, sp: Span) -> (String, Option<usize>) {
    let short = &doc.text[sp.start..sp.end];
    if let Some(a) = aliases.0.get(&short.to_lowercase()) {
        return a.clone();
    }
    let k = doc.entities.partition_point(|e| e.end <= sp.start);
    match doc.entities.get(k).filter(|e| e.start < sp.end) {
        Some(e) => match doc.clusters.get(e.cluster) {
            Some(c) => {
                if let Some(a) = aliases.0.get(&c.name.to_lowercase()) {
                    return a.clone();
                }
                (c.name.clone(), Some(e.cluster))
            }
            None => (e.text.clone(), None),
        },
        None => (short.to_string(), None),
    }
}

fn trim_span(text: &str, sp: Span) -> (usize, usize) {
    let s = &text[sp.start..sp.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (sp.start + lead, (sp.end - trail).max(sp.start + lead))
}

impl Default for QuoteExtractor {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests;
