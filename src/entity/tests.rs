//! Table-driven tests: named cases for each rule. Each case lists the
//! mentions expected as `LABEL:text`, in order.

use super::EntityExtractor;
use crate::document::Boilerplate;
use crate::text::Segmented;

fn run_with(ex: &EntityExtractor, text: &str) -> Vec<String> {
    let seg = Segmented::new(text);
    let (ents, _) = ex.extract(text, &seg, &[], false);
    ents.iter().map(|e| format!("{}:{}", e.label.as_str(), &text[e.start..e.end])).collect()
}

fn check(cases: &[(&str, &str, &[&str])]) {
    let ex = EntityExtractor::new();
    for (name, text, want) in cases {
        assert_eq!(run_with(&ex, text), *want, "{name}");
    }
}

#[test]
fn gazetteer_names() {
    check(&[
        ("country and capital", "Ia terbang dari Rusia ke Pyongyang.", &["LOC:Rusia", "LOC:Pyongyang"]),
        ("regency display form", "Banjir melanda Kabupaten Deli Serdang.", &["LOC:Kabupaten Deli Serdang"]),
        ("city display form", "Warga Kota Bandung antre.", &["LOC:Kota Bandung"]),
        ("province", "Hujan turun di Jawa Barat.", &["LOC:Jawa Barat"]),
        ("institution acronym", "Penyidik KPK datang.", &["ORG:KPK"]),
        ("an acronym the news corpus uses for an organization", "Laporan dari ICW, YLKI, dan PVMBG dirilis.", &["ORG:ICW", "ORG:YLKI", "ORG:PVMBG"]),
        ("regression: a corpus acronym right after a title is not glued to it", "Peneliti ICW dan staf datang.", &["ORG:ICW"]),
        ("an acronym's branch at a place is one organization", "Kredit macet BPD Papua naik, kata OJK.", &["ORG:BPD Papua", "ORG:OJK"]),
        ("a place after a spelled-out organization stays a place", "Komisi Pemberantasan Korupsi di Jakarta bergerak.", &["ORG:Komisi Pemberantasan Korupsi", "LOC:Jakarta"]),
        ("party", "Kader Golkar dan PDI-P hadir.", &["ORG:Golkar", "ORG:PDI-P"]),
        ("international body", "Sidang PBB dan NATO digelar.", &["ORG:PBB", "ORG:NATO"]),
        ("lower case is not a name", "bendera rusia dikibarkan.", &[]),
        ("case variants", "Partai Nasdem dan NasDem.", &["ORG:Partai Nasdem", "ORG:NasDem"]),
        ("building as institution", "Kata juru bicara Gedung Putih.", &["ORG:Gedung Putih"]),
        ("building as place", "Ia tiba di Gedung Putih.", &["LOC:Gedung Putih"]),
        ("a district court acting and as a place", "Humas PN Medan menjelaskan perkara yang disidangkan di PN Kudus.", &["ORG:PN Medan", "LOC:PN Kudus"]),
        ("hyphenated places split", "Kereta Yogya-Jakarta berangkat.", &["LOC:Yogya", "LOC:Jakarta"]),
        ("an election pair joined by a hyphen is two people", "Pasangan Lukas Enembe-Klemen Tinal menang.", &["PER:Lukas Enembe", "PER:Klemen Tinal"]),
        ("an unread one-word pair after pasangan is two people", "PKB siap memenangkan pasangan Midji-Norsan.", &["ORG:PKB", "PER:Midji", "PER:Norsan"]),
        (
            "an unread pair again, once its sides are known as people",
            "Program pemerintahan Prabowo-Gibran berjalan. Pekan ini Prabowo-Gibran berkunjung.",
            &["PER:Prabowo", "PER:Gibran", "PER:Prabowo", "PER:Gibran"],
        ),
        ("a route joined by a hyphen is no pair of people", "Jalur Jakarta-Bandung macet pada jadwal Senin-Jumat.", &["LOC:Jakarta", "LOC:Bandung"]),
        ("a double-barrelled surname stays one name", "Kata Sarah Hanson-Young kemarin.", &["PER:Sarah Hanson-Young"]),
        ("a pair joined by a slash is two people", "Kata ganda Kevin Sanjaya Sukamuljo/Marcus Fernaldi Gideon menang.", &["PER:Kevin Sanjaya Sukamuljo", "PER:Marcus Fernaldi Gideon"]),
        ("listed hyphenated name kept", "Mendarat di Soekarno-Hatta.", &["LOC:Soekarno-Hatta"]),
        ("a ministry's contracted name with Kem-", "Sekretaris Kemdikbud Dadang Sudiarto mengatakan itu.", &["ORG:Kemdikbud", "PER:Dadang Sudiarto"]),
        ("a contracted city name is a place before its holder", "Wali Kota Tangsel Airin Rachmi Diany hadir.", &["LOC:Tangsel", "PER:Airin Rachmi Diany"]),
    ]);
}

#[test]
fn title_rules() {
    check(&[
        ("president", "Presiden Vladimir Putin tiba.", &["PER:Vladimir Putin"]),
        ("a deputy's contracted title (Wa- + Sekjen)", "Wasekjen FSGI Satriawan Salim hadir.", &["ORG:FSGI", "PER:Satriawan Salim"]),
        ("regression: a title the NER corpora listed with a name stays out of it", "Presiden SBY dan Pangeran Diponegoro.", &["PER:SBY", "PER:Diponegoro"]),
        ("regression: a title of several words with no name after it is no name", "Namun diakui Menko Polhukam, ia belum mendapat keterangan.", &[]),
        ("police rank", "Kata AKBP Hendri Budiman.", &["PER:Hendri Budiman"]),
        ("honorific with dot", "Rumah H. Abdul Somad ramai.", &["PER:Abdul Somad"]),
        ("place after title is LOC", "Gubernur Riau Abdul Wahid hadir.", &["LOC:Riau", "PER:Abdul Wahid"]),
        ("place in unit title", "Kapolres Lhokseumawe AKBP Henki Ismanto.", &["LOC:Lhokseumawe", "PER:Henki Ismanto"]),
        ("portfolio is not a name", "Menteri Komunikasi Filipina Martin Andanar.", &["LOC:Filipina", "PER:Martin Andanar"]),
        ("a two-word portfolio joined by dan is no name", "Direktur Jenderal Mineral dan Batubara Kementerian ESDM Bambang Gatot hadir.", &["ORG:Kementerian ESDM", "PER:Bambang Gatot"]),
        ("two people joined by dan after a title stay people", "Polisi menahan tersangka Ale dan Boyo, kemarin.", &["PER:Ale", "PER:Boyo"]),
        ("the organization after a title is its own mention", "Panglima TNI Marsekal Hadi Tjahjanto hadir.", &["ORG:TNI", "PER:Hadi Tjahjanto"]),
        (
            "regression: the acronym in brackets between an office's organization and its holder is its own mention",
            "Kepala Badan Pusat Statistik (BPS) Kecuk Suhariyanto di kantornya.",
            &["ORG:Badan Pusat Statistik", "ORG:BPS", "PER:Kecuk Suhariyanto"],
        ),
        ("a legal form in brackets stays in the name", "Direktur PT Pertamina (Persero) Nicke Widyawati hadir.", &["ORG:PT Pertamina (Persero)", "PER:Nicke Widyawati"]),
        ("a legal form in brackets closes the name", "Tarif PT Hutama Karya (Persero) naik.", &["ORG:PT Hutama Karya (Persero)"]),
        ("a company's numeral and a central office close the name", "Proyek Angkasa Pura II disetujui KONI Pusat.", &["ORG:Angkasa Pura II", "ORG:KONI Pusat"]),
        ("a numeral before a Balinese name stays out", "Ketua DPRD Bali I Nyoman Adi hadir.", &["ORG:DPRD Bali", "PER:I Nyoman Adi"]),
        ("right after the office's organization the whole run is the holder's name",
            "Kata Direktur Jenderal Kemendagri Mochamad Ardian Noervianto kemarin.", &["ORG:Kemendagri", "PER:Mochamad Ardian Noervianto"]),
        ("a per-an portfolio before an unknown name", "Menteri Perhubungan Nurris Kartawijaya hadir.", &["PER:Nurris Kartawijaya"]),
        ("a per-an portfolio alone is no name", "Menteri Perindustrian mendorong agar pabrik ditutup.", &[]),
        ("the holder's name ends an organization read after a title", "Kata Direktur Pencegahan Penyakit Kementerian Kesehatan Maxi Rein Rondonuwu seusai rapat.", &["ORG:Kementerian Kesehatan", "PER:Maxi Rein Rondonuwu"]),
        ("the holder's name after an organization's acronym in brackets", "Ketua Dewan Komisioner Lembaga Penjamin Simpanan (LPS) Halim Alamsyah mengatakan hal itu.", &["ORG:Dewan Komisioner Lembaga Penjamin Simpanan", "ORG:LPS", "PER:Halim Alamsyah"]),
        ("an unknown word right after an organization head is its name", "Kata Ketua Yayasan Kitabisa kemarin.", &["ORG:Yayasan Kitabisa"]),
        ("a portfolio of two coordinated words", "Menteri Komunikasi dan Informatika Rudiantara hadir.", &["PER:Rudiantara"]),
        ("unknown words between a title and an organization are its unit", "Kata Direktur Tipid Eksus Bareskrim Polri kemarin.", &["ORG:Tipid Eksus Bareskrim Polri"]),
        ("a person-name word before an organization stays a person", "Kata Ketua Budi Santoso KPK kemarin.", &["PER:Budi Santoso", "ORG:KPK"]),
        ("a portfolio of two coordinated words before its contracted form", "Menteri Komunikasi dan Informatika (Menkominfo) Budi Arie Setiadi hadir.", &["PER:Budi Arie Setiadi"]),
        ("korban after an inner dan is the name's", "Koordinator Komisi Orang Hilang dan Korban Tindak Kekerasan (Kontras) Haris Azhar hadir.",
            &["ORG:Komisi Orang Hilang dan Korban Tindak Kekerasan", "ORG:Kontras", "PER:Haris Azhar"]),
        ("regression: a name never ends on dan before a title", "Kata Direktur Rumah Sakit Rosela dan Direktur Rumah Sakit Permata kemarin.",
            &["ORG:Rumah Sakit Rosela", "ORG:Rumah Sakit Permata"]),
        ("Komnas heads a name", "Ketua Komnas Hak Asasi Manusia Siti Noor Laila hadir.", &["ORG:Komnas Hak Asasi Manusia", "PER:Siti Noor Laila"]),
        ("in a headline a listed name is not extended by a head", "Kontras Desak Komnas HAM Apresiasi Aspirasi Publik", &["ORG:Komnas HAM"]),
        ("regression: an English department after Head of is no name",
            "Kata Russell Cohen, Regional Head of Operations Grab.", &["PER:Russell Cohen", "ORG:Grab"]),
        ("an English department after Head of, then the organization and its holder",
            "Kata Head of Corporate Communications Gojek Audrey Petriny.", &["ORG:Gojek", "PER:Audrey Petriny"]),
        ("regression: a portfolio of two coordinated words before a comma is no name",
            "Kata Kepala Bagian Hukum dan Humas, Banu Hermawan, kemarin.", &["PER:Banu Hermawan"]),
        ("a name after dan with no portfolio before it", "Presiden Jokowi dan Iriana Joko Widodo hadir.", &["PER:Jokowi", "PER:Iriana Joko Widodo"]),
        ("a police rank with its service", "Kepala Polda Aceh Irjen Pol Adityawarman hadir.", &["ORG:Polda Aceh", "PER:Adityawarman"]),
        ("lower-case role word", "Hal itu diakui pelatih Dejan Antonic.", &["PER:Dejan Antonic"]),
        ("a passive cue's agent after it is a person", "Alasannya sederhana, dituturkan Patra, partai itu masih muda.", &["PER:Patra"]),
        ("reporting verb before", "Semua siap, kata Kirby.", &["PER:Kirby"]),
        ("menurut before a name", "Menurut Ar, pelaku datang sendiri.", &["PER:Ar"]),
        ("menurut before an acronym", "Menurut BPBD, banjir surut.", &["ORG:BPBD"]),
        ("place between title and rank", "Kapolsek Cibinong AKP Sutrisno datang.", &["LOC:Cibinong", "PER:Sutrisno"]),
        ("a police unit's area after its chief's title", "Kata Kapolres Metro Jakarta Timur Kombes Leo Simarmata kemarin.",
            &["LOC:Metro Jakarta Timur", "PER:Leo Simarmata"]),
        ("a person after an office's branch at a listed place (the place part is in the name)", "Kepala BPS Provinsi Kalsel Mohammad Edy Mahmud mengatakan itu.",
            &["ORG:BPS Provinsi Kalsel", "PER:Mohammad Edy Mahmud"]),
        ("place of a place office set off by a comma before a rank", "Kata Kapolsek Cibinong, AKP Sutrisno, kemarin.", &["LOC:Cibinong", "PER:Sutrisno"]),
        ("contracted office title", "Kata Menkopolkam Widodo kemarin.", &["PER:Widodo"]),
        ("office name before person", "Menteri Energi dan Sumber Daya Mineral Jero Wacik hadir.", &["PER:Jero Wacik"]),
        ("military corps after rank", "Kapten Inf Budi Santoso meninjau.", &["PER:Budi Santoso"]),
        ("reporting verb after", "Sutrisno mengatakan hal itu.", &["PER:Sutrisno"]),
        ("place begun inside title", "Wali Kota Bandung Muhammad Farhan meninjau.", &["LOC:Bandung", "PER:Muhammad Farhan"]),
        ("multi-word portfolio", "Menteri Pekerjaan Umum Dody Hanggodo datang.", &["PER:Dody Hanggodo"]),
        ("office then person", "Kepala Dinas Sumber Daya Air Kota Bandung Didi Ruswandi hadir.",
            &["ORG:Dinas Sumber Daya Air Kota Bandung", "PER:Didi Ruswandi"]),
        ("acronym organization between title and person", "Kepala BSSN Hinsa Siburian hadir.", &["ORG:BSSN", "PER:Hinsa Siburian"]),
        ("acronym head ends before a person", "Ketua KPU Arief Budiman positif.", &["ORG:KPU", "PER:Arief Budiman"]),
        ("acronym head ends before an unknown name", "Komisioner KPU Evi Novida Ginting membaca.", &["ORG:KPU", "PER:Evi Novida Ginting"]),
        ("acronym head keeps its place", "Ketua KPU Jawa Barat datang.", &["ORG:KPU Jawa Barat"]),
        ("two unlisted capitals before a name are the person's initials", "Terdakwa OC Kaligis meminta keringanan.", &["PER:OC Kaligis"]),
        ("a listed two-letter acronym before a name is still its organization", "Ketua MA Sobandi datang.", &["ORG:MA", "PER:Sobandi"]),
        ("the panel of judges is a title", "Kata Ketua Majelis Hakim Gusrizal kemarin.", &["PER:Gusrizal"]),
        ("a section head's title leaves the section out", "Kata Kepala Seksi Penerangan Hukum Kejati NTT, Budi Santoso.", &["ORG:Kejati NTT", "PER:Budi Santoso"]),
        ("a coordinating minister's portfolio in brackets is no name",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Mahfud MD hadir.", &["PER:Mahfud MD"]),
        ("a place head before the holder keeps its place", "Kata Kepala Dinas Pendidikan Kabupaten Lotim Tatan kemarin.",
            &["ORG:Dinas Pendidikan Kabupaten Lotim", "PER:Tatan"]),
        ("dotted initials open a person's name", "Hal itu disampaikan Wakil Menteri Luar Negeri, A.M. Fachir. Dia pergi.", &["PER:A.M. Fachir"]),
        ("a vice president's title before a person", "Kata VP Natasha Ardiani kemarin.", &["PER:Natasha Ardiani"]),
        ("a bus company's prefix", "Kata agen tiket PO Sinar Jaya kemarin.", &["ORG:PO Sinar Jaya"]),
        ("unknown place of a place office, the holder named alone later",
            "Kepala Desa Sukamakmur Sismantoro hadir. Sismantoro melapor.", &["LOC:Sukamakmur", "PER:Sismantoro", "PER:Sismantoro"]),
        ("holder set off by a comma after the office", "Ujar Kepala BPS, Suryamin di kantornya.", &["ORG:BPS", "PER:Suryamin"]),
        ("a comma inside the office's name is no holder", "Kepala Badan Meteorologi, Klimatologi dan Geofisika hadir.", &["ORG:Badan Meteorologi, Klimatologi dan Geofisika"]),
        ("a one-word place glued to a name after the office's place opens the name",
            "Namun, Wali Kota Bogor Bima Arya memastikan itu.", &["LOC:Bogor", "PER:Bima Arya"]),
        ("holder after the office's place set off by commas", "Kata Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar, Sabtu.",
            &["PER:Neglasari", "LOC:Kabupaten Tangerang", "PER:Ubaidillah Ansar"]),
        ("an office's derived words are no name", "Menteri Pendidikan dan Kebudayaan hadir.", &[]),
        ("the office's organization before a comma and its holder is no person",
            "Hal itu, kata peneliti senior Centropolis, Suryono Herlambang, di Jakarta.",
            &["ORG:Centropolis", "PER:Suryono Herlambang", "LOC:Jakarta"]),
        ("a person after an honorific before a comma stays a person",
            "Hadir dr. Hj. Erni Daryanti, Jelita Donal, dan lainnya.", &["PER:Erni Daryanti", "PER:Jelita Donal"]),
        ("holder after an office whose title began its listed place", "Hal itu, kata Wakil Wali Kota Yogyakarta, Heroe Poerwadi, lewat pesan.",
            &["LOC:Yogyakarta", "PER:Heroe Poerwadi"]),
        ("a name set off after a reporting verb and an unnamed description",
            "Harga naik, ungkap salah seorang petugas SPBU, Rohim kepada wartawan.", &["PER:Rohim"]),
        ("holder after a lower-case role and its field", "Hal itu, kata Pengamat pariwisata Universitas Jenderal Soedirman, Chusmeru, Jumat.",
            &["ORG:Universitas Jenderal Soedirman", "PER:Chusmeru"]),
        ("Putri and Putra inside a name are name words", "Kata Indah Putri Andriani dan Bambang Surya Putra kemarin.",
            &["PER:Indah Putri Andriani", "PER:Bambang Surya Putra"]),
        ("putri before a name is kinship", "Ia datang bersama putri Ahok, Nathania.", &["PER:Ahok", "PER:Nathania"]),
        ("degrees in capitals without dots after a name", "Kata Irmanjaya Thaher SH kepada wartawan.", &["PER:Irmanjaya Thaher"]),
        ("a degree after the comma is no holder", "Kata Menteri Kesehatan Nila Moeloek, SpM, kemarin.", &["PER:Nila Moeloek"]),
        ("a foreign surname used alone keeps the whole name",
            "Perdana Menteri Shinzo Abe hadir. Abe berkata.", &["PER:Shinzo Abe", "PER:Abe"]),
        ("an organization run into its officer's name ends where the article later calls the officer by a first name",
            "Koordinator Nasional Pantau Gambut Iola Abas hadir. Kata Iola, lahan rusak.", &["PER:Iola Abas", "PER:Iola"]),
        ("regression: a name's initials stay when the article later leaves them out",
            "Direktur I Dewa Gede Bawa hadir. Kata Dewa Gede, tes dilakukan.", &["PER:I Dewa Gede Bawa", "PER:Dewa Gede"]),
    ]);
}

#[test]
fn nicknames_and_degrees_around_a_name() {
    check(&[
        ("a nickname in straight quotes inside the name", "Ketua Golkar Makassar Munafri 'Appi' Arifuddin hadir. Appi menambahkan.",
            &["ORG:Golkar Makassar", "PER:Munafri 'Appi' Arifuddin", "PER:Appi"]),
        ("a nickname in curly double quotes inside the name", "Juru bicara Kemlu Roliansyah “Roy” Soemirat mengatakan itu.",
            &["ORG:Kemlu", "PER:Roliansyah “Roy” Soemirat"]),
        ("a quoted word after a name with no surname after it stays out", "Kata Budi 'Jakarta' kemarin.", &["PER:Budi", "LOC:Jakarta"]),
        ("a quoted sentence after a name is no nickname", "Joko Widodo 'Kami siap bekerja' hadir.", &["PER:Joko Widodo"]),
        ("a specialist degree right after a name", "Kata dr Ari Fahrial Syam SpPD kemarin.", &["PER:Ari Fahrial Syam"]),
        ("a hyphenated specialist degree right after a name", "Menurut Wismandari Wisnu SpPD-KEMD, depresi berbahaya.", &["PER:Wismandari Wisnu"]),
        ("a police academy degree after a two-letter one", "Kata Kapolres Tanjungbalai, AKBP Triyadi SH SIK, kemarin.", &["LOC:Tanjungbalai", "PER:Triyadi"]),
        ("regression: a dotted degree after a two-letter one is no person", "Hadir Erni Ariyanti Sitorus SH M.Kn, Kapolda Sumut dan lainnya.", &["PER:Erni Ariyanti Sitorus", "LOC:Sumut"]),
    ]);
}

#[test]
fn name_parts_the_article_uses_alone() {
    check(&[
        ("a first name used alone ends the office's name before it",
            "Kepala Dinas Kesehatan Tangsel Deden Deni mengatakan itu. Deden menambahkan, warga harus waspada.",
            &["ORG:Dinas Kesehatan Tangsel", "PER:Deden Deni", "PER:Deden"]),
        ("an unlisted first name used alone stays in the name",
            "Kepala Bareskrim Polri Komisaris Jenderal Listyo Sigit Prabowo hadir. \"Kami tindak,\" kata Listyo.",
            &["ORG:Bareskrim Polri", "PER:Listyo Sigit Prabowo", "PER:Listyo"]),
        ("a listed place after a verb of saying is the person named so", "\"Kami siap,\" kata Bima.", &["PER:Bima"]),
        ("a run no rule read, opening with a name the article uses alone, is that person's full name",
            "Lagu itu dirilis.\nVerrel Alvirizky, vokalis band itu, menulis liriknya. \"Saya menulis puisi,\" ujar Verrel.",
            &["PER:Verrel Alvirizky", "PER:Verrel"]),
        ("… but not in a headline, whose verbs are capitalized too",
            "Unimal Luluskan 861 Mahasiswa dengan Pesan Menyentuh\nRektor Unimal hadir. \"Selamat,\" kata Unimal.",
            &["PER:Unimal", "PER:Unimal", "PER:Unimal"]),
        ("a first name that is a listed place joins the rest of the name when the article has it speak",
            "Kepala Badan Kepegawaian Negara (BKN) Bima Haria Wibisana mengatakan itu. \"Kami siap,\" kata Bima.",
            &["ORG:Badan Kepegawaian Negara", "ORG:BKN", "PER:Bima Haria Wibisana", "PER:Bima"]),
        ("a name particle opens the name", "Ketua MUI Palembang Kiagus Ahmad Sarnubi hadir.", &["ORG:MUI Palembang", "PER:Kiagus Ahmad Sarnubi"]),
        ("a Balinese name after an office's place", "Kepala Dinas Kesehatan Bali I Gusti Putu Sedana hadir.",
            &["ORG:Dinas Kesehatan Bali", "PER:I Gusti Putu Sedana"]),
        ("regression: a Balinese caste word that a list names as a band, and a given name that is a common word",
            "Hal itu kata I Dewa Gede Bawa. Sementara itu I Nyoman Bawa datang.", &["PER:I Dewa Gede Bawa", "PER:I Nyoman Bawa"]),
        ("the Sasak title Lalu opens the name after an office", "Kemarin Sekda NTB Lalu Gita Ariadi hadir.", &["LOC:NTB", "PER:Lalu Gita Ariadi"]),
        ("Lalu at a sentence's start is then, not a title", "Ia datang. Lalu Gita Ariadi hadir. Direktur Lalu Lintas hadir.", &["PER:Gita Ariadi"]),
        ("an abbreviation of Muhammad opens the name", "Kasi Penkum Kejati Sumbar, Mhd. Rasyid, hadir.", &["ORG:Kejati Sumbar", "PER:Mhd. Rasyid"]),
        ("a village office's contracted title is no name", "Kejari menahan Sekdes Budi Santoso kemarin.", &["ORG:Kejari", "PER:Budi Santoso"]),
        ("initials before a name part used alone stay in the name", "Kapolda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak hadir. \"Kami siap,\" kata Panca.", &["LOC:Sulut", "PER:RZ Panca Putra Simanjuntak", "PER:Panca"]),
        ("a rank of several words written out ends a place before a name", "Hal itu dikatakan Kepala PJR Tol Purbaleunyi Ajun Komisaris Stanlly Soeselisa.", &["LOC:Tol Purbaleunyi", "PER:Stanlly Soeselisa"]),
        ("a street named after a rank keeps it", "Kantornya di Jalan Mayor Jenderal Sungkono, Surabaya.", &["LOC:Jalan Mayor Jenderal Sungkono", "LOC:Surabaya"]),
        ("a police unit after a title is no name", "Kanit Reskrim Polsek Medan Labuhan, AKP Ponijo hadir.", &["ORG:Polsek Medan Labuhan", "PER:Ponijo"]),
        ("the numeral I before no Balinese name stays in the name", "Prajurit Kodam I Bukit Barisan hadir.", &["ORG:Kodam I Bukit Barisan"]),
        ("a first name taken into the office's name joins the rest of the name",
            "Hal senada dikatakan Wakil Ketua Umum Partai Golkar Fadel Muhammad. \"Siap,\" kata Fadel.",
            &["ORG:Partai Golkar", "PER:Fadel Muhammad", "PER:Fadel"]),
        ("office words taken into a person run go when the name is used alone",
            "Direktur Utama (Dirut) PO NPM Angga Vircansa Chairul menjelaskan, agen tutup. ”Kami tunduk,” ucap Angga.",
            &["ORG:PO NPM", "PER:Angga Vircansa Chairul", "PER:Angga"]),
        ("a title before a name used at a verb stays out", "Presiden Joko Widodo hadir. \"Ya,\" kata Presiden.", &["PER:Joko Widodo"]),
        ("an officer after a company suffix", "Kata Direktur Komunikasi Erajaya Group Djatmiko Wardoyo kepada wartawan.",
            &["ORG:Erajaya Group", "PER:Djatmiko Wardoyo"]),
        ("an officer after an organization the article names alone",
            "Direktur Utama RSUP Persahabatan Mursyid Bustami mengatakan itu. Ia dirawat di RSUP Persahabatan.",
            &["ORG:RSUP Persahabatan", "PER:Mursyid Bustami", "LOC:RSUP Persahabatan"]),
        ("an acronym found alone opens the organization named elsewhere",
            "Manajer KAI Commuter Leza Arlan menjelaskan itu. KAI Commuter memohon maaf.",
            &["ORG:KAI Commuter", "PER:Leza Arlan", "ORG:KAI Commuter"]),
        ("a company suffix after the split is no name", "Direktur PT Astra Otoparts Tbk hadir. PT Astra juga hadir.",
            &["ORG:PT Astra Otoparts Tbk", "ORG:PT Astra"]),
        ("a listed place is never split off an organization, even one the article has speak",
            "Kasat Reskrim Polres Metro Jakarta Timur datang. \"Ada 21 orang,\" kata Jakarta.",
            &["ORG:Polres Metro Jakarta Timur", "PER:Jakarta"]),
        ("a portfolio listed with commas inside an organization's name",
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati hadir.",
            &["ORG:Badan Meteorologi, Klimatologi, dan Geofisika", "ORG:BMKG", "PER:Dwikorita Karnawati"]),
        ("a list of organizations is no portfolio", "Kementerian Kesehatan, Polri, dan TNI hadir.",
            &["ORG:Kementerian Kesehatan", "ORG:Polri", "ORG:TNI"]),
        ("a numbered word inside an organization's name", "Juru bicara Gugus Tugas Percepatan Penanganan Covid-19 Kabupaten Pemalang hadir.",
            &["ORG:Gugus Tugas Percepatan Penanganan Covid-19 Kabupaten Pemalang"]),
        ("a short acronym inside an office's name is no name word", "Kepala Dinas Penerangan TNI AL Laksamana Julius Widjojono hadir.",
            &["ORG:Dinas Penerangan TNI AL", "PER:Julius Widjojono"]),
        ("a holder's initial after the office's organization", "Ketua Gugus Tugas Covid-19 Dedie A Rachim hadir.",
            &["ORG:Gugus Tugas Covid-19", "PER:Dedie A Rachim"]),
    ]);
}

#[test]
fn head_rules() {
    check(&[
        ("regression: a rank written as an acronym ends a place", "Kapolres Pelabuhan Makassar AKBP Muhammad Kadarislam meminta maaf.",
            &["LOC:Pelabuhan Makassar", "PER:Muhammad Kadarislam"]),
        ("regression: an organization the article names on its own ends the office before its holder",
            "Universitas Muhammadiyah Malang (UMM) menggelar wisuda. Kepala Humas UMM Nasrullah mengatakan, acara lancar.",
            &["ORG:Universitas Muhammadiyah Malang", "ORG:UMM", "ORG:UMM", "PER:Nasrullah"]),
        ("regression: a head word alone is no name, even a given name", "Tim gabungan menemukan korban. Ia dibawa ke Polda.", &["LOC:Polda"]),
        ("a bureau, division or centre after a title is a unit of the organization its name ends with",
            "Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho menjelaskan. Kepala Biro Komunikasi dan Pelayanan Publik Kementerian Kesehatan Siti Nadia Tarmizi menyebut.",
            &["ORG:BNPB", "PER:Sutopo Purwo Nugroho", "ORG:Kementerian Kesehatan", "PER:Siti Nadia Tarmizi"]),
        ("a centre with no organization in its name is kept whole", "Kepala Pusat Gempa Regional menjelaskan.", &["ORG:Pusat Gempa Regional"]),
        ("a centre acting, with no title before it, keeps its name", "Pusat Penerangan Kementerian Dalam Negeri menjelaskan.", &["ORG:Pusat Penerangan Kementerian Dalam Negeri"]),
        ("regression: a weekday with its date after a name is the date's", "Rapat digelar di Mapolda Kalbar Senin (9/11/2015) dan Hotel Ciputra World Selasa, 20 Oktober.",
            &["LOC:Mapolda Kalbar", "LOC:Hotel Ciputra World"]),
        ("a head and a weekday alone is a name", "Ia ke Pasar Minggu, Rabu (8/4/2015).", &["LOC:Pasar Minggu"]),
        ("one unknown word before a listed place is an organization at its place",
            "Kepala Diskes Riau, Andra, mengatakan stok aman. Rektor Uniba Madura hadir.",
            &["ORG:Diskes Riau", "PER:Andra", "ORG:Uniba Madura"]),
        ("a person-name word before a place is no organization (the pair stays as read)", "Harga naik, kata Ucok Berlin, petugas SPBU.", &["PER:Ucok", "LOC:Berlin"]),
        ("an office after a place preposition is the place", "Berkas itu diserahkan di Kantor Kejati NTT kemarin.", &["LOC:Kantor Kejati NTT"]),
        ("an office elsewhere: its occupant alone", "Pegawai Kantor Kejati NTT menerima berkas.", &["ORG:Kejati NTT"]),
        ("regression: a derived word after a company's acronym goes on with its name", "Ia bertemu di Kantor PT Permodalan Nasional Madani kemarin.",
            &["LOC:Kantor PT Permodalan Nasional Madani"]),
        ("ministry with place", "Kementerian Luar Negeri Rusia membantah.", &["ORG:Kementerian Luar Negeri Rusia"]),
        ("ministry with inner dan", "Kementerian Pemuda dan Olahraga menolak.", &["ORG:Kementerian Pemuda dan Olahraga"]),
        ("a number label ends an organization's name", "Putusan Mahkamah Konstitusi Nomor 90 dibacakan.", &["ORG:Mahkamah Konstitusi"]),
        ("a party's faction is one organization", "Fraksi Partai Persatuan Pembangunan menolak usul itu.", &["ORG:Fraksi Partai Persatuan Pembangunan"]),
        ("company with Tbk", "Saham PT Astra Otoparts Tbk naik.", &["ORG:PT Astra Otoparts Tbk"]),
        ("school with number", "Siswa SMK Negeri 1 Sukabumi menang.", &["ORG:SMK Negeri 1 Sukabumi"]),
        ("police unit and place", "Polres Dharmasraya menangkap dua orang.", &["ORG:Polres Dharmasraya"]),
        ("acronym inside name", "Unit Pelayanan Perempuan dan Anak (PPA) Polda Metro Jaya menerima laporan.",
            &["ORG:Unit Pelayanan Perempuan dan Anak (PPA) Polda Metro Jaya"]),
        ("a party's congress is an event holding the party", "Kongres II Partai Demokrat digelar.", &["ORG:Partai Demokrat"]),
        ("the legislature named Kongres", "Kongres AS menolak usul itu.", &["ORG:Kongres AS"]),
        ("an acronym in brackets before the holder's name closes the office", "Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) Said Aqil Siradj hadir.",
            &["ORG:Pengurus Besar Nahdlatul Ulama", "ORG:PBNU", "PER:Said Aqil Siradj"]),
        ("org stops before title", "Polres Lhokseumawe AKBP Henki Ismanto.", &["ORG:Polres Lhokseumawe", "PER:Henki Ismanto"]),
        ("company suffix then a name", "Kata Dirut PT Bank Mandiri Tbk Darmawan Junaidi kemarin.", &["ORG:PT Bank Mandiri Tbk", "PER:Darmawan Junaidi"]),
        ("English title before a name", "Kata Vice President Ario Adimas kemarin.", &["PER:Ario Adimas"]),
        ("regression: a head word ending a sentence took the next sentence's name", "Nama itu untuk alat kelengkapan Dewan. Ida Fauziah hadir.", &["PER:Ida Fauziah"]),
        ("school name stops after its number", "Kepala SDN Gugut 1 Teguh Santoso mengatakan hal itu.", &["ORG:SDN Gugut 1", "PER:Teguh Santoso"]),
        ("org stops after acronym before person", "Ketua Dewan Syuro PKS Salim Segaf hadir.",
            &["ORG:Dewan Syuro PKS", "PER:Salim Segaf"]),
        ("one-word ministry", "Juru bicara Kemenkes menjelaskan.", &["ORG:Kemenkes"]),
        ("street", "Tokonya di Jalan Melati, Pekanbaru.", &["LOC:Jalan Melati", "LOC:Pekanbaru"]),
        ("street stops at listed place", "Lokasinya di jalan Melati Pekanbaru.", &["LOC:Melati", "LOC:Pekanbaru"]),
        ("district head", "Warga Kecamatan Senori mengungsi.", &["LOC:Kecamatan Senori"]),
        ("lower-case head stays out", "Ia tinggal di kota Bandung.", &["LOC:Bandung"]),
        ("headquarters is a place", "Ia dibawa ke Mapolres Dharmasraya.", &["LOC:Mapolres Dharmasraya"]),
        ("hospital as institution", "RSUD Kota Bekasi menambah dokter.", &["ORG:RSUD Kota Bekasi"]),
        ("hospital as place", "Korban dibawa ke RSUD Kota Bekasi.", &["LOC:RSUD Kota Bekasi"]),
        ("provincial government", "Pemprov Riau menyalurkan beras.", &["ORG:Pemprov Riau"]),
        ("lower-case pemerintah", "Menurut pemerintah Korea Utara.", &["LOC:Korea Utara"]),
        ("national team", "Skuad Timnas Indonesia menang lagi.", &["ORG:Timnas Indonesia"]),
        ("regional branch", "Kader Golkar Makassar berkumpul.", &["ORG:Golkar Makassar"]),
        ("org name ends at sentence end", "Ia ke DPP Golkar. Dia pulang.", &["ORG:DPP Golkar"]),
        ("company with bracketed status", "Saham PT Telkom Indonesia (Persero) Tbk turun.", &["ORG:PT Telkom Indonesia (Persero) Tbk"]),
        ("venue with listed place", "Laga di Stadion Utama Gelora Bung Karno.", &["LOC:Stadion Utama Gelora Bung Karno"]),
        ("a building named after an organization takes its place", "Rapat di Gedung DPRD Sumut berlangsung.", &["LOC:Gedung DPRD Sumut"]),
        ("circuit and embarkation heads", "Rossi melaju di Sirkuit Mandalika, jemaah dari Embarkasi Solo tiba.", &["LOC:Sirkuit Mandalika", "LOC:Embarkasi Solo"]),
        ("the Holy Land is a place", "Jemaah wafat di Tanah Suci.", &["LOC:Tanah Suci"]),
        ("the armed services' official names", "Latihan melibatkan TNI Angkatan Udara dan TNI Angkatan Laut kemarin.", &["ORG:TNI Angkatan Udara", "ORG:TNI Angkatan Laut"]),
        ("web address", "Dikutip dari situs www.menpan.go.id kemarin.", &["ORG:www.menpan.go.id"]),
        ("dam", "Presiden meninjau Bendungan Manikin di Kupang.", &["LOC:Bendungan Manikin", "LOC:Kupang"]),
        ("reservoir", "Air Waduk Jatiluhur surut.", &["LOC:Waduk Jatiluhur"]),
        ("pier", "Kapal sandar di Dermaga Kayangan.", &["LOC:Dermaga Kayangan"]),
    ]);
}

#[test]
fn laws_are_no_names() {
    check(&[
        ("regression: a bill's name is no person", "RUU Cipta Kerja juga memangkas proses perizinan.", &[]),
        ("regression: a bill's acronym is not the party", "Poster penolakan RUU PKS terpasang di pagar.", &[]),
        ("a regional regulation keeps its place", "Mereka menolak Perda Kabupaten Kupang itu.", &["LOC:Kabupaten Kupang"]),
        ("a person named Uu is not a law", "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum hadir.", &["LOC:Jawa Barat", "PER:Uu Ruzhanul Ulum"]),
        ("regression: a holiday named with a first name is no person", "Warga mudik menjelang Idul Fitri dan Idul Adha.", &[]),
    ]);
}

#[test]
fn dateline_and_byline_rules() {
    check(&[
        ("city then outlet", "JAKARTA, KOMPAS.com – Hujan turun.", &["LOC:JAKARTA", "ORG:KOMPAS.com"]),
        ("outlet then city", "TRIBUNNEWS.COM, SEOUL – Hujan turun.", &["ORG:TRIBUNNEWS.COM", "LOC:SEOUL"]),
        ("unknown city", "KUTA, KOMPAS.com — Hujan turun.", &["LOC:KUTA", "ORG:KOMPAS.com"]),
        ("outlet in brackets", "Jakarta (ANTARA News) - Peribahasa lama berlaku.", &["LOC:Jakarta", "ORG:ANTARA News"]),
        ("an outlet in brackets opening with a common word", "JAKARTA (Pos Kota) – Anggaran bantuan naik.", &["LOC:JAKARTA", "ORG:Pos Kota"]),
        ("byline", "Laporan Wartawan Tribunnews.com, Mikael Dafit Adi Prasetyo",
            &["ORG:Tribunnews.com", "PER:Mikael Dafit Adi Prasetyo"]),
        ("reporter and editor fields", "Rep: Andi Ikhbal/ Red: Ajeng Ritzki Pitakasari", &["PER:Andi Ikhbal", "PER:Ajeng Ritzki Pitakasari"]),
        ("a reporter field after the date and time", "SELASA, 18 APRIL 2023 | 12:10 WIB | LAPORAN: BUDI SANTOSO", &["PER:BUDI SANTOSO"]),
        ("a photo credit: outlet, then photographer", "Foto: ANTARA/Muhammad Iqbal", &["ORG:ANTARA", "PER:Muhammad Iqbal"]),
        ("a label mid-sentence is no credit field", "Laporan: Budi Santoso datang ke kantor polisi kemarin.", &["PER:Budi Santoso"]),
        ("a credit line after a caption: photographer, then a listed outlet", "Warga antre. M Iqbal Ichsan/Tempo\nHujan turun.", &["PER:M Iqbal Ichsan", "ORG:Tempo"]),
        ("a bracketed credit whose outlet holds a media word", "Gempa terasa (Kanal Aceh/Randi)\nHujan turun.", &["ORG:Kanal Aceh", "PER:Randi"]),
        ("a credit line in capitals", "POS KUPANG/JULIANUS AKOIT\nHujan turun.", &["ORG:POS KUPANG", "PER:JULIANUS AKOIT"]),
        ("a lower-case outlet after Foto:", "Kantor itu (Foto: Heru H/okezone)\nHujan turun.", &["PER:Heru H", "ORG:okezone"]),
        ("the credit's label and a code are no names", "Warga antre. (FOTO ANTARA/Akbar Nugroho Gumay/pd)\nHujan.", &["ORG:ANTARA", "PER:Akbar Nugroho Gumay"]),
        ("regression: a part of spaces alone between slashes", "Foto: Dok / - /Tempo\nHujan.", &["ORG:Tempo"]),
        ("two people and no outlet are no credit", "Juara ganda Tontowi Ahmad/Liliyana Natsir.", &["PER:Tontowi Ahmad", "PER:Liliyana Natsir"]),
    ]);
}

#[test]
fn capitalization_rules() {
    check(&[
        ("sentence-initial common word", "Sementara itu, Budi Santoso pulang.", &["PER:Budi Santoso"]),
        ("regression: short capitals after a number are its unit", "Gempa berkekuatan 6,3 SR mengguncang. Tersangka SR ditangkap.", &["PER:SR"]),
        ("regression: a month next to a day or a year is no name", "Rabu, 02 Jan 2019 18:10 WIB\nRonald - May 12, 2022 14:48\nKata Theresa May kemarin.",
            &["PER:Ronald", "PER:Theresa May"]),
        ("regression: a sentence that lost its full stop is no headline when it has lower-case content words",
            "Direktur Jenderal Perhubungan Darat, Budi Setiyadi, kepada wartawan di Jakarta Selasa (19/3)", &["PER:Budi Setiyadi", "LOC:Jakarta"]),
        ("a title-case headline with one lower-case word is still one", "Anggota Baru DPRD Kota Depok Diminta lebih Kritis Soal Anggaran", &["ORG:DPRD Kota Depok"]),
        ("regression: a long caption without a full stop is no headline: its names are found",
            "Ketua DPR Setya Novanto (tengah) didampingi para Wakil Ketua DPR dari kiri Fadli Zon, Agus Hermanto, Taufik Kurniawan dan Fahri Hamzah saat Rapat Paripurna di Kompleks Parlemen Senayan",
            &["ORG:DPR", "PER:Setya Novanto", "ORG:DPR", "PER:Fadli Zon", "PER:Agus Hermanto", "PER:Taufik Kurniawan", "PER:Fahri Hamzah", "LOC:Kompleks Parlemen Senayan"]),
        ("lone unknown sentence start dropped", "Peribahasa itu benar.", &[]),
        ("an event's acronym is no organization", "Timnas meraih emas di SEA Games 2023 di Kamboja.", &["LOC:Kamboja"]),
        ("an English name joined by of/for is an organization when a word of it ends such names",
            "Direktur Riset Center of Reform on Economics (CORE) Indonesia Piter Abdullah mengatakan itu.",
            &["ORG:Center of Reform on Economics", "ORG:CORE", "LOC:Indonesia", "PER:Piter Abdullah"]),
        ("an English name joined by of/for is never a person", "Ia menyanyikan lagu Queen of Pop Indonesia.", &["LOC:Indonesia"]),
        ("a sentence-initial run before a long appositive and a reporting verb is the one speaking",
            "Nirwono Joga, peneliti dari Pusat Studi Perkotaan Universitas Trisakti, saat dihubungi dari Jakarta pada Senin pagi, mengatakan, banjir surut.",
            &["PER:Nirwono Joga", "ORG:Pusat Studi Perkotaan Universitas Trisakti", "LOC:Jakarta"]),
        ("a common word ending a name before a reporting verb stays in it", "Kepala Pelaksana Tubagus Utama mengatakan, acara tetap digelar.", &["PER:Tubagus Utama"]),
        ("a weekday after a name before a reporting verb is no part of it", "Juru bicara John Kirby Selasa mengatakan, pasukan ditarik.", &["PER:John Kirby"]),
        ("a word with the clitic -nya opens no name", "Semestinya Kartu Prakerja dibagikan enam bulan. Tujuannya Budi Santoso datang.", &["PER:Budi Santoso"]),
        ("events, holidays and category acronyms are no names", "Jelang Pilkada dan Lebaran, antrean WNI di SPBU memanjang pada hari Ahad.", &[]),
        ("a sentence-initial run speaking for an organization after dari", "Sapari Wiyono dari Balai Penyelidikan BPPTK mengatakan gunung itu aktif.",
            &["PER:Sapari Wiyono", "ORG:Balai Penyelidikan BPPTK"]),
        ("a lone name set off before a role after a copula", "Salah satunya adalah Eno, pengguna sepeda motor.", &["PER:Eno"]),
        ("a lone name after a preposition before a role is no person", "Ia tiba di Malacanang, pertemuan digelar.", &["LOC:Malacanang"]),
        ("a sentence's first word the article writes in lower case opens no name",
            "Petahana Ganjar Pranowo menang. Ia petahana yang kuat.", &["PER:Ganjar Pranowo"]),
        ("all-caps headline", "KIM JONG UN TINGGALKAN PYONGYANG MENUJU RUSIA", &["LOC:PYONGYANG", "LOC:RUSIA"]),
        ("a headline's names found by the body's", "Prabowo Sambut Langsung PM Anwar Ibrahim di Istana Negara\nPresiden Prabowo menyambut PM Malaysia Anwar Ibrahim.",
            &["PER:Prabowo", "PER:Anwar Ibrahim", "LOC:Istana Negara", "PER:Prabowo", "LOC:Malaysia", "PER:Anwar Ibrahim"]),
        ("clitic stays out", "Kebijakan Jokowi-nya dikritik Prabowo.", &["PER:Jokowi", "PER:Prabowo"]),
        ("digits are not names", "Harganya Rp4 miliar.", &[]),
        ("initials kept", "Kata M. Iqbal kepada wartawan.", &["PER:M. Iqbal"]),
        (
            "regression: one initial after a title stayed out of the name, with or without its dot",
            "Kombes M Anwar Reksowidjojo hadir. Wakil Presiden M. Jusuf Kalla dan Ketua Umum A Budi Santoso datang.",
            &["PER:M Anwar Reksowidjojo", "PER:M. Jusuf Kalla", "PER:A Budi Santoso"],
        ),
        (
            "an organization's two-word short form in brackets is its mention",
            "Komisi Nasional Hak Asasi Manusia (Komnas HAM) dan Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PP PBSI) hadir.",
            &["ORG:Komisi Nasional Hak Asasi Manusia", "ORG:Komnas HAM", "ORG:Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia", "ORG:PP PBSI"],
        ),
        ("a roman numeral before a name is no initial", "Serta, terdakwa V Muhamad dan terdakwa VI Muhammad Ikbal.", &["PER:Muhamad", "PER:Muhammad Ikbal"]),
        ("initials without dots inside a name", "Pengamat Muhammad AS Hikam menilai begitu.", &["PER:Muhammad AS Hikam"]),
        ("name particle kept", "Kata Abdul Wahid bin Ahmad.", &["PER:Abdul Wahid bin Ahmad"]),
        ("degree after name", "Kata Itida Sari, M.Epid, kemarin.", &["PER:Itida Sari"]),
        ("place cue", "Ia ditahan di Cipinang.", &["LOC:Cipinang"]),
        ("a run glued by a hyphen to a place is no person", "Jemaah berangkat dari Embarkasi Jakarta-Pondok Gede kemarin.", &["LOC:Embarkasi Jakarta"]),
        ("regression: Xi is a name, not the numeral XI", "Presiden China Xi Jinping mengatakan hal itu.", &["LOC:China", "PER:Xi Jinping"]),
        ("a word coordinated with a place is a place", "Gempa terasa di Kecamatan Mane dan Gempang, Pidie.", &["LOC:Kecamatan Mane", "LOC:Gempang", "LOC:Pidie"]),
        ("a compass word coordinated with a place stays out", "Banjir di Jakarta Selatan dan Timur.", &["LOC:Jakarta Selatan"]),
        ("a person's initials stand for the person", "Menteri Kesehatan Budi Gunadi Sadikin hadir. Hal itu diungkapkan BGS kemarin.", &["PER:Budi Gunadi Sadikin", "PER:BGS"]),
        ("regression: a guessed term's initials are no person", "Gempa berkekuatan Modified Mercalli Intensity (MMI) terasa. Skala MMI naik.", &["PER:Modified Mercalli Intensity"]),
        ("a listed name alone in brackets after a full stop", "Korban dievakuasi ke rumah sakit. (ANTARA)", &["ORG:ANTARA"]),
        ("a run alone in quotation marks is no person", "Ia menyanyikan lagu 'Pamer Bojo' dan “Apalah Arti Cinta” semalam.", &[]),
        ("one unknown word after dari is no place", "Usulan itu datang dari Banggar kemarin.", &[]),
        ("an organization with an address after di is the place", "Rapat digelar di Kementerian BUMN, Jakarta, kemarin.", &["LOC:Kementerian BUMN", "LOC:Jakarta"]),
        ("an organization after di without an address stays one", "Usulan itu dibahas di DPR, kata dia.", &["ORG:DPR"]),
        ("resident of a place", "Korban adalah warga Sukamulya yang pulang.", &["LOC:Sukamulya"]),
        ("direction from a place", "Truk datang dari arah Cigombong pagi itu.", &["LOC:Cigombong"]),
        ("compass point closing a place", "Harga di Sumatra Utara naik, di Blitar Selatan turun.", &["LOC:Sumatra Utara", "LOC:Blitar Selatan"]),
        ("an English venue word closing a place or organization", "Konser digelar di Wembley Arena, lalu di SCTV Tower.", &["LOC:Wembley Arena", "LOC:SCTV Tower"]),
        ("compass point before another capitalized word stays out", "Warga di Jakarta Timur Raya tiba.", &["LOC:Jakarta"]),
        ("a capitalized common word closes a person's name", "Menteri Lingkungan Hidup Siti Nurbaya Bakar hadir di lokasi.", &["PER:Siti Nurbaya Bakar"]),
        ("a day after a person's name stays out", "Kata Siti Nurbaya Selasa lalu, lokasi itu aman.", &["PER:Siti Nurbaya"]),
        ("capitals in brackets after a term are no person", "Gempa berkekuatan 6,3 Skala Richter (SR) mengguncang Garut.", &["LOC:Garut"]),
        ("nor are the same capitals elsewhere", "Pemerintah mendorong kecerdasan buatan atau artificial intelligence (AI) di sekolah. Menurut dia, AI bisa membantu guru.", &[]),
        ("capitals in brackets after a person are that person", "Presiden Susilo Bambang Yudhoyono (SBY) datang.", &["PER:Susilo Bambang Yudhoyono", "PER:SBY"]),
        ("place list", "Warga Kampung Pulo, Jatinegara, mengungsi.", &["LOC:Kampung Pulo", "LOC:Jatinegara"]),
        ("regression: speaker in apposition after a place is a person, not the next place",
            "Warga Desa Baumata, Yohanis Seran, mengatakan petani menunggu hujan.", &["LOC:Desa Baumata", "PER:Yohanis Seran"]),
        ("sentence-initial speaker with an appositive", "Ia datang. Herfi Hervian, guru di sekolah itu, mengatakan hal itu.", &["PER:Herfi Hervian"]),
        ("a name part next to a reporting verb, though a common word", "Juru bicara Agung Hari Setiyono hadir.\nPemeriksaan berlanjut, kata Hari.", &["PER:Agung Hari Setiyono", "PER:Hari"]),
        ("a common word next to a verb without such a name stays out", "Juru bicara Agung Setiyono hadir.\nPemeriksaan berlanjut, kata Hari.", &["PER:Agung Setiyono"]),
        ("propagation to sentence start", "Kata pelatih Brotoseno. Brotoseno pun pulang.", &["PER:Brotoseno", "PER:Brotoseno"]),
        ("acronym definition", "Amerika Serikat (AS) menolak.", &["LOC:Amerika Serikat", "LOC:AS"]),
        ("regression: a name an acronym spells is one organization, though a place opens it",
            "Peneliti Indonesia Corruption Watch (ICW) hadir.", &["ORG:Indonesia Corruption Watch", "ORG:ICW"]),
        ("regression: a name an acronym spells is no person", "Pernyataan Badminton World Federation (BWF) keluar.", &["ORG:Badminton World Federation", "ORG:BWF"]),
        ("regression: a name an acronym spells is one name",
            "Ketua Konfederasi Serikat Pekerja Indonesia (KSPI) Said Iqbal hadir.", &["ORG:Konfederasi Serikat Pekerja Indonesia", "ORG:KSPI", "PER:Said Iqbal"]),
        ("a person's initials in brackets stay the person's", "Menteri Kesehatan Budi Gunadi Sadikin (BGS) hadir.", &["PER:Budi Gunadi Sadikin", "PER:BGS"]),
        ("regression: a month name closing a person's name is part of it", "Pelatih China, Tian Mei, menumbangkan Gresik.", &["LOC:China", "PER:Tian Mei", "LOC:Gresik"]),
        ("regression: a photo credit is the photographer and the outlet", "Foto: Agung Pambudhy/detikcom.", &["PER:Agung Pambudhy", "ORG:detikcom"]),
        ("an English organization noun ends an organization's name", "Ia menyebut Bahana Securities dan Star Energy.", &["ORG:Bahana Securities", "ORG:Star Energy"]),
        ("regression: a candidate pair with a one-word side is two people",
            "Pelantikan diikuti Bupati dan Wakil Bupati Gresik Sambari Halim-Qoshim.", &["LOC:Gresik", "PER:Sambari Halim", "PER:Qoshim"]),
        ("regression: a web address closing a byline is the outlet", "Laporan Iwan Supriyatna Suara.Com.", &["PER:Iwan Supriyatna", "ORG:Suara.Com"]),
        ("a month after a name that dates something stays out of the name", "Presiden Jokowi Mei lalu datang.", &["PER:Jokowi"]),
        ("initials standing for a person's name are that person", "Tersangka berinisial AS dan RH ditahan.", &["PER:AS", "PER:RH"]),
        ("initials used again later are the same person", "Pelaku berinisial TZ ditangkap. TZ mengaku menyesal.", &["PER:TZ", "PER:TZ"]),
        ("regression: initials that spell a listed acronym stay the person the article says they stand for",
            "Polisi menangkap pelaku berinisial AP di rumahnya. AP mengaku menyesal.", &["PER:AP", "PER:AP"]),
        ("regression: stated initials recur where no rule made a mention (after a title)",
            "Kejari menetapkan Sekdes berinisial PM sebagai tersangka. Sekdes PM resmi ditahan.", &["ORG:Kejari", "PER:PM", "PER:PM"]),
        ("initials with an age in brackets are a person", "Polisi menyelidiki penganiayaan terhadap AA (34) di rumahnya.", &["PER:AA"]),
        ("a sentence-initial name with an age in brackets is a person", "Rosita (45), warga Desa Mulyamekar, kesal.", &["PER:Rosita", "LOC:Desa Mulyamekar"]),
        ("a listed place with a count in brackets stays a place", "Titik api di Bengkalis (33), Dumai (22).", &["LOC:Bengkalis", "LOC:Dumai"]),
        ("an unlisted acronym opening a sentence before a reporting verb is an organization", "Putusan itu dikritik. LPAI menyatakan akan menyampaikan hasilnya.", &["ORG:LPAI"]),
        ("an acronym after a plural marker before a verb is no organization", "Dalam dialog itu, para WNI menyampaikan apresiasi.", &[]),
        ("a caption's closing photo credit: the outlet and the photographer", "Ketua DPR hadir di sidang. TEMPO/Dhemas Reviyanto\nIa pulang.", &["ORG:DPR", "ORG:TEMPO", "PER:Dhemas Reviyanto"]),
        ("a photographer in brackets after a two-word outlet", "Petugas bekerja. (Tribun Jabar/Deanza Falevi)", &["ORG:Tribun Jabar", "PER:Deanza Falevi"]),
        ("a photographer in capitals after a two-word outlet", "Menteri berpidato.\nANTARA FOTO/HAFIDZ MUBARAK\nIa pulang.", &["ORG:ANTARA FOTO", "PER:HAFIDZ MUBARAK"]),
        (
            "a byline of the writer's name closed by a comma and the editor's name on the next line",
            "Kompas.com - 13/11/2022, 19:29 WIB\nDhias Suwandi,\nAndi Hartik\nHujan turun.",
            &["ORG:Kompas.com", "PER:Dhias Suwandi", "PER:Andi Hartik"],
        ),
        ("a regional kinship honorific is no part of the name", "Waktu gempa mengguncang, kata Mang Jaja, warga berlarian. Ning Ita hadir.", &["PER:Jaja", "PER:Ita"]),
        ("a derived word opening a headline's name is no part of it", "Kesaksian Rahmad Darmawan\nRahmad Darmawan tiba di Jakarta.", &["PER:Rahmad Darmawan", "PER:Rahmad Darmawan", "LOC:Jakarta"]),
        ("a credit's name written in lower case", "Penulis: khoirul muzaki | Editor: iswidodo\nHujan turun.", &["PER:khoirul muzaki", "PER:iswidodo"]),
        ("a credit's outlet word or short code in lower case is no name", "Reporter: radar\nPenulis: oda\nHujan turun.", &[]),
        ("a byline's name above its role", "Sabrina Asril\nPenulis\nJAKARTA - Hujan turun.", &["PER:Sabrina Asril", "LOC:JAKARTA"]),
        ("a byline's name above the timestamp", "Juru Parkir Ditangkap\nFerril Dennys\nSelasa, 8 September 2020 10:15 WIB\nHujan turun.", &["PER:Ferril Dennys"]),
        ("a headline above the timestamp is no byline", "Era Baru Konser Virtual\nSabtu, 17 Oktober 2020 - 06:01 WIB\nHujan turun.", &[]),
        ("an acronym in brackets that names no entity stays none", "Malaysia memulangkan warga negara Indonesia (WNI) itu.", &["LOC:Malaysia", "LOC:Indonesia"]),
        ("a public-relations office before its organization is no person", "Hal itu, kata Humas PN Medan Achmad Guntur, sudah diputus.", &["ORG:PN Medan", "PER:Achmad Guntur"]),
        ("the fasting month after a number or a lower-case word is no person", "Harga naik jelang Ramadhan. Sidang isbat 1 Ramadhan digelar, kata Ramadhan.", &["PER:Ramadhan"]),
        ("a place after se- is a place", "Kasus ini merata se-Kabupaten Mempawah dan se-DKI.", &["LOC:Kabupaten Mempawah", "LOC:DKI"]),
        ("a tournament's group is no organization", "Persib lolos sebagai juara Grup A bersama Arema.", &["ORG:Persib", "ORG:Arema"]),
        ("a word a ministry's prefix opens is not a ministry", "Kemenangan itu penting bagi Persib.", &["ORG:Persib"]),
        ("a name after an academic title has no portfolio before it", "Menurut Dr Nucki Nursjamsi Hidayat, sistem belum siap.", &["PER:Nucki Nursjamsi Hidayat"]),
        ("regression: an initial opening a name is kept, not its full stop", "Menurut A. Busyro Karim, pasar sudah direvitalisasi.", &["PER:A. Busyro Karim"]),
        ("a short code after an outlet's slash is no photographer", "Massa berkumpul. (AFP/SC)", &["ORG:AFP"]),
        ("a sentence-initial word set off before a role and a reporting verb is the one speaking", "Harga turun. Mamad, petani lainnya di Sarolangun mengaku rugi.", &["PER:Mamad", "LOC:Sarolangun"]),
        ("a place before ibu kota is no speaker", "Pidato di Malacanang, ibu kota Manila, Duterte memperingatkan pejabat.", &["LOC:Malacanang", "LOC:Manila", "PER:Duterte"]),
        ("a company's first name word used alone is the company", "PT Merpati Nusantara Airlines terancam tutup. Karyawan Merpati tak menerima gaji.", &["ORG:PT Merpati Nusantara Airlines", "ORG:Merpati"]),
        ("initials after a word for a suspect are a person", "Kejari menetapkan tersangka DS kemarin.", &["ORG:Kejari", "PER:DS"]),
        ("a roman numeral after terdakwa is no person", "Sidang terdakwa II ditunda.", &[]),
        ("English place tail", "Kemarin Hawkesbury River meluap.", &["LOC:Hawkesbury River"]),
        ("media tail", "Dalam wawancara dengan Fox News, ia bicara.", &["ORG:Fox News"]),
        ("company suffix", "Saham Pirelli Group naik.", &["ORG:Pirelli Group"]),
        ("derived word in an uncued run is not a person", "Spanduk itu dipasang Pencinta Kebersihan kemarin.", &[]),
        ("camel-case media name", "Hal itu dikutip dari detikFinance dan kumparanBISNIS.", &["ORG:detikFinance", "ORG:kumparanBISNIS"]),
        ("short stem is not a media name", "Ia membeli iPhone dan eBook.", &[]),
        ("uncued run without one is still a guess", "Spanduk itu dipasang Slamet Rahardjo kemarin.", &["PER:Slamet Rahardjo"]),
    ]);
}

#[test]
fn clusters_join_short_forms() {
    let ex = EntityExtractor::new();
    type Want<'a> = &'a [(&'a str, &'a str, usize)];
    let cases: &[(&str, &str, Want)] = &[
        ("surname joins full name", "Kata John Kirby. Menurut Kirby, siap.", &[("PER", "John Kirby", 2)]),
        ("short form first", "Kata pelatih Kim. Presiden Kim Jong Un datang.", &[("PER", "Kim Jong Un", 2)]),
        ("acronym joins name", "Amerika Serikat (AS) dan AS lagi.", &[("LOC", "Amerika Serikat", 3)]),
        ("places join only on same name", "Jakarta dan Jakarta Selatan.", &[("LOC", "Jakarta", 1), ("LOC", "Jakarta Selatan", 1)]),
        ("a ministry's contraction joins its name, which stays the canonical one",
            "Kemlu: WNI Aman\nJAKARTA - Kementerian Luar Negeri Indonesia menuturkan hal itu. Kemlu juga hadir.",
            &[("ORG", "Kementerian Luar Negeri Indonesia", 3), ("LOC", "JAKARTA", 1)]),
        ("a name misspelt once joins the person", "Kata Gatut Susanta. Menurut Gatut Sutanta, siap.", &[("PER", "Gatut Susanta", 2)]),
        ("a one-word name one letter off joins the person", "Kata Frans Barunh Mangera. Menurut Barung, siap.", &[("PER", "Frans Barunh Mangera", 2)]),
        ("names alike in one word but not another stay apart", "Kata Siti Nadia Tarmizi. Menurut Nidia Zuraya, siap.",
            &[("PER", "Siti Nadia Tarmizi", 1), ("PER", "Nidia Zuraya", 1)]),
        ("a contraction with its place joins the name written out", "Pemkot Surabaya hadir. Pemerintah Kota Surabaya juga.",
            &[("ORG", "Pemerintah Kota Surabaya", 2)]),
    ];
    for (name, text, want) in cases {
        let seg = Segmented::new(text);
        let (ents, clusters) = ex.extract(text, &seg, &[], false);
        let got: Vec<(&str, &str, usize)> = clusters.iter().map(|c| (c.label.as_str(), c.name.as_str(), c.count)).collect();
        assert_eq!(got, *want, "{name}");
        assert!(ents.iter().all(|e| e.cluster < clusters.len()), "{name}: cluster index");
    }
}

#[test]
fn output_is_sorted_non_overlapping_and_skips_boilerplate() {
    let ex = EntityExtractor::new();
    let text = "Presiden Joko Widodo tiba di Surabaya.\nBaca juga: Rusia dan Ukraina berunding\nKPK memeriksa.";
    let seg = Segmented::new(text);
    let start = text.find("Baca").unwrap();
    let end = text.find("berunding").unwrap() + "berunding".len();
    let bp = [Boilerplate { start, end, text: text[start..end].to_string() }];
    let (ents, _) = ex.extract(text, &seg, &bp, false);
    let got: Vec<&str> = ents.iter().map(|e| &text[e.start..e.end]).collect();
    assert_eq!(got, ["Joko Widodo", "Surabaya", "KPK"]);
    assert!(ents.windows(2).all(|w| w[0].end <= w[1].start));
}


#[test]
fn regression_a_companys_first_word_opening_another_name_is_not_the_company_alone() {
    let ex = EntityExtractor::new();
    let text = "PT Hutchison 3 Indonesia tumbuh. Tri adalah anak usaha Hutchison Asia Telecommunications Limited.";
    let got = run_with(&ex, text);
    assert!(!got.contains(&"ORG:Hutchison".to_string()), "{got:?}");
    assert!(got.contains(&"ORG:PT Hutchison 3 Indonesia".to_string()), "{got:?}");
}

/// The first occurrence of `s` in `text` as a rule mention.
#[cfg(not(feature = "rules-only"))]
fn first_mention(text: &str, s: &str, label: crate::document::EntityLabel) -> super::rules::Mention {
    let at = text.find(s).unwrap();
    super::rules::Mention::new(at, at + s.len(), label, super::rules::Evidence::Weak)
}

/// What `combine` keeps, as `LABEL:text`.
#[cfg(not(feature = "rules-only"))]
fn combined(text: &str, tagged: Vec<super::rules::Mention>, rules: Vec<super::rules::Mention>) -> Vec<String> {
    super::combine(text, tagged, rules).iter().map(|m| format!("{}:{}", m.label.as_str(), &text[m.start..m.end])).collect()
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn rule_persons_stand_where_the_tagger_reads_a_person() {
    use super::rules::{Evidence, Mention};
    use crate::document::EntityLabel::{Loc, Per};
    let text = "Pelatih Timur Kapadze datang. Lalu Kapadze senang. Lagu Cinta diputar. Kata AB kemarin.";
    // the `n`th occurrence of `s`, as a mention
    let span = |s: &str, n: usize, label| {
        let at = text.match_indices(s).nth(n).unwrap().0;
        Mention::new(at, at + s.len(), label, Evidence::Weak)
    };
    let rules = vec![span("Timur Kapadze", 0, Per), span("Kapadze", 1, Per), span("Cinta", 0, Per), span("AB", 0, Per)];
    let tagged = vec![span("Kapadze", 1, Per), span("Cinta", 0, Loc), span("AB", 0, Per)];
    let got = combined(text, tagged, rules);
    assert_eq!(
        got,
        ["PER:Timur Kapadze", "PER:Kapadze", "LOC:Cinta", "PER:AB"],
        "a full name stays by a word the tagger confirmed elsewhere; a short name the tagger read stays; a guess the tagger reads as a place goes"
    );
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn regression_a_word_the_rules_split_into_names_is_read_by_the_rules() {
    use crate::document::EntityLabel::{Loc, Org, Per};
    let text = "Koalisi PDIP-PKB di Aceh-Sumut, kata Jokowi-Ma'ruf kepada TRIBUN-TIMUR.COM. (Antara/Ampelsa)";
    let span = |s: &str, label| first_mention(text, s, label);
    let rules = vec![
        span("PDIP", Org),
        span("PKB", Org),
        span("Aceh", Loc),
        span("Sumut", Loc),
        span("Jokowi", Per),
        span("Ma'ruf", Per),
        span("TRIBUN", Org),
        span("TIMUR.COM", Org),
        span("Antara", Org),
    ];
    let tagged = vec![
        span("PDIP-PKB", Org),
        span("Aceh-Sumut", Loc),
        span("Jokowi-Ma'ruf", Per),
        span("TRIBUN-TIMUR.COM", Org),
        span("Antara/Ampelsa", Org),
    ];
    let got = combined(text, tagged, rules);
    assert_eq!(
        got,
        ["ORG:PDIP", "ORG:PKB", "LOC:Aceh", "LOC:Sumut", "PER:Jokowi", "PER:Ma'ruf", "ORG:TRIBUN-TIMUR.COM", "ORG:Antara"],
        "the tagger reads whole tokens; a web address stays one"
    );
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn rule_names_of_several_words_the_tagger_does_not_read_are_dropped() {
    use crate::document::EntityLabel::{Loc, Org};
    let text = "Tim SAR Gabungan tiba di Desa Penari. Petugas BPBD dan warga Sleman membantu, kata Polri.";
    let span = |s: &str, label| first_mention(text, s, label);
    let rules = vec![span("Tim SAR Gabungan", Org), span("Desa Penari", Loc), span("BPBD", Org), span("Sleman", Loc), span("Polri", Org)];
    let tagged = vec![span("Polri", Org)];
    let got = combined(text, tagged, rules);
    assert_eq!(got, ["ORG:BPBD", "LOC:Sleman", "ORG:Polri"], "one-word rule names fill the tagger's gaps; longer ones do not");
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn tagged_names_with_half_a_bracket_or_a_credit_slash_are_mended_or_dropped() {
    use crate::document::EntityLabel::{Loc, Org};
    let text = "PT Pertamina (Persero) dan PT Waskita Karya (persero) Tbk. Dinas Kesehatan Kabupaten (Dinkes) serta (Ketua) Polri, \
                KPK) RI, Tim Reaksi Cepat (TRC) BPBD. Foto: CNN Indonesia/Daniela di Kodam XII/Tanjungpura, ATR/BPN, Yonif 144/JY dan Desa/Kelurahan Sukamaju. (ANTARA FOTO/M Risyal Hidayat)";
    let span = |s: &str, label| first_mention(text, s, label);
    let mut found = vec![
        span("PT Pertamina (Persero", Org),
        span("PT Waskita Karya (persero", Org),
        span(") Tbk", Org),
        span("Dinas Kesehatan Kabupaten (", Org),
        span(") Polri", Org),
        span("KPK) RI", Org),
        span("Tim Reaksi Cepat (TRC", Org),
        span("CNN Indonesia/Daniela", Org),
        span("Kodam XII/Tanjungpura", Org),
        span("ATR/BPN", Org),
        span("Yonif 144/JY", Org),
        span("Desa/Kelurahan Sukamaju", Loc),
        span("ANTARA FOTO/M", Org),
    ];
    super::mend_tagged_names(text, &mut found, &super::lexicon::Lexicon::new());
    let got: Vec<String> = found.iter().map(|m| format!("{}:{}", m.label.as_str(), &text[m.start..m.end])).collect();
    assert_eq!(
        got,
        [
            "ORG:PT Pertamina (Persero)",
            "ORG:PT Waskita Karya (persero) Tbk",
            "ORG:Dinas Kesehatan Kabupaten",
            "ORG:Polri",
            "ORG:CNN Indonesia",
            "ORG:Kodam XII/Tanjungpura",
            "ORG:ATR/BPN",
            "ORG:Yonif 144/JY",
            "LOC:Desa/Kelurahan Sukamaju",
            "ORG:ANTARA FOTO",
        ],
        "a legal form's bracket is closed, a stray bracket at either end cut off, a name inside half a bracket dropped; a credit's slash ends the name, a unit's or an office's does not"
    );
}

#[test]
#[cfg(not(feature = "rules-only"))]
fn a_school_or_hospital_type_word_alone_is_no_organization() {
    use crate::document::EntityLabel::{Loc, Org};
    let text = "Siswa SD dan SMA dirujuk ke RSUD, lalu ke RSUD Kudungga dan Universitas Indonesia; di SD itu Puskesmas buka.";
    let mut found = vec![
        first_mention(text, "SD", Org),
        first_mention(text, "SMA", Org),
        first_mention(text, "RSUD", Loc),
        first_mention(text, "RSUD Kudungga", Org),
        first_mention(text, "Universitas Indonesia", Org),
        first_mention(text, "Puskesmas", Org),
    ];
    super::mend_tagged_names(text, &mut found, &super::lexicon::Lexicon::new());
    let got: Vec<String> = found.iter().map(|m| format!("{}:{}", m.label.as_str(), &text[m.start..m.end])).collect();
    assert_eq!(
        got,
        ["LOC:RSUD", "ORG:RSUD Kudungga", "ORG:Universitas Indonesia"],
        "a type word alone is dropped as an organization; with its name, or as a place, it stays"
    );
}

#[test]
fn words_alone_are_found_in_one_pass() {
    use super::rules::words_alone;
    let text = "AP datang. APBD naik, AP-nya pergi, (AP) dan M.F. serta éAP, APé, “AP” dan AP.";
    let found: Vec<(&str, usize)> = words_alone(text, &["AP", "M.F", "Telkom"]).into_iter().map(|(a, b, k)| (&text[a..b], k)).collect();
    assert_eq!(
        found,
        [("AP", 0), ("AP", 0), ("M.F", 1), ("AP", 0), ("AP", 0)],
        "alone: not inside APBD, éAP or APé nor before a hyphen; between curly quotes it is; a word with a dot is searched for"
    );
}

#[test]
fn listed_person_names_open_with_no_title() {
    // The guidelines keep titles and honorifics out of a name (*Presiden [PER
    // SBY]*): a listed name that opened with one would be found whole.
    // (A royal name is kept whole: *Sri Sultan Hamengku Buwono X*.)
    let lex = super::lexicon::Lexicon::new();
    let mut titled = Vec::new();
    for (sec, name) in super::gazetteer::sections(data_file!("gazetteer/corpus-names.txt")) {
        let first = crate::text::lower(name.split_whitespace().next().unwrap_or("").trim_end_matches('.'));
        if sec != "PER" || !name.contains(' ') || first == "sultan" {
            continue;
        }
        if lex.titles.opens(&first) || lex.honorifics.contains(first.as_str()) {
            titled.push(name);
        }
    }
    assert!(titled.is_empty(), "{titled:?}");
}
