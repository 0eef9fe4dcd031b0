//! The speaker phrase of an attribution, read over the mention layer.
//!
//! This module recognises no names: a speaker is an entity mention (a PER
//! or ORG mention of [`crate::entity`], clustered by [`crate::mention`]),
//! a pronoun, a description pointing back, or an unnamed source.
//!
//! Rules:
//! - A **speaker phrase** after a cue may describe before it names (*kata
//!   salah satu pengemudi ojol asal Genuk, Wawan*); titles, roles and other
//!   capitalized words that are no mention are description. It ends at a
//!   circumstance word (*di*, *saat*, *kepada* …; *selaku* and *sebagai*
//!   open the named person's role), at a comma once a person is named
//!   (unless titles and a name follow, *…, AKBP Ferdiyan Fahmi*, or the
//!   named part was an organization, *Ketua Panpel Persib, Budi Sumarno*; a
//!   role after a person describes that person, *ujar Yusuf Permana, Deputi
//!   Bidang Protokol …*), or at the sentence end. After an organization,
//!   *dari* and the role's party or region lead on to its holder (*anggota
//!   Komisi XI DPR dari Fraksi Partai Golkar Bambang Soesatyo*), as *untuk*
//!   and an envoy's post do (*Dubes RI untuk Jepang, Heri Akhmadi*). The last person mention is the
//!   speaker, else the last organization mention (*kata kantor berita
//!   KCNA*); a place is never one, nor a name after *asal*, *dari*, *di*.
//! - The **subject** of a verb is the clause before it (after the last comma,
//!   or a dateline's dash: *JAKARTA, KOMPAS.com - Pemerintah menyatakan* is
//!   not the outlet's;
//!   or the one before when that is an appositive, degrees, a day or a
//!   relation to someone else (*Bob Lawrence, ayah Renae Lawrence,
//!   mengatakan*), or a role after the person opening the sentence (*Sarman
//!   Simanjorang, Ketua Dewan Pengurus …, menyebut*; an organization, a
//!   lower-case role word before it at most, is a role too: *Nurbaya
//!   Zulhakim, Divisi … Yayasan Setara Jambi, mengatakan*); a clause opening with
//!   *kepada* is a circumstance up to the role naming the subject (*Kepada
//!   pemancar televisi AS CNN PM Haiti mengungkapkan*): *Herfi
//!   Hervian, guru di sekolah korban, mengatakan*; *Itida Yasar, SH, MPsi,
//!   menilai*; *Nila Moeloek, SpM(K), mengatakan*; *Ahmad Riza Patria,
//!   Sabtu, menjelaskan*; a description set off after any person's name,
//!   opening with a word of its own and with no person, pronoun, verb,
//!   connective or *yang* in it, closed by a comma or by the verb itself,
//!   describes that person (*Suhebot, Kabid Perikanan Tangkap DKP Kabupaten
//!   Sukabumi menyebutkan*; *… menulis Purom Wenda, pimpinan OPM Lany Jaya,
//!   mengakui*; not *…, lanjut Adita, Telkomsel tetap menegaskan*);
//!   not when the clause before has a verb of its own or this one opens with
//!   a connective: *Polisi memeriksa Budi, sementara pengacaranya
//!   mengatakan*). Over up to four comma-set appositives and circumstances
//!   (lower-case openers, dates, places and days together, *di Sentani,
//!   Papua, Senin,*; a time clause even with a verb of
//!   saying in it, *saat menyampaikan pendapat …*), the person opening an
//!   earlier clause, or closing one that opens with a title and has no verb
//!   (*Direktur Riset CORE Indonesia Piter Abdullah, saat dihubungi …,
//!   mengatakan*), is the subject (*Liliyana, ketika diwawancarai …, Selasa
//!   (23/8/2016) sore, mengatakan*; *Djoko Sarwoko, kepada Kompas
//!   mengungkapkan*),
//!   cut at a subordinate clause (*setelah*, *ketika* …) or *yang*, unless
//!   the verb ends that clause (*dugaan itu gugur setelah Okie mengumumkan*:
//!   the person after the subordinator); a
//!   country that is the whole subject speaks as its government (*Korut
//!   mengakui …*; not a city or region); a name
//!   after a kinship word (*kakak*, *pengawal*) or a preposition is not it.
//!   A time or manner adverbial opening the clause without a comma is no
//!   subject: a pronoun right before the verb is it (*Sebelumnya ia mengaku*,
//!   *Dalam waktu dekat dia pun memperkirakan*), and *beberapa waktu lalu*
//!   is no unnamed source (*Beberapa waktu lalu Hoiruddin mengatakan*).
//!   Degrees after a name must be set off by a comma (*Namun KPK mengatakan*:
//!   KPK is the subject, not a degree). With no subject found that way, a
//!   person opening the sentence and set off by a comma, with nobody else
//!   named or referred to before the verb, is the subject however long the
//!   appositive (*Dauri, 37 tahun, salah seorang petani …, Jambi, mengakui*);
//!   *pihak* and an organization is that organization (*pihak Facebook
//!   mengatakan*).
//! - *ini*/*itu*/*tersebut* closing the phrase, unless a name is set off
//!   after it (*ucap salah satu guru SD tersebut, Setyono*), (also after a circumstance:
//!   *tegas anggota DPR dari Sumatera Barat itu*), or a generic person noun with
//!   a relative clause (*kata pria yang menjabat …*), point back to the last
//!   speaker; *yang akrab disapa X* makes *X* an alias of that speaker.
//!   *seorang*, *salah satu*, *para* … with no person named is an unnamed
//!   source (`-`), an organization after it only where they are from
//!   (*kata seorang pejabat Hamas*; *pihak KPK* is KPK).
//! - The speaker's name is its cluster's canonical name (the fullest form in
//!   the article: *kata Kirby* → *John Kirby*).

use std::borrow::Cow;

use super::lexicon::{class, Lexicon};
use crate::text::Lower;
use crate::document::{Cluster, Entity, EntityLabel, Span};
use crate::text::{Segmented, Token, TokenKind};

/// How far back (in tokens) a subject or lead-in is looked for.
pub const MAX_BACK: usize = 40;

/// No entity mention at a token.
const NO_MENTION: u32 = u32::MAX;

/// The text with its tokens and per-token facts.
pub struct Doc<'a> {
    /// The annotated text.
    pub text: &'a str,
    /// Its segmentation.
    pub seg: &'a Segmented,
    /// Lower-case form of each token: `lower_buf[a..b]` for `(a, b)` of `lower_at`.
    lower_buf: Cow<'a, str>,
    lower_at: Vec<(usize, usize)>,
    /// Entity mentions (sorted).
    pub entities: &'a [Entity],
    /// Entity clusters.
    pub clusters: &'a [Cluster],
    /// The word lists.
    pub lex: &'a Lexicon,
    /// Sentence index of each token.
    pub sent_of: Vec<usize>,
    /// [`Doc::is_cap`] and [`Doc::is_lower_word`] of each token ([`CAP`], [`LOWER_WORD`]).
    shape: Vec<u8>,
    /// The word lists each token (lower-cased) is in ([`Lexicon::class_of`]).
    class: Vec<u32>,
    /// Per 64-byte block of the text, the first token starting in it or
    /// later: [`Doc::tok_at`] scans a few tokens instead of searching all.
    block_tok: Vec<u32>,
    /// The entity mention each token lies inside ([`NO_MENTION`] if none).
    mention: Vec<u32>,
}

/// log2 of the block size of [`Doc::tok_at`]'s index.
const BLOCK_BITS: u32 = 6;

const CAP: u8 = 1;
const LOWER_WORD: u8 = 2;

/// Words with a verb's me-/di-/ber-/ter- prefix that are prepositions or
/// pronouns, no predicate (*melalui siaran persnya*, *sikap mengenai isu
/// itu*, *terkait kasus itu*).
pub const VERB_SHAPED: &[&str] =
    &["melalui", "mengenai", "menuju", "menjelang", "menurut", "terhadap", "terkait", "termasuk", "tersebut", "bersama", "beserta", "dirinya"];

/// Who a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// Tokens `[start, end)` are an entity mention naming the speaker.
    Named(usize, usize),
    /// Tokens `[start, end)` are an alias of the speaker meant (*akrab disapa Dani*).
    Alias(usize, usize),
    /// A pronoun (*dia*, *ujarnya*) at tokens `[start, end)`: the person meant.
    Pronoun(usize, usize),
    /// A description pointing back (*pria itu*) at tokens `[start, end)`.
    Anaphoric(usize, usize),
    /// A role without a name (*kata Kapolres*, *Kepala BNPB mengatakan*) at
    /// tokens `[start, end)`: the person the article gave that role, else
    /// what the words name (an organization) or an unnamed source.
    Role(usize, usize),
    /// Described, not named (*seorang warga*).
    Unnamed,
    /// A group described, not named (*mereka*, *para korban*): an unnamed
    /// source that a later singular pronoun (*ujarnya*) does not point back to.
    Group,
    /// No speaker found.
    Missing,
}

/// A mention found in a phrase: tokens `[a, b)` and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    a: usize,
    b: usize,
    label: EntityLabel,
}

/// A word opening a clause about when (*saat*, *ketika*, *setelah* …).
fn is_time_subordinator(l: &str) -> bool {
    matches!(l, "saat" | "ketika" | "kala" | "tatkala" | "setelah" | "sebelum" | "sesudah" | "usai" | "seusai" | "selepas")
}

/// The speaker among the mentions of a phrase: the last person, else the
/// last organization; places never speak.
fn pick(found: &[Found]) -> Option<Ref> {
    let by = |l: EntityLabel| found.iter().rev().find(|f| f.label == l).map(|f| Ref::Named(f.a, f.b));
    by(EntityLabel::Per).or_else(|| by(EntityLabel::Org))
}

impl<'a> Doc<'a> {
    /// Prepares the per-token facts (one pass).
    pub fn new(
        text: &'a str,
        seg: &'a Segmented,
        entities: &'a [Entity],
        clusters: &'a [Cluster],
        lex: &'a Lexicon,
    ) -> Self {
        // the text lower-cased by the segmentation, at the tokens' own offsets;
        // failing that, all lower-case forms in one buffer (one allocation)
        let (lower_buf, lower_at) = match seg.lowered() {
            Some(lowered) => (Cow::Borrowed(lowered), seg.tokens.iter().map(|t| (t.start, t.end)).collect()),
            None => {
                let mut buf = String::with_capacity(text.len());
                let at = (seg.tokens.iter())
                    .map(|t| {
                        let a = buf.len();
                        crate::text::push_lower(&mut buf, &text[t.start..t.end]);
                        (a, buf.len())
                    })
                    .collect();
                (Cow::Owned(buf), at)
            }
        };
        let mut sent_of = Vec::with_capacity(seg.tokens.len());
        let mut s = 0;
        for t in &seg.tokens {
            while s + 1 < seg.sentences.len() && seg.sentences[s].end <= t.start {
                s += 1;
            }
            sent_of.push(s);
        }
        let shape = seg
            .tokens
            .iter()
            .map(|t| {
                let w = &text[t.start..t.end];
                if t.kind != TokenKind::Word {
                    return 0;
                }
                // "al-Ansari", "el-Sisi": a lower-case particle glued to a capitalized name
                // (of three bytes at most: the first hyphen is looked for only there)
                let cap = w.starts_with(|c: char| c.is_uppercase())
                    || w.bytes().take(4).position(|b| b == b'-').is_some_and(|k| {
                        w[..k].chars().all(|c| c.is_lowercase()) && w[k + 1..].starts_with(|c: char| c.is_uppercase())
                    });
                if cap {
                    CAP
                } else if w.starts_with(|c: char| c.is_lowercase()) {
                    LOWER_WORD
                } else {
                    0
                }
            })
            .collect();
        // Every listed entry has a letter: only words need the look-up.
        let class = (seg.tokens.iter().zip(&lower_at))
            .map(|(t, &(a, b))| if t.kind == TokenKind::Word { lex.class_of(&lower_buf[a..b]) } else { 0 })
            .collect();
        let mut block_tok = Vec::with_capacity((text.len() >> BLOCK_BITS) + 2);
        for (i, t) in seg.tokens.iter().enumerate() {
            while block_tok.len() << BLOCK_BITS <= t.start {
                block_tok.push(i as u32);
            }
        }
        while block_tok.len() << BLOCK_BITS <= text.len() {
            block_tok.push(seg.tokens.len() as u32);
        }
        // Both sorted: one walk finds the mention each token lies inside.
        let mut k = 0;
        let mention = (seg.tokens.iter())
            .map(|t| {
                while k < entities.len() && entities[k].end <= t.start {
                    k += 1;
                }
                match entities.get(k) {
                    Some(e) if e.start <= t.start && t.start < e.end => k as u32,
                    _ => NO_MENTION,
                }
            })
            .collect();
        Doc { text, seg, lower_buf, lower_at, entities, clusters, lex, sent_of, shape, class, block_tok, mention }
    }

    /// Token `i` (lower-cased) is in one of the word lists `lists` ([`class`] bits).
    #[inline]
    pub fn has(&self, i: usize, lists: u32) -> bool {
        self.class[i] & lists != 0
    }

    /// Token `i` is a passive cue that takes a pronoun agent after it
    /// ([`Lexicon::passive_before_agent`], read from the token's list bits).
    #[inline]
    pub fn passive_before_agent(&self, i: usize) -> bool {
        self.has(i, class::PASSIVE | class::PASSIVE_AGENT)
    }

    /// [`Lexicon::after_verb`] of token `i`: the list bit answers for the
    /// base verbs; only a word ending in *-nya* needs its stem looked up.
    pub fn after_verb(&self, i: usize) -> Option<bool> {
        if self.has(i, class::AFTER) {
            return Some(false);
        }
        let l = self.l(i);
        if l.ends_with("nya") { self.lex.after_verb(l) } else { None }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    /// The text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }

    /// Token `i`.
    pub fn tok(&self, i: usize) -> Token {
        self.seg.tokens[i]
    }

    /// Text of token `i`.
    pub fn s(&self, i: usize) -> &'a str {
        let t = self.seg.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Lower-case text of token `i`.
    pub fn l(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        &self.lower_buf[a..b]
    }

    /// First token starting at or after byte `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        let tokens = &self.seg.tokens;
        let mut k = self.block_tok.get(at >> BLOCK_BITS).map_or(tokens.len(), |&k| k as usize);
        while k < tokens.len() && tokens[k].start < at {
            k += 1;
        }
        k
    }

    /// Token `i` is a word starting with a capital letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.shape[i] == CAP
    }

    /// Token `i` is a word starting with a lower-case letter.
    #[inline]
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.shape[i] == LOWER_WORD
    }

    /// A lower-case verb with a me-/di-/ber-/ter- prefix at token `i`: a clause of its own.
    pub fn is_prefixed_verb(&self, i: usize) -> bool {
        let l = self.l(i);
        self.is_lower_word(i)
            && l.len() >= 5
            && ["me", "di", "ber", "ter"].iter().any(|p| l.starts_with(p))
            // prepositions built like verbs (*melalui siaran persnya*, *terkait kasus itu*)
            && !VERB_SHAPED.contains(&l)
    }

    /// Tokens `i - 2`, `i - 1` are a manner adverbial, *dengan* and a plain
    /// lower-case word (*dengan tegas*, *dengan singkat*), which may stand
    /// between a subject and its verb.
    pub fn manner_before(&self, i: usize) -> bool {
        i >= 2 && self.l(i - 2) == "dengan" && self.is_lower_word(i - 1) && {
            let w = self.l(i - 1);
            w.len() >= 4 && !["me", "di", "ber", "ter", "pe", "ke"].iter().any(|p| w.starts_with(p))
        }
    }

    /// Token `i` is the punctuation `c`.
    pub fn is_p(&self, i: usize, c: char) -> bool {
        let t = self.seg.tokens[i];
        t.kind == TokenKind::Punct && self.s(i).starts_with(c)
    }

    /// Token `i` is a quotation mark.
    pub fn is_mark(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Punct && self.s(i).starts_with(super::marks::is_mark_char)
    }

    /// Tokens `i` and `j` are in the same paragraph (no line break between).
    pub fn same_para(&self, i: usize, j: usize) -> bool {
        let (a, b) = (self.tok(i.min(j)).end, self.tok(i.max(j)).start);
        a > b || !self.text[a..b].contains('\n')
    }

    /// Token `i` is a title/rank/office word.
    pub fn is_title(&self, i: usize) -> bool {
        self.has(i, class::TITLES)
    }

    /// The entity mention token `i` lies in: its tokens `[a, b)`, label and index.
    pub fn mention_at(&self, i: usize) -> Option<(usize, usize, EntityLabel, usize)> {
        let k = *self.mention.get(i)?;
        if k == NO_MENTION {
            return None;
        }
        let e = &self.entities[k as usize];
        let mut a = i;
        while a > 0 && self.mention[a - 1] == k {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.len() && self.mention[b] == k {
            b += 1;
        }
        Some((a, b, e.label, k as usize))
    }

    /// The entity mention that starts at token `i` and ends before token `limit`.
    fn mention_from(&self, i: usize, limit: usize) -> Option<Found> {
        let (a, b, label, _) = self.mention_at(i)?;
        (a == i && b <= limit).then_some(Found { a, b, label })
    }

    /// Parses the speaker phrase starting at token `p` (just after a cue).
    pub fn speaker_after(&self, p: usize) -> Ref {
        self.speaker_within(p, self.len())
    }

    /// [`Doc::speaker_after`], not reading token `limit` or beyond.
    pub fn speaker_within(&self, p: usize, limit: usize) -> Ref {
        let n = self.len().min(limit);
        if p >= n {
            return Ref::Missing;
        }
        let lim = (p + 30).min(n);
        if self.has(p, class::PRONOUNS) {
            return Ref::Pronoun(p, p + 1);
        }
        if self.l(p) == "mereka" {
            return Ref::Group;
        }
        let mut found: Vec<Found> = Vec::new();
        let mut desc = 0usize;
        let mut unnamed = false;
        let mut i = p;
        let mut anaphoric = None;
        let mut after_comma = false;
        let mut role = false;
        let mut bracket: Option<usize> = None;
        while i < lim && self.same_para(p, i) {
            if let Some(mut m) = self.mention_from(i, lim) {
                // "asal Genuk", "dari Demak": a place, not the speaker
                if i > p && matches!(self.l(i - 1), "asal" | "dari" | "di" | "ke") {
                    m.label = EntityLabel::Loc;
                }
                // a mention after a comma must be an appositive (a role and a name:
                // *…, Komisaris Bachtiar Alponso ditemui …*), not a new clause's subject
                if after_comma
                    && !(m.a > p && self.is_title(m.a - 1))
                    && m.b < lim
                    && self.is_lower_word(m.b)
                    && !self.has(m.b, class::BOUNDARIES)
                    && !self.has(m.b, class::DEMONSTRATIVES)
                    && self.l(m.b) != "yang"
                {
                    break;
                }
                // *kata Mark Regev, juru bicara Netanyahu*: after the speaker is named, a
                // name after a relation word is whom the speaker serves
                let related = m.a > p && self.has(m.a - 1, class::KINSHIP) && found.iter().any(|f| f.label == EntityLabel::Per);
                if !related {
                    found.push(m);
                }
                after_comma = false;
                i = m.b;
                continue;
            }
            let tk = self.tok(i);
            match tk.kind {
                TokenKind::Word => {
                    let l = self.l(i);
                    if self.is_title(i) {
                        role |= found.is_empty() && desc == 0;
                        i += 1;
                        continue;
                    }
                    if self.is_cap(i) {
                        // a role, portfolio or unit word that is no mention: description
                        desc += 1;
                        i += 1;
                        continue;
                    }
                    if self.lex.demonstratives.contains(l) {
                        // *ucap salah satu guru SD tersebut, Setyono*: the name set
                        // off after the description is the speaker
                        if i + 2 < lim && self.is_p(i + 1, ',') {
                            if let Some(m) = self.mention_from(i + 2, lim).filter(|m| m.label == EntityLabel::Per && m.a == i + 2) {
                                return Ref::Named(m.a, m.b);
                            }
                        }
                        anaphoric = Some(i + 1);
                        break;
                    }
                    if l == "yang" {
                        if let Some(alias) = self.alias_after(i) {
                            return alias;
                        }
                        // (not after an unnamed source's opener: *kata salah satu wali murid
                        // yang …* is someone unnamed, not the last speaker)
                        if !found.iter().any(|f| f.label == EntityLabel::Per) && i > p && !unnamed {
                            anaphoric = Some(i);
                        }
                        break;
                    }
                    // *anggota Komisi XI DPR dari Fraksi Partai Golkar Bambang Soesatyo*: the
                    // role's party or region after *dari* (or where an envoy is sent, after
                    // *untuk*: *Dubes RI untuk Jepang, Heri Akhmadi*), then the person holding it
                    let holder_after_preposition = (l == "dari" || l == "untuk") && !found.is_empty() && !found.iter().any(|f| f.label == EntityLabel::Per) && {
                        let mut x = i + 1;
                        while x < lim && x < i + 8 && (self.is_cap(x) || self.tok(x).kind == TokenKind::Number) && self.mention_from(x, lim).is_none_or(|m| m.label != EntityLabel::Per) {
                            x = self.mention_from(x, lim).map_or(x + 1, |m| m.b);
                        }
                        // (or set off by a comma: *anggota Tim Peneliti GeNose dari UGM, Dian …*)
                        let y = if x > i + 1 && x + 1 < lim && self.is_p(x, ',') { x + 1 } else { x };
                        x > i + 1 && y < lim && self.mention_from(y, lim).is_some_and(|m| m.label == EntityLabel::Per && m.a == y)
                    };
                    if self.lex.boundaries.contains(l) && !holder_after_preposition {
                        break;
                    }
                    if !found.is_empty() {
                        // lower-case words between a role and the name: "periode 2016-2019 Johannes"
                        let next_cap = (i + 1..(i + 4).min(lim)).find(|&x| !self.is_lower_word(x) && self.tok(x).kind != TokenKind::Number);
                        if !next_cap.is_some_and(|x| self.is_cap(x)) {
                            break;
                        }
                    }
                    if desc == 0 && self.lex.unnamed.contains(l) {
                        unnamed = true;
                    }
                    desc += 1;
                    i += 1;
                }
                TokenKind::Number => i += 1,
                TokenKind::Punct => {
                    let c = self.s(i);
                    if c == "," {
                        let has_person = found.iter().any(|f| f.label == EntityLabel::Per);
                        let org_named = found.last().is_some_and(|f| f.label != EntityLabel::Per);
                        // (after a person, a role set off by a comma describes that person,
                        // *kata Agus Setya, Direktur Tipid Eksus Bareskrim Polri*, unless
                        // titles and a name follow: *Kasubdit Renakta, AKBP Ferdiyan Fahmi*)
                        let titled_name = {
                            let mut k = i + 1;
                            while k < lim && self.is_title(k) {
                                k += 1;
                            }
                            k > i + 1 && self.mention_from(k, lim).is_some_and(|m| m.label == EntityLabel::Per)
                        };
                        if i + 1 < lim
                            && (self.is_cap(i + 1) || self.is_title(i + 1))
                            && !self.has(i + 1, class::CALENDAR)
                            && (!has_person || (org_named && !self.is_title(i + 1)) || titled_name)
                        {
                            i += 1;
                            after_comma = true;
                            continue;
                        }
                        // the last item of a portfolio's list (*Menteri Koordinator Bidang
                        // Politik, Hukum, dan Keamanan Mahfud MD*)
                        if !has_person && desc > 0 && i + 2 < lim && self.l(i + 1) == "dan" && self.is_cap(i + 2) && !self.has(i + 2, class::CALENDAR) {
                            i += 2;
                            after_comma = true;
                            continue;
                        }
                        break;
                    }
                    if c == "(" {
                        match (i + 1..(i + 8).min(lim)).find(|&x| self.is_p(x, ')')) {
                            Some(close) => {
                                // a role's words end before a bracket (*kata Presiden (Kompas, 11/11/2017)*)
                                bracket.get_or_insert(i);
                                i = close + 1;
                                continue;
                            }
                            None => break,
                        }
                    }
                    if c == "." && i > p && (self.s(i - 1).chars().count() == 1 || self.has(i - 1, class::TITLES)) && self.tok(i).start == self.tok(i - 1).end {
                        i += 1;
                        continue;
                    }
                    if c == "&" || c == "-" {
                        i += 1;
                        continue;
                    }
                    break;
                }
            }
        }
        // *tegas anggota DPR dari Sumatera Barat itu*: a description closed by a
        // demonstrative after a circumstance word points back all the same
        if anaphoric.is_none() && !found.iter().any(|f| f.label == EntityLabel::Per) && i < lim && self.has(i, class::BOUNDARIES) {
            let mut x = i + 1;
            while x < lim && x < i + 6 && self.tok(x).kind != TokenKind::Punct && !self.has(x, class::DEMONSTRATIVES) {
                x += 1;
            }
            let closes = x < lim && self.has(x, class::DEMONSTRATIVES) && (x + 1 >= lim || self.tok(x + 1).kind == TokenKind::Punct);
            if closes {
                anaphoric = Some(x + 1);
            }
        }
        if let Some(end) = anaphoric {
            return Ref::Anaphoric(p, end);
        }
        if role && !found.iter().any(|f| f.label == EntityLabel::Per) {
            let mut end = bracket.unwrap_or(i).max(p + 1);
            while end > p + 1 && self.tok(end - 1).kind == TokenKind::Punct {
                end -= 1;
            }
            return Ref::Role(p, end);
        }
        // *kata seorang pejabat Hamas*, *ujar salah satu JPU KPK*: an unnamed
        // member; the organization only says where they are from
        // (*pihak KPK* is the organization itself)
        if unnamed && self.l(p) != "pihak" && !found.iter().any(|f| f.label == EntityLabel::Per) {
            return Ref::Unnamed;
        }
        if let Some(r) = pick(&found) {
            return r;
        }
        if unnamed || desc > 0 || !found.is_empty() {
            return Ref::Unnamed;
        }
        Ref::Missing
    }

    /// What the words `[a, b)` name when they are no role's holder: an
    /// organization among them, else an unnamed source.
    pub fn named_in(&self, a: usize, b: usize) -> Ref {
        let mut found = Vec::new();
        let mut x = a;
        while x < b {
            match self.mention_at(x) {
                Some((ma, mb, label, _)) => {
                    found.push(Found { a: ma.max(a), b: mb.min(b), label });
                    x = mb.max(x + 1);
                }
                None => x += 1,
            }
        }
        pick(&found).unwrap_or(Ref::Unnamed)
    }

    /// The title words (lower case) and the organization or place mentions
    /// (entity indexes) of the role words `[a, b)`.
    pub fn role_words(&self, a: usize, b: usize) -> (Vec<String>, Vec<usize>) {
        let (mut titles, mut places) = (Vec::new(), Vec::new());
        let mut x = a;
        while x < b {
            match self.mention_at(x) {
                Some((_, mb, EntityLabel::Org | EntityLabel::Loc, k)) => {
                    places.push(k);
                    x = mb.max(x + 1);
                }
                _ => {
                    if self.is_title(x) {
                        titles.push(self.l(x).to_string());
                    }
                    x += 1;
                }
            }
        }
        // A contracted title and its full form are one office (*Mensos* = *Menteri
        // Sosial*): either gives the office's key and the full form's title words
        // (every form holds a title word: with none, nothing to look up).
        if titles.is_empty() {
            return (titles, places);
        }
        let words: Vec<&str> = (a..b).filter(|&x| self.tok(x).kind == TokenKind::Word).map(|x| self.l(x)).collect();
        let has = |seq: &[String]| !seq.is_empty() && words.windows(seq.len()).any(|w| w.iter().zip(seq).all(|(a, b)| *a == b.as_str()));
        for (short, full) in &self.lex.contracted {
            if has(short) || has(full) {
                titles.retain(|t| !short.contains(t));
                for t in full.iter().filter(|t| self.lex.titles.contains(t.as_str())) {
                    if !titles.contains(t) {
                        titles.push(t.clone());
                    }
                }
                titles.push(format!("={}", short.join(" ")));
            }
        }
        (titles, places)
    }

    /// The role words right before the person mention starting at token `a`
    /// (*Kapolres Bantul AKBP* before *Surawan*), within its sentence.
    pub fn role_before(&self, a: usize) -> (Vec<String>, Vec<usize>) {
        let sent = self.sent_of[a.min(self.len() - 1)];
        let mut s = a;
        while s > 0 && a - s < 12 && self.sent_of[s - 1] == sent {
            let x = s - 1;
            let in_role = self.is_title(x)
                || self.mention_at(x).is_some_and(|m| m.2 != EntityLabel::Per)
                || self.is_p(x, ',')
                || self.is_p(x, '.')
                // (a contracted title in brackets: *Menteri … Informatika (Menkominfo) Budi*)
                || self.is_p(x, '(')
                || self.is_p(x, ')')
                || (self.is_cap(x) && self.mention_at(x).is_none())
                // (*dan* joining capitalized words of the office: *Menteri Komunikasi dan Informatika*)
                || (self.l(x) == "dan" && x > 0 && self.is_cap(x - 1) && self.is_cap(x + 1));
            if !in_role {
                break;
            }
            s = x;
        }
        self.role_words(s, a)
    }

    /// `yang (akrab|biasa) disapa/dipanggil X` at token `i` (*yang*).
    pub fn alias_after(&self, i: usize) -> Option<Ref> {
        let n = self.len();
        let mut j = i + 1;
        while j < n && j < i + 4 && self.is_lower_word(j) {
            if matches!(self.l(j), "disapa" | "dipanggil" | "bernama" | "dikenal") {
                let k = j + 1 + usize::from(j + 1 < n && self.l(j + 1) == "dengan");
                if k < n && self.is_cap(k) {
                    let b = self.mention_at(k).map_or(k + 1, |m| m.1);
                    return Some(Ref::Alias(k, b));
                }
                return None;
            }
            j += 1;
        }
        None
    }

    /// Tokens `[a, e)` read mention by mention: `None` when a person is named
    /// there or a token outside the mentions fails `word`; otherwise whether
    /// an organization is named.
    fn without_persons(&self, a: usize, e: usize, word: impl Fn(usize) -> bool) -> Option<bool> {
        let (mut x, mut org) = (a, false);
        while x < e {
            match self.mention_at(x) {
                Some((_, mb, label, _)) if label != EntityLabel::Per => {
                    org |= label == EntityLabel::Org;
                    x = mb.max(x + 1);
                }
                None if word(x) => x += 1,
                _ => return None,
            }
        }
        Some(org)
    }

    /// Token `i` is a dash standing apart (*JAKARTA, KOMPAS.com - …*) within
    /// the first ten tokens of its paragraph: the end of a dateline.
    fn dateline_dash(&self, i: usize) -> bool {
        if !(self.is_p(i, '-') || self.is_p(i, '–') || self.is_p(i, '—')) || i == 0 || self.tok(i - 1).end == self.tok(i).start {
            return false;
        }
        let mut k = i;
        while k > 0 && i - k < 10 && self.same_para(k - 1, k) {
            k -= 1;
        }
        k == 0 || !self.same_para(k - 1, k)
    }

    /// The subject of a verb at token `v`, looking back within its sentence.
    pub fn subject_before(&self, v: usize) -> Ref {
        match self.subject_ending(v, 0) {
            r @ (Ref::Missing | Ref::Unnamed | Ref::Group) => self.opening_person(v).unwrap_or(r),
            r => r,
        }
    }

    /// *Mamad, petani lainnya di Sarolangun, mengaku …*, *Dauri, 37 tahun, salah
    /// seorang petani …, Jambi, mengakui …*: a sentence opened by a person set off
    /// by a comma, and nobody else named or referred to before the verb, has that
    /// person for its subject, however long the appositive.
    fn opening_person(&self, v: usize) -> Option<Ref> {
        let sent = self.sent_of[v.min(self.len() - 1)];
        let s0 = self.tok_at(self.seg.sentences[sent].start);
        if v < s0 + 3 || v - s0 > MAX_BACK {
            return None;
        }
        let (ma, mb, label, _) = self.mention_at(s0).filter(|m| m.0 == s0)?;
        if label != EntityLabel::Per || mb >= v || !self.is_p(mb, ',') {
            return None;
        }
        let other = (mb + 1..v).any(|x| {
            self.mention_at(x).is_some_and(|m| m.2 == EntityLabel::Per)
                || self.has(x, class::PRONOUNS)
                || self.is_mark(x)
                || self.has(x, class::KINSHIP)
                || matches!(self.l(x), "kata" | "ujar" | "menurut" | "sementara" | "namun" | "tetapi" | "sedangkan" | "dan")
        });
        (!other).then_some(Ref::Named(ma, mb))
    }

    fn subject_ending(&self, v: usize, depth: usize) -> Ref {
        let sent = self.sent_of[v.min(self.len() - 1)];
        // a subject lies within a few dozen tokens of its verb (keeps this linear)
        let s0 = self.tok_at(self.seg.sentences[sent].start).max(v.saturating_sub(MAX_BACK));
        let mut e = v;
        loop {
            if e > s0 + 2 && self.manner_before(e) {
                e -= 2;
            } else if e > s0 && (self.has(e - 1, class::ADVERBS) || self.is_p(e - 1, ',')) {
                e -= 1;
            } else {
                break;
            }
        }
        if e <= s0 {
            return Ref::Missing;
        }
        // the clause: after the last comma or quotation mark before e
        let mut a = e;
        // (a dateline's dash too: *JAKARTA, KOMPAS.com - Pemerintah menyatakan*;
        // the outlet is not the subject of the story's first verb)
        while a > s0 && !self.is_p(a - 1, ',') && !self.is_mark(a - 1) && !self.is_p(a - 1, ':') && !self.dateline_dash(a - 1) {
            a -= 1;
        }
        // an appositive "Kepala X, Jenderal Y," is already handled: e skipped the comma
        // (a degree set off by commas names no one: *Nila Moeloek, SpM(K), mengatakan*)
        let degree_only = a < e
            && crate::entity::rules::is_degree(self.l(a))
            && (a + 1..e).all(|x| self.tok(x).kind == TokenKind::Punct || self.s(x).chars().count() == 1 || crate::entity::rules::is_degree(self.l(x)));
        // (nor a day set off by commas: *Ahmad Riza Patria, Sabtu, menjelaskan*)
        let day_only = a < e && (a..e).all(|x| self.has(x, class::CALENDAR) || self.tok(x).kind != TokenKind::Word);
        // (nor a relation to someone else: *Bob Lawrence, ayah Renae Lawrence, mengatakan*)
        let relation = a < e && self.has(a, class::KINSHIP);
        let seg_has_cap = !degree_only && !day_only && !relation && (a..e).any(|x| self.is_cap(x) || self.has(x, class::PRONOUNS));
        let is_per = |x: usize| self.mention_at(x).is_some_and(|m| m.2 == EntityLabel::Per);
        // (an organization set off by commas after a person counts as a role, a
        // lower-case role word before it at most: *Nurbaya Zulhakim, Divisi
        // Pendidikan Publik Yayasan Setara Jambi, mengatakan*)
        // (read mention by mention, stopping at the first word that is neither)
        let org_only = a < e && self.without_persons(a + usize::from(self.is_lower_word(a)), e, |x| self.tok(x).kind != TokenKind::Word) == Some(true);
        // *Suhebot, Kabid Perikanan Tangkap DKP Kabupaten Sukabumi(,) menyebutkan*,
        // *Purom Wenda, pimpinan OPM Lany Jaya, mengakui*: a description set off
        // after a person's name, with no person, pronoun, verb or relative
        // clause of its own, but a name or capitalized word, describes that
        // person, who is the subject
        // (not a name that is a subject of its own, *…, lanjut Adita, Telkomsel
        // tetap menegaskan*: the description opens with a word of its own)
        // (seg_has_cap: not degrees, a day or a relation either)
        let described = (a >= s0 + 2 && self.is_p(a - 1, ',') && seg_has_cap && self.mention_at(a).is_none())
            .then(|| self.mention_at(a - 2).filter(|m| m.2 == EntityLabel::Per && m.1 == a - 1))
            .flatten();
        if let Some((ma, mb, _, _)) = described {
            // (a name's own words, *Dinas Kelautan dan Perikanan*, are no clause)
            let plain = self.without_persons(a, e, |x| {
                !self.is_prefixed_verb(x)
                    && !self.has(x, class::PRONOUNS)
                    && !self.has(x, class::CONNECTIVES)
                    && !matches!(self.l(x), "yang" | "dan" | "atau" | "kata" | "ujar" | "menurut" | "bahwa")
            });
            if plain.is_some() {
                return Ref::Named(ma, mb);
            }
        }
        let titled = a < e && (self.is_title(a) || org_only);
        // the clause before this one, from after its comma (looked for only when
        // this one may be an appositive)
        let prev = a.checked_sub(1).filter(|_| a > s0 && (!seg_has_cap || titled)).map(|mut b| {
            while b > s0 && !self.is_p(b - 1, ',') {
                b -= 1;
            }
            b
        });
        // (a role set off by commas after a person: *Sarman Simanjorang, Ketua Dewan
        // Pengurus … Indonesia, menyebut*)
        let role_after_person = titled && !(a..e).any(is_per) && prev.is_some_and(|mut b| {
            while b < a && (self.has(b, class::CONNECTIVES) || self.is_p(b, ',')) {
                b += 1;
            }
            // the person opens that clause (not *Padahal pada sidang Hartati, Jaksa …*)
            b < a && is_per(b)
        });
        if let Some(b) = prev.filter(|_| !seg_has_cap || role_after_person) {
            let verb = |x: usize| {
                let l = self.l(x);
                self.is_lower_word(x) && l.len() >= 5 && (l.starts_with("me") || l.starts_with("di") || l.starts_with("ber")) && l != "mereka"
            };
            let clause = (a..e).any(verb);
            // *Polisi memeriksa Budi, sementara pengacaranya mengatakan*: the clause before
            // has a verb of its own (outside a *yang* clause), or this one is joined to it
            let own_verb = (b..a).take_while(|&x| self.l(x) != "yang").any(verb);
            let joined = self.has(a, class::CONNECTIVES);
            if (b..a).any(|x| self.is_cap(x)) && (relation || role_after_person || (!clause && !own_verb && !joined)) {
                a = b;
            }
        }
        // *…, sementara X mengatakan*: a clause joined to the one before, not an appositive
        let joined = self.has(a, class::CONNECTIVES);
        while a < e && (self.has(a, class::CONNECTIVES) || self.is_p(a, ',')) {
            a += 1;
        }
        if a >= e {
            return Ref::Missing;
        }
        // *Kepada pemancar televisi AS CNN PM Haiti mengungkapkan*: a clause opening
        // with *kepada* is a circumstance up to the role that names the subject
        if self.l(a) == "kepada" {
            if let Some(t) = (a + 1..e).rev().find(|&x| self.is_title(x) && self.is_cap(x) && (x == a + 1 || !self.is_title(x - 1))) {
                a = t;
            }
        }
        if let Some(named) = (!joined).then(|| self.named_before_adjuncts(s0, a, e)).flatten() {
            return named;
        }
        // *Timnas berada di grup yang ringan tetapi Indra Sjafri mengatakan*: a
        // contrastive conjunction without a comma opens the verb's own clause
        // (read before *yang*, which would end the subject in the clause before)
        if let Some(x) = (a + 1..e.saturating_sub(1)).rev().find(|&x| {
            matches!(self.l(x), "tetapi" | "tapi" | "namun" | "sedangkan" | "sementara" | "padahal")
                && self.is_lower_word(x)
                && !self.is_cap(x - 1)
        }) {
            a = x + 1;
        }
        // a time or manner adverbial opening the clause without a comma is no
        // subject: *Sebelumnya ia mengaku*, *Lebih lanjut dia mengatakan*,
        // *Beberapa waktu lalu Hoiruddin mengatakan*, *Dalam waktu dekat dia
        // memperkirakan*: a pronoun right before the verb is its subject, and
        // so is a person's name that ends right before it (read below)
        while a + 1 < e && self.has(a, class::ADVERBS) {
            a += 1;
        }
        if e > a + 1 && self.lex.pronouns.contains(self.l(e - 1)) && !self.has(e - 2, class::KINSHIP) && !self.lex.person_nouns.contains(self.l(e - 2)) {
            return Ref::Pronoun(e - 1, e);
        }
        let first = self.l(a);
        if self.lex.pronouns.contains(first) {
            return Ref::Pronoun(a, a + 1);
        }
        let role = self.is_title(a);
        // *pihak Facebook mengatakan*: the side of an organization is the organization
        if first == "pihak" {
            if let Some((ma, mb, EntityLabel::Org, _)) = self.mention_at(a + 1).filter(|m| m.0 == a + 1 && m.1 == e) {
                return Ref::Named(ma, mb);
            }
        }
        if first == "mereka" || self.lex.unnamed.contains(first) {
            // … unless a person closes the noun phrase (*Salah satu warga Singapura
            // Kamarudin mengaku*, *seorang petani, Budi, mengatakan*), or the
            // opening is a time adverbial (*Beberapa waktu lalu Hoiruddin mengatakan*)
            let time_opening = first == "beberapa" && matches!(self.l(a + 1), "waktu" | "hari" | "pekan" | "minggu" | "bulan" | "tahun" | "saat");
            let singular = time_opening || matches!(first, "seorang" | "salah" | "warga" | "sumber");
            if let Some((ma, mb, EntityLabel::Per, _)) = self.mention_at(e - 1).filter(|m| singular && m.1 == e && m.0 > a) {
                // (not a place of residence: *warga Leles*)
                if !matches!(self.l(ma - 1), "di" | "dari" | "ke" | "kepada" | "pada" | "untuk" | "bagi" | "asal" | "dan" | "yang" | "warga") {
                    return Ref::Named(ma, mb);
                }
            }
            return if matches!(first, "mereka" | "para") { Ref::Group } else { Ref::Unnamed };
        }
        // *dugaan itu gugur setelah Okie mengumumkan bahwa …*: a subordinate clause
        // right before the verb is the verb's own, its subject after the subordinator
        if let Some(x) = (a + 1..e).rev().find(|&x| is_time_subordinator(self.l(x)) || self.l(x) == "sejak") {
            let named = (x + 1..e).any(|y| self.mention_at(y).is_some_and(|m| m.2 == EntityLabel::Per && m.0 == y));
            if named && !(x + 1..e).any(|y| self.is_prefixed_verb(y)) && !(a..x).any(|y| self.l(y) == "yang") {
                a = x + 1;
            }
        }
        // "Pria yang akrab disapa Dani ini", "Vatikan yang hendak …"
        let mut cut = e;
        for x in a..e {
            if self.l(x) == "yang" {
                if let Some(alias) = self.alias_after(x) {
                    if self.lex.person_nouns.contains(first) || !self.is_cap(a) {
                        return alias;
                    }
                }
                cut = x;
                break;
            }
            // a subordinate clause ends the subject; prepositions inside the noun phrase do not
            if x > a
                && (is_time_subordinator(self.l(x)) || matches!(self.l(x), "sambil" | "seraya" | "sembari" | "karena" | "sejak" | "hingga"))
            {
                cut = x;
                break;
            }
            // a role's noun phrase ends where an adjunct opens (*Kapolres Ketapang
            // dalam keterangan tertulisnya di Pontianak membantah*): the place
            // of the statement is not the office's; but a holder named after
            // it is the subject (*Kepala Cabang Dinas … di Surabaya Karyanto
            // mengatakan*)
            if role
                && x > a
                && self.is_lower_word(x)
                && matches!(self.l(x), "dalam" | "di" | "kepada" | "usai" | "seusai" | "melalui" | "lewat")
                && !(x..e).any(|y| self.mention_at(y).is_some_and(|m| m.2 == EntityLabel::Per))
            {
                cut = x;
                break;
            }
        }
        if cut > a && self.has(cut - 1, class::DEMONSTRATIVES) && cut == e {
            return Ref::Anaphoric(a, cut);
        }
        if cut < e && self.lex.person_nouns.contains(first) && self.l(cut) == "yang" {
            return Ref::Anaphoric(a, cut);
        }
        let mut found: Vec<Found> = Vec::new();
        let mut x = a;
        while x < cut {
            if let Some(mut m) = self.mention_at(x).map(|(ma, mb, label, _)| Found { a: ma.max(a), b: mb.min(cut), label }) {
                let after_kin = (x > a && self.has(x - 1, class::KINSHIP)) || (x == a && self.has(x, class::KINSHIP));
                // "di RS Y", "dari Institute Z", "kepada Kompas.com": not the subject
                if x > a && matches!(self.l(x - 1), "di" | "dari" | "ke" | "asal" | "kepada" | "dalam" | "pada" | "untuk" | "bagi") {
                    m.label = EntityLabel::Loc;
                }
                if !after_kin {
                    found.push(m);
                }
                x = m.b.max(x + 1);
            } else if self.is_p(x, '(') {
                x = (x + 1..cut).find(|&y| self.is_p(y, ')')).map_or(cut, |y| y + 1);
            } else {
                x += 1;
            }
        }
        if let Some(r) = found.iter().rev().find(|f| f.label == EntityLabel::Per) {
            return Ref::Named(r.a, r.b);
        }
        // *Korut menjelaskan …*: a country that is the whole subject speaks as
        // its government (a city does not: *Yogyakarta*, the regency *Bima*)
        if let [f] = found[..] {
            if f.label == EntityLabel::Loc && f.a == a && f.b == e && cut == e && self.is_country(f.a) {
                return Ref::Named(f.a, f.b);
            }
        }
        // *Kapolres mengatakan*, *Kepala BNPB menjelaskan*: a role without a name
        if role {
            return Ref::Role(a, cut);
        }
        // "Itida Yasar, SH, MPsi, menilai": degrees after the name; look one clause back
        let only_degrees = (a..cut).all(|x| !self.is_lower_word(x) && (self.is_degree(x) || self.tok(x).kind == TokenKind::Punct));
        // (set off by a comma: after a connective an acronym is the subject, *Namun KPK
        // mengatakan …*)
        if only_degrees && a > s0 && self.is_p(a - 1, ',') && depth < 3 {
            let mut b = a - 1;
            while b > s0 && self.is_p(b - 1, ',') {
                b -= 1;
            }
            return self.subject_ending(b, depth + 1);
        }
        if let Some(r) = pick(&found) {
            return r;
        }
        // (a subject opening with *yang* has no words before it: *yang mengklaim …*)
        if cut > a && self.has(cut - 1, class::DEMONSTRATIVES) {
            return Ref::Anaphoric(a, cut);
        }
        Ref::Unnamed
    }

    /// *Romaji, seorang pedagang di Pasar X, mengatakan*, *Liliyana, ketika
    /// diwawancarai …, Selasa (23/8/2016) sore, mengatakan*, *Djoko Sarwoko,
    /// kepada Kompas mengungkapkan*: when the clause before the verb
    /// (`[a, e)`) is an appositive or circumstance with no person in it,
    /// the subject is the person opening an earlier comma-set clause, over
    /// at most three more such clauses.
    fn named_before_adjuncts(&self, s0: usize, a: usize, e: usize) -> Option<Ref> {
        let has_person = |x: usize, y: usize| {
            (x..y).any(|k| {
                self.mention_at(k).is_some_and(|m| m.2 == EntityLabel::Per)
                    && !(k > x && matches!(self.l(k - 1), "di" | "dari" | "ke" | "kepada" | "pada" | "untuk" | "bagi" | "asal"))
            })
        };
        // (a companion clause names others, not the subject: *Ade Karyana,
        // didampingi Ketua Panitia Bonny Syafrian, mengungkapkan*)
        let companions = matches!(self.l(a), "didampingi" | "mendampingi" | "beserta");
        if (has_person(a, e) && !companions) || !self.adjunct(a, e) {
            return None;
        }
        let mut end = a;
        for _ in 0..4 {
            if end <= s0 + 1 || !self.is_p(end - 1, ',') {
                return None;
            }
            let c = end - 1;
            let mut b = c;
            while b > s0 && !self.is_p(b - 1, ',') && !self.is_mark(b - 1) && !self.is_p(b - 1, ':') {
                b -= 1;
            }
            // the person opens the clause, after titles only (*Kepala TPI, Sugiyo*)
            let mut k = b;
            while k < c && self.is_title(k) && self.mention_at(k).is_none() {
                k += 1;
            }
            if let Some((ma, mb, EntityLabel::Per, _)) = self.mention_at(k).filter(|m| m.0 == k && m.1 <= c) {
                // … and what follows it is no clause of its own (*Budi menangkap X,*)
                let next_is_verb = mb < c && self.is_prefixed_verb(mb);
                return (!next_is_verb).then_some(Ref::Named(ma, mb));
            }
            // … or closes a title's noun phrase, the role and its organization before
            // it (*Direktur Riset CORE Indonesia Piter Abdullah, saat dihubungi …,
            // mengatakan*): no verb in the clause, and no preposition before the name
            if k > b {
                if let Some(r) = self.holder_closing(b, c) {
                    return Some(r);
                }
            }
            // (a role of its own is an appositive too: *Ahmad Riza Patria, Wakil
            // Gubernur DKI Jakarta, di Balai Kota DKI, Kamis (5/11/2020), menyampaikan*)
            if !(self.adjunct(b, c) || (k > b && self.role_only(b, c))) {
                return None;
            }
            end = b;
        }
        None
    }

    /// A clause `[b, c)` of a title and the places or organizations it
    /// names, with no person and no verb (*Wakil Gubernur DKI Jakarta*).
    fn role_only(&self, b: usize, c: usize) -> bool {
        self.is_title(b)
            && (b..c).all(|x| self.mention_at(x).is_none_or(|m| m.2 != EntityLabel::Per) && !self.is_prefixed_verb(x))
    }

    /// A clause `[b, c)` opening with a title and ending with a person
    /// mention, with no verb in it nor a preposition before the name: the
    /// holder the title names (*Direktur Riset Center of Reform on Economics
    /// (CORE) Indonesia Piter Abdullah*).
    fn holder_closing(&self, b: usize, c: usize) -> Option<Ref> {
        let mut last = c;
        while last > b && self.tok(last - 1).kind == TokenKind::Punct && !self.is_p(last - 1, ')') {
            last -= 1;
        }
        let (ma, mb, label, _) = (b..last).rev().find_map(|k| self.mention_at(k).filter(|m| m.0 == k))?;
        let prep = ma > b && matches!(self.l(ma - 1), "di" | "dari" | "ke" | "kepada" | "pada" | "untuk" | "bagi" | "asal" | "dan");
        (label == EntityLabel::Per && mb == last && !prep && !(b..last).any(|x| self.is_prefixed_verb(x))).then_some(Ref::Named(ma, mb))
    }

    /// Tokens `[a, b)` read as an appositive or circumstance, not a subject:
    /// opening with a lower-case word that is no pronoun or connective
    /// (*seorang pedagang …*, *ketika diwawancarai …*, *kepada Kompas*), a
    /// weekday or month (*Selasa (23/8/2016) sore*), or made of places only.
    fn adjunct(&self, a: usize, b: usize) -> bool {
        // (a verb of saying inside a time clause is its circumstance: *saat
        // menyampaikan pendapat akhir pemerintah di Sidang Paripurna*)
        let time_clause = is_time_subordinator(self.l(a)) || matches!(self.l(a), "sambil" | "seraya" | "sembari");
        if a >= b || (!time_clause && (a..b).any(|k| self.has(k, class::REPORT))) {
            return false;
        }
        if self.is_lower_word(a) {
            return !self.has(a, class::PRONOUNS | class::CONNECTIVES) && self.l(a) != "mereka";
        }
        if self.has(a, class::CALENDAR) {
            return true;
        }
        // places and days (*Sentani, Papua, Senin*, *Jakarta, Kamis (5/11)*)
        (a..b).all(|k| {
            matches!(self.tok(k).kind, TokenKind::Punct | TokenKind::Number)
                || self.has(k, class::CALENDAR)
                || self.mention_at(k).is_some_and(|m| m.2 == EntityLabel::Loc)
        })
    }

    /// The mention at token `i` is of a country (its cluster's name is listed).
    pub fn is_country(&self, i: usize) -> bool {
        self.mention_at(i)
            .and_then(|m| self.entities.get(m.3))
            .and_then(|x| self.clusters.get(x.cluster))
            .is_some_and(|c| self.lex.countries.contains(&c.name.lower()))
    }

    /// Tokens `[a, b)`, capitalized words with no mention of their own, are
    /// the words of a person or organization the article names (*Nadiem
    /// Makarim* in a headline, *Nadiem Anwar Makarim* in the story).
    pub fn names_cluster(&self, a: usize, b: usize) -> bool {
        self.fullest_named(&self.text[self.tok(a).start..self.tok(b - 1).end]).is_some()
    }

    /// The person or organization cluster with the fullest name containing
    /// every word of `words` (any case).
    pub fn fullest_named(&self, words: &str) -> Option<usize> {
        let words: Vec<String> = words.split_whitespace().map(|w| crate::text::lower_case(w).into_owned()).collect();
        (self.clusters.iter().enumerate())
            .filter(|(_, c)| c.label != EntityLabel::Loc)
            .filter(|(_, c)| {
                let name = crate::text::lower_case(&c.name);
                words.iter().all(|w| name.split_whitespace().any(|n| n == w))
            })
            .max_by_key(|(_, c)| c.name.len())
            .map(|(i, _)| i)
    }

    /// A degree or acronym after a name (*SH*, *M.Si*, *MPsi*).
    fn is_degree(&self, i: usize) -> bool {
        let s = self.s(i);
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        s.contains('.') || (upper >= 2 && upper * 2 >= s.chars().count())
    }

    /// Byte span of tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tok(a).start, self.tok(b.max(a + 1) - 1).end)
    }
}
