//! Names from the data files, matched leftmost-longest (ASCII case ignored)
//! with one trie.
//!
//! Lists (all compiled in with `include_str!`, comment lines stripped by `build.rs`):
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
    /// Every written form, back to back; a name's forms are
    /// `form_spans[pattern_forms[p].0 .. pattern_forms[p].1]`.
    forms: String,
    form_spans: Vec<(u32, u32)>,
    pattern_forms: Vec<(u32, u32)>,
    info: Vec<Entry>,
    /// The first bytes of the names as written: a word starting with a
    /// lower-case letter matches only a name written with that same letter
    /// (*detikcom*), so other lower-case words need no look-up (most words).
    first_bytes: [bool; 256],
}

/// The lists read in order, before names are merged.
#[derive(Default)]
struct Builder {
    /// Every form as listed, back to back (one allocation, not one per name).
    forms: String,
    /// Per listed form: its span in `forms` and what its list says.
    items: Vec<(u32, u32, Entry)>,
}

impl Builder {
    /// Adds `prefix` + `name` (the prefix spells out *Kabupaten X* and the like).
    fn add(&mut self, prefix: &str, name: &str, label: EntityLabel, source: Source, building: bool) {
        if name.trim().is_empty() {
            return;
        }
        let start = self.forms.len() as u32;
        self.forms.push_str(prefix);
        self.forms.push_str(name);
        self.items.push((start, self.forms.len() as u32, Entry { label, building, source }));
    }

    /// Merges the forms of each name (ASCII case ignored) and builds the trie.
    /// A name takes the first list's label unless a more reliable list has
    /// it too; every distinct written form is kept for the case check.
    fn finish(self) -> Gazetteer {
        let Builder { forms, items } = self;
        // Lower-casing ASCII keeps byte offsets: the keys share the forms' spans.
        let keys = forms.to_ascii_lowercase();
        let key = |i: usize| &keys.as_bytes()[items[i].0 as usize..items[i].1 as usize];
        let form = |i: usize| &forms[items[i].0 as usize..items[i].1 as usize];
        // Sorted on each key's first 8 bytes as a number (one integer
        // comparison, mostly) and then on the rest. Stable: equal keys stay
        // in list order (the first listed form and label lead); and the
        // generated lists come sorted, whose long runs a stable sort merges
        // rather than re-sorts.
        let head = |k: &[u8]| {
            let mut b = [0u8; 8];
            let n = k.len().min(8);
            b[..n].copy_from_slice(&k[..n]);
            u64::from_be_bytes(b)
        };
        let mut keyed: Vec<(u64, u32)> = (0..items.len()).map(|i| (head(key(i)), i as u32)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| key(a.1 as usize).cmp(key(b.1 as usize))));
        let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i as usize).collect();
        let mut form_spans = Vec::with_capacity(items.len());
        let mut pattern_forms = Vec::with_capacity(items.len());
        let mut info: Vec<Entry> = Vec::with_capacity(items.len());
        let mut trie_keys: Vec<&[u8]> = Vec::with_capacity(items.len());
        let mut group = 0;
        while group < order.len() {
            let first = order[group];
            let mut end = group + 1;
            while end < order.len() && key(order[end]) == key(first) {
                end += 1;
            }
            let from = form_spans.len() as u32;
            let mut entry = items[first].2;
            for (k, &i) in order[group..end].iter().enumerate() {
                if !order[group..group + k].iter().any(|&j| form(j) == form(i)) {
                    form_spans.push((items[i].0, items[i].1));
                }
                // A better source overrides; an equal one keeps the first label.
                if entry.source < items[i].2.source {
                    entry = items[i].2;
                }
            }
            pattern_forms.push((from, form_spans.len() as u32));
            info.push(entry);
            trie_keys.push(key(first));
            group = end;
        }
        let trie = Trie::from_sorted(&trie_keys);
        let mut first_bytes = [false; 256];
        for &(a, _) in &form_spans {
            first_bytes[usize::from(forms.as_bytes()[a as usize])] = true;
        }
        Gazetteer { trie, forms, form_spans, pattern_forms, info, first_bytes }
    }
}

impl Gazetteer {
    /// Builds the trie over every list.
    pub fn new() -> Self {
        use EntityLabel::{Loc, Org, Per};
        let mut b = Builder { forms: String::with_capacity(1 << 18), items: Vec::with_capacity(1 << 14) };
        // Each family of forms in its own pass: a sorted list stays one sorted
        // run for the sort in `finish` (*Kabupaten X* after each *X* would not).
        let wilayah: Vec<(&str, &str)> = sections(data_file!("gazetteer/wilayah.txt")).collect();
        let of = |want: &'static str| wilayah.iter().filter(move |(sec, _)| *sec == want).map(|&(_, name)| name);
        for name in of("prov") {
            b.add("", name, Loc, Source::Curated, false);
        }
        for name in of("prov") {
            b.add("Provinsi ", name, Loc, Source::Curated, false);
            for (long, short) in [
                ("Daerah Khusus Ibukota ", "DKI "),
                ("Daerah Istimewa ", "DI "),
                ("Kepulauan Bangka Belitung", "Bangka Belitung"),
            ] {
                if let Some(rest) = name.strip_prefix(long) {
                    b.add(short, rest, Loc, Source::Curated, false);
                    b.add(&format!("Provinsi {short}"), rest, Loc, Source::Curated, false);
                    b.add("", rest, Loc, Source::Curated, false);
                } else if name == long {
                    b.add("", short, Loc, Source::Curated, false);
                }
            }
        }
        for (prefix, sec) in [("", "kab"), ("Kabupaten ", "kab"), ("Kab. ", "kab"), ("", "kota"), ("Kota ", "kota")] {
            for name in of(sec) {
                b.add(prefix, name, Loc, Source::Curated, false);
            }
        }
        for name in of("kec") {
            b.add("", name, Loc, Source::District, false);
        }
        for name in entries(data_file!("gazetteer/countries.txt"))
            .chain(entries(data_file!("gazetteer/world.txt")))
            .chain(entries(data_file!("places.txt")))
        {
            b.add("", name, Loc, Source::Curated, false);
        }
        for (sec, name) in sections(data_file!("gazetteer/orgs.txt")) {
            b.add("", name, Org, Source::Curated, sec == "BLDG");
        }
        for (sec, name) in sections(data_file!("gazetteer/corpus-names.txt")) {
            let label = match sec {
                "PER" => Per,
                "ORG" => Org,
                "LOC" => Loc,
                _ => continue,
            };
            b.add("", name, label, Source::Corpus, false);
        }
        b.finish()
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
/// keys in one pass (each name adds the nodes past its common prefix with
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
    /// Builds the trie from distinct lower-case keys in ascending order; a
    /// key's index is its name's pattern number.
    fn from_sorted(keys: &[&[u8]]) -> Self {
        debug_assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys must be sorted and distinct");
        // One node per key byte past the prefix shared with the key before,
        // plus the root: counted first so that every table is sized exactly
        // (in the browser, over-sizing costs memory growth and zeroing).
        let shared: Vec<usize> = (keys.iter().enumerate())
            .map(|(i, k)| if i > 0 { keys[i - 1].iter().zip(*k).take_while(|(x, y)| x == y).count() } else { 0 })
            .collect();
        let size = 1 + keys.iter().zip(&shared).map(|(k, &s)| k.len() - s).sum::<usize>();
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
        for (i, (&k, &shared)) in keys.iter().zip(&shared).enumerate() {
            path.truncate(shared + 1);
            for (d, &byte) in k.iter().enumerate().skip(shared) {
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
            t.name[path[k.len()]] = i as u32;
        }
        debug_assert_eq!(nodes, size);
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
        let (a, b) = self.pattern_forms[pattern];
        self.form_spans[a as usize..b as usize]
            .iter()
            .any(|&(s, e)| case_ok(found, &self.forms[s as usize..e as usize]))
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

/// The hit starting at byte `at` of `hits` (sorted by start, as
/// [`Gazetteer::find`] returns them), if any.
#[inline]
pub fn hit_at(hits: &[Hit], at: usize) -> Option<&Hit> {
    hits.get(hits.partition_point(|h| h.start < at)).filter(|h| h.start == at)
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
