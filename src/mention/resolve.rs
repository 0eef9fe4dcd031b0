//! What refers back: pronouns, descriptions and aliases given in passing,
//! resolved to a person the article has named.
//!
//! Indonesian news names a source once, then goes on with *ujarnya*, *kata
//! dia*, *Ia menjelaskan*, *Menurutnya*, *kata pria itu*, *politikus PDI-P
//! itu*, *sang pelatih*. These **referring mentions** are resolved in text
//! order by a small deterministic sieve (in the spirit of Raghunathan et al.
//! 2010 and Lee et al. 2013: precise passes first, each candidate a named
//! mention of the article's clusters).
//!
//! # Candidates
//!
//! Read in text order, outside direct quotes, the [`Salience`] tracker keeps:
//! - the **last speaker**: the source of the last quote attributed by name,
//!   or resolved (an unnamed source, `-`, counts too: *kata seorang warga* …
//!   *ujarnya* stays unnamed; but not a group, *mereka menerangkan*, *kata
//!   para korban*: a singular pronoun after it goes on with the one before);
//! - the **last subject**: a person named at the start of a sentence, or as
//!   the subject of its first reporting verb (a role without a name there,
//!   *Kapolres menegaskan …*, is its holder, as below), or as the one by whom
//!   something was said (*Hal itu disampaikan X*) — but not one named inside
//!   what an indirect quote reports (*menurut dia, kekalahan Gradika …
//!   harus mengakui …*: spoken about) —, with a full name of two
//!   words at least (a lone first name is too often someone else; tried with
//!   a one-word name the article uses three times or more: corpus dev direct
//!   speaker fell 0.951 → 0.934), or a person introduced by name (*seorang
//!   pedagang bernama X*, *Salah satunya adalah X*), a lone name too;
//! - the **last person named**: the latest person mention outside quotes,
//!   anywhere in a sentence (*… dipimpin oleh Ketua DPRD Abdulloh. Dia
//!   menjelaskan …*).
//!
//! # Passes
//!
//! A pronoun or a description closed by *itu*/*ini*/*tersebut* at a point
//! takes, in this order:
//! 1. the **more recent of the last speaker and the last subject** (the
//!    thread of the story: who spoke or acted last);
//! 2. failing both, the **last person named**, if within the four sentences
//!    before (on the corpus's train and dev splits, reaching back 1, 2, 4
//!    and 8 sentences gave direct speaker accuracy 0.739, 0.739, 0.749 and
//!    0.749);
//! 3. otherwise nothing: the speaker is `-` (no guess).
//!
//! Agreement: a personal pronoun (*ia*, *dia*, *beliau*), and *-nya* on a
//! verb of saying (*ujarnya*: a person's words 188 times in 191 in the
//! corpus's train and dev gold), takes a person: a
//! thread candidate that is an organization is passed over for the other
//! one, then for pass 2.
//!
//! (Tried and left out, measured on the corpus: letting a person named in
//! the sentence just before take over an older thread. It lowered direct
//! speaker accuracy: such a person is as often the one spoken about.)
//!
//! A **description of an organization** (*Partai ini mengklaim …*) is the
//! latest organization the article named whose name opens with that word
//! (*Partai Solidaritas Indonesia*); with none, it is resolved as above.
//!
//! A **role without a name** (*kata Kapolres*, *Kepala BNPB mengatakan*,
//! *ujar Menkominfo*) is the latest person the article named with every
//! title word of that role (a contracted title in brackets counts:
//! *Menteri … (Menkominfo) Budi Arie Setiadi*; a contracted title and its
//! full form are one office, `data/mention/contracted-titles.txt`: *kata
//! Mensos* → *Menteri Sosial Juliari P Batubara*), and its organization or place when the role names one
//! ([`RoleHolders`]; the role's phrase ends where an adjunct opens, *dalam*,
//! *di*, *kepada* …, unless a person is named after it: *Kapolres Ketapang
//! di Pontianak membantah* is the Kapolres of Ketapang); with no such person, the role stays what its words
//! name (the organization: *kata Kepala BNPB* → BNPB) or an unnamed source.
//! A headline's role (*Menlu: …*, *Kepala Dinkes Jateng: …*) comes before
//! the body names its holder: with no holder before it, it is the first
//! holder named after it (corpus dev indirect speaker 0.810 → 0.833).
//!
//! An **alias given in passing** (*…, yang akrab disapa Dani*; *Pria yang
//! biasa dipanggil Dani ini*) names the current candidate; later uses of
//! it resolve to that person.

use rustc_hash::FxHashMap as HashMap;
use crate::text::Lower;

use crate::document::Span;

/// Who a referring mention resolved to: a canonical name and its cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    /// Canonical name (`-` for an unnamed source).
    pub name: String,
    /// The entity cluster, when the referent is a named entity.
    pub cluster: Option<usize>,
}

impl Referent {
    /// The unnamed source.
    pub fn unnamed() -> Self {
        Referent { name: "-".into(), cluster: None }
    }
}

/// A candidate with the byte where it was seen.
#[derive(Debug, Clone)]
struct Seen {
    who: Referent,
    at: usize,
}

/// The candidates of the sieve, updated in text order.
#[derive(Debug, Default)]
pub struct Salience {
    speaker: Option<Seen>,
    subject: Option<Seen>,
    /// Person mentions outside quotes: (byte, sentence, referent), sorted.
    persons: Vec<(usize, usize, Referent)>,
    aliases: HashMap<String, Referent>,
}

impl Salience {
    /// A tracker over the article's person mentions outside quotes
    /// (byte position, sentence index, referent), sorted by position.
    pub fn new(persons: Vec<(usize, usize, Referent)>) -> Self {
        Salience { persons, ..Default::default() }
    }

    /// A quote at byte `at` was attributed to `who`.
    pub fn spoke(&mut self, who: Referent, at: usize) {
        self.speaker = Some(Seen { who, at });
    }

    /// A sentence at byte `at` has `who` for its subject.
    pub fn subject(&mut self, who: Referent, at: usize) {
        self.subject = Some(Seen { who, at });
    }

    /// `alias` (as written) is another name of the current candidate.
    pub fn alias(&mut self, alias: &str, at: usize, sentence: usize) {
        if let Some(who) = self.resolve(at, sentence) {
            if who.name != "-" {
                self.aliases.insert(alias.trim().lower(), who);
            }
        }
    }

    /// The person an alias given earlier stands for.
    pub fn alias_of(&self, written: &str) -> Option<&Referent> {
        self.aliases.get(&written.trim().lower())
    }

    /// What a pronoun or description at byte `at`, in sentence `sentence`,
    /// refers to; `None` when nothing can be told.
    pub fn resolve(&self, at: usize, sentence: usize) -> Option<Referent> {
        // pass 1: the thread
        let thread = match (&self.speaker, &self.subject) {
            (Some(a), Some(b)) => Some(if b.at > a.at { b } else { a }),
            (a, b) => a.as_ref().or(b.as_ref()),
        };
        if let Some(t) = thread {
            return Some(t.who.clone());
        }
        // pass 2: a person named within the four sentences before
        let k = self.persons.partition_point(|p| p.0 < at);
        k.checked_sub(1).map(|i| &self.persons[i]).filter(|p| p.1 + 4 >= sentence).map(|p| p.2.clone())
    }

    /// [`Salience::resolve`] for a personal pronoun (*ia*, *dia*, *beliau*):
    /// a thread candidate that `is_person` rejects (an organization that
    /// spoke) is passed over for the other one, then for the last person named.
    pub fn resolve_person(&self, at: usize, sentence: usize, is_person: &dyn Fn(&Referent) -> bool) -> Option<Referent> {
        let ok = |s: &&&Seen| s.who.name == "-" || is_person(&s.who);
        // (the more recent of the two first)
        let mut thread: Vec<&Seen> = [&self.speaker, &self.subject].into_iter().flatten().collect();
        if thread.len() == 2 && thread[0].at < thread[1].at {
            thread.swap(0, 1);
        }
        if let Some(t) = thread.iter().find(ok) {
            return Some(t.who.clone());
        }
        let k = self.persons.partition_point(|p| p.0 < at);
        k.checked_sub(1).map(|i| &self.persons[i]).filter(|p| p.1 + 4 >= sentence).map(|p| p.2.clone())
    }
}
/// A person the article gave a role: the role's title words (lower case)
/// and the clusters of its organization or place (*Kapolres Bantul AKBP
/// Surawan*: *kapolres*, *akbp*; Bantul).
#[derive(Debug, Clone)]
struct Holder {
    at: usize,
    titles: Vec<String>,
    places: Vec<usize>,
    who: Referent,
}

/// Who holds which role, for role mentions without a name (*kata Kapolres*,
/// *Kepala BNPB mengatakan*): the latest person named before with every
/// title word of the role (and its organization or place, when the role
/// names one). No holder: no person (the caller keeps what the words name).
#[derive(Debug, Default)]
pub struct RoleHolders {
    holders: Vec<Holder>,
    /// Title word → the holders with it, in text order.
    by_title: HashMap<String, Vec<usize>>,
}

impl RoleHolders {
    /// `who`, named at byte `at`, holds the role written before the name.
    pub fn add(&mut self, at: usize, titles: Vec<String>, places: Vec<usize>, who: Referent) {
        if titles.is_empty() {
            return;
        }
        let k = self.holders.len();
        for t in &titles {
            let v = self.by_title.entry(t.clone()).or_default();
            if v.last() != Some(&k) {
                v.push(k);
            }
        }
        self.holders.push(Holder { at, titles, places, who });
    }

    /// The holders with the role's first title word, in text order, and
    /// whether a holder has every title word and place of the role.
    fn with_title(&self, titles: &[String]) -> impl DoubleEndedIterator<Item = &Holder> {
        let cands = titles.first().and_then(|t| self.by_title.get(t)).map_or(&[][..], Vec::as_slice);
        cands.iter().map(|&k| &self.holders[k])
    }

    fn holds(h: &Holder, titles: &[String], places: &[usize]) -> bool {
        titles.iter().all(|t| h.titles.contains(t)) && places.iter().all(|p| h.places.contains(p))
    }

    /// The holder of the role written as `titles` and `places`, before byte `at`.
    pub fn holder_of(&self, titles: &[String], places: &[usize], at: usize) -> Option<&Referent> {
        self.with_title(titles).rev().find(|h| h.at < at && Self::holds(h, titles, places)).map(|h| &h.who)
    }

    /// The first holder of the role named after byte `at` (a headline's role).
    pub fn holder_after(&self, titles: &[String], places: &[usize], at: usize) -> Option<&Referent> {
        self.with_title(titles).find(|h| h.at > at && Self::holds(h, titles, places)).map(|h| &h.who)
    }
}

/// The span of a referring mention and what it resolved to, for the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The referring words (*ujarnya*, *dia*, *pria itu*).
    pub span: Span,
    /// What they refer to.
    pub to: Referent,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(name: &str, cluster: usize) -> Referent {
        Referent { name: name.into(), cluster: Some(cluster) }
    }

    #[test]
    fn sieve_passes_in_order() {
        // the more recent of speaker and subject
        let mut s = Salience::new(vec![]);
        s.spoke(who("Maqdir Ismail", 0), 10);
        s.subject(who("Arsul Sani", 1), 50);
        assert_eq!(s.resolve(90, 2), Some(who("Arsul Sani", 1)), "subject after speaker");
        s.spoke(who("Maqdir Ismail", 0), 100);
        assert_eq!(s.resolve(120, 3), Some(who("Maqdir Ismail", 0)), "speaker after subject");

        // the thread wins over a person named since
        let mut s = Salience::new(vec![(60, 2, who("Abdulloh", 2))]);
        s.spoke(who("Budi Santoso", 0), 10);
        assert_eq!(s.resolve(80, 3), Some(who("Budi Santoso", 0)), "the thread");

        // no thread: a person of the four sentences before, else nothing
        let s = Salience::new(vec![(5, 0, who("Rahma", 4))]);
        assert_eq!(s.resolve(30, 1), Some(who("Rahma", 4)));
        assert_eq!(s.resolve(200, 4), Some(who("Rahma", 4)));
        assert_eq!(s.resolve(300, 5), None, "too far back: no guess");
    }

    #[test]
    fn a_role_is_its_holder() {
        let mut roles = RoleHolders::default();
        roles.add(10, vec!["kapolres".into(), "akbp".into()], vec![3], who("Surawan Hadi", 1));
        roles.add(50, vec!["kepala".into()], vec![7], who("Suharyanto", 2));
        let t = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(roles.holder_of(&t(&["kapolres"]), &[], 90), Some(&who("Surawan Hadi", 1)));
        assert_eq!(roles.holder_of(&t(&["kepala"]), &[7], 90), Some(&who("Suharyanto", 2)));
        assert_eq!(roles.holder_of(&t(&["kepala"]), &[8], 90), None, "head of another body");
        assert_eq!(roles.holder_of(&t(&["kapolres"]), &[], 5), None, "named only later");
        assert_eq!(roles.holder_of(&t(&["gubernur"]), &[], 90), None, "nobody with that role");
    }

    #[test]
    fn aliases_given_in_passing_name_the_current_candidate() {
        let mut s = Salience::new(vec![]);
        s.subject(who("Yohanes Sutanto", 0), 0);
        s.alias("Anto", 20, 0);
        assert_eq!(s.alias_of("anto"), Some(&who("Yohanes Sutanto", 0)));
        assert_eq!(s.alias_of("Budi"), None);
    }
}
