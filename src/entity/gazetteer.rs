//! Names from the data files, matched leftmost-longest (ASCII case ignored)
//! with one trie.
//!
//! Lists (all compiled in with `include_str!`):
//! - `data/gazetteer/wilayah.txt`: provinces, regencies (`X`, `Kabupaten X`,
//!   `Kab. X`), cities (`X`, `Kota X`) and districts — LOC;
//! - `data/gazetteer/countries.txt`, `data/gazetteer/world.txt`,
//!   `data/places.txt`: countries, world places, Indonesian islands — LOC;
//! - `data/gazetteer/orgs.txt`: institutions, parties, media, companies,
//!   international bodies — ORG; `[BLDG]` seats (*Gedung Putih*, *Kremlin*)
//!   are ORG, or LOC after *di/ke/dari*;
//! - `data/gazetteer/corpus-names.txt`: names seen in the NER training splits.
//!
//! A match counts only on word boundaries, when its first letter is upper
//! case, and when it is written as listed, in all caps, or with only the
//! first letter changed (so *rusia* in a URL slug does not count, and
//! `SEOUL` or `TRIBUNNEWS.COM` in a dateline does).

use rustc_hash::FxHashMap as HashMap;

use crate::document::EntityLabel;

/// Reads a data file: one entry per line, `#` comments and blank lines skipped.
pub fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Reads a sectioned data file (`[name]` lines start sections).
pub fn sections(data: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut section = "";
    entries(data).filter_map(move |l| {
        if l.starts_with('[') && l.ends_with(']') {
            section = &l[1..l.len() - 1];
            None
        } else {
            Some((section, l))
        }
    })
}

/// How reliable a list is, which decides conflicts with context rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Names from the NER training corpora: right most of the time.
    Corpus,
    /// Districts: many are also ordinary words or surnames.
    District,
    /// Curated lists (countries, provinces, regencies, institutions).
    Curated,
}

/// What a gazetteer entry says about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The label.
    pub label: EntityLabel,
    /// A seat standing for its institution: ORG, but LOC after *di/ke/dari*.
    pub building: bool,
    /// Which list it came from.
    pub source: Source,
}

/// A gazetteer hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// What the list says.
    pub entry: Entry,
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    trie: Trie,
    names: Vec<Vec<String>>,
    info: Vec<Entry>,
    /// The first bytes of the names as written: a word starting with a
    /// lower-case letter matches only a name written with that same letter
    /// (*detikcom*), so other lower-case words need no look-up (most words).
    first_bytes: [bool; 256],
}

struct Builder {
    /// Lower-case name → pattern index (the automaton ignores ASCII case).
    index: HashMap<String, usize>,
    names: Vec<Vec<String>>,
    info: Vec<Entry>,
}

impl Builder {
    fn add(&mut self, name: &str, label: EntityLabel, source: Source, building: bool) {
        if name.trim().is_empty() {
            return;
        }
        let entry = Entry { label, building, source };
        let next = self.names.len();
        let i = *self.index.entry(name.to_lowercase()).or_insert(next);
        if i == next {
            self.names.push(vec![name.to_string()]);
            self.info.push(entry);
            return;
        }
        // Another written form of the same name is accepted too.
        if !self.names[i].iter().any(|n| n == name) {
            self.names[i].push(name.to_string());
        }
        // A better source overrides; an equal one keeps the first label.
        if self.info[i].source < source {
            self.info[i] = entry;
        }
    }
}

impl Gazetteer {
    /// Builds the automaton over every list.
    pub fn new() -> Self {
        use EntityLabel::{Loc, Org, Per};
        let (index, names, info) = (HashMap::with_capacity_and_hasher(1 << 14, Default::default()), Vec::with_capacity(1 << 14), Vec::with_capacity(1 << 14));
        let mut b = Builder { index, names, info };
        for (sec, name) in sections(include_str!("../../data/gazetteer/wilayah.txt")) {
            match sec {
                "prov" => {
                    b.add(name, Loc, Source::Curated, false);
                    b.add(&format!("Provinsi {name}"), Loc, Source::Curated, false);
                    for (long, short) in [
                        ("Daerah Khusus Ibukota ", "DKI "),
                        ("Daerah Istimewa ", "DI "),
                        ("Kepulauan Bangka Belitung", "Bangka Belitung"),
                    ] {
                        if let Some(rest) = name.strip_prefix(long) {
                            b.add(&format!("{short}{rest}"), Loc, Source::Curated, false);
                            b.add(&format!("Provinsi {short}{rest}"), Loc, Source::Curated, false);
                            b.add(rest, Loc, Source::Curated, false);
                        } else if name == long {
                            b.add(short, Loc, Source::Curated, false);
                        }
                    }
                }
                "kab" => {
                    b.add(name, Loc, Source::Curated, false);
                    b.add(&format!("Kabupaten {name}"), Loc, Source::Curated, false);
                    b.add(&format!("Kab. {name}"), Loc, Source::Curated, false);
                }
                "kota" => {
                    b.add(name, Loc, Source::Curated, false);
                    b.add(&format!("Kota {name}"), Loc, Source::Curated, false);
                }
                _ => b.add(name, Loc, Source::District, false),
            }
        }
        for name in entries(include_str!("../../data/gazetteer/countries.txt"))
            .chain(entries(include_str!("../../data/gazetteer/world.txt")))
            .chain(entries(include_str!("../../data/places.txt")))
        {
            b.add(name, Loc, Source::Curated, false);
        }
        for (sec, name) in sections(include_str!("../../data/gazetteer/orgs.txt")) {
            b.add(name, Org, Source::Curated, sec == "BLDG");
        }
        for (sec, name) in sections(include_str!("../../data/gazetteer/corpus-names.txt")) {
            let label = match sec {
                "PER" => Per,
                "ORG" => Org,
                "LOC" => Loc,
                _ => continue,
            };
            b.add(name, label, Source::Corpus, false);
        }
        let trie = Trie::new(b.names.iter().map(|v| v[0].as_bytes()).collect());
        let mut first_bytes = [false; 256];
        for name in b.names.iter().flatten() {
            first_bytes[usize::from(name.as_bytes()[0])] = true;
        }
        Gazetteer { trie, names: b.names, info: b.info, first_bytes }
    }

    /// Gazetteer hits in `text`, on word boundaries and in an accepted case.
    ///
    /// The longest name is looked up at each word start; a hit resumes the
    /// scan after its end (hits never overlap), a name that fails the
    /// boundary or case check does not (so `KOTA Bandung` still yields
    /// *Bandung*). Only word starts are tried: a name glued to the letters
    /// before it never counts, so looking there would be wasted work.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let hay = text.as_bytes();
        let mut hits = Vec::new();
        let mut at = 0;
        let mut prev_alnum = false; // the char before `at` is a letter or digit
        while at < hay.len() {
            let b = hay[at];
            if b < 0x80 {
                let alnum = b.is_ascii_alphanumeric();
                if !alnum || prev_alnum || (b.is_ascii_lowercase() && !self.first_bytes[usize::from(b)]) {
                    prev_alnum = alnum;
                    at += 1;
                    continue;
                }
            } else {
                // Non-ASCII: decode the char (names may start with one, e.g. *Élysée*).
                let c = text[at..].chars().next().unwrap_or(' ');
                let alnum = c.is_alphanumeric();
                if !alnum || prev_alnum {
                    prev_alnum = alnum;
                    at += c.len_utf8();
                    continue;
                }
            }
            match self.trie.longest_at(hay, at) {
                Some((end, pattern)) if is_word_boundary(text, at, end) && self.case_ok(&text[at..end], pattern) => {
                    hits.push(Hit { start: at, end, entry: self.info[pattern] });
                    // The char before `end` ends a name: resume as after a word char.
                    prev_alnum = text[..end].chars().next_back().is_some_and(char::is_alphanumeric);
                    at = end;
                }
                _ => {
                    prev_alnum = true;
                    at += text[at..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        hits
    }

    /// The entry for exactly `name` (as listed), if any.
    pub fn lookup(&self, name: &str) -> Option<Entry> {
        let (end, pattern) = self.trie.longest_at(name.as_bytes(), 0)?;
        (end == name.len() && self.case_ok(name, pattern)).then(|| self.info[pattern])
    }
}

/// The names as a trie over ASCII-lower-cased bytes. Built from the sorted
/// names in one pass (each name adds the nodes past its common prefix with
/// the one before): far cheaper than an Aho-Corasick automaton, whose
/// failure links dominated `Annotator::new` (several hundred ms in the
/// browser), and as fast to search here, where walks rarely go deep.
#[derive(Debug)]
struct Trie {
    /// The node after the first byte, by byte (0: none).
    root: Vec<u32>,
    /// The node after the first two bytes, by both (0: none): most walks
    /// end within two bytes, and this spares them the sibling scans.
    pair: Vec<u32>,
    /// Per node: the byte leading to it, its first child and next sibling
    /// (children in byte order; 0: none), and the name ending there.
    label: Vec<u8>,
    child: Vec<u32>,
    next: Vec<u32>,
    name: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Trie {
    fn new(names: Vec<&[u8]>) -> Self {
        // All keys in one buffer (one allocation, not one per name).
        let mut buf = Vec::with_capacity(names.iter().map(|n| n.len()).sum());
        let mut at = Vec::with_capacity(names.len() + 1);
        at.push(0);
        for n in &names {
            buf.extend(n.iter().map(u8::to_ascii_lowercase));
            at.push(buf.len());
        }
        let key = |i: u32| &buf[at[i as usize]..at[i as usize + 1]];
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        // Equal keys keep the lowest index first (an automaton reports the first pattern).
        order.sort_unstable_by(|&a, &b| key(a).cmp(key(b)).then(a.cmp(&b)));
        // At most one node per key byte, plus the root: sized once, cut at the end.
        let size = buf.len() + 1;
        let mut t = Trie {
            root: vec![0; 256],
            pair: vec![0; 1 << 16],
            label: vec![0; size],
            child: vec![0; size],
            next: vec![0; size],
            name: vec![NONE; size],
        };
        let mut nodes = 1;
        let mut last_child = vec![0u32; size];
        let mut path = vec![0usize]; // the nodes of the previous key, by depth
        let mut prev: &[u8] = &[];
        for &i in &order {
            let k = key(i);
            let common = prev.iter().zip(k).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for (d, &byte) in k.iter().enumerate().skip(common) {
                let (parent, id) = (path[d], nodes);
                nodes += 1;
                t.label[id] = byte;
                match last_child[parent] {
                    0 => t.child[parent] = id as u32,
                    sibling => t.next[sibling as usize] = id as u32,
                }
                last_child[parent] = id as u32;
                match d {
                    0 => t.root[usize::from(byte)] = id as u32,
                    1 => t.pair[usize::from(k[0]) << 8 | usize::from(byte)] = id as u32,
                    _ => {}
                }
                path.push(id);
            }
            let node = path[k.len()];
            if t.name[node] == NONE {
                t.name[node] = i;
            }
            prev = k;
        }
        for v in [&mut t.child, &mut t.next, &mut t.name] {
            v.truncate(nodes);
        }
        t.label.truncate(nodes);
        t
    }

    /// The longest name starting at `at` in `hay`: its end and index.
    #[inline]
    fn longest_at(&self, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        // Slices, not Vecs: indexing them stays inline in a size-optimized build.
        let (label, child, next, name) = (&self.label[..], &self.child[..], &self.next[..], &self.name[..]);
        let b0 = usize::from(hay[at].to_ascii_lowercase());
        let mut node = self.root[b0] as usize;
        if node == 0 {
            return None;
        }
        let mut best = (name[node] != NONE).then(|| (at + 1, name[node] as usize));
        let Some(&b1) = hay.get(at + 1) else { return best };
        node = self.pair[b0 << 8 | usize::from(b1.to_ascii_lowercase())] as usize;
        let mut k = at + 2;
        while node != 0 {
            if name[node] != NONE {
                best = Some((k, name[node] as usize));
            }
            let Some(&byte) = hay.get(k) else { break };
            let byte = byte.to_ascii_lowercase();
            let mut c = child[node] as usize;
            while c != 0 && label[c] < byte {
                c = next[c] as usize;
            }
            node = if c != 0 && label[c] == byte { c } else { 0 };
            k += 1;
        }
        best
    }
}

impl Gazetteer {
    fn case_ok(&self, found: &str, pattern: usize) -> bool {
        self.names[pattern].iter().any(|listed| case_ok(found, listed))
    }
}

/// `found` is written as `listed`, in all caps, or differs only in its first letter's case.
fn case_ok(found: &str, listed: &str) -> bool {
    if found == listed {
        return true;
    }
    let mut fc = found.chars();
    let mut lc = listed.chars();
    let first_upper = fc.next().is_some_and(char::is_uppercase);
    lc.next();
    if !first_upper {
        return false;
    }
    if fc.as_str() == lc.as_str() {
        return true;
    }
    // All caps (a dateline or headline), and more than one letter.
    found.chars().filter(|c| c.is_alphabetic()).count() > 1 && !found.chars().any(char::is_lowercase)
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

/// True when `[start, end)` is not glued to letters or digits on either side.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trie_search_is_leftmost_longest_on_word_boundaries() {
        let g = Gazetteer::new();
        let cases: &[(&str, &str, &[&str])] = &[
            ("longest name wins", "di Kabupaten Bandung Barat kemarin", &["Kabupaten Bandung Barat"]),
            ("all caps and listed case count", "JAKARTA dan Rusia", &["JAKARTA", "Rusia"]),
            ("lower case does not", "kata rusia dan jakarta", &[]),
            ("not inside a word", "Rusiana dan ARusia", &[]),
            ("next match starts after the previous", "Jakarta Surabaya", &["Jakarta", "Surabaya"]),
            ("a longer name in the wrong case does not hide a shorter one", "KOTA Bandung", &["Bandung"]),
            ("names start at word starts only", "PemalangMalang Malang", &["Malang"]),
            ("a name listed in lower case", "kata detikcom dan malang", &["detikcom"]),
            ("non-ASCII around a name", "“Jakarta”—Rusia😀", &["Jakarta", "Rusia"]),
            ("empty", "", &[]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = g.find(text).iter().map(|h| &text[h.start..h.end]).collect();
            assert_eq!(&got, want, "{name}");
        }
    }
}
