//! Named cases for the quote layer. Each case runs the entity layer first,
//! as the pipeline does: speakers are read from its mentions.

use super::QuoteExtractor;

/// A named case: name, input, expected (quoted words, speaker) pairs.
type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);
use crate::document::{Quote, QuoteKind};
use crate::entity::EntityExtractor;
use crate::text::Segmented;

fn run(text: &str) -> Vec<Quote> {
    thread_local! {
        static LAYERS: (EntityExtractor, QuoteExtractor) = (EntityExtractor::with_tagger(None), QuoteExtractor::new());
    }
    let seg = Segmented::new(text);
    LAYERS.with(|(entities, quotes)| {
        let (ents, clusters) = entities.extract(text, &seg, &[], false);
        quotes.extract(text, &seg, &ents, &clusters)
    })
}

/// (kind, text, speaker) of every quote.
fn found(text: &str) -> Vec<(char, String, String)> {
    run(text)
        .into_iter()
        .map(|q| {
            let k = if q.kind == QuoteKind::Direct { 'D' } else { 'I' };
            (k, q.text.trim_end_matches([',', '.']).to_string(), q.speaker)
        })
        .collect()
}

fn direct(text: &str) -> Vec<(String, String)> {
    found(text).into_iter().filter(|q| q.0 == 'D').map(|q| (q.1, q.2)).collect()
}

fn indirect(text: &str) -> Vec<(String, String)> {
    found(text).into_iter().filter(|q| q.0 == 'I').map(|q| (q.1, q.2)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// Each named case: `read` finds exactly the expected (content, speaker) pairs.
fn check(cases: &[Case], read: fn(&str) -> Vec<(String, String)>) {
    for (name, input, expected) in cases {
        assert_eq!(read(input), pairs(expected), "{name}");
    }
}

#[test]
fn mark_styles() {
    let cases: [Case; 11] = [
        ("curly", "“Kami siap bertanding,” kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("two apostrophes for a double mark", "''Kami siap bertanding,'' kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("two apostrophes around a quote holding an apostrophe", "''Kami salat Jum'at,'' kata Budi Santoso.", &[("Kami salat Jum'at", "Budi Santoso")]),
        ("straight", "\"Kami siap bertanding,\" kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("closing mark on both sides", "”Kami siap bertanding,” kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("single curly", "‘Kami siap bertanding,’ kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("guillemets", "«Kami siap bertanding,» kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("mixed", "“Kami siap bertanding,\" kata Budi Santoso.", &[("Kami siap bertanding", "Budi Santoso")]),
        ("glued to the previous sentence", "Dia menjelaskan modusnya.\"Tawaran mereka dilakukan diam-diam,\" kata Budi Santoso.", &[("Tawaran mereka dilakukan diam-diam", "Budi Santoso")]),
        ("apostrophe inside words", "\"Kami salat Jum'at di masjid,\" kata Budi Santoso.", &[("Kami salat Jum'at di masjid", "Budi Santoso")]),
        ("nested single marks stay inside", "\"Kangen rapat (versi lain dari 'sidang buku') kami,\" kata Budi Santoso.", &[("Kangen rapat (versi lain dari 'sidang buku') kami", "Budi Santoso")]),
    ];
    check(&cases, direct);
}

#[test]
fn broken_and_multi_paragraph_quotes() {
    let cases: [Case; 4] = [
        (
            "quote broken by its attribution",
            "“Kami mendesak mereka berhenti,” kata John Kirby. “Kami tetap khawatir.”",
            &[("Kami mendesak mereka berhenti", "John Kirby"), ("Kami tetap khawatir", "John Kirby")],
        ),
        (
            "three paragraphs, continuation marks",
            "Juru bicara Andi Wijaya mengatakan:\n“Pertama, kami akan memeriksa semua saksi yang ada.\n“Kedua, kami akan memanggil para ahli dari luar.\n“Ketiga, kami menunggu hasil laboratorium,” katanya.",
            &[
                ("Pertama, kami akan memeriksa semua saksi yang ada", "Andi Wijaya"),
                ("Kedua, kami akan memanggil para ahli dari luar", "Andi Wijaya"),
                ("Ketiga, kami menunggu hasil laboratorium", "Andi Wijaya"),
            ],
        ),
        (
            "second paragraph attributed at its end",
            "“Situasi sudah terkendali sejak pagi tadi.\n“Warga diminta tetap tenang,” ujar Kapolres Bogor AKBP Hendra Gunawan.",
            &[("Situasi sudah terkendali sejak pagi tadi", "Hendra Gunawan"), ("Warga diminta tetap tenang", "Hendra Gunawan")],
        ),
        (
            "quote without a cue follows the previous one in its paragraph",
            "“Sebenarnya kita bisa bergerak di mana saja,” tutur Andi Kurniawan. “Misalnya angkat beban di rumah.”",
            &[("Sebenarnya kita bisa bergerak di mana saja", "Andi Kurniawan"), ("Misalnya angkat beban di rumah", "Andi Kurniawan")],
        ),
    ];
    check(&cases, direct);
}

#[test]
fn not_quotes() {
    let cases = [
        ("scare quote after a naming word", "Aksi itu disebut \"sandiwara\" oleh warga."),
        ("term without any reporting verb", "Ia mengenakan kerudung warna \"peach\" dan kemeja senada."),
        ("nickname inside a name", "Ketua DPD Golkar Munafri 'Appi' Arifuddin hadir di acara itu."),
        ("single-quoted word", "Posisinya kemudian 'diturunkan' usai turnamen."),
        ("title after berjudul", "Ia merilis lagu berjudul \"Cinta Sejati di Ujung Senja\" pekan ini."),
        (
            "title in Title Case with atas and dalam",
            "Komnas HAM meluncurkan laporan \"Perspektif HAM atas Penanggulangan Pandemi dalam Era Normal Baru\" di Jakarta.",
        ),
        (
            "regression: a title after a naming word, with the sentence's comma and verb after it",
            "Acha, yang menang lewat film \"Test Pack,\" mengakui bahwa ia tertarik.",
        ),
        (
            "title in Title Case of nine words",
            "Seminar \"Agenda Kebijakan dan Pelayanan Publik di Era New Normal\" digelar daring.",
        ),
    ];
    for (name, input) in cases {
        assert!(direct(input).is_empty(), "{name}: {:?}", direct(input));
    }
}

#[test]
fn short_quote_inside_reported_speech_is_a_quote() {
    let text = "Duterte menyatakan akan mengobarkan perjuangan \"tanpa henti\" melawan pelaku kriminal.";
    assert_eq!(direct(text), pairs(&[("tanpa henti", "Duterte")]));
}

#[test]
fn unbalanced_marks_never_panic() {
    let cases = [
        ("lone opener", "“Kami siap"),
        ("lone closer", "siap” kata"),
        ("only marks", "\"\"\"“”‘’'''«»"),
        ("opener at the end", "Ia berkata \""),
        ("two openers", "“Satu dua tiga, kata dia. “Empat lima enam.”"),
        ("empty", ""),
        ("emoji and marks", "😀 “Kami 😀 siap,” kata 😀."),
        // found by the fuzzer: a subject that is only *yang* before its verb
        ("regression: a text opening with yang before a reporting verb", "yang\u{FFFD}mengklaim"),
        ("regression: yang alone before a reporting verb", "yang mengklaim bahwa harga naik."),
    ];
    for (name, input) in cases {
        for q in run(input) {
            assert!(q.start <= q.end && q.end <= input.len(), "{name}");
            assert!(input.is_char_boundary(q.start) && input.is_char_boundary(q.end), "{name}");
        }
    }
}

#[test]
fn long_unbalanced_input_is_linear() {
    let text = "“Kata ".repeat(20_000) + &"\"siap, ".repeat(20_000);
    let t = std::time::Instant::now();
    let _ = run(&text);
    assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
}

#[test]
fn attribution_patterns() {
    let cases: [(&str, &str, &str); 19] = [
        ("title and rank peeled", "\"Pelaku sudah kami tangkap,\" kata Kapolres Lhokseumawe AKBP Hendri Budiman kepada wartawan.", "Hendri Budiman"),
        ("office with organization", "\"Kami siap bersaing,\" kata Direktur PT Astra Otoparts Tbk Yusak Kristian, di Jakarta, Selasa.", "Yusak Kristian"),
        ("role then comma then rank", "\"Kasus ini masih tinggi,\" kata Kasubdit IV Renakta Ditreskrimum Polda Lampung, AKBP Ferdiyan Fahmi, di Bandarlampung.", "Ferdiyan Fahmi"),
        ("lower-case role", "\"Kami akan terus memperkuat persahabatan,\" kata juru bicara Kremlin Dmitry Peskov.", "Dmitry Peskov"),
        ("described then named", "\"Ini sudah hujan dari kemarin,\" kata salah satu pengemudi ojol asal Genuk, Wawan (35) di lokasi.", "Wawan"),
        ("unnamed source", "\"Dia menyewa 16 pengawal,\" ujar seorang sumber kepada situs Page Six.", "-"),
        ("unnamed crowd", "\"Musuh kami ada di sini,\" teriak para pedemo.", "-"),
        ("organization acronym", "\"Kim berangkat pada Minggu.\" Kata kantor berita Pemerintah Korea Utara KCNA, Selasa.", "KCNA"),
        ("organization", "\"Menjaga kepercayaan konsumen adalah prioritas kami,\" kata Samsung.", "Samsung"),
        ("demikian pernyataan", "\"Mayoritas masalah sudah diperbaiki,\" demikian pernyataan kantor berita KCNA.", "KCNA"),
        ("name before a me-verb", "\"Dia bersama kami setiap hari,\" Fabio Cannavaro menuturkan.", "Fabio Cannavaro"),
        ("lead-in before the quote", "Dian Sastrowardoyo menuliskan caption yang berbunyi, \"Inilah aku saat masih berusia 13 tahun.\"", "Dian Sastrowardoyo"),
        ("lead-in with mengatakan", "Menteri Keuangan Sri Mulyani mengatakan, \"Anggaran kita masih aman sampai akhir tahun.\"", "Sri Mulyani"),
        ("degree after the name", "\"Kuncinya ada di perubahan perilaku,\" kata dr Siti Nadia Tarmizi, M.Epid, di Jakarta.", "Siti Nadia Tarmizi"),
        ("the role's party after dari, then the holder", "\"SBY aman,\" kata anggota Komisi XI DPR dari Fraksi Partai Golkar Bambang Soesatyo di Jakarta.", "Bambang Soesatyo"),
        ("a role after the name and a comma describes that person", "\"Penghargaan itu diberikan besok,\" ujar Yusuf Permana, Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden.", "Yusuf Permana"),
        ("a rank and a name after the comma are the speaker", "\"Praktik itu masih tinggi,\" kata Kasubdit Renakta Polda Metro Jaya, AKBP Ferdiyan Fahmi.", "Ferdiyan Fahmi"),
        ("selaku opens the speaker's role", "\"Harga mulai dari lima puluh ribu,\" kata Maria Risa selaku Vice President Brand Marketing Tiket.com.", "Maria Risa"),
        ("a place after dari with no holder", "\"Kami datang,\" kata anggota DPR dari Jawa Barat.", "DPR"),
    ];
    for (name, input, speaker) in cases {
        let got = direct(input);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].1, speaker, "{name}");
    }
}

#[test]
fn speaker_resolution() {
    let cases: [(&str, &str, &[&str]); 24] = [
        (
            "a role as a sentence's subject is its holder for a later -nya",
            "Kapolres Bogor AKBP Hendra Gunawan tiba di lokasi.\nWarga Desa Sukamaju, Budi Santoso, melapor ke polisi.\nKapolres menegaskan hal itu kepada wartawan.\n“Kami siaga di semua titik,” ujarnya.",
            &["Hendra Gunawan"],
        ),
        (
            "an envoy's post after untuk, then the holder",
            "KBRI Tokyo mengimbau warga tenang.\n\"Segera melapor ke hotline,\" ujar Dubes RI untuk Jepang, Heri Akhmadi, dalam keterangan resminya.",
            &["Heri Akhmadi"],
        ),
        (
            "an office whose words are joined by dan names its holder",
            "Menteri Komunikasi dan Informatika Rudiantara hadir lewat video.\n\"Penataan frekuensi dimulai dari Maluku,\" kata Menteri.",
            &["Rudiantara"],
        ),
        (
            "those accompanying the speaker are not the speaker",
            "Polisi menangkap dua tersangka.\n\"Barang bukti kami sita,\" kata Taufiq Hidayat didampingi Kasat Resnarkoba AKP Sastrawan Tarigan.",
            &["Taufiq Hidayat"],
        ),
        (
            "a release named after the quote speaks for whose it is",
            "BMKG memantau cuaca.\n\"Status siaga masih berlaku,\" keterangan dari rilis BNPB yang diterima wartawan.",
            &["BNPB"],
        ),
        (
            "a statement named after the quote, and its organization",
            "Menteri Agama hadir di Jakarta.\n\"Hilal tidak terlihat,\" pernyataan Kemenag melalui Instagram, hari ini.",
            &["Kemenag"],
        ),
        (
            "regression: a name set off after a description closed by tersebut is the speaker",
            "Kepala sekolah Trisakti Handayani membantah.\n\"Tidak ada keracunan,\" ucap salah satu guru SD tersebut, Setyono, yang ditemui di sekolah.",
            &["Setyono"],
        ),
        (
            "a contracted police title names the holder introduced with the full one",
            "Kepala Kepolisian Daerah Aceh, Irjen Pol Adityawarman, hadir di Banda Aceh.\n\"Pelaku sudah kami tangkap,\" kata Kapolda.",
            &["Adityawarman"],
        ),
        (
            "-nya on a verb of saying takes a person, not the organization that spoke last",
            "Kepala Pelaksana BPBD Budi Santoso tiba di lokasi banjir.\nPemerintah Provinsi Jawa Barat mengatakan, banjir sudah surut.\n\"Kami tetap siaga,\" ujarnya.",
            &["Budi Santoso"],
        ),
        (
            "a contracted title names the holder introduced with the full title",
            "Menteri Sosial Juliari P Batubara hadir di Bekasi.\n\"Semua sudah terdata,\" kata Mensos.",
            &["Juliari P Batubara"],
        ),
        (
            "a contracted title of the 2024 cabinet names the holder introduced in brackets",
            "Menteri Komunikasi dan Digital (Menkomdigi) Meutya Hafid meminta operator bekerja.\n\"Tolong lebih dipercepat,\" kata Menkomdigi kepada operator seluler.",
            &["Meutya Hafid"],
        ),
        (
            "a full title names the holder introduced with the contracted title",
            "Kemarin, Wagub Uu Ruzhanul Ulum hadir di Bekasi.\n\"Semua sudah terdata,\" kata Wakil Gubernur.",
            &["Uu Ruzhanul Ulum"],
        ),
        (
            "a contracted title given in brackets names the holder's role",
            "Menteri Komunikasi dan Informatika (Menkominfo) Budi Arie Setiadi belum bisa memastikan.\nKendati begitu, Menkominfo belum tahu. \"Ya belum,\" ujar Menkominfo ditemui di kantornya.",
            &["Budi Arie Setiadi"],
        ),
        (
            "a common word before a name, used alone at a verb, is the first name",
            "Kepala Disdikbud Samarinda Asli Nuriyadin membeber ada empat sekolah kena dampak. \"Sejauh ini ada empat sekolah,\" terang Asli.",
            &["Asli Nuriyadin"],
        ),
        (
            "a person introduced by name after salah satunya adalah takes the thread",
            "Presiden Joko Widodo mengumumkan kenaikan harga BBM.\nSalah satunya adalah Eno, pengguna sepeda motor yang antre. Dia belum tahu.\n\"Emang naiknya sekarang?\" katanya.",
            &["Eno"],
        ),
        (
            "a person introduced with bernama takes the thread",
            "Presiden Joko Widodo mengumumkan kenaikan harga BBM.\nSeorang pedagang bernama Asiah mengaku kaget.\n\"Kami belum siap,\" katanya.",
            &["Asiah"],
        ),
        (
            "short name to the fullest form",
            "Juru bicara Gedung Putih John Kirby tiba di Seoul.\n“Kami mendesak Korea Utara berhenti,” kata Kirby.",
            &["John Kirby"],
        ),
        (
            "pronoun -nya takes the last speaker",
            "“Kehadiran Jo menunjukkan kesepakatan,” kata Michael Madden.\n“Kami akan terus memperkuat persahabatan,” katanya.",
            &["Michael Madden", "Michael Madden"],
        ),
        (
            "kata dia lagi",
            "“Praktik itu masih tinggi,” kata AKBP Ferdiyan Fahmi.\nIa lalu pergi.\n“Indikasinya kuat,” kata dia lagi.",
            &["Ferdiyan Fahmi", "Ferdiyan Fahmi"],
        ),
        (
            "pronoun before any speaker takes the sentence subject",
            "Kapanlagi.com - Brandon Nicholas Salim, putra sulung aktor Fery Salim, semakin mantap di dunia hiburan.\n“Di sini saya sebagai Lido,” jelasnya.",
            &["Brandon Nicholas Salim"],
        ),
        (
            "anaphoric description",
            "“Menjaga kepercayaan adalah prioritas,” kata Samsung.\n“Kami berharap pengguna selalu memperbarui perangkat,” tambah raksasa elektronik asal Korea Selatan ini.",
            &["Samsung", "Samsung"],
        ),
        (
            "alias after akrab disapa",
            "Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia.\nPria yang akrab disapa Dani ini optimistis.\n“Kami akan meluncurkan layanan 4G,” ucap Dani.",
            &["Muhammad Buldansyah"],
        ),
        (
            "prefix of a longer name",
            "Dokter spesialis dr Wismandari Wisnu hadir.\n“Depresi memengaruhi hormon,” ujar dr Wisman saat konferensi pers.",
            &["Wismandari Wisnu"],
        ),
        (
            "kinship word does not make a subject",
            "Brandon Nicholas Salim tampil di film itu.\n“Saya suka banget,” tuturnya.\nKakak Raoul Salim ini jatuh cinta pada perannya.\n“Bagus karena positif,” ungkapnya.",
            &["Brandon Nicholas Salim", "Brandon Nicholas Salim"],
        ),
    ];
    for (name, input, expected) in cases {
        let got: Vec<String> = direct(input).into_iter().map(|q| q.1).collect();
        assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn indirect_patterns() {
    let cases: [Case; 41] = [
        (
            "the common spelling mengkonfirmasi reports like mengonfirmasi",
            "Sebelumnya, maskapai Lion Air mengkonfirmasi bahwa penerbangan ditunda dua jam.",
            &[("penerbangan ditunda dua jam", "Lion Air")],
        ),
        (
            "regression: a connective phrase of function words before an interposed cue reports nothing",
            "Pasokan aman. Hanya saja, kata Bambang Suharto, harga cabai naik.",
            &[("harga cabai naik", "Bambang Suharto")],
        ),
        (
            "regression: a time adverbial opening the clause is no unnamed source",
            "Polisi menangkap Hoiruddin Hasibuan. Beberapa waktu lalu Hoiruddin bahkan mengatakan pernah hampir menjadi korban.",
            &[("pernah hampir menjadi korban", "Hoiruddin Hasibuan")],
        ),
        (
            "regression: a pronoun right before the verb after an adverbial phrase",
            "Puan Maharani hadir di rapat. Dalam waktu dekat dia pun memperkirakan harga akan turun.",
            &[("harga akan turun", "Puan Maharani")],
        ),
        (
            "regression: a pronoun after an opening adverb",
            "Alfa Dewi merilis lagu. Sebelumnya ia juga mengaku pernah meluncurkan tiga single.",
            &[("pernah meluncurkan tiga single", "Alfa Dewi")],
        ),
        (
            "a discourse marker before an interposed cue reports nothing",
            "Harga naik. Padahal, kata Amalia, pasokan beras cukup untuk tiga bulan.",
            &[("pasokan beras cukup untuk tiga bulan", "Amalia")],
        ),
        (
            "a connective before an interposed cue reports nothing",
            "Pansus memeriksa pejabat. Bahkan, kata dia, dalam pemeriksaan ada anggota Pansus malah menjadi pengacara.",
            &[("dalam pemeriksaan ada anggota Pansus malah menjadi pengacara", "-")],
        ),
        (
            "an acronym subject after a connective is no degree",
            "Kasus itu diputus lepas. Namun KPK mengatakan tidak ada kasus yang diputus bebas.",
            &[("tidak ada kasus yang diputus bebas", "KPK")],
        ),
        (
            "a person opening the sentence, set off by a comma, is the subject however long the appositive",
            "Harga turun. Dauri, 37 tahun, salah seorang petani karet asal Kabupaten Batanghari, Jambi, mengakui harga getah karet menurun drastis.",
            &[("harga getah karet menurun drastis", "Dauri")],
        ),
        (
            "katanya opening a sentence leads into the content",
            "Gubernur BI Perry Warjiyo hadir. Katanya, inflasi inti bakal melesat hingga 4,15 persen pada akhir tahun nanti.",
            &[("inflasi inti bakal melesat hingga 4,15 persen pada akhir tahun nanti", "Perry Warjiyo")],
        ),
        (
            "hal itu as the content's subject, a predicate after it",
            "Nadia menyatakan hal tersebut masih dalam monitoring lebih lanjut.",
            &[("hal tersebut masih dalam monitoring lebih lanjut", "Nadia")],
        ),
        ("hal itu as the object, a circumstance after it", "Nadia menyampaikan hal tersebut saat rapat koordinasi.", &[]),
        (
            "the side of an organization is the organization",
            "Kendati demikian, pihak Facebook mengatakan tidak mengetahui persis data apa saja yang dibocorkan.",
            &[("tidak mengetahui persis data apa saja yang dibocorkan", "Facebook")],
        ),
        (
            "Menurut a person, then the person's role and organization set off by commas",
            "Menurut Semuel Abrijani Pangerapan, Direktur Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika, ada 210 instansi yang terdampak.",
            &[("ada 210 instansi yang terdampak", "Semuel Abrijani Pangerapan")],
        ),
        (
            "Menurut a person, then a clause opened by a name is content",
            "Menurut Budi Santoso, Kementerian Keuangan akan menaikkan pajak tahun depan.",
            &[("Kementerian Keuangan akan menaikkan pajak tahun depan", "Budi Santoso")],
        ),
        (
            "regression: after a comma a circumstance opens the content",
            "Kepala Bidang Humas Polda Jawa Barat Martinus Sitompul mengatakan, saat kejadian sekitar pukul 09.00 WIB, bus melaju dari arah Puncak.",
            &[("saat kejadian sekitar pukul 09.00 WIB, bus melaju dari arah Puncak", "Martinus Sitompul")],
        ),
        (
            "a circumstance before bahwa is skipped",
            "Gubernur Lukas Enembe menegaskan, kepada para mahasiswa itu, bahwa pemerintah telah menyiapkan transportasi.",
            &[("pemerintah telah menyiapkan transportasi", "Lukas Enembe")],
        ),
        (
            "a sentence adverb after the comma is skipped",
            "Koordinator aliansi Kristo Kolimon menjelaskan, pada intinya, aliansi akan terus berjuang.",
            &[("aliansi akan terus berjuang", "Kristo Kolimon")],
        ),
        (
            "beralasan reports the reasons given",
            "Gatot Trihargo beralasan calon yang berasal dari internal Bank Mandiri sudah bagus.",
            &[("calon yang berasal dari internal Bank Mandiri sudah bagus", "Gatot Trihargo")],
        ),
        (
            "berjanji with a clause reports the promise",
            "Bupati Adrianus Hake berjanji akan menyelesaikan konflik tanah itu secepatnya.",
            &[("akan menyelesaikan konflik tanah itu secepatnya", "Adrianus Hake")],
        ),
        (
            "regression: after a comma the content has begun, a later bahwa is inside it",
            "Djoko Sarwoko mengungkapkan, pihaknya sudah mengusulkan agar kedua hakim itu dicabut sertifikasinya.",
            &[("pihaknya sudah mengusulkan agar kedua hakim itu dicabut sertifikasinya", "Djoko Sarwoko")],
        ),
        (
            "X mengatakan",
            "Juru bicara Kremlin Dmitry Peskov mengatakan pertemuan itu akan menjadi kunjungan penuh.",
            &[("pertemuan itu akan menjadi kunjungan penuh", "Dmitry Peskov")],
        ),
        (
            "mengatakan bahwa after an appositive",
            "Herfi Hervian, guru di sekolah korban, mengatakan bahwa pihaknya menerima laporan dari siswa lain.",
            &[("pihaknya menerima laporan dari siswa lain", "Herfi Hervian")],
        ),
        (
            "Menurut X",
            "Menurut Ar, pelaku datang seorang diri dan diduga membawa golok.",
            &[("pelaku datang seorang diri dan diduga membawa golok", "Ar")],
        ),
        (
            "Menurut an unnamed source",
            "Menurut sebuah sumber, kunjungan Kim ke Rusia akan membahas persenjataan.",
            &[("kunjungan Kim ke Rusia akan membahas persenjataan", "-")],
        ),
        (
            "Menurutnya after a speaker",
            "Yuddy Chrisnandi mengatakan sistem itu penting. Menurutnya, perlu dilakukan ranking dari satu hingga 365.",
            &[("sistem itu penting", "Yuddy Chrisnandi"), ("perlu dilakukan ranking dari satu hingga 365", "Yuddy Chrisnandi")],
        ),
        (
            "interposed -nya cue",
            "Alessandro Monzani hadir. Sementara Sportivo, lanjutnya, merupakan ban sporty touring bagi pengendara.",
            &[("Sportivo", "Alessandro Monzani"), ("merupakan ban sporty touring bagi pengendara", "Alessandro Monzani")],
        ),
        (
            "interposed named cue",
            "Apabila produksi serotonin meningkat, tambah dr Wismandari Wisnu, gula darah ikut naik.",
            &[("Apabila produksi serotonin meningkat", "Wismandari Wisnu"), ("gula darah ikut naik", "Wismandari Wisnu")],
        ),
        (
            "complement verb needs agar",
            "Samsung menyarankan agar pengguna selalu memperbarui perangkat lunak.",
            &[("pengguna selalu memperbarui perangkat lunak", "Samsung")],
        ),
        (
            "object before bahwa",
            "Duterte memperingatkan para pejabat bahwa ia tidak akan mentolerir korupsi.",
            &[("ia tidak akan mentolerir korupsi", "Duterte")],
        ),
        (
            "trailing kata without marks",
            "Jalan itu akan ditutup selama dua pekan ke depan, kata Kepala Dinas Perhubungan Budi Santoso.",
            &[("Jalan itu akan ditutup selama dua pekan ke depan", "Budi Santoso")],
        ),
        (
            "plural subject is unnamed",
            "Para pengawal Duterte menyatakan belum jelas apakah sang presiden memenuhi janjinya.",
            &[("belum jelas apakah sang presiden memenuhi janjinya", "-")],
        ),
        (
            "date tail is not content",
            "Andi Kurniawan menyebutkan ada delapan faktor mengapa seseorang malas bergerak, Rabu, 4 November 2015.",
            &[("ada delapan faktor mengapa seseorang malas bergerak", "Andi Kurniawan")],
        ),
        (
            "an object before a list of further actions is no content",
            "Raja Salman juga menyampaikan pidato kehormatan di kompleks parlemen, mengunjungi Masjid Istiqlal dan bertemu tokoh agama.",
            &[],
        ),
        (
            "an object before a purpose clause is no content",
            "Menlu Retno juga menyampaikan agendanya untuk melakukan pertemuan dengan sejumlah menteri lain.",
            &[],
        ),
        (
            "a message passed on before a complementizer after a comma stays content",
            "Bupati Budi Santoso menyampaikan amanat dari Presiden, jika sumber daya manusia di daerah harus berkualitas.",
            &[("amanat dari Presiden, jika sumber daya manusia di daerah harus berkualitas", "Budi Santoso")],
        ),
        (
            "a person, an unlisted verb and a comma",
            "Budi Santoso menjamin, tarif angkutan kota belum akan naik pekan ini.",
            &[("tarif angkutan kota belum akan naik pekan ini", "Budi Santoso")],
        ),
        (
            "a person, an unlisted verb and bahwa",
            "Ia merinci bahwa tiga warga itu diduga bagian dari kelompok penembak.",
            &[("tiga warga itu diduga bagian dari kelompok penembak", "-")],
        ),
        (
            "hal itu after bahwa opens a clause",
            "Budi Santoso mengklaim bahwa hal itu sudah mendapat rekomendasi dari dinas.",
            &[("hal itu sudah mendapat rekomendasi dari dinas", "Budi Santoso")],
        ),
        (
            "an unlisted verb and a comma in a concessive clause is no cue",
            "Meski Budi Santoso bersikukuh, tarif angkutan kota belum akan turun pekan ini.",
            &[],
        ),
        (
            "an unlisted verb and a comma after a thing is no cue",
            "Statistik membuktikan, wisatawan terbanyak datang dari China dan Australia.",
            &[],
        ),
    ];
    check(&cases, indirect);
}

#[test]
fn subject_before_appositives_and_circumstances() {
    let cases: [Case; 34] = [
        (
            "regression: a dateline's outlet is not the subject of the first verb",
            "JAKARTA, KOMPAS.com - Pemerintah menyatakan tingkat akses masyarakat ke jaringan sinyal 4G di desa sudah meningkat.",
            &[("tingkat akses masyarakat ke jaringan sinyal 4G di desa sudah meningkat", "-")],
        ),
        (
            "regression: a place and a day set off together after the circumstance",
            "Kapolres Jayapura, AKBP Budi Hartono, dalam jumpa pers di Sentani, Papua, Senin, mengatakan salah satu alat bukti adalah rekaman CCTV.",
            &[("salah satu alat bukti adalah rekaman CCTV", "Budi Hartono")],
        ),
        (
            "a description set off after the person, closed by the verb",
            "Di tempat terpisah Budi Hartono, Kabid Perikanan Tangkap Dinas Kelautan dan Perikanan (DKP) Kabupaten Sukabumi menyebutkan kondisi ini sudah biasa terjadi.",
            &[("kondisi ini sudah biasa terjadi", "Budi Hartono")],
        ),
        (
            "a lower-case role and an organization set off after a person the sentence does not open with",
            "Sejumlah media menulis Budi Hartono, pimpinan PT Telkom Indonesia, mengakui memimpin anak buahnya menyerang pos.",
            &[("memimpin anak buahnya menyerang pos", "Budi Hartono")],
        ),
        (
            "a name that is a subject of its own after an inserted attribution",
            "Adita Irawati hadir. Kendati demikian, lanjut Adita, Telkomsel tetap menegaskan komitmennya untuk membangun jaringan di pelosok.",
            &[
                ("Telkomsel tetap menegaskan komitmennya untuk membangun jaringan di pelosok", "Adita Irawati"),
                ("komitmennya untuk membangun jaringan di pelosok", "Telkomsel"),
            ],
        ),
        (
            "regression: the place of a role's statement is not its office's",
            "Kapolres Ketapang, AKBP Sunario tiba. Kapolres Ketapang dalam keterangan tertulisnya di Pontianak, Jumat (13/7), membantah bahwa kantor itu sudah diresmikan.",
            &[("kantor itu sudah diresmikan", "Sunario")],
        ),
        (
            "a holder named after the role's place is the subject",
            "Kepala Cabang Dinas Pendidikan di Surabaya Karyanto mengatakan pembagian zonasi sudah dilakukan.",
            &[("pembagian zonasi sudah dilakukan", "Karyanto")],
        ),
        (
            "an organization set off by commas after the person opening the sentence",
            "Nurbaya Zulhakim, Divisi Pendidikan Publik Yayasan Setara Jambi, mengatakan harga perlu diturunkan.",
            &[("harga perlu diturunkan", "Nurbaya Zulhakim")],
        ),
        (
            "a lower-case role word and an organization set off by commas after the person",
            "Budi Santoso, staf Kementerian Luar Negeri, mengatakan tidak ada korban.",
            &[("tidak ada korban", "Budi Santoso")],
        ),
        (
            "a clause opening with kepada is a circumstance up to the role",
            "PM Haiti Jean-Max Bellrive tiba.\nKepada pemancar televisi AS CNN PM Haiti mengungkapkan korban tewas bisa mencapai 100.000 orang.",
            &[("korban tewas bisa mencapai 100.000 orang", "Jean-Max Bellrive")],
        ),
        (
            "a role set off by commas after the person opening the sentence",
            "Sarman Simanjorang, Ketua Dewan Pengurus Daerah Himpunan Pengusaha Indonesia, menyebut sosialisasi sudah dilakukan.",
            &[("sosialisasi sudah dilakukan", "Sarman Simanjorang")],
        ),
        (
            "a role after a circumstance naming someone is the subject",
            "Padahal pada sidang tuntutan Siti Hartati sebelumnya, Jaksa Penuntut Umum (JPU) sudah menyebutkan bahwa massa itu mengganggu.",
            &[("massa itu mengganggu", "-")],
        ),
        (
            "a relation to someone else set off by commas",
            "Bob Lawrence, ayah Renae Lawrence, mengatakan anaknya sudah berubah.",
            &[("anaknya sudah berubah", "Bob Lawrence")],
        ),
        (
            "a relation with a clause of its own set off by commas",
            "Bob Lawrence, ayah dari Renae Lawrence yang dihukum penjara, mengatakan anaknya sudah berubah.",
            &[("anaknya sudah berubah", "Bob Lawrence")],
        ),
        (
            "a day set off by commas after the name",
            "Wakil Gubernur DKI Jakarta Ahmad Riza Patria, Sabtu, menjelaskan, sudah 1,3 juta orang menerima vaksin.",
            &[("sudah 1,3 juta orang menerima vaksin", "Ahmad Riza Patria")],
        ),
        (
            "a preposition built like a verb after the name, then a day set off by a comma",
            "Juru bicara BNPB, Budi Santoso melalui siaran persnya, Minggu (1/12/2013) mengatakan, sembilan orang ditemukan tewas.",
            &[("sembilan orang ditemukan tewas", "Budi Santoso")],
        ),
        (
            "a companion clause names others, not the subject",
            "Kepala Dinas Pendidikan Ade Karyana, didampingi Ketua Panitia Bonny Syafrian, mengungkapkan, jumlah peserta mencapai 80 ribu.",
            &[("jumlah peserta mencapai 80 ribu", "Ade Karyana")],
        ),
        (
            "a title glued to the name",
            "Kepala Dinas Kesehatan Provinsi Papua Tengah, dr.Agus menyampaikan bahwa kasus malaria meningkat.",
            &[("kasus malaria meningkat", "Agus")],
        ),
        (
            "an unnamed head closed by the person's name",
            "Salah satu warga Singapura Kamarudin mengaku pernah melihat artis itu di rumah sakit.",
            &[("pernah melihat artis itu di rumah sakit", "Kamarudin")],
        ),
        (
            "a place of residence after warga is no name",
            "Seorang warga Leles mengatakan puluhan rumah tangga mengungsi ke rumah kerabat.",
            &[("puluhan rumah tangga mengungsi ke rumah kerabat", "-")],
        ),
        (
            "a degree set off by commas after the name",
            "Menteri Kesehatan Profesor Dr dr Nila Moeloek, SpM(K), mengatakan masih banyak yang harus dikerjakan.",
            &[("masih banyak yang harus dikerjakan", "Nila Moeloek")],
        ),
        (
            "a public prosecutor is a role, an unnamed source",
            "Jaksa Penuntut Umum (JPU) sudah menyebutkan bahwa massa itu mengganggu persidangan.",
            &[("massa itu mengganggu persidangan", "-")],
        ),
        (
            "a document is no source",
            "Pasal 160 menyatakan pengesahan pengangkatan pasangan calon berdasarkan penetapan KPU.",
            &[],
        ),
        (
            "appositive with a place in it",
            "Romaji, seorang pedagang sembako di Pasar Pucang Anom, mengatakan bahwa harga gula naik.",
            &[("harga gula naik", "Romaji")],
        ),
        (
            "appositive then a place list",
            "Elis, pedagang sayur di Jalan Palmerah Barat, Jakarta Barat, mengatakan, harga cabai naik.",
            &[("harga cabai naik", "Elis")],
        ),
        (
            "time clause and date between name and verb",
            "Liliyana Natsir, ketika diwawancarai wartawan, Selasa (23/8/2016) sore, mengatakan dirinya sangat senang.",
            &[("dirinya sangat senang", "Liliyana Natsir")],
        ),
        (
            "recipient between name and verb",
            "Juru bicara MA, Djoko Sarwoko, kepada Kompas mengungkapkan, terdapat tiga hakim bermasalah.",
            &[("terdapat tiga hakim bermasalah", "Djoko Sarwoko")],
        ),
        (
            "a title's noun phrase closed by the holder, then a time clause",
            "Direktur Riset Center of Reform on Economics (CORE) Indonesia Piter Abdullah, saat dihubungi Kamis (4/6/2020), mengatakan, BI perlu bekerja lebih ekstra.",
            &[("BI perlu bekerja lebih ekstra", "Piter Abdullah")],
        ),
        (
            "a verb of saying inside a time clause is its circumstance",
            "Menko Perekonomian Airlangga Hartarto, saat menyampaikan pendapat akhir pemerintah di Sidang Paripurna DPR, Senin (5/10/2020) sore menyatakan, Indonesia memiliki potensi besar.",
            &[("Indonesia memiliki potensi besar", "Airlangga Hartarto")],
        ),
        (
            "a role of its own set off by commas, then a place and a date",
            "Ahmad Riza Patria, Wakil Gubernur DKI Jakarta, di Balai Kota DKI, Kamis (5/11/2020), menyampaikan, semua sudah dibahas.",
            &[("semua sudah dibahas", "Ahmad Riza Patria")],
        ),
        (
            "a subordinate clause right before the verb holds its subject",
            "Hanya saja, dugaan itu langsung gugur setelah Okie Agustina mengumumkan bahwa mereka sepakat berpisah.",
            &[("mereka sepakat berpisah", "Okie Agustina")],
        ),
        (
            "a country as the whole subject speaks as its government",
            "Pada 2002, Korea Utara mengakui agennya telah menculik 17 warga Jepang.",
            &[("agennya telah menculik 17 warga Jepang", "Korea Utara")],
        ),
        (
            "a city is no speaker",
            "Pada 2002, Yogyakarta menyatakan kota itu telah siap.",
            &[("kota itu telah siap", "-")],
        ),
        (
            "a clause of its own before is not the subject",
            "Polisi memeriksa Budi Santoso, sementara pengacaranya mengatakan kliennya tidak bersalah.",
            &[("kliennya tidak bersalah", "-")],
        ),
    ];
    check(&cases, indirect);
}

#[test]
fn regression_a_source_citation_in_brackets_is_not_the_role_holder() {
    let text = "Presiden Joko Widodo meresmikan bandara. ”Yang penting kerja,” kata Presiden (Kompas, 11/11/2017).";
    assert_eq!(direct(text), pairs(&[("Yang penting kerja", "Joko Widodo")]));
}

#[test]
fn regression_description_closed_by_itu_after_a_circumstance_points_back() {
    let text = "Taslim Chaniago menyebut nama Angelina. ”Dia lebih bagus,” tegas anggota DPR dari Sumatera Barat itu.";
    assert_eq!(direct(text), pairs(&[("Dia lebih bagus", "Taslim Chaniago")]));
}

#[test]
fn berharap_and_memastikan_report_a_named_sources_words_without_agar() {
    let cases: [Case; 11] = [
        (
            "after a pronoun",
            "Nur Pamudji meninjau gardu. Ia berharap warga tidak merespons kondisi itu dengan tindakan anarki.",
            &[("warga tidak merespons kondisi itu dengan tindakan anarki", "Nur Pamudji")],
        ),
        ("after an unnamed group", "Para pemilih berharap ia akan dapat memperbaiki kualitas infrastruktur negara.", &[]),
        (
            "with agar after anyone",
            "Warga berharap agar pemerintah segera memperbaiki jalan itu.",
            &[("pemerintah segera memperbaiki jalan itu", "-")],
        ),
        (
            "after an organization",
            "Kementerian Badan Usaha Milik Negara berharap tahun ini proses merger itu dapat dituntaskan.",
            &[("tahun ini proses merger itu dapat dituntaskan", "Kementerian Badan Usaha Milik Negara")],
        ),
        (
            "memastikan after a person, with a predicate",
            "Kapolres Karawang AKBP Muhammad Kadarislam datang. Kadarislam memastikan penyebab kematian korban akan segera terungkap.",
            &[("penyebab kematian korban akan segera terungkap", "Muhammad Kadarislam")],
        ),
        (
            "memastikan taking a noun is no report",
            "Pebulu tangkis Taufik Hidayat berhasil. Taufik memastikan tempat di perempatfinal Olimpiade London.",
            &[],
        ),
        (
            "memastikan after a copula is a predicate noun",
            "Budi Santoso mengatakan candi itu dibuka kembali untuk wisatawan. Target pengelola adalah memastikan pengunjung mematuhi protokol kesehatan.",
            &[("candi itu dibuka kembali untuk wisatawan", "Budi Santoso")],
        ),
        (
            "mencontohkan reports an example",
            "Gubernur Ganjar Pranowo hadir. Ia mencontohkan anggaran di Kabupaten Batang tidak cukup untuk membangun jalan.",
            &[("anggaran di Kabupaten Batang tidak cukup untuk membangun jalan", "Ganjar Pranowo")],
        ),
        (
            "menjamin after a person is a claim",
            "Direktur Utama Bulog Budi Waseso meninjau gudang. Budi Waseso menjamin stok beras akan cukup sampai Lebaran.",
            &[("stok beras akan cukup sampai Lebaran", "Budi Waseso")],
        ),
        (
            "menjamin after a thing is no report",
            "Ketua KPU Ardiles Mewoh hadir. Lelang melalui e-katalog menjamin KPU melaksanakan pengadaan secara bertanggung jawab.",
            &[],
        ),
        (
            "menjabarkan reports a claim",
            "Kepala Dinas Kesehatan Siti Aminah hadir. Siti menjabarkan jumlah kasus DBD meningkat dua kali lipat.",
            &[("jumlah kasus DBD meningkat dua kali lipat", "Siti Aminah")],
        ),
    ];
    check(&cases, indirect);
}

#[test]
fn headline_attributions() {
    let cases: [Case; 14] = [
        (
            "a topic before a comma, then the subject and a bare verb",
            "Soal Delay, Menhub Sebut Belum Ada Sanksi untuk Maskapai\nJAKARTA - Menteri Perhubungan Budi Karya Sumadi meninjau bandara.",
            &[("Belum Ada Sanksi untuk Maskapai", "Budi Karya Sumadi")],
        ),
        (
            "pastikan, benarkan, mengaku attribute a claim in a headline",
            "BMKG Pastikan Gempa di Malang Tak Berpotensi Tsunami\nGempa terjadi pukul 09.00.",
            &[("Gempa di Malang Tak Berpotensi Tsunami", "BMKG")],
        ),
        (
            "ungkap with an auxiliary in the claim",
            "Firli Ungkap KPK Akan Tahan Dua Kepala Daerah\nKetua KPK Firli Bahuri datang ke gedung itu.",
            &[("KPK Akan Tahan Dua Kepala Daerah", "Firli Bahuri")],
        ),
        ("ungkap naming a thing is no quote", "Kemlu Ungkap Kondisi Diplomat RI Usai Serangan Bom\nKemlu memantau kondisi itu.", &[]),
        (
            "a role, its organization and the holder before the colon: the holder",
            "Kepala BPS Suhariyanto: Angka Kemiskinan Tinggal Dua Digit\nJAKARTA - Kepala BPS Suhariyanto mengatakan, angka kemiskinan turun.",
            &[("Angka Kemiskinan Tinggal Dua Digit", "Suhariyanto"), ("angka kemiskinan turun", "Suhariyanto")],
        ),
        (
            "organization",
            "BNPB: Bencana Banjir Masih Mengancam hingga Februari\nJAKARTA - Banjir masih terjadi di sana.",
            &[("Bencana Banjir Masih Mengancam hingga Februari", "BNPB")],
        ),
        (
            "a short name gives the article's fullest name",
            "Nadiem Makarim: Merdeka Belajar Menjelma Menjadi Gerakan\nMenteri Nadiem Anwar Makarim menilai gerakan itu masif.",
            &[("Merdeka Belajar Menjelma Menjadi Gerakan", "Nadiem Anwar Makarim"), ("gerakan itu masif", "Nadiem Anwar Makarim")],
        ),
        (
            "a bare verb of attribution in a title-case headline",
            "Anies Sebut 697 Warga Jakarta Masih Mengungsi\nGubernur Anies Baswedan meninjau posko.",
            &[("697 Warga Jakarta Masih Mengungsi", "Anies Baswedan")],
        ),
        (
            "a headline's role is held by the one the article names after it",
            "Menlu: Warga Rohingya Masih Butuh Bantuan\nJAKARTA - Menteri Luar Negeri Retno Marsudi mengatakan, warga Rohingya masih membutuhkan bantuan.",
            &[("Warga Rohingya Masih Butuh Bantuan", "Retno Marsudi"), ("warga Rohingya masih membutuhkan bantuan", "Retno Marsudi")],
        ),
        (
            "a headline's role and organization, its holder named after it",
            "Kepala Dinkes Jateng: Bukan Angka Luar Biasa\nSEMARANG - Kepala Dinkes Jateng Yulianto Prabowo mengatakan, kasus DBD masih terkendali.",
            &[("Bukan Angka Luar Biasa", "Yulianto Prabowo"), ("kasus DBD masih terkendali", "Yulianto Prabowo")],
        ),
        (
            "a headline's role and organization, no holder named: the organization",
            "Kepala BNPB: Banjir Masih Mengancam\nJAKARTA - Banjir masih mengancam warga di 12 provinsi.",
            &[("Banjir Masih Mengancam", "BNPB")],
        ),
        ("a headline's subject that names no one is no source", "Pemberontak Klaim Sudah Kuasai Kota\nPasukan bergerak.", &[]),
        ("a credit label is no source", "Foto: Dokumentasi Humas Polres\nPolisi datang ke lokasi.", &[]),
        ("a sentence with a colon is no headline", "Kata Budi: Semua siap hari ini.\nIa pulang.", &[]),
    ];
    check(&cases, indirect);
}

#[test]
fn regression_menurutnya_without_a_comma() {
    let text = "Bupati Dadang Supriatna meninjau vaksinasi. Menurutnya para camat harus bekerja sama dengan dinas kesehatan.";
    assert_eq!(indirect(text), pairs(&[("para camat harus bekerja sama dengan dinas kesehatan", "Dadang Supriatna")]));
}

#[test]
fn regression_menurut_a_name_without_a_comma() {
    let cases: [Case; 3] = [
        ("opening the sentence", "Menurut Anwar sudah ada tujuh saksi yang diperiksa polisi.", &[("sudah ada tujuh saksi yang diperiksa polisi", "Anwar")]),
        (
            "interposed with no commas: both sides reported",
            "Kondisi ini menurut Sutopo juga berpengaruh pada upaya pemadaman api.",
            &[("Kondisi ini", "Sutopo"), ("juga berpengaruh pada upaya pemadaman api", "Sutopo")],
        ),
        (
            "interposed after a comma",
            "Tiga gol yang membuat lawan unggul, menurut Jafri merupakan hukuman bagi timnya.",
            &[("Tiga gol yang membuat lawan unggul", "Jafri"), ("merupakan hukuman bagi timnya", "Jafri")],
        ),
    ];
    check(&cases, indirect);
}

/// Found by the Spark test's generated archive: *menurutnya* as the text's
/// first word read the token before it (index 0 - 1) and panicked.
#[test]
fn regression_menurutnya_opening_the_text_does_not_panic() {
    let text = "Menurutnya para camat harus bekerja sama dengan dinas kesehatan.";
    assert_eq!(indirect(text), pairs(&[("para camat harus bekerja sama dengan dinas kesehatan", "-")]));
}

#[test]
fn regression_the_one_a_named_speaker_serves_is_not_the_speaker() {
    let text = "”Serangan roket ini pelanggaran berat,” kata Mark Regev, juru bicara Benjamin Netanyahu.";
    assert_eq!(direct(text), pairs(&[("Serangan roket ini pelanggaran berat", "Mark Regev")]));
}

#[test]
fn regression_an_organization_named_by_its_two_word_short_form_speaks_by_its_full_name() {
    let text = "Komisi Nasional Hak Asasi Manusia (Komnas HAM) menerima aduan warga. Komnas HAM menyebut jumlah korban terus bertambah.";
    assert_eq!(indirect(text), pairs(&[("jumlah korban terus bertambah", "Komisi Nasional Hak Asasi Manusia")]));
}

#[test]
fn regression_a_description_of_an_organization_points_to_that_organization() {
    let text = "Grace Natalie mendirikan Partai Solidaritas Indonesia. Partai ini mengklaim akan mengisi tokoh muda di parlemen.";
    assert_eq!(indirect(text), pairs(&[("akan mengisi tokoh muda di parlemen", "Partai Solidaritas Indonesia")]));
}

#[test]
fn passive_openers_with_a_name() {
    let cases: [Case; 4] = [
        (
            "with the clitic",
            "Yusuf Wibowo meninjau lokasi. Dikatakannya, personel kemudian mencari pelaku berdasarkan keterangan saksi.",
            &[("personel kemudian mencari pelaku berdasarkan keterangan saksi", "Yusuf Wibowo")],
        ),
        (
            "after a connective",
            "Selanjutnya, dikatakan Yusuf Wibowo, personel kemudian mencari pelaku berdasarkan keterangan saksi.",
            &[("personel kemudian mencari pelaku berdasarkan keterangan saksi", "Yusuf Wibowo")],
        ),
        (
            "with oleh",
            "Ditambahkan oleh Yusuf Wibowo, personel kemudian mencari pelaku berdasarkan keterangan saksi.",
            &[("personel kemudian mencari pelaku berdasarkan keterangan saksi", "Yusuf Wibowo")],
        ),
        (
            "regression: a title before the agent's name hid the quote",
            "Dikatakan Kapolres AKBP Yusuf Wibowo, personel kemudian mencari pelaku berdasarkan keterangan saksi.",
            &[("personel kemudian mencari pelaku berdasarkan keterangan saksi", "Yusuf Wibowo")],
        ),
    ];
    check(&cases, indirect);
}

#[test]
fn regression_a_personal_pronoun_takes_a_person_not_the_organization_that_spoke() {
    let text = "Rapat itu dibenarkan Agung Laksono. Golkar menyatakan munas akan digelar. Tapi, menurut dia, itu hanya pertemuan informal.";
    let got = indirect(text);
    assert_eq!(got.last().map(|q| q.1.as_str()), Some("Agung Laksono"), "{got:?}");
}

#[test]
fn regression_a_person_named_in_what_a_pronoun_said_is_not_the_new_subject() {
    // "Dia mengatakan, Menlu X telah …": X is spoken about; the next *Ia* is still the speaker
    let text = "Juru bicara Kemlu Judha Nugraha mengatakan WNI aman. \"Turis menginap di hotel,\" kata dia.\nDirinya mengatakan, Menteri Luar Negeri Retno Marsudi telah menginstruksikan KBRI Tokyo agar memantau.\nIa mengemukakan bahwa KBRI Tokyo siap membantu.";
    let got = indirect(text);
    assert_eq!(got.iter().map(|q| q.1.as_str()).collect::<Vec<_>>(), ["Judha Nugraha"; 2], "{got:?}");
}

#[test]
fn regression_the_subject_of_a_verb_inside_what_was_said_is_not_the_new_subject() {
    // "menurut dia, kekalahan Gradika … sehingga harus mengakui …": Gradika, subject of a
    // verb of saying inside the reported words, is spoken about; the next *menurut dia*
    // still points to the coach
    let text = "\"Kami bahagia sekali,\" kata Pelatih Taekwondo Kalbar Maksimus Mese.\nTetapi, menurut dia, kekalahan RA Gradika hanya di pengalaman sehingga harus mengakui keunggulan lawannya.\nSebelumnya, menurut dia, RA Gradika berhasil mengalahkan lawannya.";
    let got = indirect(text);
    assert_eq!(got.iter().map(|q| q.1.as_str()).collect::<Vec<_>>(), ["Maksimus Mese"; 2], "{got:?}");
}

#[test]
fn not_indirect() {
    let cases = [
        ("noun-phrase object", "Brotoseno bahkan menjelaskan penanganan perkara cetak sawah, antara lain pemanggilan saksi."),
        ("short object", "Dia menjelaskan sebagian modus mereka."),
        ("serial verb", "Namun, ia menolak membeberkan secara detail mengenai proses pengetesan."),
        ("relative clause", "Pejabat yang mengatakan hal itu sudah dicopot dari jabatannya."),
        ("menurut data", "Menurut data BPS, inflasi bulan ini mencapai 3 persen."),
        ("lead-in to a direct quote", "Budi Santoso mengatakan, \"Kami sudah siap sejak awal pekan.\""),
        ("mengatakan demikian", "Pria itu mengatakan demikian kepada wartawan."),
        ("list after a colon", "Ia juga menyebutkan lima faktor lainnya, di antaranya sebagai berikut:"),
        ("reporting verb inside a direct quote", "\"Saya mengatakan bahwa kami siap bertanding besok,\" kata Budi Santoso."),
    ];
    for (name, input) in cases {
        assert!(indirect(input).is_empty(), "{name}: {:?}", indirect(input));
    }
}

#[test]
fn indirect_may_contain_another_source() {
    let text = "Andanar menyatakan bahwa alih-alih menumpangi limusin, Duterte menyatakan ia ingin menumpangi sebuah truk pikap.";
    let got = indirect(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "Andanar");
    assert_eq!(got[1], ("ia ingin menumpangi sebuah truk pikap".to_string(), "Duterte".to_string()));
}

#[test]
fn spans_are_byte_offsets_of_the_quoted_words() {
    let text = "😀 “Kami siap,” kata Joko Widodo.";
    let q = &run(text)[0];
    assert_eq!(&text[q.start..q.end], "Kami siap,");
    assert_eq!(q.text, "Kami siap,");
    let cue = q.cue_span.expect("cue");
    assert_eq!(&text[cue.start..cue.end], "kata");
    let sp = q.speaker_span.expect("speaker span");
    assert_eq!(&text[sp.start..sp.end], "Joko Widodo");
}

#[test]
fn regression_menurut_phrase_stops_at_its_comma() {
    // "Menurut sebuah sumber, kunjungan Kim …" once named Kim as the source
    let got = indirect("Menurut sebuah sumber, kunjungan Kim Jong Un ke Rusia akan membahas senjata.");
    assert_eq!(got[0].1, "-");
    // "Tapi menurut Google, S6 Edge …" once named "Edge"
    let got = indirect("Tapi menurut Google, S6 Edge tidak luput dari kelemahan keamanan.");
    assert_eq!(got[0].1, "Google");
}

#[test]
fn regression_menurut_phrase_does_not_stop_at_a_comma_inside_a_name() {
    let got = indirect("Gempa terjadi pagi tadi. Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), gempa itu tidak berpotensi tsunami.");
    assert_eq!(got, pairs(&[("gempa itu tidak berpotensi tsunami", "Badan Meteorologi, Klimatologi, dan Geofisika")]));
}

#[test]
fn regression_what_is_conveyed_to_someone_is_an_object() {
    let got = indirect("Kiper itu juga menyampaikan terima kasih kepada suporter yang telah memberikan dukungan.");
    assert_eq!(got, pairs(&[]));
}

#[test]
fn regression_an_appeal_is_no_quote() {
    let got = indirect("Kapolresta Palu Deny Abrahams juga mengimbau masyarakat agar tidak melakukan tindakan main hakim sendiri.");
    assert_eq!(got, pairs(&[]));
}

#[test]
fn regression_a_connective_phrase_before_an_interposed_cue_reports_nothing() {
    let got = indirect("Di samping itu, kata dia, mereka juga kalah pada permainan di depan.");
    assert_eq!(got.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(), ["mereka juga kalah pada permainan di depan"]);
}

#[test]
fn a_bare_cue_verb_opening_the_sentence() {
    let cases: [Case; 5] = [
        (
            "kata and a pronoun",
            "Bupati Edi Damansyah membuka acara itu. Kata dia, Pemkab menginisiasi agar budaya nusantara lebih dikenal.",
            &[("Pemkab menginisiasi agar budaya nusantara lebih dikenal", "Edi Damansyah")],
        ),
        (
            "lanjut and a name",
            "Kepala BNPB Sutopo Purwo Nugroho hadir. Lanjut Sutopo, BPBD dan relawan masih mencari korban.",
            &[("BPBD dan relawan masih mencari korban", "Sutopo Purwo Nugroho")],
        ),
        (
            "after a connective with no comma",
            "Ketua DPR Bambang Soesatyo hadir. Bahkan kata dia, dalam pemeriksaan ada anggota Pansus yang menjadi saksi.",
            &[("dalam pemeriksaan ada anggota Pansus yang menjadi saksi", "Bambang Soesatyo")],
        ),
        (
            "an adverbial lanjut before a verb of the subject's own is no cue",
            "Pelatih Sudirman hadir. Lebih lanjut Sudirman mengakui gol itu buah kesalahan, terutama dalam mengantisipasi sepak pojok.",
            &[("gol itu buah kesalahan, terutama dalam mengantisipasi sepak pojok", "Sudirman")],
        ),
        ("sebut saja names no one", "Sebut saja, festival musik etnik, pertunjukan tari, dan pameran.", &[]),
    ];
    check(&cases, indirect);
}

#[test]
fn regression_a_contrastive_conjunction_opens_the_verbs_clause_after_yang() {
    let got = indirect("Timnas berada di grup yang relatif ringan tetapi Indra Sjafri mengatakan timnya harus tetap waspada.");
    assert_eq!(got, pairs(&[("timnya harus tetap waspada", "Indra Sjafri")]));
}

#[test]
fn regression_sentence_initial_menurut_is_not_a_name() {
    let text = "Menurut Ar, pelaku datang seorang diri dan membawa golok.\n“Kejadian di Gang Masjid,” ujar Ar.";
    assert_eq!(direct(text), pairs(&[("Kejadian di Gang Masjid", "Ar")]));
}

#[test]
fn regression_common_word_as_first_name() {
    let text = "Asisten pelatih Timnas Uzbekistan, Timur Kapadze, diisukan melatih Timnas Indonesia.\n“Saya terbuka untuk peluang apa pun,” kata Kapadze.";
    assert_eq!(direct(text), pairs(&[("Saya terbuka untuk peluang apa pun", "Timur Kapadze")]));
}


#[test]
fn regression_parenthetical_alias_gives_the_full_name() {
    let text = "Presiden Joko Widodo (Jokowi) meninjau banjir.\n“Kita harus bergerak cepat,” kata Jokowi.\nOrganisasi Kesehatan Dunia (WHO) menyebutkan kurangnya aktivitas fisik berbahaya bagi kesehatan.";
    let got = found(text);
    assert_eq!(got[0].2, "Joko Widodo", "{got:?}");
    assert_eq!(got[1].2, "Organisasi Kesehatan Dunia", "{got:?}");
}

#[test]
fn regression_colon_at_paragraph_end_leads_into_the_quote() {
    let text = "Kepala BMKG Dwikorita Karnawati menjelaskan:\n“Cuaca ekstrem masih akan terjadi sepekan ke depan.”";
    assert_eq!(direct(text), pairs(&[("Cuaca ekstrem masih akan terjadi sepekan ke depan", "Dwikorita Karnawati")]));
}

#[test]
fn one_long_sentence_full_of_cues_is_linear() {
    let unit = "Budi Santoso mengatakan, lanjutnya, menurut dia, kata Budi ";
    let text = unit.repeat(4_000);
    let t = std::time::Instant::now();
    let _ = run(&text);
    assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
}

#[test]
fn regression_preposition_inside_the_subject_phrase() {
    // "dari Institute …" once cut the subject before the name
    let text = "Pengamat kepolisian dari Institute for Security and Strategic Studies (ISESS) Bambang Rukminto menilai pengamanan tahun ini lebih baik.";
    assert_eq!(indirect(text), pairs(&[("pengamanan tahun ini lebih baik", "Bambang Rukminto")]));
}

#[test]
fn regression_pronoun_after_an_unnamed_source() {
    let text = "“Barang sudah kami naikkan,” kata Siti Aminah.\nWarga lain yang enggan disebut namanya mengatakan banjir tahun lalu merendam rumahnya.\n“Semoga tahun ini tidak separah itu,” ucap dia.";
    let got: Vec<String> = direct(text).into_iter().map(|q| q.1).collect();
    assert_eq!(got, ["Siti Aminah", "-"]);
}

#[test]
fn regression_a_group_that_spoke_is_no_thread_for_a_singular_pronoun() {
    // *mereka* and *para …* are unnamed, but *ungkapnya* is one person: the one before them
    let text = "“Ada sepuluh laporan,” kata Kasat Reskrim Kompol Rico Fernanda.\nMereka juga menerangkan bahwa pelaku berpura-pura sebagai petugas.\n“Kerugian korban beragam,” ungkapnya.";
    let got: Vec<String> = direct(text).into_iter().map(|q| q.1).collect();
    assert_eq!(got, ["Rico Fernanda", "Rico Fernanda"]);
    assert_eq!(indirect(text).iter().map(|q| q.1.as_str()).collect::<Vec<_>>(), ["-"]);
}

#[test]
fn regression_glued_name_particle() {
    let text = "Juru bicara Kemenlu Qatar Majed al-Ansari hadir.\n“Kami berharap kesepakatan ini bertahan,” tutur al-Ansari.";
    assert_eq!(direct(text), pairs(&[("Kami berharap kesepakatan ini bertahan", "Majed al-Ansari")]));
}

#[test]
fn regression_term_after_sebagai() {
    assert!(direct("Biden menyebut kesepakatan itu sebagai \"langkah penting\".").is_empty());
}

#[test]
fn regression_role_and_organization_then_comma_then_name() {
    let text = "“Semua berjalan lancar,” kata Ketua Panpel Persib, Budi Sumarno.";
    assert_eq!(direct(text), pairs(&[("Semua berjalan lancar", "Budi Sumarno")]));
}

#[test]
fn regression_menyebut_with_a_short_clause() {
    let text = "Pelatih Thomas Doll menyebut timnya kurang beruntung.";
    assert_eq!(indirect(text), pairs(&[("timnya kurang beruntung", "Thomas Doll")]));
}

#[test]
fn a_clause_whose_predicate_is_a_be_verb_a_copula_or_an_aspect_word() {
    // *bekerja* is ber- + *kerja*; *bukanlah* a copula; *turut*, *relatif* mark a
    // predicate: in corpus train and dev gold these contents after *menyebut*
    // are quotes (5 such, none of them missed by the other rules' new reading)
    let cases = [
        ("Taufik Hidayat menyebut pihaknya bekerja sama dengan kepolisian.", "pihaknya bekerja sama dengan kepolisian"),
        ("Taufik Hidayat menyebut tingkat kelulusan bukanlah segalanya.", "tingkat kelulusan bukanlah segalanya"),
        ("John Keban menyebut beberapa kader Golkar juga turut naik tingkat.", "beberapa kader Golkar juga turut naik tingkat"),
        ("Kementerian Perdagangan menyebut harga kebutuhan pokok relatif stabil.", "harga kebutuhan pokok relatif stabil"),
        // *sebagai* predicates the object (X as Y): 11 of 13 *menyebut … sebagai* in corpus train and dev gold are quotes
        ("Siti Nurhaliza menyebut Bogor sebagai salah satu tempat favoritnya.", "Bogor sebagai salah satu tempat favoritnya"),
    ];
    for (text, content) in cases {
        let got = indirect(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, content, "{text}");
    }
}

#[test]
fn an_interposed_cue_with_no_comma_before_it() {
    let lead = "Direktur RSUD Sidikalang, Hendry Manik, meninjau bangsal. ";
    let got = indirect(&format!("{lead}Hal ini terjadi katanya, RSUD Sidikalang masih berada dalam kelas C."));
    assert_eq!(got, pairs(&[("Hal ini terjadi", "Hendry Manik"), ("RSUD Sidikalang masih berada dalam kelas C", "Hendry Manik")]));
    let got = indirect(&format!("{lead}Pihaknya tambah dia, akan melaporkan kejadian tersebut."));
    assert_eq!(got, pairs(&[("Pihaknya", "Hendry Manik"), ("akan melaporkan kejadian tersebut", "Hendry Manik")]));
    // regression: a noun of `[after]` with a role before the name is no cue
    let got = indirect(&format!("{lead}Dalam pidatonya, Prabowo mengutip pesan Presiden pertama RI, Soekarno, tentang cita-cita."));
    assert!(got.iter().all(|(_, s)| s != "Soekarno"), "{got:?}");
}

#[test]
fn mengaku_takes_a_stance_however_short() {
    let text = "Soal sistem baru pengganti RSBI, Mohammad Nuh mengaku belum tahu.";
    assert_eq!(indirect(text), pairs(&[("belum tahu", "Mohammad Nuh")]));
    // one word closing the clause
    let text = "Ketua Paguyuban Kepala Desa, Nahib Sodiq, mengaku prihatin. Paguyuban kerap membantu.";
    assert_eq!(indirect(text), pairs(&[("prihatin", "Nahib Sodiq")]));
    // (other verbs still need three words: *menegaskan siap* reports no claim of its own)
    assert!(indirect("Mohammad Nuh menegaskan siap.").is_empty());
}

#[test]
fn a_passive_cue_with_its_agent() {
    let lead = "Kepala Dinas Pendidikan Romi Wijaya meninjau sekolah. ";
    let cases: [(&str, &str, &[&str]); 6] = [
        ("the clitic, no comma", "Disebutkannya hukuman tertinggi dijatuhkan kepada terdakwa.", &["hukuman tertinggi dijatuhkan kepada terdakwa"]),
        ("the clitic, then bahwa", "Disampaikannya bahwa masyarakat berharap layanan membaik.", &["masyarakat berharap layanan membaik"]),
        ("a pronoun agent", "Dirincikan dia, jemaah tersebut terdiri atas 356 orang.", &["jemaah tersebut terdiri atas 356 orang"]),
        ("after a connective, a cue only with its agent", "Karena, diakui dia, kabupaten ini memiliki kondisi geografis yang sulit.", &["kabupaten ini memiliki kondisi geografis yang sulit"]),
        ("interposed with the clitic", "Nama-nama yang diajukan ke BKN, disebutkannya, sesuai nama beserta jabatan.", &["Nama-nama yang diajukan ke BKN", "sesuai nama beserta jabatan"]),
        ("bare, it reports no one", "Dipastikan, jalan itu akan dibuka besok.", &[]),
    ];
    for (name, sentence, contents) in cases {
        let got: Vec<String> = indirect(&format!("{lead}{sentence}")).into_iter().map(|(c, s)| {
            assert_eq!(s, "Romi Wijaya", "{name}");
            c
        }).collect();
        assert_eq!(got, contents.iter().map(|c| c.to_string()).collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn a_clause_that_counts_has_its_quantity_for_predicate() {
    let text = "Kepala Dinas Kominfo Flores Timur Hery Lamawuran menyebutkan saat ini jumlah pengungsi erupsi sebanyak 12.366 jiwa.";
    assert_eq!(indirect(text), pairs(&[("saat ini jumlah pengungsi erupsi sebanyak 12.366 jiwa", "Hery Lamawuran")]));
}

#[test]
fn more_attribution_patterns() {
    let cases: [(&str, &str, &str); 9] = [
        ("an unnamed source with a relative clause stays unnamed", "Ketua Ikhsan menjelaskan aturan baru. “Kami minta zonasi dihapus,” kata salah satu wali murid yang hadir di ruangan.", "-"),
        ("an unnamed member of an organization is unnamed", "“Kesepakatan sudah dicapai,” kata seorang pejabat Hamas melalui telepon.", "-"),
        ("pihak and an organization is the organization", "“Kami sudah memanggil saksi,” kata pihak KPK kepada wartawan.", "KPK"),
        ("a role's organization after dari, then its holder set off by a comma", "“Uji diagnostik mulai minggu ini,” kata anggota Tim Peneliti GeNose dari UGM, Dian Kesumapramudya Nurputra, seusai rapat.", "Dian Kesumapramudya Nurputra"),
        ("name and colon", "Jokowi: “Kita harus bergerak cepat menangani banjir.”", "Jokowi"),
        ("a portfolio's list before the holder", "“Kegiatan masif masih dilarang,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD dalam konferensi pers.", "Mahfud MD"),
        ("demikian dikatakan", "“Stok beras aman sampai akhir tahun.” Demikian dikatakan Kepala Perum Bulog, Budi Waseso.", "Budi Waseso"),
        ("lower-case title with a dot", "“Kasus DBD meningkat,” ujar Kepala Dinas Kesehatan Kota Bandung, dr. Ahyani Raksanagara.", "Ahyani Raksanagara"),
        ("sentence-initial Kata", "“Kami siap.” Kata Menteri Pertahanan Prabowo Subianto di Jakarta.", "Prabowo Subianto"),
    ];
    for (name, input, speaker) in cases {
        let got = direct(input);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].1, speaker, "{name}");
    }
}

#[test]
fn more_not_quotes() {
    let cases = [
        ("title case without a naming word", "\"Pengabdi Setan 2: Communion\" meraih enam juta penonton."),
        ("quoted song after lagu", "Ia membawakan lagu \"Indonesia Raya\" di depan ribuan penonton."),
    ];
    for (name, input) in cases {
        assert!(direct(input).is_empty(), "{name}: {:?}", direct(input));
    }
    // a quote broken by its cue mid-sentence keeps both halves
    let text = "“Saya tidak tahu,” kata Budi Santoso, “mengapa ini terjadi.”";
    assert_eq!(direct(text), pairs(&[("Saya tidak tahu", "Budi Santoso"), ("mengapa ini terjadi", "Budi Santoso")]));
}

#[test]
fn multi_paragraph_without_continuation_mark() {
    let text = "“Kami sudah bekerja keras sepanjang musim ini.\n\nHasilnya memang belum maksimal,” kata pelatih Budi Santoso.";
    assert_eq!(
        direct(text),
        pairs(&[("Kami sudah bekerja keras sepanjang musim ini", "Budi Santoso"), ("Hasilnya memang belum maksimal", "Budi Santoso")])
    );
}

#[test]
fn stray_opener_inside_a_paragraph_is_dropped() {
    // an unclosed mark after a word, short, and no continuation: not a quote
    assert!(direct("Harga cabai naik \"drastis di pasar.").is_empty());
}

#[test]
fn more_indirect_patterns() {
    let cases: [Case; 15] = [
        (
            "menurutnya mid-sentence with no commas reports both sides",
            "Kapolres Dani Arianto hadir. Para pelaku kemudian menurutnya dibawa langsung ke Mapolres Lebak.",
            &[("Para pelaku kemudian", "Dani Arianto"), ("dibawa langsung ke Mapolres Lebak", "Dani Arianto")],
        ),
        (
            "an adjective predicate after tetap is a clause",
            "Juru Bicara Gubernur Gorontalo, Alvian Mato, menegaskan rapat paripurna tersebut tetap sah secara prosedur.",
            &[("rapat paripurna tersebut tetap sah secara prosedur", "Alvian Mato")],
        ),
        (
            "menurut and a pronoun with no comma",
            "Wakil Ketua DPR Agus Hermanto hadir. Menurut dia apabila rapat belum selesai, pimpinan akan bertemu lagi.",
            &[("apabila rapat belum selesai, pimpinan akan bertemu lagi", "Agus Hermanto")],
        ),
        (
            "menurut a role, then the person named between commas after a title",
            "Menurut tim kesehatan haji Kantor Kesehatan Pelabuhan (KKP) wilayah Jambi, dr Dewi Juli Arta, kondisi dua jemaah masih tahap dugaan.",
            &[("kondisi dua jemaah masih tahap dugaan", "Dewi Juli Arta")],
        ),
        (
            "menurut a role, then the person named between commas",
            "Menurut petugas Badan Meteorologi Klimatologi dan Geofisika (BMKG) Stasiun Bandung, Jadi Hendarmin, gempa itu kecil dan tidak berbahaya.",
            &[("gempa itu kecil dan tidak berbahaya", "Jadi Hendarmin")],
        ),
        (
            "a passive cue with its agent named, interposed",
            "Alasan utamanya sederhana, dituturkan Patra, Partai Demokrat masih muda sehingga tidak mungkin terlibat.",
            &[("Alasan utamanya sederhana", "Patra"), ("Partai Demokrat masih muda sehingga tidak mungkin terlibat", "Patra")],
        ),
        (
            "a relative clause on a named person reports that person's words",
            "Pernyataan senada diungkapkan Direktur Utama Perum Bulog Bayu Krisnamurthi yang menyebutkan pemerintah sudah mengamankan stok beras.",
            &[("pemerintah sudah mengamankan stok beras", "Bayu Krisnamurthi")],
        ),
        ("a relative clause on no name reports nothing", "Pihak yang mengatakan harga beras naik tidak ada di pasar itu.", &[]),
        (
            "a ter- verb makes the content a clause after a verb that may take an object",
            "Patra membantah partainya terlibat dalam dugaan penyelewengan di Badan Anggaran.",
            &[("partainya terlibat dalam dugaan penyelewengan di Badan Anggaran", "Patra")],
        ),
        (
            "a manner adverbial between the subject and the verb",
            "Ical dengan tegas menyatakan islah bisa dilakukan asal dirinya tidak melepas jabatan.",
            &[("islah bisa dilakukan asal dirinya tidak melepas jabatan", "Ical")],
        ),
        (
            "a comma right after berharap leads into its content, whoever hopes",
            "Partai Demokrat berharap, Nazaruddin bersedia membongkar dugaan mafia anggaran.",
            &[("Nazaruddin bersedia membongkar dugaan mafia anggaran", "Partai Demokrat")],
        ),
        (
            "menurut set off by commas mid-sentence reports the words before it too",
            "Nama kabinet ini, menurut Presiden Prabowo Subianto, diambil berdasarkan kesepakatan bersama.",
            &[("Nama kabinet ini", "Prabowo Subianto"), ("diambil berdasarkan kesepakatan bersama", "Prabowo Subianto")],
        ),
        (
            "a lone connective before an interposed menurut is no content",
            "Namun, menurut Andi Kurniawan, orang malas bergerak karena lelah.",
            &[("orang malas bergerak karena lelah", "Andi Kurniawan")],
        ),
        (
            "circumstance before the content",
            "Budi Santoso mengatakan kepada wartawan, harga cabai naik hingga dua kali lipat.",
            &[("harga cabai naik hingga dua kali lipat", "Budi Santoso")],
        ),
        ("pronominal content is no quote", "Budi Santoso menyampaikan hal itu saat meninjau pasar di Bandung.", &[]),
    ];
    check(&cases, indirect);
}

#[test]
fn hal_itu_disampaikan_after_a_quote() {
    let text = "“Stok aman sampai akhir tahun.” Hal itu disampaikan Direktur Utama Perum Bulog Budi Waseso di Jakarta.";
    assert_eq!(direct(text), pairs(&[("Stok aman sampai akhir tahun", "Budi Waseso")]));
}

#[test]
fn regression_anaphoric_description_takes_the_new_subject() {
    let text = "“Kami akan mengajukan praperadilan,” ujar Maqdir Ismail.\nAnggota Komisi III DPR Arsul Sani meminta semua pihak menghormati proses hukum.\n“Biarkan KPK bekerja,” kata politikus PPP itu.";
    let got: Vec<String> = direct(text).into_iter().map(|q| q.1).collect();
    assert_eq!(got, ["Maqdir Ismail", "Arsul Sani"]);
}

#[test]
fn adversarial_inputs_give_clean_spans() {
    let cases: Vec<(&str, String)> = vec![
        ("many opening then closing marks", "“".repeat(5_000) + &"”".repeat(5_000)),
        ("alternating straight quotes", "\" a ".repeat(3_000)),
        ("unbalanced and nested marks", "“Kata ‘dia “kami ’ » « ” \" ‘".repeat(200)),
        ("unicode spaces", "Joko\u{a0}Widodo\u{2009}kata\u{3000}“Kami\u{202f}siap,” kata\u{a0}dia".into()),
        ("control characters", "\0\u{1}“Kami\u{7f}siap,”\u{85}kata\u{2028}Budi\u{2029}".into()),
        ("capitals", "KATA PRESIDEN JOKO WIDODO DI JAKARTA ".repeat(2_000)),
        ("cue words only", "kata ujarnya menurut mengatakan, bahwa ".repeat(2_000)),
        ("marks at every boundary", "\"'‘’“”«»„".repeat(500)),
    ];
    for (name, text) in cases {
        for q in run(&text) {
            assert!(q.start <= q.end && q.end <= text.len(), "{name}");
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end), "{name}");
            assert_eq!(&text[q.start..q.end], q.text, "{name}");
            for sp in [q.speaker_span, q.cue_span].into_iter().flatten() {
                assert!(sp.start <= sp.end && sp.end <= text.len() && text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end), "{name}");
            }
        }
    }
}

#[test]
fn token_lookup_by_byte_agrees_with_a_search() {
    use super::speaker::Doc;
    let cases = [
        ("empty", String::new()),
        ("emoji and curly quotes", "😀 “Kami siap,” kata Presiden Joko Widodo di Jakarta.".to_string()),
        ("one token longer than a block", format!("a {} b", "x".repeat(300))),
        ("many tokens in a block", ". , ; : ! ? ".repeat(40)),
    ];
    let lex = super::lexicon::Lexicon::new();
    for (name, text) in &cases {
        let seg = Segmented::new(text);
        let doc = Doc::new(text, &seg, &[], &[], &lex);
        for at in 0..=text.len() {
            assert_eq!(doc.tok_at(at), seg.tokens.partition_point(|t| t.start < at), "{name}: byte {at}");
        }
    }
}

#[test]
fn regression_indirect_quote_stops_before_the_next_sentences_opening_mark() {
    // the straight quote opening the next sentence was taken as closing this one
    let text = "Ia menambahkan bahwa tim internal BPN mencatat keunggulan pasangan nomor urut 02. \"Data kami berbeda,\" ujarnya.";
    let quotes = run(text);
    let ind: Vec<&str> = quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).map(|q| q.text.as_str()).collect();
    assert_eq!(ind, ["tim internal BPN mencatat keunggulan pasangan nomor urut 02"]);
    for q in &quotes {
        assert!(!q.text.contains('"'), "no quote holds a quotation mark: {:?}", q.text);
    }
    assert_eq!(direct(text), pairs(&[("Data kami berbeda", "-")]));
}

#[test]
fn referring_words_are_kept_and_resolved_to_the_person() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("-nya on a cue verb", "Juru bicara Kremlin Dmitry Peskov hadir.\n“Kami siap,” ujarnya.", "ujarnya", "Dmitry Peskov"),
        ("pronoun after the cue", "Juru bicara Kremlin Dmitry Peskov hadir.\n“Kami siap,” kata dia.", "dia", "Dmitry Peskov"),
        ("pronoun subject", "Kapolres Bantul AKBP Surawan Hadi tiba.\nIa mengatakan pelaku sudah ditangkap polisi kemarin.", "Ia", "Surawan Hadi"),
        ("description closed by itu", "Anggota DPR Arsul Sani hadir.\n“Biarkan KPK bekerja,” kata politikus PPP itu.", "politikus PPP itu", "Arsul Sani"),
        // the agent of a passive sentence is a person named just before: the sieve's second pass
        ("role after the cue is its holder", "Kapolres Bantul AKBP Surawan Hadi tiba.\n“Kami memburu pelaku,” kata Kapolres.", "Kapolres", "Surawan Hadi"),
        ("role as the subject is its holder", "Kapolres Bantul AKBP Surawan Hadi tiba.\nKapolres mengatakan pelaku sudah ditangkap kemarin.", "Kapolres", "Surawan Hadi"),
        ("person named in the sentence before", "Rapat itu dipimpin oleh Abdulloh Sani.\nDia menjelaskan rapat akan dilanjutkan besok pagi.", "Dia", "Abdulloh Sani"),
    ];
    for (name, text, words, speaker) in cases {
        let quotes = run(text);
        let q = quotes.iter().find(|q| q.reference_span.is_some()).unwrap_or_else(|| panic!("{name}: {quotes:?}"));
        let r = q.reference_span.unwrap();
        assert_eq!(&text[r.start..r.end], *words, "{name}");
        assert_eq!(q.speaker, *speaker, "{name}");
        assert!(q.speaker_span.is_none(), "{name}: not named in the attribution");
    }
    // nothing to refer to: no guess
    let quotes = run("“Kami siap,” ujarnya.");
    assert_eq!(quotes[0].speaker, "-");
    // a role nobody was named with: what its words name, no reference
    let quotes = run("“Stok aman,” kata Kepala BNPB.");
    assert_eq!((quotes[0].speaker.as_str(), quotes[0].reference_span), ("BNPB", None));
}

#[test]
fn regression_a_one_word_text_opening_like_di_antaranya() {
    // the check for "Di antaranya X" read past a one-word sentence
    for text in ["di", "Di", "Salah", "seorang"] {
        let _ = run(text);
    }
    assert!(direct("di").is_empty());
}
