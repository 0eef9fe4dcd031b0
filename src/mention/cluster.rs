//! Mention clusters: which mentions name the same entity.
//!
//! - An acronym defined in brackets joins its full name's cluster
//!   (*Amerika Serikat (AS)*), and later uses of the acronym join it too;
//!   uses before the definition (a headline's *PLN*) are merged into it at
//!   the end. An organization's acronym also joins a name written out in the
//!   same article whose capitalized words' initials spell it, brackets or not
//!   (*KPK* ↔ *Komisi Pemberantasan Korupsi*; two letters too, *BI* ↔
//!   *Bank Indonesia*); a person's initials of three or four letters join the
//!   name of as many words they spell, in either order (*BGS* ↔ *Budi Gunadi
//!   Sadikin*), and two letters a two-word name written before them (*Rahmad
//!   Darmawan* … *RD*), unless they name a party to a case (*terdakwa AA*,
//!   *ES alias Ucok*: in corpus gold, 7 such initials after a name they spell
//!   are that person, the 2 others a suspect beside the victim).
//! - **Aliases the article states** join the person named just before them
//!   ([`link_aliases`]): *Joko Widodo (Jokowi)*, *Andi Zulkarnaen
//!   Mallarangeng alias Choel Mallarangeng*, *Saifullah Yusuf atau Gus
//!   Ipul*, *Dani, yang akrab disapa Dani*: the alias is a PER mention in the
//!   person's cluster, and later uses of it join too.
//! - A listed nickname of a well-known person (`data/mention/aliases.txt`:
//!   *Jokowi*, *SBY*, *Ahok*) joins the full name's cluster when the article
//!   also names the person in full, before or after.
//! - A contracted ministry or agency name (`data/mention/org-aliases.txt`:
//!   *Kemlu*, *Pemkot*) is compared written out, with the words after it
//!   (*Pemkot Surabaya* ↔ *Pemerintah Kota Surabaya*); the canonical name
//!   is then chosen by the words as written.
//! - The same name (case-insensitive) with the same label joins.
//! - PER: a name misspelt once (every word the same but one, one letter
//!   off, five letters or more: *Barung* for *Barunh*) joins the most recent
//!   such person among the last 64 clusters.
//! - PER: a name whose words are all words of another person's name joins
//!   it, in either order of appearance (*Kirby* ↔ *John Kirby*, *Kim* ↔
//!   *Kim Jong Un*); the most recent such person wins. Failing that, a
//!   name of one or two words that shortens an earlier person's name joins
//!   it: each word is a word of that name or, with four letters at least,
//!   its start or end (*Agus Marto* → *Agus Martowardojo*, *Wisman* →
//!   *Wismandari Wisnu*); a one-word name joins a one-word name it ends,
//!   two or three letters shorter, as Javanese call names drop the first
//!   syllable (*Yatno* → *Suyatno*), or one whose end it cuts, four letters
//!   kept (*Kris* → *Kristianto*). A short form met before the only person
//!   named later that it can shorten (*Gisel* … *Gisella Anastasia*) joins
//!   that person at the end.
//! - ORG: a name that is the start of another organization's name joins it
//!   (*Persib* ↔ *Persib Bandung*). LOC joins only on the same name
//!   (*Jakarta* is not *Jakarta Selatan*).
//! - The canonical name is the longest form seen (in words; among equals,
//!   one not in all caps: *Seoul* over *SEOUL*); `count` counts mentions.
//!
//! Each mention looks up candidates by its first word in a map, so the pass
//! is linear in the number of mentions (times the few clusters sharing a word).

use rustc_hash::FxHashMap as HashMap;
use crate::text::Lower;

use crate::entity::rules::Mention;
use crate::document::{Cluster, Entity, EntityLabel};

/// The name's words, lower case, without quotes or brackets around them
/// (*Munafri 'Appi' Arifuddin* has the word *appi*).
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).lower())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many words [`words`] finds in `s`, without building them.
fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// A shortened person name: each word of `short` is, in order, a word of
/// `long` or (four letters at least) its start or end — *Agus Marto* of
/// *Agus Martowardojo*, *Wisman* of *Wismandari Wisnu*, *Yatno* of
/// *Suyatno*, *Karwo* of *Soekarwo*.
fn shortened(short: &[String], long: &[String]) -> bool {
    let mut k = 0;
    for w in short {
        let fits = |l: &String| l == w || (w.chars().count() >= 4 && l.len() > w.len() && (l.starts_with(w.as_str()) || l.ends_with(w.as_str())));
        match long[k..].iter().position(fits) {
            Some(i) => k += i + 1,
            None => return false,
        }
    }
    !short.is_empty()
}

/// A one-word name called by its end, the first syllable dropped, as
/// Javanese names are (*Yatno* of *Suyatno*, *Karno* of *Sukarno*): the
/// short form keeps four letters or more and drops two or three.
fn first_syllable_dropped(short: &[String], long: &str) -> bool {
    let [w] = short else { return false };
    let (n, l) = (w.chars().count(), long.chars().count());
    n >= 4 && (n + 2..=n + 3).contains(&l) && long.ends_with(w.as_str())
}

/// `short` (one or two words) shortens the person name `long`.
fn shortens(short: &[String], long: &[String]) -> bool {
    match long {
        [one] => one_word_shortened(short, one),
        _ => shortened(short, long),
    }
}

/// A one-word name called by a shorter form: its first syllable dropped
/// ([`first_syllable_dropped`]) or its end cut, four letters kept at least
/// (*Kris* of *Kristianto*, *Apip* of *Apipudin*, *Argo* of *Argowiyono*).
/// In corpus train and dev gold, each of the 23 one-word person names of
/// four letters or more that start a longer one-word person name of the same
/// article names that person (*Nazar* / *Nazaruddin*, *Okto* / *Oktohari*,
/// *Karol* / *Karolin*, *Heri* / *Herijal*).
fn one_word_shortened(short: &[String], long: &str) -> bool {
    first_syllable_dropped(short, long)
        || matches!(short, [w] if w.chars().count() >= 4 && long.len() > w.len() && long.starts_with(w.as_str()))
}

/// `short` names the person `long` names with one word misspelt: each of its
/// words is a word of `long`, but one, which is one letter off (added,
/// dropped or replaced) a word of `long` that has five letters or more and
/// the same first letter. In corpus train and dev gold, 14 of 18 person
/// words one letter apart in one article are one person (*Serubabel* /
/// *Seubabel*, *Gatut Susanta* / *Gatut Sutanta*); the 4 others differ in
/// another word too (*Siti Nadia Tarmizi* / *Nidia Zuraya*).
fn misspelt(short: &[String], long: &[String]) -> bool {
    let mut off = 0;
    for w in short {
        if long.contains(w) {
            continue;
        }
        let near = w.len() >= 5
            && long.iter().any(|l| {
                // (byte lengths first: one letter apart is at most 4 bytes apart)
                l.len() >= 5 && l.len().abs_diff(w.len()) <= 4 && l.chars().next() == w.chars().next() && {
                    let (a, b): (Vec<char>, Vec<char>) = (w.chars().collect(), l.chars().collect());
                    a.len() >= 5 && b.len() >= 5 && one_letter_apart(&a, &b)
                }
            });
        if !near {
            return false;
        }
        off += 1;
    }
    off == 1
}

/// Edit distance exactly one.
fn one_letter_apart(a: &[char], b: &[char]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match b.len() - a.len() {
        0 => a.iter().zip(b).filter(|(x, y)| x != y).count() == 1,
        1 => {
            let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
            a[i..] == b[i + 1..]
        }
        _ => false,
    }
}

/// An acronym (two to six capitals, nothing else), lower-cased. (Two
/// letters are enough with the name written out in the same article: in
/// corpus train and dev gold, 27 of 27 two-letter organization acronyms with
/// such a name stand for it: *MA* ↔ *Mahkamah Agung*, *BI* ↔ *Bank Indonesia*.)
fn acronym_key(name: &str) -> Option<String> {
    let n = name.chars().count();
    ((2..=6).contains(&n) && name.chars().all(|c| c.is_ascii_uppercase())).then(|| name.to_ascii_lowercase())
}

/// *OJK Jayapura* names *Otoritas Jasa Keuangan (OJK) Jayapura*: a short
/// form and the words after it, which the long form ends with, the short
/// form defined in brackets before them (44 such pairs with an acronym in
/// corpus train and dev gold, all one organization: *PN Medan*, *BPBD Kota
/// Batu*, *DPP PKB*; a contraction too: *Dinkes DKI Jakarta*).
fn defined_acronym(short: &str, long: &str) -> bool {
    let Some((acr, rest)) = short.split_once(' ') else { return false };
    // (read off the long form's end, no string built per candidate)
    acr.starts_with(|c: char| c.is_uppercase())
        && long
            .strip_suffix(rest)
            .and_then(|l| l.trim_end().strip_suffix(')'))
            .and_then(|l| l.strip_suffix(acr))
            .is_some_and(|l| l.ends_with('('))
}

/// Initials at `start..end` that name a party to a case: after *tersangka*,
/// *terdakwa*, *pelaku*, *korban*, *saksi* … or *(ber)inisial*, or before
/// *alias*.
fn named_in_a_case(text: &str, start: usize, end: usize) -> bool {
    const CASE_WORDS: [&str; 9] = ["tersangka", "terdakwa", "terpidana", "pelaku", "korban", "saksi", "inisial", "berinisial", "napi"];
    let before = text[..start].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = text[end..].trim_start();
    CASE_WORDS.iter().any(|w| before.eq_ignore_ascii_case(w)) || after.get(..6).is_some_and(|a| a.eq_ignore_ascii_case("alias "))
}

/// The initials of a name written out (*Komisi Pemberantasan Korupsi* →
/// `kpk`): its capitalized words' first letters, lower-case words (*dan*)
/// skipped; two to six of them, each word capitalized then lower case.
fn initials_of(name: &str) -> Option<String> {
    let caps: Vec<&str> = name.split_whitespace().filter(|w| w.starts_with(|c: char| c.is_uppercase())).collect();
    let plain = caps.iter().all(|w| w.chars().skip(1).all(char::is_lowercase));
    ((2..=6).contains(&caps.len()) && plain).then(|| caps.iter().filter_map(|w| w.chars().next()).map(crate::text::lower_char).collect())
}

fn subset(a: &[String], b: &[String]) -> bool {
    a.iter().all(|w| b.contains(w))
}

/// Nicknames of well-known people and their full names
/// (`data/mention/aliases.txt`), and contracted names of ministries and
/// agencies (`data/mention/org-aliases.txt`), lower-case words.
#[derive(Debug, Default)]
pub struct KnownAliases {
    people: HashMap<String, String>,
    /// Contraction (one or two words) → the words of the name it contracts.
    orgs: HashMap<String, Vec<String>>,
}

impl KnownAliases {
    /// Parses the compiled-in lists.
    pub fn new() -> Self {
        let mut people = HashMap::default();
        for line in crate::entity::gazetteer::entries(data_file!("mention/aliases.txt")) {
            if let Some((alias, full)) = line.split_once('=') {
                people.insert(words(alias).join(" "), words(full).join(" "));
            }
        }
        let mut orgs = HashMap::default();
        for line in crate::entity::gazetteer::entries(data_file!("mention/org-aliases.txt")) {
            if let Some((alias, full)) = line.split_once('=') {
                orgs.insert(words(alias).join(" "), words(full));
            }
        }
        KnownAliases { people, orgs }
    }

    fn full_of(&self, name: &[String]) -> Option<&str> {
        self.people.get(&name.join(" ")).map(String::as_str)
    }

    /// An organization's name with a listed contraction at its start written
    /// out (*Pemkot Surabaya* → *pemerintah kota surabaya*, *Kemlu* →
    /// *kementerian luar negeri*).
    fn expand_org(&self, name: &[String]) -> Option<Vec<String>> {
        (1..=name.len().min(2)).rev().find_map(|k| {
            let full = self.orgs.get(&name[..k].join(" "))?;
            Some(full.iter().chain(&name[k..]).cloned().collect())
        })
    }
}

/// Groups mentions (sorted, non-overlapping) into clusters; `aliases` joins
/// a listed nickname to the full name when both are in the text.
pub fn cluster(text: &str, mentions: &[Mention], aliases: &KnownAliases) -> (Vec<Entity>, Vec<Cluster>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cwords: Vec<Vec<String>> = Vec::new();
    let mut by_key: HashMap<(EntityLabel, String), usize> = HashMap::default();
    // (one map per label, so a lookup borrows the word instead of building a key)
    let mut by_word: [HashMap<String, Vec<usize>>; 3] = Default::default();
    let slot = |label: EntityLabel| match label {
        EntityLabel::Per => 0,
        EntityLabel::Org => 1,
        EntityLabel::Loc => 2,
    };
    let mut by_start: HashMap<usize, usize> = HashMap::default();
    let mut by_initials: HashMap<String, usize> = HashMap::default();
    let mut by_person_initials: HashMap<String, usize> = HashMap::default();
    // Person words by their first and last four letters: the clusters a
    // shortened name (*Marto*, *Yatno*) can shorten, without a scan of all.
    let mut by_edge: HashMap<(bool, String), Vec<usize>> = HashMap::default();
    let edges = |w: &str| {
        let n = w.chars().count();
        (n >= 4).then(|| ((false, w.chars().take(4).collect::<String>()), (true, w.chars().skip(n - 4).collect::<String>())))
    };
    let mut entities: Vec<Entity> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let name = &text[m.start..m.end];
        // a contracted organization name is compared written out
        let ws = match m.label {
            EntityLabel::Org => {
                let raw = words(name);
                aliases.expand_org(&raw).unwrap_or(raw)
            }
            _ => words(name),
        };
        let key = (m.label, ws.join(" "));
        let mut found = m.alias_of.and_then(|s| by_start.get(&s).copied());
        if found.is_none() {
            found = by_key.get(&key).copied();
        }
        if found.is_none() && m.label != EntityLabel::Loc {
            let mut cands: Vec<usize> = Vec::new();
            for w in &ws {
                if let Some(v) = by_word[slot(m.label)].get(w.as_str()) {
                    cands.extend(v.iter().rev().take(8));
                }
            }
            cands.sort_unstable_by(|a, b| b.cmp(a));
            found = cands.into_iter().find(|&c| {
                let cw = &cwords[c];
                match m.label {
                    EntityLabel::Per => subset(&ws, cw) || subset(cw, &ws),
                    _ => cw.starts_with(&ws) || ws.starts_with(cw) || defined_acronym(name, &clusters[c].name) || defined_acronym(&clusters[c].name, name),
                }
            });
        }
        if found.is_none() && m.label == EntityLabel::Per && (1..=2).contains(&ws.len()) {
            // the most recent person whose name this shortens: one whose name
            // has a word equal to, or with the first or last letters of, the first word
            // (the 64 most recent of each list: an article never has more people
            // sharing a word or four letters, and a text of thousands of
            // look-alike names stays linear)
            let recent = |v: &Vec<usize>| v.iter().rev().take(64).copied().collect::<Vec<_>>();
            let mut cands: Vec<usize> = by_word[slot(EntityLabel::Per)].get(ws[0].as_str()).map(recent).unwrap_or_default();
            if let Some((head, tail)) = edges(&ws[0]) {
                cands.extend(by_edge.get(&head).into_iter().chain(by_edge.get(&tail)).flat_map(recent));
            }
            cands.sort_unstable_by(|a, b| b.cmp(a));
            cands.dedup();
            found = cands
                .into_iter()
                .find(|&c| {
                    clusters[c].label == EntityLabel::Per
                        && shortens(&ws, &cwords[c])
                });
        }
        if found.is_none() && m.label == EntityLabel::Per {
            // a name the article misspells once (*Barung* for *Barunh*, *Panijo* for
            // *Ponijo*): the most recent person with every word the same but one,
            // one letter apart
            // (among the 64 most recent clusters: linear however many people the text names)
            found = (0..clusters.len()).rev().take(64).find(|&c| clusters[c].label == EntityLabel::Per && misspelt(&ws, &cwords[c]));
        }
        // an organization's acronym and its name written out, both in the article
        // (*KPK* … *Komisi Pemberantasan Korupsi*), brackets or not
        // (the initials of the name written out, worked out once for both labels)
        let initials = initials_of(name);
        if found.is_none() && m.label == EntityLabel::Org {
            found = match acronym_key(name) {
                Some(letters) => by_initials.get(&letters).copied(),
                None => initials.as_ref().and_then(|i| by_key.get(&(EntityLabel::Org, i.clone())).copied()),
            };
        }
        // a person's initials (*BGS* … *Budi Gunadi Sadikin*, *SBY*): three or four
        // capitals spelling a person's name of as many words; two after a
        // two-word name (*Rahmad Darmawan* … *RD*), but not a suspect's or a
        // victim's (*terdakwa AA*, *ES alias Ucok*: crime news names people
        // by initials, and may also name someone else whose initials they are)
        if found.is_none() && m.label == EntityLabel::Per {
            found = match acronym_key(name) {
                Some(k) if k.len() == 2 => {
                    Some(k).filter(|_| !named_in_a_case(text, m.start, m.end)).and_then(|k| by_person_initials.get(&k).copied())
                }
                Some(k) => Some(k).filter(|k| (3..=4).contains(&k.len())).and_then(|k| by_person_initials.get(&k).copied()),
                // (the initials came first: *SBY* in a headline, the name in the story)
                None => initials
                    .as_ref()
                    .filter(|i| (3..=4).contains(&i.len()) && i.len() == word_count(name))
                    .and_then(|i| by_key.get(&(EntityLabel::Per, i.clone())).copied()),
            };
        }
        let listed_full = if m.label == EntityLabel::Per { aliases.full_of(&ws) } else { None };
        if found.is_none() {
            if let Some(full) = listed_full {
                found = by_key.get(&(EntityLabel::Per, full.to_string())).copied();
            }
        }
        let id = match found {
            Some(i) => {
                let c = &mut clusters[i];
                c.count += 1;
                let caps = |s: &str| !s.chars().any(char::is_lowercase);
                // (in the words as written: a contraction is no longer than it reads)
                let (mine, theirs) = (word_count(name), word_count(&c.name));
                let better = mine > theirs
                    || (mine == theirs && (caps(&c.name) && !caps(name) || (caps(&c.name) == caps(name) && name.len() > c.name.len())));
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
        if let Some(i) = initials {
            match m.label {
                EntityLabel::Org => {
                    by_initials.entry(i).or_insert(id);
                }
                EntityLabel::Per if (2..=4).contains(&i.len()) && i.len() == word_count(name) => {
                    by_person_initials.entry(i).or_insert(id);
                }
                _ => {}
            }
        }
        by_key.insert(key, id);
        if let Some(full) = listed_full {
            // the full name, when it comes later, finds the nickname's cluster
            by_key.entry((EntityLabel::Per, full.to_string())).or_insert(id);
        }
        by_start.insert(m.start, id);
        if m.label == EntityLabel::Per {
            for (head, tail) in ws.iter().filter_map(|w| edges(w)) {
                for key in [head, tail] {
                    let v = by_edge.entry(key).or_default();
                    if v.last() != Some(&id) {
                        v.push(id);
                    }
                }
            }
        }
        for w in ws {
            let v = by_word[slot(m.label)].entry(w).or_default();
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
    // a short form met before the name it shortens (*Gisel* in a lead, *Gisella
    // Anastasia* later) formed a cluster of its own: it joins the one person
    // it can shorten that the article names after it
    // (each cluster's move: itself, or the cluster it joins)
    // (clusters are numbered in the order the article first names them: a
    // later person is a higher number)
    let mut to: Vec<usize> = (0..clusters.len()).collect();
    for (x, c) in clusters.iter().enumerate() {
        let [w] = cwords[x].as_slice() else { continue };
        if c.label != EntityLabel::Per {
            continue;
        }
        let Some((head, tail)) = edges(w) else { continue };
        // the one later person it can shorten (none, or two: no guess)
        // (no sort of the candidates: each sort instantiated costs the page's wasm kilobytes)
        let mut only: Option<usize> = None;
        let mut two = false;
        // (among the 64 most recent of each list, as above: linear however many
        // look-alike names a text holds)
        for y in [by_edge.get(&head), by_edge.get(&tail)].into_iter().flatten().flat_map(|v| v.iter().rev().take(64)).copied() {
            // (a word of the name itself is the word rule's to join, above)
            if y <= x || cwords[y].contains(w) || !shortens(&cwords[x], &cwords[y]) {
                continue;
            }
            match only {
                Some(o) if o != y => two = true,
                _ => only = Some(y),
            }
        }
        if let (Some(y), false) = (only, two) {
            to[x] = y;
        }
    }
    early_acronyms(mentions, &entities, &cwords, &mut to);
    merge_clusters(to, &mut entities, &mut clusters);
    (entities, clusters)
}

/// An acronym used before the article defines it in brackets (*PLN Janji …*
/// in a headline, then *PT Perusahaan Listrik Negara (PLN)*) formed a
/// cluster of its own: it joins the cluster of the name it defines
/// (`to[cluster]` = the cluster it joins).
fn early_acronyms(mentions: &[Mention], entities: &[Entity], cwords: &[Vec<String>], to: &mut [usize]) {
    if !mentions.iter().any(|m| m.alias_of.is_some()) {
        return;
    }
    // where each one-word name was first met
    let mut first: HashMap<(EntityLabel, &str), usize> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if !e.text.contains(' ') {
            first.entry((e.label, e.text.as_str())).or_insert(i);
        }
    }
    for (m, e) in mentions.iter().zip(entities.iter()) {
        if m.alias_of.is_none() {
            continue;
        }
        // the acronym's text met earlier in a one-word cluster of its own
        if let Some(x) = first.get(&(e.label, e.text.as_str())).map(|&i| &entities[i]) {
            if x.cluster != e.cluster && x.start < e.start && cwords[x.cluster].len() == 1 && to[e.cluster] == e.cluster {
                to[x.cluster] = e.cluster;
            }
        }
    }
}

/// Moves the mentions of each cluster `i` into cluster `to[i]` (itself when
/// it stays; a later cluster, which may move on in turn) and renumbers the
/// clusters left.
fn merge_clusters(mut to: Vec<usize>, entities: &mut [Entity], clusters: &mut Vec<Cluster>) {
    if to.iter().enumerate().all(|(i, &t)| i == t) {
        return;
    }
    // each cluster's final one (bounded: a cycle could only come from a bug,
    // and must not hang)
    for i in 0..to.len() {
        let mut c = to[i];
        for _ in 0..to.len() {
            if to[c] == c {
                break;
            }
            c = to[c];
        }
        // (no final one found: the cluster stays)
        to[i] = if to[c] == c { c } else { i };
    }
    for (from, &to) in to.iter().enumerate() {
        if to != from {
            clusters[to].count += clusters[from].count;
            clusters[from].count = 0;
        }
    }
    for e in entities.iter_mut() {
        e.cluster = to[e.cluster];
    }
    // renumber without the emptied clusters
    let mut new_id = vec![usize::MAX; clusters.len()];
    let mut kept = Vec::with_capacity(clusters.len());
    for (i, c) in clusters.drain(..).enumerate() {
        if c.count > 0 {
            new_id[i] = kept.len();
            kept.push(Cluster { id: kept.len(), ..c });
        }
    }
    *clusters = kept;
    for e in entities.iter_mut() {
        e.cluster = new_id[e.cluster];
    }
}

/// Words that may stand between a person's name and an alias the article
/// gives for it (*… yang akrab disapa …*, *… alias …*); at least one of
/// [`ALIAS_VERBS`] must be among them, or the gap is *atau* and an honorific.
const ALIAS_GAP: &[&str] = &[
    "atau", "yang", "lebih", "akrab", "biasa", "kerap", "sering", "populer", "juga", "dengan", "nama", "panggilan",
    "sapaan", "disapa", "dipanggil", "dikenal", "alias", "karib",
];
const ALIAS_VERBS: &[&str] = &["alias", "disapa", "dipanggil", "dikenal", "sapaan", "panggilan"];

/// Marks each alias the article states for the person named just before it
/// (`alias_of` = that name's start; the alias becomes PER). `is_title` says
/// whether a lower-cased word is a title or honorific (*Gus*, *Mas*), which
/// may open the alias: *Saifullah Yusuf atau Gus Ipul*.
pub fn link_aliases(text: &str, mentions: &mut [Mention], is_title: &dyn Fn(&str) -> bool) {
    for i in 1..mentions.len() {
        let (name, alias) = (mentions[i - 1], mentions[i]);
        if name.label != EntityLabel::Per || alias.alias_of.is_some() || alias.start < name.end {
            continue;
        }
        let gap = &text[name.end..alias.start];
        // Joko Widodo (Jokowi): a one-word name in brackets
        let bracketed = gap.trim() == "("
            && text[alias.end..].starts_with(')')
            && !text[alias.start..alias.end].contains(' ')
            && name.end - name.start > alias.end - alias.start;
        // (eight words at most: more than seven state no alias, and the gap
        // may run over paragraphs to the next mention)
        let words: Vec<String> = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .take(8)
            .map(crate::text::lower)
            .collect();
        let stated = || {
            if words.is_empty() || words.len() > 7 {
                return false;
            }
            // an honorific may open the alias (Gus Ipul, Mas Kanang)
            let (last, rest) = words.split_last().expect("not empty");
            let (body, honorific) = if is_title(last) && !ALIAS_GAP.contains(&last.as_str()) { (rest, true) } else { (&words[..], false) };
            !body.is_empty()
                && body.iter().all(|w| ALIAS_GAP.contains(&w.as_str()))
                && (body.iter().any(|w| ALIAS_VERBS.contains(&w.as_str())) || (honorific && body == ["atau"]))
        };
        if bracketed || stated() {
            mentions[i].alias_of = Some(name.start);
            mentions[i].label = EntityLabel::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::rules::Evidence;

    fn mentions_of(text: &str, names: &[(&str, EntityLabel)]) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|(n, l)| {
                let s = from + text[from..].find(n).expect("name in text");
                from = s + n.len();
                Mention::new(s, s + n.len(), *l, Evidence::Strong)
            })
            .collect()
    }

    #[test]
    fn listed_nicknames_join_the_full_name_in_either_order() {
        use EntityLabel::Per;
        let aliases = KnownAliases::new();
        for (name, text, names) in [
            ("full name first", "Joko Widodo tiba. Jokowi tersenyum.", [("Joko Widodo", Per), ("Jokowi", Per)]),
            ("nickname first", "Jokowi tiba. Presiden Joko Widodo tersenyum.", [("Jokowi", Per), ("Joko Widodo", Per)]),
        ] {
            let ms = mentions_of(text, &names);
            let (entities, clusters) = cluster(text, &ms, &aliases);
            assert_eq!(entities[0].cluster, entities[1].cluster, "{name}");
            assert_eq!(clusters[entities[0].cluster].name, "Joko Widodo", "{name}");
        }
        // without the full name the nickname stands alone
        let text = "Jokowi tiba. Prabowo Subianto tersenyum.";
        let ms = mentions_of(text, &[("Jokowi", Per), ("Prabowo Subianto", Per)]);
        let (entities, clusters) = cluster(text, &ms, &aliases);
        assert_ne!(entities[0].cluster, entities[1].cluster);
        assert_eq!(clusters[entities[0].cluster].name, "Jokowi");
    }

    #[test]
    fn shortened_names_join_the_person() {
        let w = |s: &str| words(s);
        let cases: &[(&str, &str, &str, bool)] = &[
            ("cut surname", "Agus Marto", "Agus Martowardojo", true),
            ("cut first name", "Wisman", "Wismandari Wisnu", true),
            ("first syllable dropped", "Yatno", "Suyatno", true),
            ("one-word name's end cut", "Kris", "Kristianto", true),
            ("end cut, three letters left: too short to tell", "Kri", "Kristianto", false),
            ("the same one word is no shortening", "Kris", "Kris", false),
            ("too short to tell", "Sus", "Susanto", false),
            ("another name", "Budi", "Agus Martowardojo", false),
            ("order kept", "Marto Agus", "Agus Martowardojo", false),
        ];
        for (name, short, long, want) in cases {
            assert_eq!(shortens(&w(short), &w(long)), *want, "{name}");
        }
    }

    #[test]
    fn a_short_form_met_before_the_name_it_shortens_joins_it() {
        use EntityLabel::Per;
        let aliases = KnownAliases::new();
        let text = "Gisel tiba. Gisella Anastasia tersenyum. Kata Gisel.";
        let ms = mentions_of(text, &[("Gisel", Per), ("Gisella Anastasia", Per), ("Gisel", Per)]);
        let (entities, clusters) = cluster(text, &ms, &aliases);
        assert!(entities.iter().all(|e| e.cluster == entities[0].cluster));
        assert_eq!(clusters.len(), 1);
        assert_eq!((clusters[0].name.as_str(), clusters[0].count), ("Gisella Anastasia", 3));
        // two later names it could shorten: no guess
        let text = "Mega tiba. Megawati Soekarnoputri dan Megantara Putra tersenyum.";
        let ms = mentions_of(text, &[("Mega", Per), ("Megawati Soekarnoputri", Per), ("Megantara Putra", Per)]);
        let (entities, clusters) = cluster(text, &ms, &aliases);
        assert_eq!(clusters.len(), 3);
        assert_eq!(clusters[entities[0].cluster].name, "Mega");
    }

    #[test]
    fn regression_a_person_mention_without_a_word_does_not_panic() {
        let text = "“ kata “ Budi.";
        let ms = mentions_of(text, &[("“", EntityLabel::Per), ("“", EntityLabel::Per), ("Budi", EntityLabel::Per)]);
        let (entities, _) = cluster(text, &ms, &KnownAliases::new());
        assert_eq!(entities.len(), 3);
    }

    #[test]
    fn an_acronym_used_before_its_definition_joins_the_name() {
        use EntityLabel::{Loc, Org};
        let text = "PLN Janji\nJAKARTA - PT Perusahaan Listrik Negara (PLN) berjanji. PLN menyatakan itu.";
        let mut ms = mentions_of(text, &[("PLN", Org), ("JAKARTA", Loc), ("PT Perusahaan Listrik Negara", Org), ("PLN", Org), ("PLN", Org)]);
        ms[3].alias_of = Some(ms[2].start);
        let (entities, clusters) = cluster(text, &ms, &KnownAliases::new());
        assert!(entities.iter().filter(|e| e.label == Org).all(|e| e.cluster == entities[2].cluster));
        assert_eq!(clusters.len(), 2, "the early acronym's own cluster is gone");
        assert_eq!(clusters[entities[0].cluster].name, "PT Perusahaan Listrik Negara");
        assert_eq!(clusters[entities[0].cluster].count, 4);
        assert!(clusters.iter().enumerate().all(|(i, c)| c.id == i));
    }

    /// The two mentions share a cluster (`joined`), named by the longer.
    fn check_join(name: &str, text: &str, names: &[(&str, EntityLabel)], joined: bool, aliases: &KnownAliases) {
        let ms = mentions_of(text, names);
        let (entities, clusters) = cluster(text, &ms, aliases);
        assert_eq!(entities[0].cluster == entities[1].cluster, joined, "{name}");
        if joined {
            assert_eq!(clusters[entities[0].cluster].name, names.iter().map(|n| n.0).max_by_key(|n| n.len()).unwrap(), "{name}: canonical");
        }
    }

    #[test]
    fn an_acronym_or_a_persons_initials_join_the_name_written_out() {
        use EntityLabel::{Org, Per};
        let aliases = KnownAliases::new();
        for (name, text, names, joined) in [
            ("name first", "Komisi Pemberantasan Korupsi bergerak. KPK menahan dua orang.", [("Komisi Pemberantasan Korupsi", Org), ("KPK", Org)], true),
            ("acronym first", "KPK bergerak. Komisi Pemberantasan Korupsi menahan dua orang.", [("KPK", Org), ("Komisi Pemberantasan Korupsi", Org)], true),
            ("lower-case words skipped", "BPOM hadir. Badan Pengawas Obat dan Makanan menilai.", [("BPOM", Org), ("Badan Pengawas Obat dan Makanan", Org)], true),
            ("other letters", "KPU bergerak. Komisi Pemberantasan Korupsi menahan.", [("KPU", Org), ("Komisi Pemberantasan Korupsi", Org)], false),
            ("two letters, a headline's acronym", "BI Klaim Rupiah Aman\nGubernur Bank Indonesia hadir.", [("BI", Org), ("Bank Indonesia", Org)], true),
            ("two other letters", "MK memutuskan. Mahkamah Agung menolak.", [("MK", Org), ("Mahkamah Agung", Org)], false),
            ("a person's initials, name first", "Budi Gunadi Sadikin hadir. Kata BGS, dokter kurang.", [("Budi Gunadi Sadikin", Per), ("BGS", Per)], true),
            ("a person's initials first", "SBY Tiba\nSusilo Bambang Yudhoyono tiba di Bogor.", [("SBY", Per), ("Susilo Bambang Yudhoyono", Per)], true),
            ("two initials after a two-word name", "Pelatih Rahmad Darmawan hadir. RD juga mengungkapkan timnya siap.", [("Rahmad Darmawan", Per), ("RD", Per)], true),
            ("a suspect's two initials are someone else's", "Korban Aura Angeli tewas. Hakim memvonis terdakwa AA.", [("Aura Angeli", Per), ("AA", Per)], false),
            ("initials before alias are someone else's", "Istri korban, Eka Sartika, melapor. Polisi meringkus ES alias Ucok.", [("Eka Sartika", Per), ("ES", Per)], false),
            ("a person's other letters", "Budi Gunadi Sadikin hadir. Kata BGN, dokter kurang.", [("Budi Gunadi Sadikin", Per), ("BGN", Per)], false),
            ("acronym and place, name defined first", "Otoritas Jasa Keuangan (OJK) Jayapura hadir. OJK Jayapura menilai.", [("Otoritas Jasa Keuangan (OJK) Jayapura", Org), ("OJK Jayapura", Org)], true),
            ("acronym and place in a headline", "KONI DIY Tegaskan Target\nKomite Olahraga Nasional Indonesia (KONI) DIY hadir.", [("KONI DIY", Org), ("Komite Olahraga Nasional Indonesia (KONI) DIY", Org)], true),
            ("another body's place", "Otoritas Jasa Keuangan (OJK) Jayapura hadir. OJK Papua menilai.", [("Otoritas Jasa Keuangan (OJK) Jayapura", Org), ("OJK Papua", Org)], false),
            ("a body within, no definition", "Fraksi PKB DPRD Jatim hadir. DPRD Jatim menilai.", [("Fraksi PKB DPRD Jatim", Org), ("DPRD Jatim", Org)], false),
        ] {
            check_join(name, text, &names, joined, &aliases);
        }
    }

    #[test]
    fn a_one_word_name_called_by_its_end_joins_it() {
        use EntityLabel::Per;
        let aliases = KnownAliases::new();
        for (name, text, names, joined) in [
            ("first syllable dropped", "Suyatno antre. Kata Yatno lagi.", [("Suyatno", Per), ("Yatno", Per)], true),
            ("two letters dropped", "Susanto antre. Kata Santo lagi.", [("Susanto", Per), ("Santo", Per)], true),
            ("too much dropped", "Sumaryanto antre. Kata Yanto lagi.", [("Sumaryanto", Per), ("Yanto", Per)], false),
            ("a short name is not cut from a longer one", "Riyan antre. Kata Yan lagi.", [("Riyan", Per), ("Yan", Per)], false),
        ] {
            let ms = mentions_of(text, &names);
            let (entities, _) = cluster(text, &ms, &aliases);
            assert_eq!(entities[0].cluster == entities[1].cluster, joined, "{name}");
        }
    }

    #[test]
    fn stated_aliases_join_the_person_before_them() {
        use EntityLabel::{Loc, Per};
        let is_title = |w: &str| matches!(w, "gus" | "mas" | "presiden");
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, EntityLabel)], bool);
        let cases: &[Case] = &[
            ("bracketed short name", "Joko Widodo (Jokowi) tiba.", &[("Joko Widodo", Per), ("Jokowi", Per)], true),
            ("alias", "Andi Zulkarnaen Mallarangeng alias Choel Mallarangeng didakwa.", &[("Andi Zulkarnaen Mallarangeng", Per), ("Choel Mallarangeng", Per)], true),
            ("akrab disapa", "Yohanes Sutanto, yang akrab disapa Anto, datang.", &[("Yohanes Sutanto", Per), ("Anto", Loc)], true),
            ("atau and an honorific", "Saifullah Yusuf atau Gus Ipul hadir.", &[("Saifullah Yusuf", Per), ("Ipul", Per)], true),
            ("atau alone is a choice, not an alias", "Prabowo Subianto atau Anies Baswedan menang.", &[("Prabowo Subianto", Per), ("Anies Baswedan", Per)], false),
            ("a place after a person is not an alias", "Budi Santoso di Bandung.", &[("Budi Santoso", Per), ("Bandung", Loc)], false),
            ("a bracketed place is not an alias", "Kata Budi Santoso (Bandung Barat).", &[("Budi Santoso", Per), ("Bandung Barat", Loc)], false),
        ];
        for (name, text, names, want) in cases {
            let mut ms = mentions_of(text, names);
            link_aliases(text, &mut ms, &is_title);
            assert_eq!(ms[1].alias_of.is_some(), *want, "{name}");
            if *want {
                let (entities, clusters) = cluster(text, &ms, &KnownAliases::default());
                assert_eq!(entities[0].cluster, entities[1].cluster, "{name}: one cluster");
                assert_eq!(clusters[entities[1].cluster].name, names[0].0, "{name}: the fuller name is canonical");
                assert_eq!(entities[1].label, EntityLabel::Per, "{name}: the alias is a person");
            }
        }
    }
}
