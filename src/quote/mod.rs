//! Quotes and who said them.
//!
//! The pipeline, each step in its own module with its rules listed there:
//! 1. [`marks`] pairs quotation marks (all styles, unbalanced input,
//!    quotes running over several paragraphs).
//! 2. [`attribution`] drops scare quotes and quoted terms, and finds each
//!    direct quote's cue after (*"…," kata X*) or before (*X mengatakan, "…"*) it.
//! 3. [`indirect`] finds reported speech without marks (*X mengatakan
//!    bahwa …*, *Menurut X, …*, *A, lanjutnya, B*).
//! 4. [`speaker`] reads the speaker phrase of each cue over the mention
//!    layer: a named mention (PER, else ORG), a pronoun or a description
//!    pointing back, an alias given in passing, or an unnamed source. It
//!    recognises no names of its own.
//! 5. Here, in text order, the mention layer decides who is meant
//!    ([`crate::mention::resolve`]): a named speaker is its cluster's
//!    canonical name; a pronoun or description is resolved by the mention
//!    layer's sieve (the more recent of the last speaker and the last
//!    subject, else a person named within the four sentences before, else
//!    `-`; a role without a name, its holder), and its words are kept as
//!    the quote's `reference_span`; every
//!    resolved speaker becomes the last speaker; a direct quote without a
//!    cue takes the speaker of its multi-paragraph quote, else of the
//!    previous (or next) quote in its paragraph, else what the sieve gives
//!    at that point; an unnamed source is `-`.
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
use crate::mention::resolve::{Referent, RoleHolders, Salience};
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
    /// A headline's indirect quote (its role may be named only after it).
    headline: bool,
    /// Who said it, once resolved.
    resolved: Option<Resolution>,
}

/// A quote's speaker: who, where named, and the referring words resolved.
#[derive(Debug, Clone)]
struct Resolution {
    who: Referent,
    named: Option<Span>,
    reference: Option<Span>,
}

impl Resolution {
    fn named(who: Referent, span: Span) -> Self {
        Resolution { who, named: Some(span), reference: None }
    }
    fn referred(who: Referent, reference: Option<Span>) -> Self {
        Resolution { who, named: None, reference }
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
                headline: false,
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
                headline: c.headline,
                resolved: None,
            });
        }
        crate::text::sort_by_key(&mut items, |q| crate::text::span_key(q.content.start, q.content.end, false));

        // the mention layer's candidates: people named outside quotes, in order
        let sentence_of = |at: usize| seg.sentence_at(at).unwrap_or(0);
        let persons = entities
            .iter()
            .filter(|e| e.label == EntityLabel::Per && !inside(e.start))
            .map(|e| {
                let name = clusters.get(e.cluster).map_or_else(|| e.text.clone(), |c| c.name.clone());
                (e.start, sentence_of(e.start), Referent { name, cluster: Some(e.cluster) })
            })
            .collect();
        let mut salience = Salience::new(persons);
        // a role's words with its places and organizations as clusters
        let as_clusters = |(titles, places): (Vec<String>, Vec<usize>)| {
            (titles, places.iter().filter_map(|&p| entities.get(p).map(|x| x.cluster)).collect::<Vec<usize>>())
        };
        // who holds which role (*Kapolres Bantul AKBP Surawan*)
        let mut roles = RoleHolders::default();
        let mut k = 0;
        while k < doc.len() {
            match doc.mention_at(k) {
                Some((a, b, EntityLabel::Per, e)) if a == k && !inside(doc.tok(a).start) => {
                    let (titles, places) = as_clusters(doc.role_before(a));
                    let c = entities[e].cluster;
                    let name = clusters.get(c).map_or_else(|| entities[e].text.clone(), |x| x.name.clone());
                    roles.add(doc.tok(a).start, titles, places, Referent { name, cluster: Some(c) });
                    k = b;
                }
                _ => k += 1,
            }
        }
        // (who an indirect quote's content names, as the subject of a verb of its own,
        // is spoken about: *menurut dia, kekalahan Gradika … harus mengakui …*)
        // (their union as sorted disjoint spans: one binary search per question,
        // not a scan of every quote per sentence)
        let mut reported: Vec<Span> = Vec::new();
        for c in items.iter().filter(|q| q.kind == QuoteKind::Indirect).map(|q| q.content) {
            match reported.last_mut() {
                Some(last) if c.start <= last.end => last.end = last.end.max(c.end),
                _ => reported.push(c),
            }
        }
        let in_reported = |at: usize| {
            let k = reported.partition_point(|c| c.start <= at);
            k > 0 && at < reported[k - 1].end
        };
        let subjects = self.subjects(&doc, &|at| inside(at), &in_reported);

        // resolve in text order
        let mut fallback: Vec<Option<Referent>> = vec![None; items.len()];
        let mut si = 0;
        for idx in 0..items.len() {
            let pos = items[idx].cue.map_or(items[idx].content.start, |c| c.start.min(items[idx].content.start));
            let sentence = sentence_of(pos);
            while si < subjects.len() && subjects[si].1 <= pos {
                let (subject, at) = &subjects[si];
                match subject {
                    Subject::Alias(alias) => salience.alias(alias, *at, sentence_of(*at)),
                    Subject::Named(sp) => {
                        let who = canonical(&doc, &salience, *sp);
                        if who.cluster.is_some_and(|c| clusters.get(c).is_some_and(|c| c.label == EntityLabel::Per)) {
                            salience.subject(who, *at);
                        }
                    }
                    Subject::Role(a, b) => {
                        let (titles, places) = as_clusters(doc.role_words(*a, *b));
                        if let Some(who) = roles.holder_of(&titles, &places, *at) {
                            salience.subject(who.clone(), *at);
                        }
                    }
                }
                si += 1;
            }
            let item = &items[idx];
            let refer = |a: usize, b: usize| {
                let reference = Some(doc.span(a, b));
                Resolution::referred(salience.resolve(pos, sentence).unwrap_or_else(Referent::unnamed), reference)
            };
            let res = match item.who {
                Ref::Named(a, b) => {
                    let sp = doc.span(a, b);
                    Some(Resolution::named(canonical(&doc, &salience, sp), sp))
                }
                Ref::Alias(a, b) => {
                    let sp = doc.span(a, b);
                    let alias = &text[sp.start..sp.end];
                    match salience.resolve(pos, sentence) {
                        Some(who) if who.name != "-" => {
                            salience.alias(alias, pos, sentence);
                            Some(Resolution::named(who, sp))
                        }
                        _ => Some(Resolution::named(canonical(&doc, &salience, sp), sp)),
                    }
                }
                // *Partai ini mengklaim …*: a description opening with the kind of an
                // organization the article named before points back to that one
                Ref::Anaphoric(a, b) => match organization_of_kind(&doc, doc.l(a), pos) {
                    Some(who) => Some(Resolution::referred(who, Some(doc.span(a, b)))),
                    None => Some(refer(a, b)),
                },
                // (also *-nya* on a verb of saying: in the corpus's train and dev gold, a
                // quote closed by *ujarnya*, *katanya* … is a person's 188 times in 191)
                Ref::Pronoun(a, b) if matches!(doc.l(a), "ia" | "dia" | "beliau") || doc.l(a).ends_with("nya") => {
                    let is_person = |r: &Referent| r.cluster.is_none_or(|c| clusters.get(c).is_none_or(|c| c.label == EntityLabel::Per));
                    let who = salience.resolve_person(pos, sentence, &is_person).unwrap_or_else(Referent::unnamed);
                    Some(Resolution::referred(who, Some(doc.span(a, b))))
                }
                Ref::Pronoun(a, b) => Some(refer(a, b)),
                Ref::Role(a, b) => {
                    let (titles, places) = as_clusters(doc.role_words(a, b));
                    // (a headline's role, *Menlu: …*, is held by the one the article names after it)
                    let holder = roles.holder_of(&titles, &places, pos).or_else(|| item.headline.then(|| roles.holder_after(&titles, &places, pos)).flatten());
                    match holder {
                        Some(who) => Some(Resolution::referred(who.clone(), Some(doc.span(a, b)))),
                        None => match doc.named_in(a, b) {
                            Ref::Named(x, y) => {
                                let sp = doc.span(x, y);
                                Some(Resolution::named(canonical(&doc, &salience, sp), sp))
                            }
                            _ => Some(Resolution::referred(Referent::unnamed(), None)),
                        },
                    }
                }
                Ref::Unnamed | Ref::Group => Some(Resolution::referred(Referent::unnamed(), None)),
                Ref::Missing => {
                    fallback[idx] = salience.resolve(pos, sentence);
                    None
                }
            };
            // (a group, *mereka menerangkan*, is no thread for a later *ujarnya*)
            if let Some(r) = res.as_ref().filter(|_| !matches!(item.who, Ref::Group)) {
                salience.spoke(r.who.clone(), pos);
            }
            items[idx].resolved = res;
        }

        // quotes without a cue: their multi-paragraph quote, then their paragraph
        let mut group_speaker: std::collections::HashMap<usize, Referent> = Default::default();
        for it in &items {
            if let (Some(g), Some(r)) = (it.group, &it.resolved) {
                group_speaker.insert(g, r.who.clone());
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
            let from_prev = prev.and_then(|j| items[j].resolved.as_ref().map(|r| r.who.clone()));
            let from_next = next.and_then(|j| items[j].resolved.as_ref().map(|r| r.who.clone()));
            let got = from_group.or(from_prev).or(from_next).or_else(|| fallback[i].clone());
            items[i].resolved = Some(Resolution::referred(got.unwrap_or_else(Referent::unnamed), None));
        }

        let mut out: Vec<Quote> = items
            .into_iter()
            .map(|it| {
                let r = it.resolved.unwrap_or_else(|| Resolution::referred(Referent::unnamed(), None));
                Quote {
                    start: it.content.start,
                    end: it.content.end,
                    text: text[it.content.start..it.content.end].to_string(),
                    kind: it.kind,
                    speaker: r.who.name,
                    speaker_cluster: r.who.cluster,
                    speaker_span: r.named,
                    cue_span: it.cue,
                    reference_span: r.reference,
                }
            })
            .collect();
        crate::text::sort_by_key(&mut out, |q| crate::text::span_key(q.start, q.end, false));
        out
    }

    /// Sentence subjects that are people, and aliases given in passing
    /// (*yang akrab disapa Dani*), with the byte where their sentence starts.
    fn subjects(&self, doc: &Doc<'_>, inside: &dyn Fn(usize) -> bool, reported: &dyn Fn(usize) -> bool) -> Vec<(Subject, usize)> {
        let mut out = Vec::new();
        let is_per = |a: usize| doc.mention_at(a).is_some_and(|m| m.2 == EntityLabel::Per);
        let full = |a: usize| {
            doc.mention_at(a).and_then(|m| doc.clusters.get(doc.entities[m.3].cluster)).is_some_and(|c| c.name.split_whitespace().count() >= 2)
        };
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
                        out.push((Subject::Alias(doc.text[sp.start..sp.end].to_string()), s.start));
                        continue;
                    }
                }
            }
            // "Hal ini diungkapkan oleh X": X is speaking
            // (adverbs may follow the verb: *disampaikan langsung* X)
            let after_adverbs = |k: usize| (k..s1).find(|&x| !doc.has(x, class::ADVERBS)).unwrap_or(s1);
            if let Some(k) = (s0 + 1..s1).map(|k| (k, after_adverbs(k + 1))).find(|&(k, n)| {
                doc.has(k, class::PASSIVE) && n + 1 < s1 && (doc.l(n) == "oleh" || doc.is_cap(n) || doc.is_title(n))
            }) {
                let (_, n) = k;
                let from = n + usize::from(doc.l(n) == "oleh");
                if let Ref::Named(a, b) = doc.speaker_after(from) {
                    out.push((Subject::Named(doc.span(a, b)), s.start));
                    continue;
                }
            }
            // the named subject of the sentence's first reporting verb
            // (the verb and its subject, read once)
            let first_verb = (s0 + 1..s1).find(|&k| doc.is_lower_word(k) && doc.has(k, class::REPORT)).map(|v| (v, doc.subject_before(v)));
            if let Some((_, Ref::Named(a, b))) = first_verb {
                if is_per(a) && !reported(doc.tok(a).start) {
                    out.push((Subject::Named(doc.span(a, b)), s.start));
                    continue;
                }
            }
            if let Some((_, Ref::Role(a, b))) = first_verb {
                if !reported(doc.tok(a).start) {
                    out.push((Subject::Role(a, b), s.start));
                    continue;
                }
            }
            // "Dia mengatakan, Menlu Retno Marsudi telah …": a verb of saying before
            // the first comma makes what follows the comma what was said, and the
            // one it names is spoken about, no new subject
            let said_before_comma = |c: usize| first_verb.as_ref().is_some_and(|(v, who)| *v < c && !matches!(who, Ref::Missing));
            // "Salah satunya adalah Eno, …", "… seorang pedagang bernama Eno": a person
            // introduced by name becomes the one the story follows, a lone name too
            let opens_one_of = doc.l(s0) == "salah" || doc.l(s0) == "seorang" || (doc.l(s0) == "di" && s0 + 1 < s1 && doc.l(s0 + 1) == "antaranya");
            if let Some(k) = (s0 + 1..s1).find(|&k| {
                (doc.l(k) == "bernama" || (opens_one_of && matches!(doc.l(k), "adalah" | "ialah" | "yakni" | "yaitu")))
                    && k + 1 < s1
                    && is_per(k + 1)
            }) {
                if let Some((a, b, _, _)) = doc.mention_at(k + 1).filter(|m| m.0 == k + 1) {
                    out.push((Subject::Named(doc.span(a, b)), s.start));
                    continue;
                }
            }
            let mut starts = vec![s0];
            // after a dateline "Kapanlagi.com - " or the first comma
            if let Some(c) = (s0..s1.min(s0 + 8)).find(|&k| doc.is_p(k, '-') || doc.is_p(k, '–') || doc.is_p(k, '—')) {
                starts.push(c + 1);
            }
            if let Some(c) = (s0..s1.min(s0 + 12)).find(|&k| doc.is_p(k, ',')).filter(|&c| !said_before_comma(c)) {
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
                // the name, then a verb, a comma or an age in brackets (Rahma (37), …)
                if a != k || b >= s1 || !(doc.is_lower_word(b) || doc.is_p(b, ',') || doc.is_p(b, '(')) {
                    continue;
                }
                // a full name (two words at least), not a lone first name
                if full(a) {
                    out.push((Subject::Named(doc.span(a, b)), s.start));
                    break;
                }
            }
        }
        out
    }
}

/// What a sentence says of its subject.
#[derive(Debug, Clone)]
enum Subject {
    /// A person named as the subject, at this span.
    Named(Span),
    /// A role without a name as the subject (*Kakanwil mengingatkan …*), at
    /// these tokens: its holder, if the article named one, is the subject.
    Role(usize, usize),
    /// Another name given for the current person (*yang akrab disapa Dani*).
    Alias(String),
}

/// The speaker named at `sp`: its cluster's canonical name (the fullest form
/// in the article) and the cluster; an alias given in passing maps to its person.
fn canonical(doc: &Doc<'_>, salience: &Salience, sp: Span) -> Referent {
    let short = &doc.text[sp.start..sp.end];
    if let Some(r) = salience.alias_of(short) {
        return r.clone();
    }
    let k = doc.entities.partition_point(|e| e.end <= sp.start);
    match doc.entities.get(k).filter(|e| e.start < sp.end) {
        Some(e) => match doc.clusters.get(e.cluster) {
            Some(c) => salience.alias_of(&c.name).cloned().unwrap_or(Referent { name: c.name.clone(), cluster: Some(e.cluster) }),
            None => Referent { name: e.text.clone(), cluster: None },
        },
        // words with no mention of their own (a headline's *Nadiem Makarim:*): the
        // fullest person or organization name made of them
        None => match doc.fullest_named(short) {
            Some(i) => Referent { name: doc.clusters[i].name.clone(), cluster: Some(i) },
            None => Referent { name: short.to_string(), cluster: None },
        },
    }
}

/// The latest organization mentioned before byte `pos`, within the last
/// [`ORG_REACH`] bytes, whose name opens with `kind` (*partai* → *Partai
/// Solidaritas Indonesia*).
fn organization_of_kind(doc: &Doc<'_>, kind: &str, pos: usize) -> Option<Referent> {
    let end = doc.entities.partition_point(|e| e.start < pos);
    let begin = doc.entities.partition_point(|e| e.start + ORG_REACH < pos);
    doc.entities[begin..end].iter().rev().find_map(|e| {
        let c = doc.clusters.get(e.cluster)?;
        let mut words = c.name.split_whitespace();
        let opens = words.next().is_some_and(|w| w.eq_ignore_ascii_case(kind));
        (c.label == EntityLabel::Org && opens && words.next().is_some())
            .then(|| Referent { name: c.name.clone(), cluster: Some(e.cluster) })
    })
}

/// How far back (bytes) a description looks for the organization it names:
/// a few paragraphs (and a bound that keeps long texts linear).
const ORG_REACH: usize = 4000;

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
