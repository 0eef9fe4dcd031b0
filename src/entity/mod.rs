//! People, organizations and places, and their mention clusters.
//!
//! The definition of a correct mention is the Entities section of the
//! annotation guidelines. Offsets are bytes; mentions come out sorted and
//! non-overlapping; boilerplate lines are skipped.
//!
//! # Rules
//!
//! Text is read paragraph by paragraph, word by word ([`rules`]). A word
//! counts as capitalized when its first letter is upper case; a clitic
//! *-nya* is never part of a mention (*Jokowi-nya* → `Jokowi`).
//!
//! **Datelines and bylines** (paragraph start): `JAKARTA, KOMPAS.com –`,
//! `TRIBUNNEWS.COM, SEOUL –`, `Jakarta (ANTARA News) -`: up to three
//! capitalized parts before a free-standing dash (not a hyphen), one of them
//! listed, in capitals or a web address, none starting with a common word.
//! Each part is a mention; a listed name takes its label, a part with a
//! domain or ending in *News*/*TV* is ORG, an unknown first part is the
//! city (LOC), an unknown later part the outlet (ORG), and a later part in
//! brackets always the outlet, whatever its first word (`JAKARTA (Pos Kota)
//! –`). The story's first
//! word after the dash counts as a sentence start. `Laporan Wartawan
//! X, Name` gives ORG X and PER Name; `Penulis:/Editor:/Oleh: Name` gives PER,
//! as do the fields of a credit line (`Rep: X/ Red: Y`, `… | LAPORAN: X`);
//! `Foto: ANTARA/Name` gives ORG and PER.
//!
//! **All labels, in order of preference at a capitalized word:**
//! 1. *Title* (`data/titles.txt`: *Presiden*, *Kapolres*, *AKBP*, *Pak*,
//!    *H.*, *dr.*, *Prof.*, *CEO*, *pelatih*, *juru bicara* …, any case): not
//!    part of a mention; it marks the next unknown run as PER. A place or
//!    organization after the title keeps its own label (*Gubernur [LOC
//!    Riau]*, *Kapolres [LOC Lhokseumawe]*, also when the listed place began
//!    inside the title: *Wali Kota [LOC Bandung]*) and the cue carries on to
//!    the name after it (*Gubernur Riau [PER Abdul Wahid]*). Capitalized
//!    common words after a title are its portfolio, not a name (*Menteri
//!    Pekerjaan Umum [PER Dody Hanggodo]*); in a longer run after a title
//!    the person starts at the first person-name word (*Menteri … Sumber Daya
//!    Mineral [PER Jero Wacik]*), but not after an honorific or academic
//!    title, which has no portfolio (*Dr [PER Nucki Nursjamsi Hidayat]*,
//!    *KH [PER A. Busyro Karim]*). Contracted titles (*Menko…*, *Kapol…*,
//!    *Wakapol…*, *Kasat…*) count too. An unknown run between a title and
//!    a rank is the place of office (*Kapolsek [LOC Cibinong] AKP [PER
//!    Sutrisno]*); after a police chief's title, *Metro* and the words after
//!    it are the unit's area (*Kapolres [LOC Metro Jakarta Timur]*). An acronym opening the run is the office's organization
//!    (*Kepala [ORG BSSN] [PER Hinsa Siburian]*; an acronym head such as
//!    *KPU* takes no person name after it). After a place office
//!    (`data/entity/place-offices.txt`: *Bupati*, *Kepala Desa* …; in the
//!    corpus 59 of 73 holders after one have a place before them) an
//!    unknown first word is the place when the article later names the
//!    holder by a later word alone (*Kepala Desa [LOC Candibinangun] [PER
//!    Sismantoro]* … *Sismantoro melaporkan*); after other titles, leading
//!    common words are cut the same way. A name set off by a comma right
//!    after a title and its office (a lower-case field may follow the title:
//!    *Pengamat pariwisata Universitas X, [PER Chusmeru]*), or after the office's place set off by
//!    commas, is the holder (*Kepala BPS, [PER Suryamin]*; *Camat X,
//!    Kabupaten Tangerang, [PER Ubaidillah Ansar]*); an office's words with
//!    no name in them are no mention (*Menteri Pendidikan dan Kebudayaan*),
//!    unless it is a common word, a degree or goes on with *dan*
//!    (*Badan Meteorologi, Klimatologi dan Geofisika*); an unknown run the
//!    title made a person just before that comma is then the office's
//!    organization or place (*peneliti senior [ORG Centropolis], [PER
//!    Suryono Herlambang]*). An honorific (*dr.*, *Hj.*, *Pak*) names no
//!    office. A reporting verb
//!    (*kata*, *ujar* …) before a run is a PER cue.
//! 2. *Head word* (`data/entity/heads.txt`), capitalized, with at least one
//!    name word after it:
//!    - **ORG** heads (*Kementerian*, *Badan*, *Dinas*, *Komisi*, *Partai*,
//!      *PT*, *Polres*, *Polda*, *Kodam*, *Pemprov*, *Universitas*, *SMK* …,
//!      and one-word forms *Kemenkes*, *Polresta* …) take the whole official
//!      name: following capitalized words, numbers (*SMK Negeri 1
//!      Sukabumi*), inner *dan* (*Kementerian Pemuda dan Olahraga*), a
//!      bracketed part followed by more name (*Unit Pelayanan Perempuan dan
//!      Anak (PPA) Polda Metro Jaya*, *PT Telkom Indonesia (Persero) Tbk*),
//!      and a place part (*Kementerian Luar Negeri Rusia*, *Polres
//!      Lhokseumawe*). The name stops before a title (*Polres X AKBP Y*), a
//!      listed person name, a sentence end, after a suffix (*Tbk*), at an
//!      unknown proper word after an acronym or place part (*Dewan Syuro PKS
//!      [PER Refrizal]*), and — except for schools and universities — at a
//!      person-name word. An organization head keeps its name over a shorter
//!      listed one (*PT Telkom*). A facility (*Rumah Sakit*, *RSUD*,
//!      *Puskesmas*) is ORG, but LOC after *di/ke/dari/menuju/depan*
//!      (*dibawa ke [LOC RSUD Kota Bekasi]*). An acronym in brackets that
//!      closes the name once its holder is split off is a mention of its
//!      own (*Kepala [ORG Badan Pusat Statistik] ([ORG BPS]) [PER Kecuk
//!      Suhariyanto]*), unless it is a legal form (*PT Pertamina (Persero)*).
//!    - **LOC** heads (*Jalan*, *Jl.*, *Kabupaten*, *Kota*, *Kecamatan*,
//!      *Desa*, *Pulau*, *Gunung*, *Sungai*, *Bandara*, *Stadion* …) and
//!      headquarters (*Mapolres*, *Mapolda*) take the following capitalized
//!      words up to another place head or a listed place (*Jalan Melati*,
//!      *Pekanbaru*) — through a multi-word listed place when only common
//!      words came before (*Stadion Utama Gelora Bung Karno*), and through the
//!      place of the organization a building is named after (*Gedung DPRD
//!      Sumut*). A listed name
//!      running past a place head wins (*Gedung Putih*). Lower-case heads
//!      stay out (*di kota [LOC Bandung]*).
//! 3. *Gazetteer* ([`gazetteer`]): the listed label. Seats that stand for an
//!    institution (*Gedung Putih*, *Kremlin*) are ORG, or LOC after
//!    *di/ke/dari/menuju*. A listed organization followed by a listed place
//!    is one name (*Golkar Makassar*). A listed person name takes a following
//!    *bin X* and a capitalized surname before punctuation (*Airlangga
//!    Pribadi,*). A one-word listed name that is also a common word is
//!    skipped at a sentence start (and anywhere, for corpus lists); district
//!    names are skipped at a sentence start; a corpus or district place glued
//!    to other capitalized words is left to rule 4 (*Bruno Mars*); in
//!    headlines only curated lists count. `Yogya-Jakarta` is split into its
//!    listed parts, and capitalized parts joined by a slash always are
//!    (*Tontowi/Liliyana*, a photo credit *Kompas/Name*).
//! 4. *Unknown run* of capitalized words (with initials *M.* and particles
//!    *bin*, *van*, *de* … inside; a name particle, `data/entity/name-particles.txt`,
//!    opens a person's name and ends an office's name before it: *Dinas
//!    Kesehatan Bali [PER I Gusti Putu Sedana]*, *[PER Kiagus Ahmad Sarnubi]*; words with digits such as *Rp4* are not
//!    name words). Leading and trailing capitalized common words, titles and
//!    degrees (*M.Si*, *SpPD*) are cut, but not the given name after a
//!    Balinese order or caste word (*[PER I Nyoman Bawa]*), which is read as a
//!    name word even where a list names it (*I Dewa*: a band). Then:
//!    - a leading acronym before a proper name is its ORG (*[ORG DKPP] [PER
//!      Jimly Asshiddiqie]*), but two unlisted capitals are the person's
//!      initials (*[PER OC Kaligis]*); an English organization tail word ends an ORG
//!      (*[ORG Recording Academy] [PER Neil Portnow]*, *Fox News*);
//!    - ending in a company/club suffix (*Tbk*, *Group*, *FC*): **ORG**; in an
//!      English venue tail (*Tower*, *Hotel*): **LOC**; containing an English
//!      event/work word (*Awards*, *Cup*, *Festival*): no mention;
//!    - after a title or reporting verb, or before a reporting verb
//!      (*X mengatakan*): **PER**;
//!    - containing a person-name word (NER corpora, `data/entity/first-names.txt`): **PER**;
//!    - after a place cue (*di*, *ke*, *dari* before two words or more, *warga*, *dari arah*, lower-case *kota*, *desa* …),
//!      or between commas right after a place (*Kampung Pulo, Jatinegara,*):
//!      **LOC**;
//!    - otherwise a guess: PER for words, ORG for an all-caps acronym; but
//!      no mention when a word is built with Indonesian derivational affixes
//!      (*peN-…-an*, *ke-…-an*, *meN-…*: *Pencinta Kebersihan*), which in
//!      the NER corpora is almost never part of a person's name.
//! 5. *Acronym definitions*: `Amerika Serikat (AS)`: the bracketed acronym is
//!    its own mention with the name's label, in the same cluster.
//! 6. *Propagation* (whole article): a guessed run takes the label a surer
//!    mention of the same name has elsewhere; a run made only of words of a
//!    person's name is PER (*Brotoseno* at a sentence start). Guesses left
//!    over are dropped when they are one word (unless a word of a guessed
//!    multi-word person) or an acronym.
//!
//! 7. *Name parts at a reporting verb* (whole article): a capitalized word
//!    next to a reporting verb (*kata Hari*, *ujar Bima*) that is a word of a
//!    multi-word person name the article gave is a mention of a person, even
//!    where a list calls it a common word or a place.
//!
//! 8. *Name parts used alone* (whole article): a word the article uses alone
//!    as a person (with a title or reporting verb), inside a longer
//!    organization or place name and followed by capitalized words, starts
//!    that person there (*[ORG Dinas Kesehatan Tangsel] [PER Deden Deni]* …
//!    *Deden menambahkan*); right before a person mention, it joins it
//!    (*Komisaris Jenderal [PER Listyo Sigit Prabowo]* … *kata Listyo*); a
//!    person run that begins with office words (common, derived or acronyms)
//!    before it starts there (*Perindustrian [PER Agus Gumiwang]* … *Agus*). A
//!    listed place or organization is never taken for such a person. A
//!    capitalized word in no mention just before a person, which the article
//!    also uses alone at a reporting verb, is the name's first word
//!    (*Samarinda [PER Asli Nuriyadin]* … *terang Asli*). A run of two or
//!    three plain capitalized name words that no rule read, standing apart
//!    outside headlines and opening with such a word, is the person's full
//!    name (*[PER Verrel Alvirizky], vokalis …* … *ujar Verrel*).
//!
//! 9. *Where the article ends an office* (whole article): an organization
//!    and its officer run together split at a company suffix, at an
//!    organization or place the article names alone, or at a listed
//!    organization, when two or more plain capitalized words follow
//!    (*[ORG KAI Commuter] [PER Leza Arlan]*, *[ORG Erajaya Group] [PER
//!    Djatmiko Wardoyo]*); after a title, unknown words right before an
//!    organization are its unit (*Direktur [ORG Tipid Eksus Bareskrim
//!    Polri]*); the word after *dan* closes a two-word portfolio (*Menteri
//!    Komunikasi dan Informatika [PER Rudiantara]*), and the word before it
//!    is no name when an office or common word follows the pair (*Direktur
//!    Jenderal Mineral dan Batubara [ORG Kementerian ESDM]*).
//! 10. *Joined and split names* (per mention): a nickname in quotes between
//!     given name and surname is part of the name (*[PER Munafri 'Appi'
//!     Arifuddin]*); two people joined by a hyphen are two when both sides
//!     have two words or more, or each one (*[PER Lukas Enembe]-[PER Klemen
//!     Tinal]*; *Sarah Hanson-Young* stays whole), and two capitalized words
//!     no rule read, joined by a hyphen after a pair word (*pasangan*,
//!     *pemerintahan* …) or with a side known as a person, are two people
//!     (*pasangan [PER Midji]-[PER Norsan]*); an organization's acronym
//!     right before a place is its branch (*[ORG BPD Papua]*).
//! 11. *Headlines* (all caps, or title case without final punctuation) get
//!     only head-word and curated-list mentions from the rules — their capitals
//!     say nothing — and then the names the rules found in the body, wherever
//!     a headline writes them.
//!
//! Also: a web address is ORG (*situs [ORG www.menpan.go.id]*), and so is a
//! camel-case media name after a lower-case stem (*[ORG detikINET]*);
//! initials after *berinisial* stand for a person (PER), and so does every
//! later use of them in the article, over a listed acronym (*AP*) or a title
//! (*Sekdes PM*); a lone name after a
//! copula, set off by a comma before a lower-case role, is a person (*adalah
//! [PER Eno], pengguna …*), as is a run of two words or more set off by a
//! comma before a capitalized title (*[PER Sarman Simanjorang], Ketua …*),
//! and so is a run before *dari*, an organization and a reporting verb; a congress with a number or a party after it is an
//! event (*Kongres II [ORG Partai Demokrat]*); words that name no entity
//! (`data/entity/not-names.txt`: *Pilkada*, *Lebaran*, *WNI* …) count as
//! common words, also as an acronym in brackets (*warga negara Indonesia
//! (WNI)* gives no WNI); a tournament's group (*Grup A*) is none, and a common word
//! an organization prefix opens is no organization (*Kemenangan*, not a
//! *Kemen-* ministry), nor is the fasting month after a number or a
//! lower-case word (*jelang Ramadhan*, *1 Ramadhan*; *kata Ramadhan* is a
//! person).
//!
//! And: a run with an age in brackets is PER (*[PER Rosita] (45), warga …*);
//! a capitalized word set off by a comma before a lower-case role, with a
//! reporting verb later in its sentence, is PER (*[PER Mamad], petani
//! lainnya … mengaku*); an unlisted acronym that is the subject of a
//! reporting verb, at a sentence's start or after a function word, is ORG
//! (*[ORG ICW] menilai*); a caption's closing photo credit gives the outlet
//! and the photographer (*[ORG TEMPO]/[PER Johannes P. Christo]*, also after
//! any organization and in capitals: *([ORG Tribun Jabar]/[PER Deanza
//! Falevi])*, *[ORG ANTARA FOTO]/[PER HAFIDZ MUBARAK]*); a byline of two
//! lines, a name closed by a comma and a name, is the writer and the editor
//! (*[PER Dhias Suwandi],* / *[PER Andi Hartik]*), and a line of a name with
//! no common word above its role or the timestamp is the writer (*[PER
//! Sabrina Asril]* / *Penulis*); a
//! company's first name word used alone after its full name is ORG (*[ORG
//! PT Merpati Nusantara Airlines]* … *[ORG Merpati] berhenti*, for the
//! first 16 companies an article names); two unlisted capitals before the
//! name word after a title are the person's initials (*[PER RZ Panca Putra
//! Simanjuntak]*); *Lalu* (the Sasak title, not at a sentence's start, not
//! *Lalu Lintas*) and *Mhd.*, *Moh.*, *Muh.* open a name; a written-out rank
//! of several words ends a place's name, except a street's (*[LOC Tol
//! Purbaleunyi] Ajun Komisaris [PER …]*); a compass point closing a place's
//! name is part of it (*[LOC Sumatra Utara]*, *[LOC Blitar Selatan]*), an
//! English venue word closes a venue (*[LOC Wembley Arena]*), as are
//! a roman numeral or *Pusat* closing an organization's (*[ORG Angkasa Pura
//! II]*, *[ORG KONI Pusat]*) and a state company's legal form (*[ORG PT Hutama
//! Karya (Persero)]*); an organization after *di* with its address after a
//! comma is the place (*di [LOC Kementerian BUMN], [LOC Jakarta]*). A
//! capitalized run that fills a pair of quotation marks by itself is no
//! person (*lagu 'Pamer Bojo'*: a work's title). Three or four capitals
//! spelling a person's name of as many words are that person (*[PER Budi
//! Gunadi Sadikin]* … *kata [PER BGS]*), unless a list names them. A
//! derived word (*ke-…-an*, *pe-…-an*, *di-/me-…-kan*) opening a person's
//! name is no part of it (*Kesaksian [PER Rahmad Darmawan]*). One
//! unknown word coordinated by *dan* with a place before it, closing the
//! phrase, is a place (*[LOC Kecamatan Mane] dan [LOC Gempang],*); a run
//! glued by a hyphen to a place is no person (*[LOC Embarkasi
//! Jakarta]-Pondok Gede*). After a title, a bureau, division or centre
//! opening an organization's name is a unit of the organization the name
//! ends with, part of the role (*Kepala Pusat Data Informasi dan Humas [ORG
//! BNPB]*), when a list or a head word says where that organization starts.
//! A weekday closing a name, its date or part of day after it, is the
//! date's (*[LOC Mapolda Kalbar] Senin (9/11/2015)*; not *Pasar Minggu*).
//! One unknown word (no person-name word) read as a person right before a
//! listed place is an organization named with its place (*Kepala [ORG
//! Diskes Riau]*, *[ORG Uniba Madura]*).
//! In a photo or report credit, parts set apart by slashes are one outlet
//! and the people who took or wrote it, in either order (*Foto: [PER M
//! Iqbal Ichsan]/[ORG Tempo]*, *([ORG Kanal Aceh]/[PER Randi])*), the
//! outlet told by a list, its shape or a media word (`data/entity/credits.txt`).
//!
//! **Clusters**: see [`crate::mention::cluster`].
//!
//! **Learned tagger** (opt-in, [`Options::tagger`](crate::Options::tagger)):
//! the mentions above become cues for [`crate::tagger`]; a person of the
//! rules stands where the tagger also reads one, organizations and places
//! come from the tagger (see `combine`). A mention of that path never
//! holds half a bracket, a slash ends it unless it joins a unit's
//! number, two short acronyms or a place head, and a school's or a
//! facility's type word alone (*SD*, *RSUD*) is no organization
//! (`mend_tagged_names`).

pub mod gazetteer;
pub mod lexicon;
pub mod rules;

use crate::document::{Boilerplate, Cluster, Entity};
use crate::text::Lower;
#[cfg(not(feature = "rules-only"))]
use crate::document::{EntitySource, Span};
use crate::tagger::{model::Model, Tagger, EMBEDDED_MODEL};
use crate::text::Segmented;

/// Finds entity mentions. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct EntityExtractor {
    gazetteer: gazetteer::Gazetteer,
    lexicon: lexicon::Lexicon,
    aliases: crate::mention::cluster::KnownAliases,
    tagger: Option<Tagger>,
}

impl EntityExtractor {
    /// Builds the gazetteer automaton and word lists, and loads the embedded
    /// tagger model (none with the `rules-only` feature).
    pub fn new() -> Self {
        let tagger = EMBEDDED_MODEL.map(|bytes| {
            // The embedded file is checked by the tagger's tests; a stale one cannot ship.
            Tagger::new(Model::from_bytes(bytes).expect("embedded tagger model (retrain with `sorot train`)"))
        });
        Self::with_tagger(tagger)
    }

    /// Rules only, or rules and the given tagger.
    pub fn with_tagger(tagger: Option<Tagger>) -> Self {
        EntityExtractor {
            gazetteer: gazetteer::Gazetteer::new(),
            lexicon: lexicon::Lexicon::new(),
            aliases: crate::mention::cluster::KnownAliases::new(),
            tagger,
        }
    }

    /// The word lists the rules consult.
    pub fn lexicon(&self) -> &lexicon::Lexicon {
        &self.lexicon
    }

    /// True when a tagger model is loaded.
    pub fn has_tagger(&self) -> bool {
        self.tagger.is_some()
    }

    /// Mentions (sorted, non-overlapping) and their clusters: the rules', or,
    /// when `use_tagger` is set and a model is loaded, the rules' persons the
    /// tagger confirms and the tagger's other names (see `combine`).
    pub fn extract(
        &self,
        text: &str,
        seg: &Segmented,
        boilerplate: &[Boilerplate],
        use_tagger: bool,
    ) -> (Vec<Entity>, Vec<Cluster>) {
        let (rules, hits) = self.rule_pass(text, seg, boilerplate);
        let mentions = match &self.tagger {
            // Compiled out of rules-only builds, which can never hold a tagger.
            #[cfg(not(feature = "rules-only"))]
            Some(tagger) if use_tagger => self.tag(tagger, text, seg, boilerplate, rules, &hits),
            _ => {
                let _ = (use_tagger, hits);
                rules
            }
        };
        let mut mentions = mentions;
        nickname_inside_name(text, &mut mentions);
        crate::mention::cluster::link_aliases(text, &mut mentions, &|w: &str| self.lexicon.opens_title(w));
        crate::mention::cluster::cluster(text, &mentions, &self.aliases)
    }

    /// The rule layer alone: its mentions (sorted, non-overlapping) and the gazetteer hits.
    pub fn rule_pass(&self, text: &str, seg: &Segmented, boilerplate: &[Boilerplate]) -> (Vec<rules::Mention>, Vec<gazetteer::Hit>) {
        let hits = self.gazetteer.find(text);
        let scanner = rules::Scanner::new(&self.lexicon, &self.gazetteer, text, seg);
        let mut found = Vec::new();
        let mut headlines = Vec::new();
        let mut bp = boilerplate.iter().peekable();
        for (p, span) in seg.paragraphs.iter().enumerate() {
            while bp.peek().is_some_and(|b| b.end <= span.start) {
                bp.next();
            }
            if bp.peek().is_some_and(|b| b.start <= span.start && span.end <= b.end) {
                continue;
            }
            let mut words = rules::words_of(text, seg, p, &hits, &self.lexicon);
            let headline = scanner.is_headline(&words);
            if headline {
                headlines.push(*span);
            }
            scanner.scan(&mut words, headline, &mut found);
        }
        found.retain(|m| {
            // boilerplate spans are sorted and disjoint: only the last one starting at or before m can hold it
            let i = boilerplate.partition_point(|b| b.start <= m.start);
            !(i > 0 && m.end <= boilerplate[i - 1].end)
        });
        rules::propagate(text, &mut found, &self.lexicon.common);
        self.split_office_from_holder(text, &mut found);
        name_parts_used_alone(text, &mut found, &self.lexicon, &hits);
        self.holder_after_named_office(text, &mut found, &hits);
        self.unit_before_its_organization(text, &mut found);
        organization_before_its_holder(text, &mut found);
        company_names_used_alone(text, &mut found, &self.lexicon);
        self.name_parts_at_verbs(text, seg, &mut found);
        longest_first_at_each_start(&mut found);
        full_name_of_a_person_named_alone(text, seg, &mut found, &self.lexicon, &hits, &headlines);
        // Longest first at each start; drop anything overlapping a kept mention.
        longest_first_at_each_start(&mut found);
        let mut kept: Vec<rules::Mention> = Vec::with_capacity(found.len());
        for m in found {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        regional_branches(text, &mut kept);
        self.acronym_closing_an_organization(text, &mut kept);
        self.expansion_before_acronym(text, &mut kept);
        split_name_pairs(text, &mut kept);
        unread_name_pairs(text, &mut kept, &self.lexicon);
        self.month_closing_a_name(text, &mut kept);
        words_closing_a_name(text, &mut kept, &self.lexicon, &headlines);
        unit_in_a_role_title(text, &mut kept, &self.lexicon, &hits);
        weekday_closing_a_name(text, &mut kept, &self.lexicon, &hits);
        organization_at_its_place(text, &mut kept, &self.lexicon, &hits);
        place_coordinated_with_a_place(text, &mut kept, &self.lexicon);
        organization_with_an_address(text, &mut kept);
        kept.retain(|m| !quoted_alone(text, m));
        drop_persons_glued_to_a_place(text, &mut kept);
        person_initials(text, &mut kept, &hits);
        bracketed_acronyms_of_no_person(text, &mut kept);
        photo_credits(text, &mut kept);
        photographer_after_outlet(text, &mut kept, &self.lexicon);
        credits(text, &mut kept, &self.lexicon, &hits);
        writer_and_editor_lines(text, &mut kept, &self.lexicon);
        fasting_month(text, &mut kept, &self.lexicon);
        names_in_headlines(text, seg, &headlines, &mut kept);
        derived_word_opening_a_name(text, &mut kept, &self.lexicon);
        (kept, hits)
    }

    /// *Kepala Badan Pusat Statistik (BPS) Kecuk Suhariyanto*: once the holder
    /// is split off, an acronym in brackets closing an organization is a
    /// mention of its own, as everywhere else (in corpus train, dev and kit dev
    /// gold 262 such acronyms stand alone and 10 stay inside the name, mostly a
    /// legal form, *PT Pertamina (Persero)*, or after a bracket already inside
    /// it, *Satuan Tugas (Satgas) Pengamanan Perbatasan (Pamtas)*).
    fn acronym_closing_an_organization(&self, text: &str, kept: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        let mut i = 0;
        while i < kept.len() {
            let m = kept[i];
            i += 1;
            let name = &text[m.start..m.end];
            if m.label != EntityLabel::Org || !name.ends_with(')') {
                continue;
            }
            let Some(open) = name.rfind(" (") else { continue };
            let inner = &name[open + 2..name.len() - 1];
            let acronym = inner.starts_with(|c: char| c.is_uppercase())
                && inner.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !name[..open].contains('(')
                && name[..open].contains(' ')
                && !self.lexicon.heads.opens(&inner.lower())
                && !self.lexicon.suffixes.contains(&inner.lower());
            if !acronym {
                continue;
            }
            let mut short = rules::Mention::new(m.start + open + 2, m.end - 1, EntityLabel::Org, m.evidence);
            short.alias_of = Some(m.start);
            kept[i - 1].end = m.start + open;
            kept.insert(i, short);
            i += 1;
        }
    }

    /// *Indonesia Corruption Watch (ICW)*, *Badan Meteorologi, Klimatologi, dan
    /// Geofisika (BMKG)*, *Islamic State of Iraq and Syria (ISIS)*: an acronym
    /// in brackets that is a mention of its own spells the name before it, so
    /// the capitalized words whose initials spell it (with *dan*, *of*, *and*,
    /// *for* … between them) are one name with the acronym's label, however
    /// the words were read alone (*Indonesia* a place, *Agung* a person),
    /// where the acronym is an organization (or was read as a person after
    /// words no person's name has) and the words were read as two mentions
    /// or more, or as a person. Only then: an acronym also names terms
    /// (*Tanda Buah Segar (TBS)*), and its label after a place (*Tenaga Kerja
    /// Indonesia (TKI)*) is not to be trusted.
    fn expansion_before_acronym(&self, text: &str, kept: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        let bracketed = |m: &rules::Mention| {
            let word = &text[m.start..m.end];
            (2..=6).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && text[..m.start].ends_with(" (")
                && text[m.end..].starts_with(')')
        };
        let acronyms: Vec<usize> = kept.iter().filter(|m| bracketed(m)).map(|m| m.start).collect();
        for at in acronyms {
            // (kept is sorted and without overlaps, so by start and by end alike)
            let Ok(k) = kept.binary_search_by_key(&at, |m| m.start) else { continue };
            let acr = kept[k];
            let end = acr.start - 2;
            let Some(start) = expansion_start(text, end, &text[acr.start..acr.end]) else { continue };
            // a person's initials (*Budi Gunadi Sadikin (BGS)*) stay a person's; an
            // acronym read as a person after words no person's name has is not one
            let person = |a: usize, b: usize| {
                text[a..b].split(|c: char| !c.is_alphanumeric()).any(|w| self.lexicon.name_words.contains(w.lower().as_str()))
            };
            let org = acr.label == EntityLabel::Org || (acr.label == EntityLabel::Per && !person(start, end));
            let first = kept[..k].partition_point(|m| m.end <= start);
            let overlapping = &kept[first..k];
            let within = !overlapping.is_empty() && overlapping.iter().all(|m| m.start >= start && m.end <= end);
            let broken = overlapping.len() >= 2 || overlapping.iter().any(|m| m.label == EntityLabel::Per);
            if !(org && within && broken) {
                continue;
            }
            let mut name = rules::Mention::new(start, end, EntityLabel::Org, rules::Evidence::Strong);
            name.source = acr.source;
            kept.splice(first..k, [name]);
            let acr = &mut kept[first + 1];
            acr.label = EntityLabel::Org;
            acr.alias_of = Some(start);
        }
    }

    /// *Yan Mei*, *Tian Mei*, *Dewi Juli Arta*: a month name right after a
    /// person's name, with no number, bracket, range or direction word after
    /// it (*Mei 2020*, *Juni lalu*), is part of the name (the rules stop a
    /// name at a month). In corpus gold no person's name is followed by a
    /// month that is a date; 4 names hold one.
    fn month_closing_a_name(&self, text: &str, kept: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        let mut i = 0;
        while i < kept.len() {
            let m = kept[i];
            i += 1;
            if m.label != EntityLabel::Per {
                continue;
            }
            let rest = &text[m.end..];
            let Some(after) = rest.strip_prefix(' ') else { continue };
            let len = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
            let month = &after[..len];
            if len < 3 || !month.starts_with(char::is_uppercase) || !self.lexicon.months.contains(&month.lower()) {
                continue;
            }
            let end = m.end + 1 + len;
            let next = text[end..].trim_start_matches(' ');
            let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect::<String>().lower();
            let dated = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '-' | '–' | '/'))
                || matches!(next_word.as_str(), "lalu" | "depan" | "mendatang" | "nanti" | "ini" | "tahun" | "hingga" | "sampai" | "kemarin" | "silam");
            if dated || kept.get(i).is_some_and(|n| n.start < end) {
                continue;
            }
            kept[i - 1].end = end;
            // … and a name going on after it (*Dewi Juli Arta*)
            if kept.get(i).is_some_and(|n| n.label == EntityLabel::Per && n.start == end + 1 && text[end..n.start] == *" ") {
                kept[i - 1].end = kept[i].end;
                kept.remove(i);
            }
        }
    }

    /// After a title, an unknown run may be the office's place, portfolio
    /// or organization and then the holder (*Kepala Desa Candibinangun
    /// Sismantoro*, *Menteri Komunikasi dan Informatika Rudiantara*,
    /// *Koordinator Nasional Pantau Gambut Iola Abas*). The article says
    /// where the name starts when it later names the person by later words
    /// of the run alone (*Sismantoro melaporkan*, *kata Abdul Halim*) and
    /// never by the words before them, none of which is a person-name word.
    /// The words before are the place after a place office (*Bupati*,
    /// *Kepala Desa*), else nothing: common words are a portfolio, and
    /// other unknown words are cut only where the later words start a
    /// name of two or more (*Iola* of *Iola Abas*), since a foreign name
    /// is shortened to its surname, the last word (*Shinzo Abe* … *Abe*),
    /// and are words of three letters or more in lower case after the
    /// first, not a name's initials (*I Dewa Gede Bawa* … *Dewa Gede*).
    fn split_office_from_holder(&self, text: &str, found: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        if !found.iter().any(|m| m.after_title.is_some()) {
            return;
        }
        let alone: rustc_hash::FxHashMap<&str, usize> = found
            .iter()
            .filter(|m| m.label == EntityLabel::Per && !text[m.start..m.end].contains(' '))
            .fold(Default::default(), |mut acc, m| {
                *acc.entry(&text[m.start..m.end]).or_insert(0) += 1;
                acc
            });
        // (the names of two words or more a person is given, to find where a run's holder starts)
        let named: rustc_hash::FxHashSet<&str> = found
            .iter()
            .filter(|m| m.label == EntityLabel::Per && text[m.start..m.end].contains(' '))
            .map(|m| &text[m.start..m.end])
            .collect();
        let mut added = Vec::new();
        for m in found.iter_mut() {
            let Some(place_office) = m.after_title else { continue };
            if m.label != EntityLabel::Per {
                continue;
            }
            let spans = word_spans(text, m);
            let words: Vec<(usize, &str)> = spans.iter().map(|&(a, b)| (a, &text[a..b])).collect();
            let named_from = |k: usize| (k + 1..spans.len()).any(|j| named.contains(&text[spans[k].0..spans[j].1]));
            let Some(k) = (1..words.len()).find(|&k| alone.contains_key(words[k].1) || named_from(k)) else { continue };
            // Foreign names are often shortened to the surname (*PM Shinzo Abe* … *Abe*):
            // a place office, common words, or later words that start a name of two say the
            // run is not all name.
            let starts_name = k + 1 < words.len();
            let before_ok = words[..k].iter().all(|(_, w)| {
                let lower = w.lower();
                !alone.contains_key(w)
                    && !self.lexicon.name_words.contains(lower.as_str())
                    && (place_office
                        || self.lexicon.common.contains(lower.as_str())
                        // (not an initial: *M Fadjroel Rachman*, *I Dewa Gede Bawa*, *RZ Panca*)
                        || starts_name && w.chars().count() >= 3 && w.chars().skip(1).all(char::is_lowercase))
            });
            if !before_ok {
                continue;
            }
            let holder_start = words[k].0;
            if place_office {
                added.push(rules::Mention::new(m.start, holder_start - 1, EntityLabel::Loc, rules::Evidence::Weak));
            }
            m.start = holder_start;
            m.after_title = None;
        }
        add_sorted(found, added);
    }

    /// An organization's name and its officer's name run together
    /// (*KAI Commuter Leza Arlan*, *Erajaya Group Djatmiko Wardoyo*,
    /// *RSUP Persahabatan Mursyid Bustami*): the organization ends where the
    /// article itself ends it — at a company suffix (*Group*, *Tbk*), at an
    /// organization or place the article names alone elsewhere, or at a
    /// listed organization — and the capitalized words after it are the
    /// person when they are two or more, none common, listed or derived.
    fn holder_after_named_office(&self, text: &str, found: &mut Vec<rules::Mention>, hits: &[gazetteer::Hit]) {
        use crate::document::EntityLabel;
        // (not a name the article also gives a person: *kata Bima* for *Bima Haria Wibisana*)
        let person: rustc_hash::FxHashSet<&str> = found.iter().filter(|m| m.label == EntityLabel::Per).map(|m| &text[m.start..m.end]).collect();
        let named: rustc_hash::FxHashSet<&str> =
            found.iter().filter(|m| m.label != EntityLabel::Per).map(|m| &text[m.start..m.end]).filter(|t| !person.contains(t)).collect();
        let listed = |a: usize, b: usize| listed_non_person(hits, a, b);
        let mut added = Vec::new();
        for i in 0..found.len() {
            let m = found[i];
            if m.label == EntityLabel::Loc || m.alias_of.is_some() {
                continue;
            }
            // an acronym found on its own just before may open the organization's name (*KAI* | *Commuter Leza Arlan*)
            let before = i.checked_sub(1).filter(|&p| found[p].label == EntityLabel::Org && text.get(found[p].end..m.start) == Some(" "));
            let words = word_spans(text, &m);
            if words.len() < 2 {
                continue;
            }
            let person_rest = |k: usize| {
                let rest = &words[k..];
                let plain = rest.iter().all(|&(a, b)| {
                    let w = &text[a..b];
                    w.starts_with(char::is_uppercase)
                        && w.chars().count() >= 2
                        && w.chars().any(char::is_lowercase)
                        && listed(a, b).is_none()
                        && {
                            // (no company suffix, derived word or -kan verb: *Otoparts Tbk*, *Targetkan*)
                            let lower = w.lower();
                            !(self.lexicon.common.contains(lower.as_str())
                                || self.lexicon.suffixes.contains(lower.as_str())
                                || rules::looks_derived(&lower)
                                || (lower.len() >= 6 && lower.ends_with("kan")))
                        }
                });
                plain && rest.len() >= 2
            };
            let split = (1..words.len()).find_map(|k| {
                let (prefix_end, last) = (words[k - 1].1, &text[words[k - 1].0..words[k - 1].1]);
                let by_suffix = k >= 2 && self.lexicon.suffixes.contains(last.lower().as_str());
                let by_name = named.contains(&text[m.start..prefix_end]);
                let by_name_before = before.is_some_and(|p| named.contains(&text[found[p].start..prefix_end]));
                let by_list = m.label == EntityLabel::Org
                    && listed(words[k - 1].0, prefix_end).is_some_and(|h| h.end == prefix_end && h.entry.label == EntityLabel::Org);
                ((by_suffix || by_name || by_name_before || by_list) && person_rest(k)).then_some((k, by_name_before))
            });
            if let Some((k, joins_before)) = split {
                added.push(rules::Mention::new(words[k].0, m.end, EntityLabel::Per, rules::Evidence::Strong));
                let start = match before.filter(|_| joins_before) {
                    Some(p) => {
                        found[p].end = found[p].start;
                        found[p].start
                    }
                    None => m.start,
                };
                let m = &mut found[i];
                (m.start, m.end, m.label, m.after_title) = (start, words[k - 1].1, EntityLabel::Org, None);
            }
        }
        found.retain(|m| m.start < m.end);
        add_sorted(found, added);
    }

    /// After a title, unknown capitalized words right before an organization
    /// are a unit of it, not a person (*Direktur [ORG Tipid Eksus Bareskrim
    /// Polri]*, *Kasubdit [ORG Renakta Ditreskrimum Polda]*): a person's name
    /// does not run into an organization's. Not when a word is a person-name
    /// word or the article uses one alone for a person.
    fn unit_before_its_organization(&self, text: &str, found: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        let alone: rustc_hash::FxHashSet<&str> = found
            .iter()
            .filter(|m| m.label == EntityLabel::Per && !text[m.start..m.end].contains(' '))
            .map(|m| &text[m.start..m.end])
            .collect();
        let mut out: Vec<rules::Mention> = Vec::with_capacity(found.len());
        for n in found.drain(..) {
            let unit = out.last().is_some_and(|m| {
                m.label == EntityLabel::Per
                    && m.after_title.is_some()
                    && n.label == EntityLabel::Org
                    && text.get(m.end..n.start) == Some(" ")
                    && text[m.start..m.end].split(' ').all(|w| {
                        !alone.contains(w) && !self.lexicon.name_words.contains(w.lower().as_str())
                    })
            });
            match out.last_mut().filter(|_| unit) {
                Some(m) => (m.end, m.label, m.after_title) = (n.end, EntityLabel::Org, None),
                None => out.push(n),
            }
        }
        *found = out;
    }

    /// A capitalized word next to a reporting verb (*kata Hari*, *ujar Bima*,
    /// *Dewa menambahkan*) that is a word of a person's full name the article
    /// gave is that person, even where the word lists call it a common word
    /// or a place (*hari*, the regency *Bima*).
    fn name_parts_at_verbs(&self, text: &str, seg: &Segmented, found: &mut Vec<rules::Mention>) {
        use crate::document::EntityLabel;
        let mut parts: rustc_hash::FxHashSet<String> = found
            .iter()
            .filter(|m| m.label == EntityLabel::Per && text[m.start..m.end].contains(' '))
            .flat_map(|m| text[m.start..m.end].split_whitespace().map(crate::text::lower))
            .filter(|w| w.chars().count() >= 3)
            .collect();
        // A capitalized word in no mention just before a person's name, which the
        // rules left out as a common word (*Kepala Disdikbud Samarinda Asli
        // Nuriyadin*): when the article also names someone by it at a verb
        // (*terang Asli*), it is the name's first word.
        let mut lead: rustc_hash::FxHashMap<String, usize> = Default::default();
        for (i, m) in found.iter().enumerate().filter(|(_, m)| m.label == EntityLabel::Per) {
            let Some(before) = text[..m.start].strip_suffix(' ') else { continue };
            let w0 = word_start(before);
            let w = &before[w0..];
            let free = found.get(i.wrapping_sub(1)).is_none_or(|p| p.end <= w0) || i == 0;
            let lower = w.lower();
            // (never a title or honorific: *Presiden Joko Widodo* … *kata Presiden*)
            if free && w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase) && !self.lexicon.opens_title(&lower) {
                lead.insert(lower, i);
            }
        }
        parts.extend(lead.keys().cloned());
        if parts.is_empty() {
            return;
        }
        let verb = |k: usize| {
            seg.tokens.get(k).is_some_and(|t| {
                let w = &text[t.start..t.end];
                w.starts_with(char::is_lowercase) && (self.lexicon.verbs.contains(w) || w == "menurut")
            })
        };
        let mut added = Vec::new();
        let mut led: Vec<usize> = Vec::new();
        for (k, t) in seg.tokens.iter().enumerate() {
            let w = &text[t.start..t.end];
            if !w.starts_with(char::is_uppercase) {
                continue;
            }
            let lower = seg.lower_of(text, t.start, t.end);
            if !parts.contains(&*lower) {
                continue;
            }
            let next_ok = seg.tokens.get(k + 1).is_none_or(|n| !text[n.start..n.end].starts_with(char::is_uppercase));
            if !next_ok || !((k > 0 && verb(k - 1)) || verb(k + 1)) {
                continue;
            }
            if let Some(&i) = lead.get(&*lower) {
                led.push(i);
            }
            let i = found.partition_point(|m| m.end <= t.start);
            match found.get_mut(i).filter(|m| m.start < t.end) {
                // a one-word place or common-word mention of exactly this word
                Some(m) if m.start == t.start && m.end == t.end && m.label != EntityLabel::Per => {
                    m.label = EntityLabel::Per;
                }
                Some(_) => {}
                None => added.push(rules::Mention::new(t.start, t.end, EntityLabel::Per, rules::Evidence::Weak)),
            }
        }
        led.sort_unstable();
        led.dedup();
        for i in led {
            let m = &mut found[i];
            m.start = word_start(&text[..m.start - 1]);
        }
        add_sorted(found, added);
    }

    /// The tagger's mentions, sentence by sentence, combined with the rules'.
    #[cfg(not(feature = "rules-only"))]
    fn tag(
        &self,
        tagger: &Tagger,
        text: &str,
        seg: &Segmented,
        boilerplate: &[Boilerplate],
        rules: Vec<rules::Mention>,
        hits: &[gazetteer::Hit],
    ) -> Vec<rules::Mention> {
        let mut tagged = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        let mut lowers: Vec<std::borrow::Cow<str>> = Vec::new();
        let (mut scratch, mut found) = (crate::tagger::Scratch::default(), Vec::new());
        for sentence in &seg.sentences {
            // boilerplate spans are sorted and disjoint: only the last one starting at or before the sentence can hold it
            let i = boilerplate.partition_point(|b| b.start <= sentence.start);
            if i > 0 && sentence.end <= boilerplate[i - 1].end {
                continue;
            }
            spans.clear();
            spans.extend(seg.tokens_in(*sentence).iter().map(|t| Span::new(t.start, t.end)));
            lowers.clear();
            lowers.extend(spans.iter().map(|t| seg.lower_of(text, t.start, t.end)));
            let m0 = rules.partition_point(|m| m.end <= sentence.start);
            let h0 = hits.partition_point(|h| h.end <= sentence.start);
            tagger.tag(text, &spans, &lowers, &rules[m0..], &hits[h0..], &self.lexicon, &mut scratch, &mut found);
            for &(a, b, label) in &found {
                let start = spans[a].start;
                let mut end = spans[b - 1].end;
                // The clitic -nya is never part of a name (*Jokowi-nya*).
                if rules::ends_with_nya(&text[start..end]) {
                    end -= 4;
                }
                // A name has a letter or digit: a lone quotation mark or dash tagged as one is dropped.
                if !text[start..end].contains(char::is_alphanumeric) {
                    continue;
                }
                let mut m = rules::Mention::new(start, end, label, rules::Evidence::Strong);
                m.source = EntitySource::Tagger;
                tagged.push(m);
            }
        }
        let mut kept = combine(text, tagged, rules);
        mend_tagged_names(text, &mut kept, &self.lexicon);
        kept
    }
}

/// Where the last word of `before` starts (after its last non-alphanumeric character).
fn word_start(before: &str) -> usize {
    word_start_with(before, &[])
}

/// [`word_start`], with `also` counted as word characters (*Al-Amin*, *Ma'ruf*).
fn word_start_with(before: &str, also: &[char]) -> usize {
    before.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric() && !also.contains(&c)).map_or(0, |(p, c)| p + c.len_utf8())
}

/// The gazetteer hit (sorted, non-overlapping `hits`) over bytes `a..b` that
/// lists a place or organization, if any.
fn listed_non_person(hits: &[gazetteer::Hit], a: usize, b: usize) -> Option<&gazetteer::Hit> {
    let h = hits.partition_point(|h| h.end <= a);
    hits.get(h).filter(|h| h.start < b && h.entry.label != crate::document::EntityLabel::Per)
}

/// *Verrel Alvirizky, vokalis …* … *ujar Verrel*: a run of two or three
/// capitalized words that no rule read (a name opening a sentence is a
/// guess, dropped), whose first word the article uses alone as a person, is
/// that person's full name: the article's own use says so. Only plain name
/// words (capitalized, no common word, title, month or weekday, none a
/// listed place or organization), standing apart from other capitalized
/// words, outside headlines (whose verbs are capitalized too: *Unimal
/// Luluskan 861 Mahasiswa*). In corpus train and dev gold, 17 such names
/// were missed, the speakers of 23 quotes.
fn full_name_of_a_person_named_alone(
    text: &str,
    seg: &Segmented,
    found: &mut Vec<rules::Mention>,
    lexicon: &lexicon::Lexicon,
    hits: &[gazetteer::Hit],
    headlines: &[crate::document::Span],
) {
    use crate::document::EntityLabel;
    let alone: rustc_hash::FxHashSet<&str> = found
        .iter()
        .filter(|m| m.label == EntityLabel::Per && m.evidence > rules::Evidence::Guess)
        .map(|m| &text[m.start..m.end])
        .filter(|w| !w.contains(' ') && w.chars().count() >= 3 && !lexicon.common.contains(w.lower().as_str()))
        .collect();
    if alone.is_empty() {
        return;
    }
    let covered = rules::covered_bytes(text, found);
    let overlaps = |a: usize, b: usize| covered[a..b].contains(&true);
    let toks = &seg.tokens;
    let capitalized = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Word && text[t.start..t.end].starts_with(char::is_uppercase))
    };
    let name_word = |k: usize| {
        let t = toks[k];
        let w = &text[t.start..t.end];
        let lower = w.lower();
        capitalized(k)
            && w.chars().count() >= 2
            && w.chars().skip(1).all(char::is_lowercase)
            && !lexicon.common.contains(lower.as_str())
            && !lexicon.opens_title(&lower)
            && !lexicon.months.contains(&lower)
            && !lexicon.weekdays.contains(&lower)
            && listed_non_person(hits, t.start, t.end).is_none()
    };
    let mut added = Vec::new();
    for k in 0..toks.len() {
        let t = toks[k];
        // (the capital first: most words are not, and need no look-up)
        if !capitalized(k) || !alone.contains(&text[t.start..t.end]) || (k > 0 && capitalized(k - 1) && toks[k - 1].end + 1 >= t.start) {
            continue;
        }
        if in_headline(headlines, t.start) {
            continue;
        }
        let mut j = k + 1;
        while j < toks.len() && j < k + 3 && toks[j].start == toks[j - 1].end + 1 && text[toks[j - 1].end..toks[j].start] == *" " && name_word(j) {
            j += 1;
        }
        // (the run stands apart: no capitalized word right after it)
        let apart = !(j < toks.len() && capitalized(j) && toks[j].start == toks[j - 1].end + 1);
        let (a, b) = (t.start, toks[j - 1].end);
        if j == k + 1 || !apart || overlaps(toks[k + 1].start, b) {
            continue;
        }
        // the first word may stand as a mention of its own: it grows into the name
        // (found is sorted by start here: a binary search, not a walk, finds it)
        let i = found.partition_point(|m| m.start < a);
        if let Some(m) = found[i..].iter_mut().take_while(|m| m.start == a).find(|m| m.end == t.end && m.label == EntityLabel::Per) {
            m.end = b;
        } else if !overlaps(a, b) {
            added.push(rules::Mention::new(a, b, EntityLabel::Per, rules::Evidence::Weak));
        }
    }
    found.extend(added);
}

/// Sorts mentions by start, the longest first at each start (stable: equal
/// spans keep their order). One function for the rule pass's two such
/// sorts: each call site of a generic sort with its own closure can be
/// another copy in the wasm.
fn longest_first_at_each_start(found: &mut [rules::Mention]) {
    crate::text::sort_by_key(found, |m| crate::text::span_key(m.start, m.end, true));
}

/// Byte `at` lies in one of `headlines` (sorted, disjoint paragraphs).
fn in_headline(headlines: &[crate::document::Span], at: usize) -> bool {
    let k = headlines.partition_point(|h| h.end <= at);
    headlines.get(k).is_some_and(|h| h.start <= at)
}

/// The words of a mention, split at spaces: their byte spans.
fn word_spans(text: &str, m: &rules::Mention) -> Vec<(usize, usize)> {
    let mut at = m.start;
    text[m.start..m.end]
        .split(' ')
        .map(|w| {
            let span = (at, at + w.len());
            at += w.len() + 1;
            span
        })
        .collect()
}

/// A company named in full after its legal form (*PT Merpati Nusantara
/// Airlines*, *PT Garuda Indonesia (Persero) Tbk*), then by its first name word
/// alone (*Merpati berhenti beroperasi*, *anak usaha Garuda*): the word alone
/// names the company. In corpus train and dev gold, 19 of 19 such words are
/// the organization (words of four letters or more, not common words).
fn company_names_used_alone(text: &str, found: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    let mut short: Vec<&str> = Vec::new();
    for m in found.iter().filter(|m| m.label == EntityLabel::Org) {
        let mut words = text[m.start..m.end].split_whitespace();
        let (Some(form), Some(first), Some(_)) = (words.next(), words.next(), words.next()) else { continue };
        let first_ok = first.chars().count() >= 4
            && first.chars().all(char::is_alphabetic)
            && first.starts_with(char::is_uppercase)
            && !lexicon.common.contains(first.lower().as_str());
        if matches!(form, "PT" | "PT." | "Perum" | "CV") && first_ok && !short.contains(&first) {
            short.push(first);
        }
    }
    if short.is_empty() {
        return;
    }
    let covered = rules::covered_bytes(text, found);
    let overlaps = |at: usize, end: usize| covered[at..end].contains(&true);
    // (the first 16: a news article names a few companies)
    short.truncate(16);
    let mut added = Vec::new();
    for (at, end, _) in rules::words_alone(text, &short) {
        // (alone: not the first word of another capitalized name, *Hutchison Asia …*)
        let name_follows = text[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
        if !name_follows && !overlaps(at, end) {
            added.push(rules::Mention::new(at, end, EntityLabel::Org, rules::Evidence::Weak));
        }
    }
    found.extend(added);
}

/// A person introduced once with a full name after an office, then named by
/// the first word alone (*Dinas Kesehatan Tangsel Deden Deni … Deden
/// mengatakan*, *Komisaris Jenderal Listyo Sigit Prabowo … kata Listyo*): the
/// article's own use says where the name starts. A word the article uses
/// alone as a person, inside a longer organization or place name with a
/// capitalized word after it, starts a person there; right before a person
/// mention, it joins it.
fn name_parts_used_alone(
    text: &str,
    found: &mut Vec<rules::Mention>,
    lexicon: &lexicon::Lexicon,
    hits: &[gazetteer::Hit],
) {
    use crate::document::EntityLabel;
    let common = &lexicon.common;
    let alone: rustc_hash::FxHashSet<&str> = found
        .iter()
        .filter(|m| m.label == EntityLabel::Per && m.evidence == rules::Evidence::Strong)
        .map(|m| &text[m.start..m.end])
        .filter(|w| !w.contains(' ') && w.chars().count() >= 3 && !common.contains(w.lower().as_str()))
        .collect();
    if alone.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for i in 0..found.len() {
        let m = found[i];
        // a person run that took office words before the name (*Pantau Gambut Iola
        // Abas*, *Perindustrian Agus Gumiwang*): words that are common, derived
        // or acronyms, none used alone, before a name part the article uses alone
        if m.label == EntityLabel::Per {
            let words = word_spans(text, &m);
            let office_word = |&(a, b): &(usize, usize)| {
                let w = &text[a..b];
                let lower = w.lower();
                !alone.contains(w)
                    && (common.contains(lower.as_str())
                        || rules::looks_derived(&lower)
                        || (w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)))
            };
            if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| alone.contains(&text[words[k].0..words[k].1])) {
                // (two capitals right before the name part are its initials, not an office:
                // *Inspektur Jenderal RZ Panca Putra Simanjuntak … Panca*)
                let initials = {
                    let (a, b) = words[k - 1];
                    b - a == 2 && text[a..b].bytes().all(|c| c.is_ascii_uppercase())
                };
                if words[..k].iter().all(office_word) && !initials {
                    found[i].start = words[k].0;
                    continue;
                }
                // right after an organization, the words before go to it
                // (*[ORG Dinas Kesehatan] Tangsel Deden Deni … Deden*)
                // (an organization closed by its acronym in brackets has the whole name after it)
                let org_before = i > 0
                    && found[i - 1].label == EntityLabel::Org
                    && text.get(found[i - 1].end..m.start) == Some(" ")
                    && !text[..found[i - 1].end].ends_with(')');
                // (not a person's own first names: *Elizabeth Jane Soepardi … Jane*)
                let office_tail = |&(a, b): &(usize, usize)| {
                    let w = &text[a..b];
                    !alone.contains(w) && w.chars().count() >= 3 && !lexicon.name_words.contains(w.lower().as_str())
                };
                if org_before && words[..k].iter().all(office_tail) {
                    found[i - 1].end = words[k - 1].1;
                    found[i].start = words[k].0;
                    continue;
                }
            }
        }
        if m.label != EntityLabel::Per {
            let words = word_spans(text, &m);
            // (none of the person's words a listed place or organization: *Polres Metro Jakarta Timur*)
            let listed = |a: usize, b: usize| listed_non_person(hits, a, b).is_some();
            let k = (1..words.len().saturating_sub(1)).find(|&k| {
                alone.contains(&text[words[k].0..words[k].1])
                    && words[k..].iter().all(|&(a, b)| text[a..b].starts_with(char::is_uppercase) && !listed(a, b))
            });
            if let Some(k) = k {
                found[i].end = words[k - 1].1;
                added.push(rules::Mention::new(words[k].0, m.end, EntityLabel::Per, rules::Evidence::Strong));
            } else {
                // the name's first word was taken into the office's name, or stood as
                // a name of its own, the rest is a person right after it (*Partai Golkar
                // Fadel* | *Muhammad*; a listed place too, where the article has it speak
                // alone: *(BKN)* *Bima* | *Haria Wibisana* … *kata Bima*)
                let k = words.len() - 1;
                let next = found.get(i + 1).filter(|n| n.label == EntityLabel::Per && n.start == m.end + 1 && text[m.end..n.start] == *" ");
                if let Some(n) = next.copied() {
                    if alone.contains(&text[words[k].0..words[k].1]) {
                        if k == 0 {
                            found[i].label = EntityLabel::Per;
                            found[i].evidence = rules::Evidence::Strong;
                            found[i].end = n.end;
                            found[i + 1].start = n.end;
                        } else {
                            found[i].end = words[k - 1].1;
                            added.push(rules::Mention::new(words[k].0, n.end, EntityLabel::Per, rules::Evidence::Strong));
                        }
                    }
                }
            }
            continue;
        }
        // the word just before, separated by one space and in no mention
        let before = text[..m.start].strip_suffix(' ').map(|t| {
            let s = word_start_with(t, &['-', '\'']);
            (s, t.len())
        });
        if let Some((a, b)) = before {
            let free = i == 0 || found[i - 1].end <= a;
            if a < b && free && alone.contains(&text[a..b]) {
                found[i].start = a;
            }
        }
    }
    found.retain(|m| m.start < m.end);
    add_sorted(found, added);
}

/// A headline or caption in title case gives the rules no evidence, so its
/// names are found by the article's own: a name the rules found in the
/// body (a person, or a place or organization of two words or more, or a
/// single word named surely) is the same entity where a headline writes it.
fn names_in_headlines(text: &str, seg: &Segmented, headlines: &[crate::document::Span], kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    if headlines.is_empty() {
        return;
    }
    let in_headline = |at: usize| in_headline(headlines, at);
    // first word → (the name's words, label), longest names first
    let mut names: rustc_hash::FxHashMap<&str, Vec<(Vec<&str>, EntityLabel)>> = Default::default();
    for m in kept.iter().filter(|m| !in_headline(m.start)) {
        let s = &text[m.start..m.end];
        let words: Vec<&str> = s.split(' ').collect();
        let sure = m.label == EntityLabel::Per || words.len() >= 2 || m.evidence == rules::Evidence::Strong;
        if !sure || s.chars().count() < 3 || words.iter().any(|w| w.is_empty()) {
            continue;
        }
        let v = names.entry(words[0]).or_default();
        if !v.iter().any(|(w, _)| *w == words) {
            v.push((words, m.label));
        }
    }
    for v in names.values_mut() {
        crate::text::sort_by_key(v, |(w, _)| u64::MAX - w.len() as u64);
    }
    let mut added = Vec::new();
    for h in headlines {
        let t0 = seg.tokens.partition_point(|t| t.end <= h.start);
        let toks: Vec<&crate::text::Token> = seg.tokens[t0..].iter().take_while(|t| t.start < h.end).collect();
        let mut k = 0;
        while k < toks.len() {
            let first = &text[toks[k].start..toks[k].end];
            let hit = names.get(first).and_then(|cands| {
                cands.iter().find(|(words, _)| {
                    k + words.len() <= toks.len()
                        && (1..words.len()).all(|x| &text[toks[k + x].start..toks[k + x].end] == words[x] && text[toks[k + x - 1].end..toks[k + x].start] == *" ")
                })
            });
            let Some((words, label)) = hit else {
                k += 1;
                continue;
            };
            let (a, b) = (toks[k].start, toks[k + words.len() - 1].end);
            let i = kept.partition_point(|m| m.end <= a);
            if kept.get(i).is_none_or(|m| m.start >= b) {
                added.push(rules::Mention::new(a, b, *label, rules::Evidence::Weak));
            }
            k += words.len();
        }
    }
    add_sorted(kept, added);
}

/// A photo or report credit read as one person (*Agung Pambudhy/detikcom*,
/// *VIVA.co.id/M Ali Wafa*, *Iwan Supriyatna Suara.Com*): the parts a slash
/// sets apart, and a web address closing the name, are mentions of their
/// own: a web address or a lower-case outlet name (*kumparan*, *detikOto*) is
/// an organization, a capitalized part a person, and a short lower-case
/// code (*wpa*, *nym*) nothing. In corpus train and dev 17 of 18 such
/// mentions are split so in the gold.
fn photo_credits(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let is_domain = |w: &str| rules::is_web_address(&w.lower());
    let mut out: Vec<rules::Mention> = Vec::with_capacity(kept.len());
    for m in kept.drain(..) {
        let name = &text[m.start..m.end];
        if m.label != EntityLabel::Per || !(name.contains('/') || name.rsplit(' ').next().is_some_and(is_domain)) {
            out.push(m);
            continue;
        }
        // the parts: split at slashes, and before a closing web address
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut at = m.start;
        for piece in name.split('/') {
            let (a, b) = (at, at + piece.len());
            match piece.rfind(' ').filter(|&k| is_domain(&piece[k + 1..]) && k > 0) {
                Some(k) => parts.extend([(a, a + k), (a + k + 1, b)]),
                None => parts.push((a, b)),
            }
            at = b + 1;
        }
        for (a, b) in parts {
            let part = text[a..b].trim();
            if part.is_empty() {
                continue;
            }
            let label = if is_domain(part) || (part.starts_with(char::is_lowercase) && part.chars().count() >= 5) {
                EntityLabel::Org
            } else if part.starts_with(char::is_uppercase) {
                EntityLabel::Per
            } else {
                continue;
            };
            let mut x = m;
            x.start = a;
            x.end = b;
            x.label = label;
            x.alias_of = None;
            out.push(x);
        }
    }
    *kept = out;
}

/// Where the name whose initials spell `acronym` starts, reading back from
/// `end` over capitalized words (hyphenated parts count one each:
/// *Perserikatan Bangsa-Bangsa*) and the connectives between them.
fn expansion_start(text: &str, end: usize, acronym: &str) -> Option<usize> {
    const CONNECTIVES: &[&str] = &["dan", "serta", "untuk", "&", "of", "and", "for", "the", "on", "in"];
    let letters: Vec<char> = acronym.chars().collect();
    let mut need = letters.len();
    let mut pos = end;
    let mut start = None;
    for _ in 0..12 {
        let before = text[..pos].trim_end_matches([' ', ',']);
        if before.len() == pos && start.is_some() {
            return None; // words must be set apart
        }
        let word_start = before.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == '&')).map_or(0, |(k, c)| k + c.len_utf8());
        let word = &before[word_start..];
        if word.is_empty() {
            return None;
        }
        if CONNECTIVES.contains(&word.lower().as_str()) {
            if start.is_none() || need == 0 {
                return None;
            }
        } else {
            for part in word.rsplit('-').filter(|p| !p.is_empty()) {
                let c = part.chars().next()?;
                if !c.is_uppercase() || need == 0 || c != letters[need - 1] {
                    return None;
                }
                need -= 1;
            }
            start = Some(word_start);
            if need == 0 {
                return start;
            }
        }
        pos = word_start;
    }
    None
}

/// Adds mentions a pass found to `kept`, which stays sorted by start.
fn add_sorted(kept: &mut Vec<rules::Mention>, added: Vec<rules::Mention>) {
    if !added.is_empty() {
        kept.extend(added);
        crate::text::sort_by_key(kept, |m| m.start as u64);
    }
}

/// A credit's photographer after an outlet and a slash, closing the caption
/// or its brackets (*Liputan6.com/Andri Wiranuari)*, *ANTARA FOTO/Hafidz
/// Mubarak*, *TRIBUNNEWS/HERUDIN*, *Tribun Jabar/Deanza Falevi*), that no
/// rule read, is a person: after an organization mention, capitalized words
/// (or capitals and initials) up to a closing bracket, the end of the line,
/// a full stop or a slash and a short code. In corpus train and dev gold 19 of
/// 22 such runs are persons; the others are a code of three capitals or fewer
/// (*AFP/STR*, *Steering Committee/SC*), a unit after a numbered organization
/// (*Kodam XII/Tanjungpura*) and a common word (*Dok.*), all left out.
fn photographer_after_outlet(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    let mut added = Vec::new();
    for (k, m) in kept.iter().enumerate() {
        if m.label != EntityLabel::Org || !text[m.end..].starts_with('/') {
            continue;
        }
        let outlet = &text[m.start..m.end];
        if outlet.rsplit(' ').next().is_some_and(rules::is_written_roman) {
            continue;
        }
        // the run: capitalized words and initials separated by single spaces
        let start = m.end + 1;
        let mut end = start;
        let mut rest = &text[start..];
        // (a name has six words at most: a long capitalized run after every
        // slash is read in linear time)
        for _ in 0..6 {
            let len = rest.find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '.'))).unwrap_or(rest.len());
            let word = rest[..len].trim_end_matches('.');
            let initial = word.chars().count() == 1;
            if word.is_empty() || !word.starts_with(char::is_uppercase) || (!initial && rest[..len].ends_with('.') && len != word.len() + 1) {
                break;
            }
            // a full stop after a word of two letters or more ends the sentence, not the word
            end += if initial { len } else { word.len() };
            rest = &text[end..];
            if !initial && rest.starts_with('.') {
                break;
            }
            match rest.strip_prefix(' ') {
                Some(r) if r.starts_with(char::is_uppercase) => {
                    end += 1;
                    rest = r;
                }
                _ => break,
            }
        }
        let run = text[start..end].trim_end();
        let end = start + run.len();
        let letters = run.chars().filter(|c| c.is_alphabetic()).count();
        let short_code = run.chars().all(|c| c.is_uppercase()) && letters <= 3;
        let after = &text[end..];
        let closes = after.is_empty()
            || after.starts_with([')', ']', '\n', '.'])
            || after.strip_prefix('/').is_some_and(|r| {
                let code = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
                (1..=5).contains(&code) && r[code..].chars().next().is_none_or(|c| matches!(c, ')' | ']' | '\n' | '.'))
            });
        let free = kept.get(k + 1).is_none_or(|n| n.start >= end);
        // (one common word is no name: *Dok.*, the source of a file photo)
        let common = !run.contains(' ') && lexicon.common.contains(run.lower().as_str());
        if run.is_empty() || short_code || common || !closes || !free {
            continue;
        }
        added.push(rules::Mention::new(start, end, EntityLabel::Per, rules::Evidence::Weak));
    }
    add_sorted(kept, added);
}

/// Photo and report credits whose parts the rules misread (*Foto: M Iqbal
/// Ichsan/Tempo*, *(Kanal Aceh/Randi)*, *POS KUPANG/JULIANUS AKOIT*, *(Foto:
/// Heru H/okezone)*): in a credit — in brackets closing a caption, after
/// *Foto:* or *Sumber:*, or a line of its own — parts set apart by slashes
/// are an outlet and the people who took the photo or wrote the report. A
/// part is the outlet when a list names it as an organization, it is a web
/// address or a brand written in mixed case (*MalangTIMES*, *iNews*,
/// *detikJatim*), a lower-case word (*okezone*), or it holds a media word
/// (`data/entity/credits.txt`: *Pos*, *Radar*, *Kanal*, *TIMES*, *FOTO* …).
/// With exactly one outlet, every part of capitalized words (in capitals
/// too) that no list names as a place or organization is a person; a source
/// word (*Dok*, *Istimewa*), the label *Foto* and a short code (*HO*, *pd*)
/// are nothing. In corpus train gold, of 160 credits of an outlet and a
/// person, 101 were read right before this pass (outlet first 89 of 115,
/// person first 12 of 45) and 147 after it (106 and 41).
fn credits(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon, hits: &[gazetteer::Hit]) {
    use crate::document::EntityLabel;
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Outlet,
        Person,
        Nothing,
    }
    let credit_char = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | '&' | '+' | '/');
    let listed_as = |a: usize, b: usize, labels: &[EntityLabel]| {
        let i = hits.partition_point(|h| h.end <= a);
        hits[i..].iter().take_while(|h| h.start < b).any(|h| labels.contains(&h.entry.label) && h.start >= a && h.end <= b)
    };
    let mixed_case = |w: &str| {
        let mut cs = w.chars().skip(1);
        w.chars().any(char::is_lowercase) && cs.any(char::is_uppercase) && w.chars().all(char::is_alphanumeric)
    };
    let classify = |a: usize, b: usize| -> Option<Part> {
        let part = &text[a..b];
        let words: Vec<&str> = part.split(' ').collect();
        let lower = part.lower();
        let single = words.len() == 1;
        if single && lexicon.credit_sources.contains(lower.as_str()) {
            return Some(Part::Nothing);
        }
        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
        if single && (letters <= 3 || part.chars().any(|c| c.is_ascii_digit()) && !rules::is_web_address(&lower)) {
            return Some(Part::Nothing);
        }
        let exact_org = gazetteer::hit_at(hits, a).is_some_and(|h| h.end == b && h.entry.label == EntityLabel::Org);
        if exact_org
            || (single && (rules::is_web_address(&lower) || mixed_case(part) || (part.chars().all(char::is_lowercase) && letters >= 5)))
            || words.iter().any(|w| lexicon.media_words.contains(w.lower().as_str()))
        {
            return Some(Part::Outlet);
        }
        // (a hyphen joins names, *Hanson-Young*, not a code to a name, *HO-Kemdiktisaintek*)
        let name_word = |w: &&str| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
                && (!w.contains('-') || w.split('-').all(|x| x.chars().filter(|c| c.is_alphabetic()).count() >= 4))
        };
        let head = lexicon.heads.longest(&[words[0].lower()]).is_some();
        if words.len() <= 5 && words.iter().all(name_word) && !head && !listed_as(a, b, &[EntityLabel::Org, EntityLabel::Loc]) {
            return Some(Part::Person);
        }
        None
    };
    let mut edits: Vec<(usize, usize, Vec<rules::Mention>)> = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find('/') {
        let slash = from + k;
        // the run of credit characters around the slash (bounded: linear in the text)
        let mut start = slash;
        for (i, c) in text[..slash].char_indices().rev().take(80) {
            if !credit_char(c) {
                break;
            }
            start = i;
        }
        let mut end = slash + 1;
        for (i, c) in text[slash..].char_indices().skip(1).take(80) {
            if !credit_char(c) {
                break;
            }
            end = slash + i + c.len_utf8();
        }
        from = end.max(slash + 1);
        // a sentence before it on the same line ends at ". "
        let mut cut = false;
        if let Some(k) = text[start..slash].rfind(". ") {
            start += k + 2;
            cut = true;
        }
        while start < slash && text[start..].starts_with(' ') {
            start += 1;
        }
        let seg_end = start + text[start..end].trim_end_matches([' ', '.']).len();
        if seg_end <= slash + 1 || text[start..seg_end].matches('/').count() > 2 {
            continue;
        }
        let before = text[..start].trim_end_matches(' ');
        let after = &text[seg_end..];
        let after_dot = after.trim_start_matches('.');
        let line_end = after_dot.is_empty() || after_dot.starts_with(['\n', '\r']);
        // (the word before the colon only: the text before may be long)
        let lead = before.strip_suffix(':').map(|b| {
            let b = b.trim_end();
            b[word_start_with(b, &['-'])..].lower()
        });
        let context = (before.ends_with('(') && after.starts_with(')'))
            || lead.is_some_and(|l| ["foto", "foto-foto", "photo", "sumber"].iter().any(|w| l.ends_with(w)))
            || (line_end && (before.is_empty() || before.ends_with('\n') || cut));
        if !context {
            continue;
        }
        let mut parts: Vec<(usize, usize, Part)> = Vec::new();
        let mut at = start;
        let mut ok = true;
        for piece in text[start..seg_end].split('/') {
            let (mut a, mut b) = (at + (piece.len() - piece.trim_start_matches([' ', '-', '–']).len()), at + piece.trim_end_matches([' ', '.']).len());
            at += piece.len() + 1;
            if a >= b {
                continue;
            }
            // the credit's own label is no part of a name (*FOTO ANTARA/…*, *detikcom Foto:*)
            for label in ["Foto ", "FOTO ", "foto "] {
                if text[a..b].starts_with(label) {
                    a += label.len();
                }
            }
            for label in [" Foto", " FOTO", " foto"] {
                if text[a..b].ends_with(label) {
                    b -= label.len();
                }
            }
            if a >= b {
                continue;
            }
            match classify(a, b) {
                Some(p) => parts.push((a, b, p)),
                None => ok = false,
            }
        }
        let outlets = parts.iter().filter(|p| p.2 == Part::Outlet).count();
        if !ok || outlets != 1 || !parts.iter().any(|p| p.2 == Part::Person) {
            continue;
        }
        let mentions = parts
            .iter()
            .filter(|p| p.2 != Part::Nothing)
            .map(|&(a, b, p)| rules::Mention::new(a, b, if p == Part::Outlet { EntityLabel::Org } else { EntityLabel::Per }, rules::Evidence::Weak))
            .collect();
        edits.push((start, seg_end, mentions));
    }
    if edits.is_empty() {
        return;
    }
    // (edits are in text order and disjoint: the one a mention could overlap is found by search)
    kept.retain(|m| {
        let i = edits.partition_point(|e| e.1 <= m.start);
        edits.get(i).is_none_or(|e| e.0 >= m.end)
    });
    add_sorted(kept, edits.into_iter().flat_map(|e| e.2).collect());
}

/// *Ramadhan* names the fasting month as well as people: right after a number
/// or a lower-case word that is no reporting verb (*1 Ramadhan*, *jelang
/// Ramadhan*, *ibadah puasa Ramadhan*), it is the month and no entity. In
/// corpus train, dev and kit dev gold all 29 such uses are no entity; the
/// person follows a verb, a title or a comma (*kata Ramadhan*, *Koordinator
/// aksi, Ramadhan*) or opens a sentence.
fn fasting_month(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    kept.retain(|m| {
        let name = &text[m.start..m.end];
        if m.label != EntityLabel::Per || !matches!(name, "Ramadhan" | "Ramadan") {
            return true;
        }
        let Some(before) = text[..m.start].strip_suffix(' ') else { return true };
        let prev = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let number = !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit());
        let lower_word = prev.starts_with(char::is_lowercase) && !lexicon.verbs.contains(prev) && lexicon.titles.longest(&[prev]).is_none();
        !(number || lower_word)
    });
}

/// A byline of two lines, the writer's name closed by a comma and the
/// editor's name after it (*Dhias Suwandi,* / *Andi Hartik*, as Kompas.com
/// prints them under the timestamp), names two people: each line one to five
/// capitalized words and nothing else. In corpus train and dev gold all 36
/// such lines are persons. So does a line of two to four capitalized words,
/// none of them a common word, above a line that names its role (*Sabrina
/// Asril* / *Penulis*) or gives the timestamp (*Juli Hantoro* / *Selasa, 8
/// September 2020 10:15*): in corpus train and dev gold 47 such lines, all
/// persons (the headlines above a timestamp have a common word: *Era Baru
/// Konser Virtual*).
fn writer_and_editor_lines(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    let name_line = |line: &str| {
        // (counted up to six: a paragraph is read no further than its sixth word)
        let words = line.split(' ').take(6).count();
        (1..=5).contains(&words)
            && line.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
    };
    let mut added = Vec::new();
    let mut at = 0;
    let mut lines = text.split('\n').map(|l| {
        let a = at;
        at += l.len() + 1;
        (a, l)
    });
    let Some(mut prev) = lines.next() else { return };
    // (a role under the name, or a timestamp: a weekday or a day, and a clock time)
    let credit_below = |line: &str| {
        let first = line.split([' ', ',', ':']).next().unwrap_or("").lower();
        matches!(first.as_str(), "penulis" | "editor" | "reporter" | "kontributor" | "pewarta" | "wartawan")
            || ((line.starts_with(|c: char| c.is_ascii_digit()) || lexicon.weekdays.contains(&first))
                && line.as_bytes().windows(2).any(|w| w[0] == b':' && w[1].is_ascii_digit()))
    };
    let plain_name = |line: &str| {
        (2..=4).contains(&line.split(' ').take(5).count())
            && name_line(line)
            && line.split(' ').all(|w| {
                // (a full stop only closing an initial: *Liberty Jemadu Suara.Com* is a byline and its outlet)
                let l = w.lower();
                w.find('.').is_none_or(|i| i + 1 == w.len()) && (!lexicon.common.contains(l.as_str()) || lexicon.name_words.contains(l.as_str()))
            })
    };
    for next in lines {
        if plain_name(prev.1) && credit_below(next.1) {
            let (a, b) = (prev.0, prev.0 + prev.1.len());
            let i = kept.partition_point(|m| m.end <= a);
            if kept.get(i).is_none_or(|m| m.start >= b) {
                added.push(rules::Mention::new(a, b, EntityLabel::Per, rules::Evidence::Strong));
            }
        }
        if let Some(writer) = prev.1.strip_suffix(',') {
            if name_line(writer) && name_line(next.1) {
                // (no line is both: an editor's line has no comma)
                for (a, b) in [(prev.0, prev.0 + writer.len()), (next.0, next.0 + next.1.len())] {
                    let i = kept.partition_point(|m| m.end <= a);
                    if kept.get(i).is_none_or(|m| m.start >= b) {
                        added.push(rules::Mention::new(a, b, EntityLabel::Per, rules::Evidence::Strong));
                    }
                }
            }
        }
        prev = next;
    }
    add_sorted(kept, added);
}

/// A derived word opening a person's name is no part of it: a *ke-…-an* or
/// *pe-…-an* noun or a *di-…-kan* or *me-…-kan* verb (*Kesaksian Rahmad
/// Darmawan*, *Ditambahkan Happy*), seven letters at least, that a capital (a
/// headline's, a sentence's first) made look like a name. In corpus train and
/// dev gold 4 such runs are persons without the word, none with it.
fn derived_word_opening_a_name(text: &str, kept: &mut [rules::Mention], lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    for m in kept.iter_mut().filter(|m| m.label == EntityLabel::Per) {
        let s = &text[m.start..m.end];
        let Some((first, rest)) = s.split_once(' ') else { continue };
        let (l, rest) = (first.lower(), rest.trim_start());
        let derived = l.len() >= 7
            && (((l.starts_with("ke") || l.starts_with("pe")) && l.ends_with("an")) || ((l.starts_with("di") || l.starts_with("me")) && l.ends_with("kan")));
        if derived && !lexicon.name_words.contains(l.as_str()) && !rest.is_empty() {
            m.start = m.end - rest.len();
        }
    }
}

/// Two people joined by a hyphen, as election pairs are written (*Lukas
/// Enembe-Klemen Tinal*, *Prabowo-Sandi*), are two persons: where both sides
/// have two words or more, or each is one word. In corpus train and dev gold
/// 21 such pairs are split and none is one name; a double-barrelled name has
/// one side of one word (*Sarah Hanson-Young*, *Jean-Max Bellrive*), and
/// those stay whole, unless a candidate pair is introduced just before.
fn split_name_pairs(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let mut added = Vec::new();
    for m in kept.iter_mut().filter(|m| m.label == EntityLabel::Per) {
        let s = &text[m.start..m.end];
        let Some(h) = s.char_indices().find(|&(i, c)| {
            c == '-' && s[..i].ends_with(|x: char| x.is_lowercase()) && s[i + 1..].starts_with(|x: char| x.is_uppercase())
        }).map(|(i, _)| i) else { continue };
        let (l, r) = (s[..h].split(' ').count(), s[h + 1..].split(' ').count());
        // (an Arabic article is no name of its own: *Al-Ghazali*)
        let article = s[..h].rsplit(' ').next().map(crate::text::lower).is_some_and(|w| rules::is_arabic_article(&w) || w == "abu");
        if !article && ((l >= 2 && r >= 2) || (l == 1 && r == 1) || election_pair_before(text, m.start)) {
            added.push(rules::Mention { start: m.start + h + 1, ..*m });
            m.end = m.start + h;
        }
    }
    add_sorted(kept, added);
}

/// Two capitalized words joined by a hyphen that no rule read (*Midji-Norsan*,
/// *Prabowo-Gibran*, *Khofifah-Emil*) are two people where the word before
/// names a pair (`data/entity/pair-cues.txt`: *pasangan*, *pemerintahan*,
/// *nomor urut* …) or either side is a person elsewhere in the text (in
/// corpus train and dev gold 13 such pairs are two persons, none anything
/// else; without either sign most are not: *Jakarta-Bandung*, *Senin-Jumat*).
fn unread_name_pairs(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
    let cap_word = |w: &str| {
        w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_alphabetic() || c == '\'' || c == '’')
            && w.chars().any(char::is_lowercase)
    };
    // the people named so far, and those the pass adds (a set: a text of
    // thousands of pairs is read in linear time)
    let mut known: rustc_hash::FxHashSet<&str> = kept.iter().filter(|m| m.label == EntityLabel::Per).map(|m| &text[m.start..m.end]).collect();
    let mut added = Vec::new();
    let mut at = 0;
    // (each side is looked for within 40 bytes of the hyphen: a name word is
    // shorter, and a text of hyphenated words is then read in linear time)
    const REACH: usize = 40;
    let boundary = |mut k: usize| {
        while !text.is_char_boundary(k) {
            k += 1;
        }
        k
    };
    while let Some(h) = text[at..].find('-').map(|h| at + h) {
        at = h + 1;
        let lo = boundary(h.saturating_sub(REACH));
        let hi = boundary((h + 1 + REACH).min(text.len()));
        let left_start = match text[lo..h].rfind(|c: char| !is_word(c)) {
            Some(i) => lo + i + text[lo + i..].chars().next().map_or(1, char::len_utf8),
            None if lo == 0 => 0,
            None => continue,
        };
        let right_end = match text[h + 1..hi].find(|c: char| !is_word(c)) {
            Some(i) => h + 1 + i,
            None if hi == text.len() => hi,
            None => continue,
        };
        let (left, right) = (&text[left_start..h], &text[h + 1..right_end]);
        if !cap_word(left) || !cap_word(right) {
            continue;
        }
        let i = kept.partition_point(|m| m.end <= left_start);
        if kept.get(i).is_some_and(|m| m.start < right_end) {
            continue;
        }
        let before = text[..left_start].trim_end_matches([' ', ',']);
        let cue = before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| lexicon.pair_cues.contains(w.lower().as_str()));
        if cue || known.contains(left) || known.contains(right) {
            added.push(rules::Mention::new(left_start, h, EntityLabel::Per, rules::Evidence::Weak));
            added.push(rules::Mention::new(h + 1, right_end, EntityLabel::Per, rules::Evidence::Weak));
            known.extend([left, right]);
        }
        at = right_end.max(at);
    }
    add_sorted(kept, added);
}

/// Whether the words shortly before `start` introduce a candidate pair
/// (*pasangan*, *paslon*, *Bupati dan Wakil Bupati Gresik*, *calon
/// Gubernur-Wakil Gubernur*): then a hyphen joins two people even where one
/// side has one word (*Sambari Halim-Qoshim*, *Fadli-Kartika Hidayati*; in
/// corpus train and dev gold 13 of the 18 such pairs follow one, and none of
/// the 5 double-barrelled names does).
fn election_pair_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..start].lower();
    ["pasangan", "paslon", "calon", "nomor urut", "cagub", "cabup", "cawali", "duet", "kandidat", "capres", " dan wakil ", " dan wabup "]
        .iter()
        .any(|cue| before.contains(cue))
}

/// An organization's acronym right before a place is its branch there, one
/// organization (*BPD Papua*, *PN Jakarta Pusat*, *DPRD Jatim*): in the
/// corpus's train and dev splits 105 such pairs are one ORG span and 1 is
/// two mentions.
fn regional_branches(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let acronym = |m: &rules::Mention| {
        let s = &text[m.start..m.end];
        m.label == EntityLabel::Org && m.alias_of.is_none() && (2..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
    };
    // one pass that merges into the last kept mention (no shifting removals)
    let mut out: Vec<rules::Mention> = Vec::with_capacity(kept.len());
    for b in kept.drain(..) {
        if let Some(a) = out.last_mut().filter(|a| acronym(a) && b.label == EntityLabel::Loc && text.get(a.end..b.start) == Some(" ")) {
            a.end = b.end;
            a.evidence = a.evidence.max(b.evidence);
            continue;
        }
        out.push(b);
    }
    *kept = out;
}

/// A nickname written in quotes between a person's given name and surname
/// (*Munafri 'Appi' Arifuddin*, *Roliansyah “Roy” Soemirat*) is part of the
/// one name: the person mention before it takes the nickname and the
/// capitalized word or person mention right after it.
fn nickname_inside_name(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    // mentions joined into the one before are marked, then dropped in one pass
    let mut gone = vec![false; kept.len()];
    let mut i = 0;
    while i < kept.len() {
        let m = kept[i];
        i += 1;
        if gone[i - 1] || m.label != EntityLabel::Per {
            continue;
        }
        let Some(end) = quoted_nickname_after(&text[m.end..]).map(|n| m.end + n) else { continue };
        // the nickname itself may have been found as a person
        if kept.get(i).is_some_and(|n| n.label == EntityLabel::Per && n.start > m.end && n.end < end) {
            gone[i] = true;
        }
        // what follows: a person mention starting there, or a capitalized word in no mention
        let next = (i..kept.len()).find(|&k| !gone[k] && kept[k].start >= m.end);
        let surname_end = match next.map(|k| (k, kept[k])) {
            Some((_, n)) if n.start < end => continue,
            Some((k, n)) if n.start == end => {
                if n.label != EntityLabel::Per {
                    continue;
                }
                gone[k] = true;
                n.end
            }
            next => {
                let word = &text[end..];
                let len = word.find(|c: char| !c.is_alphanumeric()).unwrap_or(word.len());
                if len < 2 || !word.starts_with(char::is_uppercase) || next.is_some_and(|(_, n)| n.start < end + len) {
                    continue;
                }
                end + len
            }
        };
        kept[i - 1].end = surname_end;
    }
    if gone.contains(&true) {
        let mut k = 0;
        kept.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }
}

/// The length of `␣'Nick'␣` (one or two capitalized words in straight or
/// curly quotes, single or double) at the start of `rest`, if there.
fn quoted_nickname_after(rest: &str) -> Option<usize> {
    let body = rest.strip_prefix(' ')?;
    let open = body.chars().next()?;
    let close = match open {
        '\'' => '\'',
        '‘' => '’',
        '"' => '"',
        '“' => '”',
        _ => return None,
    };
    let inner = &body[open.len_utf8()..];
    let stop = inner.find(close)?;
    let nick = &inner[..stop];
    let words: Vec<&str> = nick.split(' ').collect();
    let ok = (1..=2).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().count() >= 2 && w.chars().all(char::is_alphabetic));
    let after = &inner[stop + close.len_utf8()..];
    (ok && after.starts_with(' ')).then(|| 1 + open.len_utf8() + stop + close.len_utf8() + 1)
}

/// Persons where the rules and the tagger agree, organizations and places
/// from the tagger: the rules' persons the tagger also reads as a person
/// (over any of their words, or over another mention of the article sharing
/// a word with them: *Timur Kapadze* stays when the tagger confirms a later
/// *Kapadze*), with the rules' boundaries; then the tagger's mentions that
/// overlap none of them; then the rules' other mentions where nothing else
/// is. The rules read persons by their title, name and reporting-verb
/// lexicons and draw a person's boundaries well, but a capitalized run they
/// guess is a person is as often a title of a work, a product or an event
/// (*Cinta*, *WeChat*, *Rapimnas*); the tagger, which reads the rules' cue
/// among its features, weeds those out.
///
/// Measured with a model trained without them on the corpus's 144 articles
/// `gi01`–`hf06`: entity F1 0.822 by the rules alone; 0.855 with the rules'
/// persons kept whole (the path before, persons P/R 0.776 / 0.949); 0.860
/// with the tagger's mentions first; 0.877 this way (persons 0.880 / 0.944);
/// direct and indirect speakers 0.880 / 0.732 before, 0.885 / 0.737 this
/// way. Without the article's other mentions as confirmation, 0.878 but
/// the kit dev set's direct speakers fell 0.970 → 0.939 (*Timur Kapadze* →
/// *Kapadze*).
#[cfg(not(feature = "rules-only"))]
fn combine(text: &str, mut tagged: Vec<rules::Mention>, rules: Vec<rules::Mention>) -> Vec<rules::Mention> {
    use crate::document::EntityLabel;
    // The tagger reads whole tokens: an organization or place word the rules
    // split into names (*PDIP-PKB*, *Aceh-Sumut*, *TNI/Polri*) or read a
    // name in, hyphenated or slashed (*Antara/Ampelsa*, a photo credit), is
    // theirs to read, but a web address stays one (*TRIBUN-TIMUR.COM*). (In
    // corpus train, where the rules read one name inside such a word the
    // tagger read whole, the rules were right 36 times, the tagger 8.)
    // (Persons: see below.)
    tagged.retain(|t| {
        let word = &text[t.start..t.end];
        if t.label == EntityLabel::Per || word.contains(char::is_whitespace) {
            return true;
        }
        // (the rules' mentions inside it: a slice of the sorted list, nothing built)
        let i = rules.partition_point(|r| r.start < t.start);
        let inside = &rules[i..i + rules[i..].iter().take_while(|r| r.end <= t.end).count()];
        let split = inside.len() >= 2 || (word.contains(['-', '/']) && inside.iter().any(|r| r.end - r.start < word.len()));
        !split || rules::is_web_address(&word.to_ascii_lowercase())
    });
    // A name the tagger reads as the rules do keeps the link the rules found
    // to its full form (*Amerika Serikat (AS)*, *Komisi Pemberantasan
    // Korupsi (KPK)*): the tagger reads tokens, not the brackets that state it.
    for t in tagged.iter_mut().filter(|t| t.alias_of.is_none()) {
        let i = rules.partition_point(|r| r.start < t.start);
        if let Some(r) = rules.get(i).filter(|r| r.start == t.start && r.end == t.end) {
            t.alias_of = r.alias_of;
        }
    }
    let (persons, others): (Vec<rules::Mention>, Vec<rules::Mention>) = rules.into_iter().partition(|m| m.label == EntityLabel::Per);
    // (the tagger's mentions are sorted and disjoint)
    let read_as_person = |m: &rules::Mention| {
        let i = tagged.partition_point(|t| t.end <= m.start);
        tagged[i..].iter().take_while(|t| t.start < m.end).any(|t| t.label == EntityLabel::Per)
    };
    let words_of = |m: &rules::Mention| text[m.start..m.end].split(' ').filter(|w| w.chars().count() >= 3);
    let read: Vec<bool> = persons.iter().map(read_as_person).collect();
    let confirmed: rustc_hash::FxHashSet<&str> = persons.iter().zip(&read).filter(|(_, &r)| r).flat_map(|(m, _)| words_of(m)).collect();
    let persons: Vec<rules::Mention> =
        persons.into_iter().zip(read).filter(|(m, r)| *r || words_of(m).any(|w| confirmed.contains(w))).map(|(m, _)| m).collect();
    let first = add_where_free(persons, tagged);
    // The rules' organizations and places of several words where the tagger
    // found nothing are mostly wrong (*Tim SAR*, *Sekolah Dasar*, *Desa
    // Penari*): in five-fold cross-validation over corpus train, 32% of the
    // organizations and 22% of the places were right, against 75% and 59%
    // for one-word ones. Only one-word ones are added.
    let others = others.into_iter().filter(|m| !text[m.start..m.end].contains(char::is_whitespace)).collect();
    add_where_free(first, others)
}

/// A name never holds half a bracket, and a slash joins two names into one
/// only after a unit's number (*Kodam XII/Tanjungpura*), between two short
/// acronyms (*ATR/BPN*) or after a place head (*Desa/Kelurahan
/// X*); elsewhere it ends the name (a photo credit, *CNN Indonesia/Daniela*).
/// In five-fold cross-validation over corpus train none of the 107 mentions
/// with an unmatched bracket was right, and 20 of the 102 with a slash, all
/// of those kinds. So a legal form's bracket is closed (*PT Pertamina
/// (Persero* before *)*), a bracket left open at the end or shut at the start
/// is cut off (*Dinas Kesehatan Kabupaten (*, *) Polri*), any other mention
/// with half a bracket goes (*KPK) RI*, *Tim Reaksi Cepat (TRC*), and a
/// slash of another kind ends the name: 54 mentions became right and 77
/// wrong ones went, none that was right changed (ORG 0.849 → 0.854).
///
/// A school's or a facility's type word alone (*SD*, *SMA*, *RSUD*,
/// *Puskesmas*, *Universitas*: the one-word `[edu]` and `[site]` heads of
/// `data/entity/heads.txt`) names no institution: the guidelines annotate
/// schools *with a name*. In corpus train gold such a word standing alone is
/// an ORG 6 times (*PN*, *RSUP* for the one just named) and no entity about
/// 360 times; in cross-validation the tagger still tagged it alone 41 times,
/// once rightly, so it is dropped (ORG 0.854 → 0.855).
#[cfg(not(feature = "rules-only"))]
fn mend_tagged_names(text: &str, found: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    // Brackets, slashes and spaces are ASCII, so every cut is at a char
    // boundary; read as bytes (a non-ASCII byte counts as part of a word).
    let bytes = text.as_bytes();
    let has_word = |a: usize, b: usize| bytes[a..b].iter().any(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    let trim_end = |a: usize, mut b: usize| {
        while b > a && bytes[b - 1] == b' ' {
            b -= 1;
        }
        b
    };
    // the kind of a one-word head of `data/entity/heads.txt`
    let head_of = |w: &str| lexicon.heads.longest(&[w.lower()]).filter(|&(n, _)| n == 1).map(|(_, h)| h);
    // (a roman numeral as written, and the place heads)
    let joins_at_slash = |lw: &str, rw: &str| {
        // (two letters at least: one capital after a slash is a person's
        // initial, *ANTARA FOTO/M Risyal Hidayat*)
        let acronym = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
        (!lw.is_empty() && lw.bytes().all(|c| c.is_ascii_digit()))
            || rules::is_written_roman(lw)
            || (acronym(lw) && acronym(rw))
            || head_of(lw) == Some(lexicon::Head::Loc)
    };
    let (mut i, mut kept) = (0, 0);
    while i < found.len() {
        let mut m = found[i];
        i += 1;
        let name = &bytes[m.start..m.end];
        // a school's or a facility's type word alone
        if m.label == crate::document::EntityLabel::Org
            && !name.contains(&b' ')
            && matches!(head_of(&text[m.start..m.end]), Some(lexicon::Head::Edu | lexicon::Head::Site))
        {
            continue;
        }
        let balance: i32 = name.iter().map(|&c| i32::from(c == b'(') - i32::from(c == b')')).sum();
        if balance > 0 {
            let k = m.start + name.iter().rposition(|&c| c == b'(').unwrap_or(0);
            let inside = bytes[k + 1..m.end].trim_ascii();
            if bytes.get(m.end) == Some(&b')') && (inside.eq_ignore_ascii_case(b"persero") || inside.eq_ignore_ascii_case(b"tbk")) {
                // the name goes on where a mention starts at the bracket (*(Persero) Tbk*)
                m.end = match found.get(i).filter(|n| n.start == m.end) {
                    Some(n) => {
                        i += 1;
                        n.end
                    }
                    None => m.end + 1,
                };
            } else if inside.is_empty() && has_word(m.start, trim_end(m.start, k)) {
                m.end = trim_end(m.start, k);
            } else {
                continue;
            }
        } else if balance < 0 {
            let rest = name[1..].trim_ascii_start();
            if name[0] != b')' || !rest.first().is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            m.start = m.end - rest.len();
        } else if let Some(k) = name.iter().position(|&c| c == b'/') {
            let k = m.start + k;
            let lw = bytes[m.start..k].iter().rposition(|&c| c == b' ').map_or(m.start, |p| m.start + p + 1);
            let rw = bytes[k + 1..m.end].iter().position(|&c| c == b' ').map_or(m.end, |p| k + 1 + p);
            if !joins_at_slash(&text[lw..k], &text[k + 1..rw]) {
                if !has_word(m.start, trim_end(m.start, k)) {
                    continue;
                }
                m.end = trim_end(m.start, k);
            }
        }
        found[kept] = m;
        kept += 1;
    }
    found.truncate(kept);
}

/// `kept` plus the mentions of `more` that overlap none of it.
#[cfg(not(feature = "rules-only"))]
fn add_where_free(mut kept: Vec<rules::Mention>, more: Vec<rules::Mention>) -> Vec<rules::Mention> {
    let free = |t: &rules::Mention| {
        let i = kept.partition_point(|r| r.end <= t.start);
        kept.get(i).is_none_or(|r| r.start >= t.end)
    };
    let extra: Vec<rules::Mention> = more.iter().filter(|t| free(t)).copied().collect();
    add_sorted(&mut kept, extra);
    kept
}

impl Default for EntityExtractor {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests;

/// The word that closes a name is part of it, for the mention the rules read
/// just before it (one look per mention, in this order):
/// - *Sumatra Utara*, *Blitar Selatan*, *Pamulang Barat*: a compass point
///   (two-word ones too: *Barat Daya*, *Timur Laut*) after a place, ending the
///   name, is a region of that place. In corpus train, dev and kit dev gold, 24
///   such words are inside the place's mention and 1 outside (*Jepang Timur dan
///   Tengah*); a capitalized word after the point leaves it alone (*Jakarta
///   Timur Cabang …*).
/// - *Wembley Arena*, *Trans Luxury Hotel*, *SCTV Tower*: an English venue word
///   (`[loctail]` of `data/entity/heads.txt`) after a place or an organization
///   closes a venue's name, a place (9 such words inside the gold venue, none
///   outside).
/// - *Angkasa Pura II*, *Pelindo III*, *KONI Pusat*, *BPS Pusat*: a roman
///   numeral (the company or unit's number) or *Pusat* (its central office)
///   after an organization, ending the name (16 inside its gold mention, 1
///   outside; not before a capitalized word: *DPRD Bali I Nyoman Adi*, Balinese
///   names open with *I*).
/// - *Siti Nurbaya Bakar*, *Zainal Abidin Bakar*, *Yos Johan Utama*: a
///   capitalized word after a person named in two words or more, outside a
///   headline and before no other capitalized word, that is no title, day,
///   month or currency, is the person's last name, whatever it means in lower
///   case (*bakar*, *utama*). In corpus train and dev gold, 12 such words after
///   a person the rules read close the gold mention and 1 does not (a
///   headline's verb the headline check missed); after a one-word person
///   (*Tangkuban Perahu*) the rules' person is too often no person.
///
/// A word already inside the next mention is never taken.
fn words_closing_a_name(text: &str, kept: &mut [rules::Mention], lexicon: &lexicon::Lexicon, headlines: &[crate::document::Span]) {
    use crate::document::EntityLabel;
    const POINTS: [&str; 6] = ["Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara"];
    let next_is_capitalized = |after: &str| after.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
    for i in 0..kept.len() {
        let next_start = kept.get(i + 1).map_or(usize::MAX, |n| n.start);
        let m = &mut kept[i];
        let word_after = |end: usize, more: fn(char) -> bool| {
            let rest = text[end..].strip_prefix(' ')?;
            Some(&rest[..rest.find(|c: char| !more(c)).unwrap_or(rest.len())])
        };
        if m.label == EntityLabel::Loc {
            if let Some(point) = text[m.end..].strip_prefix(' ').and_then(|r| POINTS.iter().find(|p| r.starts_with(**p))) {
                let mut end = m.end + 1 + point.len();
                for second in [" Daya", " Laut"] {
                    if text[end..].starts_with(second) && !text[end + second.len()..].starts_with(char::is_alphanumeric) {
                        end += second.len();
                    }
                }
                let after = &text[end..];
                if !after.starts_with(char::is_alphanumeric) && !next_is_capitalized(after) && next_start >= end {
                    m.end = end;
                }
            }
        }
        if matches!(m.label, EntityLabel::Loc | EntityLabel::Org) {
            if let Some(word) = word_after(m.end, char::is_alphabetic) {
                let end = m.end + 1 + word.len();
                if word.starts_with(char::is_uppercase) && lexicon.loc_tails.contains(&word.lower()) && next_start >= end {
                    (m.end, m.label) = (end, EntityLabel::Loc);
                }
            }
        }
        if m.label == EntityLabel::Per && text[m.start..m.end].contains(' ') && !in_headline(headlines, m.start) {
            if let Some(word) = word_after(m.end, char::is_alphabetic) {
                let end = m.end + 1 + word.len();
                let after = &text[end..];
                let shaped = word.starts_with(char::is_uppercase)
                    && word.chars().skip(1).all(char::is_lowercase)
                    && !after.starts_with(char::is_alphanumeric)
                    && !matches!(after.chars().next(), Some('-' | '.' | '’' | '\''))
                    && !next_is_capitalized(after);
                // (lower-cased only for the few words of that shape)
                let closes = shaped && {
                    let lower = word.lower();
                    !lexicon.opens_title(&lower) && !lexicon.weekdays.contains(&lower) && !lexicon.months.contains(&lower) && lower != "rp"
                };
                if closes && next_start >= end {
                    m.end = end;
                }
            }
        }
        if m.label == EntityLabel::Org {
            if let Some(word) = word_after(m.end, char::is_alphanumeric) {
                let end = m.end + 1 + word.len();
                let after = &text[end..];
                let closes = word == "Pusat" || rules::is_written_roman(word);
                if closes && !next_is_capitalized(after) && !after.starts_with('/') && next_start >= end {
                    m.end = end;
                }
            }
        }
    }
}

/// *Kepala Diskes Riau, Andra*, *Direktur Utama Petrokimia Gresik*, *Rektor
/// Uniba Madura*: one capitalized word read as a person, no person-name word
/// and no name the lists hold, right before a listed place, is an
/// organization named with its place (a branch, a regional office), one
/// mention. In corpus train and dev gold such a pair is one organization 35
/// times in 53, a person's name 5 times (*Ucok Berlin*, *Badrodin Haiti*:
/// their first words are person-name words, left alone), and two mentions or
/// other spans 13 times.
fn organization_at_its_place(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon, hits: &[gazetteer::Hit]) {
    use crate::document::EntityLabel;
    let listed = |a: usize, b: usize, label: EntityLabel| {
        gazetteer::hit_at(hits, a).is_some_and(|h| h.end == b && h.entry.label == label)
    };
    let mut i = 0;
    while i + 1 < kept.len() {
        let (m, n) = (kept[i], kept[i + 1]);
        let word = &text[m.start..m.end];
        let pair = m.label == EntityLabel::Per
            && n.label == EntityLabel::Loc
            && n.start == m.end + 1
            && text.as_bytes()[m.end] == b' '
            && word.chars().all(char::is_alphabetic)
            && word.chars().count() >= 3
            && !lexicon.name_words.contains(word.lower().as_str())
            && !listed(m.start, m.end, EntityLabel::Per)
            && listed(n.start, n.end, EntityLabel::Loc);
        if pair {
            kept[i].end = n.end;
            kept[i].label = EntityLabel::Org;
            kept[i].after_title = None;
            kept.remove(i + 1);
        }
        i += 1;
    }
}

/// *DPRD Kota Depok Selasa (3/9)*, *Mapolda Kalbar Senin (9/11/2015)*,
/// *Kapolres Batubara Senin (8/1/2024)*: a weekday closing a name, with its
/// date or part of day after it, is the date's, not the name's (unless a
/// list names it with the name, or a head names nothing else: *Pasar Minggu*). In corpus train and dev
/// such a weekday was glued to 6 mentions, 5 of them wrong.
fn weekday_closing_a_name(text: &str, kept: &mut [rules::Mention], lexicon: &lexicon::Lexicon, hits: &[gazetteer::Hit]) {
    for m in kept.iter_mut() {
        let name = &text[m.start..m.end];
        let Some(space) = name.rfind(' ') else { continue };
        let last = &name[space + 1..];
        if !last.starts_with(char::is_uppercase) || !lexicon.weekdays.contains(last.lower().as_str()) {
            continue;
        }
        let after = &text[m.end..];
        let part_of_day = after.strip_prefix(' ').is_some_and(|r| {
            let w: String = r.chars().take_while(|c| c.is_alphabetic()).collect::<String>().lower();
            lexicon.stop.contains(w.as_str()) || matches!(w.as_str(), "pagi" | "siang" | "sore" | "malam" | "dini")
        });
        let dated = after.starts_with(" (") || after.starts_with(',') || part_of_day;
        let listed = gazetteer::hit_at(hits, m.start).is_some_and(|h| h.end == m.end);
        // (a head and the weekday alone is the name: *Pasar Minggu*)
        let head_alone = !name[..space].contains(' ') && lexicon.heads.longest(&[name[..space].lower()]).is_some();
        if dated && !listed && !head_alone {
            m.end = m.start + space;
        }
    }
}

/// *Kepala Biro Humas [ORG MA]*, *Kepala Pusat Data Informasi dan Humas [ORG
/// BNPB]*, *Kepala Divisi Teknis Penyelenggaraan [ORG KPU Pandeglang]*: after a
/// title, a bureau, division or centre opening an organization's name is a unit
/// of the organization the name ends with, part of the role (the guidelines'
/// settled case: a unit inside a role title is left out). The organization
/// starts at the first later word that a list names as one or that opens an
/// organization's name (a head or a one-word form such as *Kemendikbud*); with
/// none, the name is kept whole (*Kepala Pusat Gempa*). In corpus train and
/// dev gold such a unit after a title is outside the mention 28 times and
/// inside it 9 (*Biro* 10 / 2, *Divisi* 3 / 1, *Pusat* 15 / 6).
fn unit_in_a_role_title(text: &str, kept: &mut [rules::Mention], lexicon: &lexicon::Lexicon, hits: &[gazetteer::Hit]) {
    use crate::document::EntityLabel;
    const UNITS: [&str; 3] = ["Biro", "Divisi", "Pusat"];
    for m in kept.iter_mut().filter(|m| m.label == EntityLabel::Org) {
        let name = &text[m.start..m.end];
        let Some(unit) = UNITS.iter().find(|u| name.strip_prefix(**u).is_some_and(|r| r.starts_with(' '))) else { continue };
        let before = text[..m.start].trim_end_matches(' ');
        let title = &before[word_start(before)..];
        if title.is_empty() || before.len() == text[..m.start].len() || !lexicon.opens_title(&title.lower()) {
            continue;
        }
        // the words after the unit's own word and at least one word of its field
        let words: Vec<(usize, &str)> = name[unit.len() + 1..]
            .split(' ')
            .scan(m.start + unit.len() + 1, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .collect();
        let opens_org = |k: usize| {
            let (at, w) = words[k];
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            let listed = gazetteer::hit_at(hits, at).is_some_and(|h| h.end <= m.end && h.entry.label == EntityLabel::Org);
            let lower: Vec<String> = words[k..].iter().map(|(_, w)| w.trim_matches(|c: char| !c.is_alphanumeric()).lower()).collect();
            let head = matches!(lexicon.heads.longest(&lower), Some((_, lexicon::Head::Org)));
            let one_word = lexicon.org_prefixes.iter().any(|p| lower[0].starts_with(p.as_str()) && lower[0].len() > p.len() + 1);
            listed || head || one_word
        };
        if let Some(k) = (1..words.len()).find(|&k| opens_org(k)) {
            m.start = words[k].0;
        }
    }
}

/// *Kecamatan Mane dan Gempang*, *Petobo dan Baloroa*: one capitalized word
/// that no rule read, coordinated by *dan* with a place just before it and
/// closing the phrase (before punctuation or a lower-case word), is a place
/// too. In corpus train, dev and kit dev gold such a word is a place 17 times
/// in 23; the others are compass words, months and subjects, which are
/// common words here (*Jakarta Selatan dan Timur*, *AS dan Oktober*).
fn place_coordinated_with_a_place(text: &str, kept: &mut Vec<rules::Mention>, lexicon: &lexicon::Lexicon) {
    use crate::document::EntityLabel;
    let mut added = Vec::new();
    for (i, m) in kept.iter().enumerate() {
        if m.label != EntityLabel::Loc {
            continue;
        }
        let Some(rest) = text[m.end..].strip_prefix(" dan ") else { continue };
        let len = rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len());
        let word = &rest[..len];
        let after = &rest[len..];
        let closes = after.is_empty() || after.starts_with(['.', ',', ';', ')']) || after.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
        let start = m.end + 5;
        let capitalized = word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-') && word.len() >= 3;
        let free = kept.get(i + 1).is_none_or(|n| n.start >= start + len);
        if capitalized && closes && free && !lexicon.common.contains(word.lower().as_str()) {
            added.push(rules::Mention::new(start, start + len, EntityLabel::Loc, rules::Evidence::Weak));
        }
    }
    add_sorted(kept, added);
}

/// *di Kementerian BUMN, Jakarta*, *di Lanud Halim Perdanakusuma, Jakarta*: an
/// organization after *di* with a place set off by a comma after it (its
/// address) is named as the place where something happens, which the
/// guidelines make LOC. In corpus train, dev and kit dev gold such a name is
/// LOC 15 times and ORG 4 (all courts, which the corpus annotates both ways).
fn organization_with_an_address(text: &str, kept: &mut [rules::Mention]) {
    use crate::document::EntityLabel;
    for i in 0..kept.len().saturating_sub(1) {
        let (m, next) = (kept[i], kept[i + 1]);
        let after_di = text[..m.start].strip_suffix("di ").is_some_and(|b| !b.ends_with(char::is_alphanumeric));
        if m.label == EntityLabel::Org && next.label == EntityLabel::Loc && after_di && text.get(m.end..next.start) == Some(", ") {
            kept[i].label = EntityLabel::Loc;
        }
    }
}

/// *Budi Gunadi Sadikin* … *kata BGS*, *Agus Harimurti Yudhoyono (AHY)*: three
/// or four capitals spelling a person's name of as many words, written alone,
/// stand for that person (in corpus train, dev and kit dev gold 17 of 18 such
/// words are that person; the other spells a programme defined in brackets,
/// *Kartu Indonesia Pintar (KIP)*). Not where a list names the word (*KPK*),
/// not where another name is spelt out before it in brackets, and for the
/// first 8 such names of an article (each is looked for in the whole text).
fn person_initials(text: &str, kept: &mut Vec<rules::Mention>, hits: &[gazetteer::Hit]) {
    use crate::document::EntityLabel;
    let mut initials: Vec<String> = Vec::new();
    // (a person read surely: a guessed run of capitalized words is as often a term,
    // *Modified Mercalli Intensity (MMI)*)
    for m in kept.iter().filter(|m| m.label == EntityLabel::Per && m.evidence == rules::Evidence::Strong) {
        let words: Vec<&str> = text[m.start..m.end].split(' ').collect();
        let plain = |w: &&str| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.clone().count() >= 2 && cs.all(char::is_lowercase)
        };
        if (3..=4).contains(&words.len()) && words.iter().all(plain) {
            let i: String = words.iter().filter_map(|w| w.chars().next()).collect();
            if !initials.contains(&i) && initials.len() < 8 {
                initials.push(i);
            }
        }
    }
    let mut added = Vec::new();
    for i in &initials {
        for (at, _) in text.match_indices(i.as_str()) {
            let end = at + i.len();
            let bounded = !text[..at].ends_with(char::is_alphanumeric) && !text[end..].starts_with(char::is_alphanumeric);
            // (hits and mentions are sorted and do not overlap: the one ending after `at` decides)
            let listed = hits.get(hits.partition_point(|h| h.end <= at)).is_some_and(|h| h.start < end);
            let k = kept.partition_point(|m| m.end <= at);
            let covered = kept.get(k).is_some_and(|m| m.start < end);
            // (another name spelt out before it in brackets: *Kartu Indonesia Pintar (KIP)*)
            let defined_otherwise = text[..at].ends_with(" (") && !(k > 0 && kept[k - 1].label == EntityLabel::Per && kept[k - 1].end + 2 == at);
            if bounded && !listed && !covered && !defined_otherwise {
                added.push(rules::Mention::new(at, end, EntityLabel::Per, rules::Evidence::Strong));
            }
        }
    }
    add_sorted(kept, added);
}

/// *skala Richter (SR)*, *Mega Watt (MW)*, *Hari Juang Kartika (HJK)*: capitals
/// in brackets right after words that are no person's mention abbreviate those
/// words, a term or an event, not a person (the initials of a person follow
/// the person: *Agus Harimurti Yudhoyono (AHY)*). In corpus train and dev gold
/// all 13 such bracketed capitals the rules read as a person are none (11) or
/// a place (2); so are the same capitals read as a person elsewhere in the
/// article.
fn bracketed_acronyms_of_no_person(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let drop: Vec<bool> = (0..kept.len())
        .map(|k| {
            let m = kept[k];
            let word = &text[m.start..m.end];
            let bracketed = m.label == EntityLabel::Per
                && (2..=6).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && text[..m.start].ends_with(" (")
                && text[m.end..].starts_with(')');
            // (a mention ending right before the bracket, as a person's name would)
            let after_mention = k > 0 && kept[k - 1].end + 2 == m.start;
            bracketed && !after_mention
        })
        .collect();
    if !drop.contains(&true) {
        return;
    }
    // (and the same capitals wherever the rules read them as a person: *PON* alone)
    let terms: rustc_hash::FxHashSet<&str> = (0..kept.len()).filter(|&k| drop[k]).map(|k| &text[kept[k].start..kept[k].end]).collect();
    let mut k = 0;
    kept.retain(|m| {
        k += 1;
        let term = m.label == EntityLabel::Per && terms.contains(&text[m.start..m.end]);
        !(drop[k - 1] || term)
    });
}

/// *Embarkasi Jakarta-Pondok Gede*, *Jakarta-Cikampek II Elevated*: a run
/// glued by a hyphen to a place just before it is a second place or part of
/// a route's name, never a person (in corpus train, dev and kit dev gold the
/// 3 persons read there are no entity; 31 such runs read as places are
/// places), so a person read there is dropped.
fn drop_persons_glued_to_a_place(text: &str, kept: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let mut prev: Option<rules::Mention> = None;
    kept.retain(|m| {
        let glued = m.label == EntityLabel::Per && prev.is_some_and(|p| p.label == EntityLabel::Loc && p.end + 1 == m.start && text[p.end..m.start] == *"-");
        prev = Some(*m);
        !glued
    });
}

/// *lagu 'Pamer Bojo'*, *film "Quarantine Tales"*: a capitalized run that
/// fills a pair of quotation marks by itself names a work, a programme or a
/// nickname, never a person (in corpus train, dev and kit dev gold, 0 of 83
/// such runs are; 5 are organizations, *"Teman Ahok"*), so a person read
/// there is dropped. (A nickname inside a name, *Munafri 'Appi' Arifuddin*,
/// is part of a longer mention and stays.)
fn quoted_alone(text: &str, m: &rules::Mention) -> bool {
    if m.label != crate::document::EntityLabel::Per {
        return false;
    }
    let open = text[..m.start].chars().next_back();
    let close = text[m.end..].chars().next();
    matches!((open, close), (Some('"'), Some('"')) | (Some('“'), Some('”')) | (Some('\''), Some('\'')) | (Some('‘'), Some('’')))
}

/// A person's mention that runs over a one-word organization the article
/// names on its own (*Sekretaris Utama [Bapanas Sarwo Edhy]* where *Badan
/// Pangan Nasional (Bapanas)* came before; *Kepala [Humas UMM Nasrullah]*):
/// the organization is its own mention, the words after it the holder, and
/// the words before it (a unit: *Humas*) nothing.
fn organization_before_its_holder(text: &str, found: &mut Vec<rules::Mention>) {
    use crate::document::EntityLabel;
    let orgs: rustc_hash::FxHashSet<&str> = found
        .iter()
        .filter(|m| m.label == EntityLabel::Org && !text[m.start..m.end].contains(' ') && m.end - m.start >= 3)
        .map(|m| &text[m.start..m.end])
        .collect();
    if orgs.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    for m in found.iter_mut().filter(|m| m.label == EntityLabel::Per) {
        let name = &text[m.start..m.end];
        // the last word, short of the name's last, that the article names as an organization
        let mut at = None;
        let mut offset = 0;
        for w in name.split(' ') {
            let end = offset + w.len();
            if end < name.len() && orgs.contains(w) {
                at = Some((m.start + offset, w.len()));
            }
            offset = end + 1;
        }
        if let Some((start, len)) = at {
            let mut org = *m;
            (org.start, org.end, org.label, org.after_title) = (start, start + len, EntityLabel::Org, None);
            extra.push(org);
            m.start = start + len + 1;
        }
    }
    if !extra.is_empty() {
        found.extend(extra);
        longest_first_at_each_start(found);
    }
}
