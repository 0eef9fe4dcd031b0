//! Dates and times: detection ([`detect`]) and resolution against the
//! article's date ([`resolve`]), with the word lists in [`lexicon`]
//! (`data/dates/*.txt`). See `GUIDELINES.md` of the evaluation kit for the
//! definition of what counts.
//!
//! Rule families (details in [`detect`] and [`resolve`]):
//! - absolute dates: *10 September 2023*, *Selasa, 8 Oktober 2019*,
//!   *Minggu (10/9/2023)*, *Rabu (4/11)*, *(16/7)*, *10/9/2023*,
//!   *Pekanbaru, 12/10 (ANTARA)*, *Selasa 15/11*, *10-12 September 2023*,
//!   *10 dan 11 April* (two days in a row; days apart are a list),
//!   *21 Oktober tahun lalu*; a range's start without a year takes the
//!   end's (the one before over a year end: *28 Desember hingga 2 Januari
//!   2015*); ends of different kinds joined by *hingga* / *sampai (dengan)*
//!   are one range too (*tahun ini hingga September 2018*, *Jumat (24/5)
//!   siang hingga pukul 17.00 WIB*), not two bare weekdays (a schedule);
//! - months, years, weeks, quarters: *September 2023*, *bulan Maret*, *Agustus
//!   lalu*, *tahun 2019*, *pada 2014*, *akhir 2023*, *musim 2016*,
//!   *minggu ke-15 tahun 2024*, *kuartal III 2015*, *tahun anggaran
//!   2010-2011*, *Tahun Ajaran Baru 2023-2024*;
//! - relative days and periods: *kemarin*, *hari ini*, *besok*, *lusa*,
//!   *semalam*, *dua hari lalu*, *lima atau enam hari lalu*, *pekan lalu*, *bulan ini*, *tahun depan*,
//!   *paling lambat sebulan ke depan*, *awal tahun ini*, *akhir pekan lalu*;
//! - weekdays: *Senin*, *Jumat lalu*, *Sabtu depan*, *Kamis pekan lalu*;
//! - New Year's Eve: *malam tahun baru 2012* (`2011-12-31`), *malam Tahun
//!   Baru* (the 31 December nearest publication);
//! - clock times and parts of day joined to their day: *pukul 10.00 WIB*,
//!   *Senin (11/9/2023) pukul 10.00 WIB*, *Rabu (4/11) malam*, *tadi pagi*,
//!   *malam itu*, *malam harinya*, *dini hari*, *pukul 08.30 tadi*, *pukul sepuluh pagi*; *waktu setempat* joins
//!   the time, and so does Saudi time in hajj news (*pukul 16.00 WAS*,
//!   *waktu Arab Saudi (WAS)*); a byline's timestamp after a bar (*Senin, 04 November 2019 |
//!   13:10*); a relative day after a clock (*pukul 19.00 semalam*); a part
//!   of day with *itu* / *hari* after the comma closing a date (*Sabtu, 31
//!   Oktober 2015, malam itu*); a clock range whose end has no *pukul*
//!   (*pukul 08.33 WIB hingga 09.19 WIB*; with its own *pukul* the end is
//!   a second time).
//!
//! Not dates: durations (*selama dua minggu*), ages (*12 tahun ini*),
//! frequencies (*setiap hari*), the vague present and past (*saat ini*,
//! *beberapa waktu lalu*), years in names (*Pemilu 2019*, *UU No 20 Tahun
//! 2001*, *SK nomor 131.35-245 tahun 2018*). Without an anchor, values that need one are `?`.
//!
//! `extract` is linear in the text: one scan finds where each family's
//! lead words (or digits) start a word, each family's regex runs anchored
//! only there (see [`crate::text::pattern::Leads`]), then one sort and one
//! pass join the pieces.

pub mod calendar;
pub mod detect;
pub mod lexicon;
pub mod resolve;

pub use calendar::CalendarDate;

use crate::document::{DateMention, Granularity};
use crate::text::Segmented;

/// Finds and resolves time expressions. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct DateExtractor {
    patterns: detect::Patterns,
}

impl DateExtractor {
    /// Compiles the date patterns.
    pub fn new() -> Self {
        DateExtractor { patterns: detect::Patterns::new() }
    }

    /// The date the article was written, from the text, used as the anchor
    /// when none is given: a full date (day, month, 4-digit year) in the
    /// first paragraph (the dateline), else the first full date written with
    /// its weekday (*Senin (11/9/2023)*, how news dates its reports), else
    /// the first full date at all. A bare historical date (*17 Agustus
    /// 1945*) early in the story thus does not become the anchor.
    pub fn find_anchor(&self, text: &str, seg: &Segmented) -> Option<CalendarDate> {
        anchor_in(&detect::detect(&self.patterns, text, seg), seg)
    }

    /// All time expressions in `text`, sorted, with values resolved against
    /// `anchor`.
    pub fn extract(&self, text: &str, seg: &Segmented, anchor: Option<CalendarDate>) -> Vec<DateMention> {
        resolve_all(text, seg, detect::detect(&self.patterns, text, seg), anchor)
    }

    /// The anchor (`given`, else [`DateExtractor::find_anchor`]'s) and
    /// [`DateExtractor::extract`] against it, detecting only once.
    pub fn extract_anchored(
        &self,
        text: &str,
        seg: &Segmented,
        given: Option<CalendarDate>,
    ) -> (Option<CalendarDate>, Vec<DateMention>) {
        let found = detect::detect(&self.patterns, text, seg);
        let anchor = given.or_else(|| anchor_in(&found, seg));
        (anchor, resolve_all(text, seg, found, anchor))
    }
}

/// The anchor [`DateExtractor::find_anchor`] picks among the detected expressions.
fn anchor_in(found: &[detect::Found], seg: &Segmented) -> Option<CalendarDate> {
    let dateline_end = seg.paragraphs.first().map_or(0, |p| p.end);
    let mut first = None;
    for found in found {
        let Some(detect::DayRef::Date { day, month, year: Some(year), weekday, .. }) = found.expr.day else {
            continue;
        };
        let Some(date) = CalendarDate::new(year, month, day).filter(|_| year >= 1000) else { continue };
        if found.start < dateline_end || weekday.is_some() {
            return Some(date);
        }
        first.get_or_insert(date);
    }
    first
}

/// `found`, resolved against `anchor` in text order.
fn resolve_all(text: &str, seg: &Segmented, found: Vec<detect::Found>, anchor: Option<CalendarDate>) -> Vec<DateMention> {
    // the article's own day H: a written date said to be a count to Lebaran (*12 Juni atau H+6*)
    let own_day = |before: bool| {
        found.iter().find_map(|f| {
            let offset = f.expr.holiday.filter(|&o| (o < 0) == before && o != 0)?;
            let day = resolve::resolve(f, anchor, &resolve::Context::default()).day?;
            Some(day.add_days(-offset))
        })
    };
    let mut ctx = resolve::Context { lebaran: [own_day(true), own_day(false)], ..Default::default() };
    let mut paragraph = None;
    found
        .into_iter()
        .map(|found| {
            let here = seg.paragraph_at(found.start);
            if here != paragraph {
                paragraph = here;
                ctx.paragraph_day = None;
            }
            let resolved = resolve::resolve(&found, anchor, &ctx);
            if matches!(resolved.granularity, Granularity::Day | Granularity::Time) {
                ctx.last_day = resolved.day;
                ctx.paragraph_day = resolved.day;
            }
            if let Some(year) = resolved.value.get(..4).and_then(|y| y.parse().ok()) {
                ctx.last_year = Some(year);
            }
            if matches!(found.expr.day, Some(detect::DayRef::Date { year: Some(_), .. })) {
                ctx.written_day = resolved.day;
            }
            DateMention {
                start: found.start,
                end: found.end,
                text: text[found.start..found.end].to_string(),
                value: resolved.value,
                granularity: resolved.granularity,
            }
        })
        .collect()
}

impl Default for DateExtractor {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(span text, value)` of every date found in `text` against `anchor`.
    fn found(ex: &DateExtractor, text: &str, anchor: Option<&str>) -> Vec<(String, String)> {
        let seg = Segmented::new(text);
        let anchor = anchor.map(|a| a.parse().expect("anchor"));
        let dates = ex.extract(text, &seg, anchor);
        for d in &dates {
            assert_eq!(&text[d.start..d.end], d.text, "offsets of {:?}", d.text);
        }
        dates.into_iter().map(|d| (d.text, d.value)).collect()
    }

    /// A named case: name, text, anchor, expected `(span, value)`s in order.
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, &'a [(&'a str, &'a str)]);

    fn check(cases: &[Case<'_>]) {
        let ex = DateExtractor::new();
        for (name, text, anchor, want) in cases {
            let got = found(&ex, text, *anchor);
            let want: Vec<(String, String)> = want.iter().map(|(s, v)| (s.to_string(), v.to_string())).collect();
            assert_eq!(got, want, "case {name:?}: {text:?}");
        }
    }

    const A: Option<&str> = Some("2023-09-12"); // a Tuesday

    #[test]
    fn absolute_dates() {
        check(&[
            ("day month year", "Ia lahir pada 10 September 2023 di Bandung.", A, &[("10 September 2023", "2023-09-10")]),
            ("a month in lower case after a day", "Pendaftaran pada 6 november 2022 ditutup.", A, &[("6 november 2022", "2022-11-06")]),
            (
                "a day of the month alone takes the anchor's month",
                "Kami umumkan tanggal 15, lalu bergeser ke tanggal 17. Dari tanggal 5 sampai 7 ada tur.",
                A,
                &[("tanggal 15", "2023-09-15"), ("tanggal 17", "2023-09-17"), ("tanggal 5 sampai 7", "2023-09-05")],
            ),
            ("a day of the month with kemarin after the anchor's day is last month's", "Ia di sana sejak tanggal 20 kemarin.", A, &[("tanggal 20 kemarin", "2023-08-20")]),
            (
                "days listed before their month are the month's",
                "Ia berkunjung tanggal 20, 21 Oktober 2023 dan pada Desember 2023, tanggal 23.",
                A,
                &[("21 Oktober 2023", "2023-10-21"), ("Desember 2023", "2023-12")],
            ),
            ("a lower-case month without a day stays a word", "Hujan pada november lalu dan september.", A, &[]),
            ("abbreviated month with dot", "Rapat digelar 4 Agt. 2015 di Jakarta.", A, &[("4 Agt. 2015", "2015-08-04")]),
            ("abbreviations", "Tiket berlaku 1 Jan 2024 dan 3 Des 2023.", A, &[("1 Jan 2024", "2024-01-01"), ("3 Des 2023", "2023-12-03")]),
            ("English month", "The deal was signed on 10 March 2020, kata dia.", A, &[("10 March 2020", "2020-03-10")]),
            ("day month, anchor year", "Sidang dilanjutkan 18 Mei mendatang.", Some("2017-05-15"), &[("18 Mei mendatang", "2017-05-18")]),
            ("day month lalu", "Ia ditangkap pada 23 Maret lalu.", Some("2015-11-04"), &[("23 Maret lalu", "2015-03-23")]),
            ("day month lalu across a year", "Ia ditangkap pada 20 Desember lalu.", Some("2016-01-05"), &[("20 Desember lalu", "2015-12-20")]),
            ("tanggal trigger", "Pendaftaran dibuka tanggal 17 Agustus 2023.", A, &[("tanggal 17 Agustus 2023", "2023-08-17")]),
            ("day range takes the start", "Pameran 10-12 September 2023 di JCC.", A, &[("10-12 September 2023", "2023-09-10")]),
            ("weekday comma date", "kata Firman, Selasa, 8 Oktober 2019.", A, &[("Selasa, 8 Oktober 2019", "2019-10-08")]),
            ("weekday paren date", "Kim berangkat pada Minggu (10/9/2023) menuju Rusia.", A, &[("Minggu (10/9/2023)", "2023-09-10")]),
            ("weekday paren without year", "di Tebet, Rabu (4/11).", Some("2015-11-05"), &[("Rabu (4/11)", "2015-11-04")]),
            ("weekday paren picks last year", "di Jakarta, Kamis (31/12).", Some("2016-01-02"), &[("Kamis (31/12)", "2015-12-31")]),
            ("weekday paren, two-digit year", "di Jakarta, Senin (11/9/23).", A, &[("Senin (11/9/23)", "2023-09-11")]),
            ("typo year falls back to the weekday", "di Lhoksukon, Rabu (4/11/205).", Some("2015-11-04"), &[("Rabu (4/11/205)", "2015-11-04")]),
            ("weekday range with a day range", "Lokasi ditutup Sabtu-Minggu (26-27/8).", Some("2023-08-24"), &[("Sabtu-Minggu (26-27/8)", "2023-08-26")]),
            ("weekday paren with dashes", "di Jakarta, Senin (11-9-2023).", A, &[("Senin (11-9-2023)", "2023-09-11")]),
            ("weekday paren leap day", "di Jakarta, Kamis (29/2).", Some("2024-03-01"), &[("Kamis (29/2)", "2024-02-29")]),
            ("numeric date", "Surat bertanggal 10/9/2023 itu beredar.", A, &[("10/9/2023", "2023-09-10")]),
            ("parenthesized numeric date alone", "Pernyataan itu (10/9/2023) beredar.", A, &[("10/9/2023", "2023-09-10")]),
            ("numeric date with dashes", "Surat bertanggal 10-9-2023 itu beredar.", A, &[("10-9-2023", "2023-09-10")]),
            ("dateline", "JAKARTA, 12 September 2023 - Harga naik.", None, &[("12 September 2023", "2023-09-12")]),
        ]);
    }

    #[test]
    fn months_years_and_quarters() {
        check(&[
            ("month year", "Inflasi September 2023 turun.", A, &[("September 2023", "2023-09")]),
            ("bulan trigger", "Ia akan datang bulan Maret.", A, &[("bulan Maret", "2023-03")]),
            ("month lalu", "Pada Agustus lalu, Facebook mengumumkan.", Some("2016-02-16"), &[("Agustus lalu", "2015-08")]),
            ("month mendatang", "Pemilu digelar Februari mendatang.", Some("2023-09-12"), &[("Februari mendatang", "2024-02")]),
            ("month after a preposition", "Harga naik sejak Mei.", A, &[("Mei", "2023-05")]),
            (
                "bare month after a lower-case word",
                "Neraca dagang Februari surplus, nilai ekspor Maret turun.",
                A,
                &[("Februari", "2023-02"), ("Maret", "2023-03")],
            ),
            ("bare month in a list of months", "Kasus naik, jumlah Januari 310, Februari 767.", A, &[("Januari", "2023-01"), ("Februari", "2023-02")]),
            ("bare month opening a sentence", "Ekspor turun. Juni juga surplus.", A, &[("Juni", "2023-06")]),
            ("range of bare months with a dash", "Kasus naik Juli – Agustus.", A, &[("Juli – Agustus", "2023-07")]),
            ("range of bare months with sampai", "Tanam Juli sampai Agustus.", A, &[("Juli sampai Agustus", "2023-07")]),
            ("bare month after a sentence's capitalized first word", "Inflasi Maret tidak lepas dari beras.", A, &[("Maret", "2023-03")]),
            ("edge month", "Proyek selesai akhir Desember.", A, &[("akhir Desember", "2023-12")]),
            ("month tahun lalu", "Data pada Maret tahun lalu.", A, &[("Maret tahun lalu", "2022-03")]),
            ("a month's year restated in brackets joins it", "Pada Oktober (2022), gerakan itu dimulai.", A, &[("Oktober (2022)", "2022-10")]),
            ("a relative year restated in brackets takes the written one", "Pada Maret tahun lalu (2017), jumlahnya naik.", A, &[("Maret tahun lalu (2017)", "2017-03")]),
            ("which week of a month joins it", "Harga naik pada pekan pertama November 2023.", A, &[("pekan pertama November 2023", "2023-11")]),
            ("a numbered week of a month is not its day", "Pada minggu ke-4 Desember harga turun.", A, &[("minggu ke-4 Desember", "2023-12")]),
            ("a capitalized week of a month is no weekday", "Minggu kedua bulan Maret terjadi kenaikan.", A, &[("Minggu kedua bulan Maret", "2023-03")]),
            ("tahun trigger", "Ia menjabat sejak tahun 2019.", A, &[("tahun 2019", "2019")]),
            ("year after untuk", "Target kredit untuk 2018 sebesar 10 persen.", A, &[("2018", "2018")]),
            ("range of written years", "Data sejak 2015 hingga 2019 naik.", A, &[("2015 hingga 2019", "2015")]),
            ("year after a preposition", "Jumlah pasien pada 2014 naik di 2024.", A, &[("2014", "2014"), ("2024", "2024")]),
            ("year with mendatang", "Pemilu digelar pada 2024 mendatang.", A, &[("2024 mendatang", "2024")]),
            ("edge year", "Proyek rampung akhir 2023.", A, &[("akhir 2023", "2023")]),
            ("year range", "Ketua periode 2016-2019 itu hadir.", A, &[("2016-2019", "2016")]),
            ("a relative day restating a written date joins it", "Sidang pada Minggu (28/12/2014) pukul 06.18 WIB kemarin.", A, &[("Minggu (28/12/2014) pukul 06.18 WIB kemarin", "2014-12-28T06:18")]),
            ("a clock with a dot ending a timestamp line", "Minggu, 24 Agustus 2025 09.21\nTersangka kabur.", A, &[("Minggu, 24 Agustus 2025 09.21", "2025-08-24T09:21")]),
            ("no join across a line", "Jumat 04 Aug 2017 10:13 WIB\nHari Ini Kapolri datang.", A, &[("Jumat 04 Aug 2017 10:13 WIB", "2017-08-04T10:13"), ("Hari Ini", "2023-09-12")]),
            ("the same period a year before", "Laba naik dari periode yang sama 2022 yang mencapai Rp 5 miliar.", A, &[("2022", "2022")]),
            ("bare year range needs no cue", "Rencana strategis 2020-2025 disusun.", A, &[("2020-2025", "2020")]),
            (
                "a year with its deixis opening a clause or after a conjunction",
                "Sampai bulan ini tiga pensiun. 2025 nanti lima orang. Kasus turun dibandingkan dengan 2022 lalu.",
                A,
                &[("bulan ini", "2023-09"), ("2025 nanti", "2025"), ("2022 lalu", "2022")],
            ),
            ("a year with its deixis after a noun names an event", "Jelang Pilkada 2018 mendatang dan Lebaran 2017 lalu.", A, &[]),
            ("a list of years after a year", "Tuan rumah pada tahun 1979, 1987, dan 1997.", A, &[("tahun 1979", "1979"), ("1987", "1987"), ("1997", "1997")]),
            ("a decade takes its first year (corpus settlement), no cue needed", "Lagunya terkenal 1980-an; musik era 1990-an dan tahun 1950-an.", A, &[("1980-an", "1980"), ("era 1990-an", "1990"), ("tahun 1950-an", "1950")]),
            ("years in brackets", "Juara All England (1968, 1969) dan (2024).", A, &[("1968", "1968"), ("1969", "1969"), ("2024", "2024")]),
            ("a comparison with a year", "Kasus naik dibanding 2015.", A, &[("2015", "2015")]),
            ("a year after a noun stays a name", "Hasil Pemilu 2019, 2024 dibahas.", A, &[]),
            ("a headline capitalizes Tahun", "Kasus Pencurian DIY Tahun 2013 Meningkat\nPolisi mencatat kenaikan.", A, &[("Tahun 2013", "2013")]),
            ("Tahun opening a sentence", "Ia datang. Tahun 2020 merupakan tahun penting.", A, &[("Tahun 2020", "2020")]),
            ("two numbers are no year range", "Skor akhir pertandingan 2019-1990 aneh.", A, &[]),
            ("season with its year", "Ia bermain musim 2016 di Persib.", A, &[("musim 2016", "2016")]),
            ("quarter roman", "Laba kuartal III 2015 lalu naik.", A, &[("kuartal III 2015 lalu", "2015-Q3")]),
            ("month range takes the start", "Inflasi Mei hingga Juli 2025 turun.", A, &[("Mei hingga Juli 2025", "2025-05")]),
            ("bare first month of a range", "Harga naik Januari hingga Agustus 2025.", A, &[("Januari hingga Agustus 2025", "2025-01")]),
            ("month range with a hyphen", "Data Januari-November 2018 naik.", A, &[("Januari-November 2018", "2018-01")]),
            ("day range across two dates", "Rapat Rabu (3/1/2018) hingga Kamis (4/1/2018).", A, &[("Rabu (3/1/2018) hingga Kamis (4/1/2018)", "2018-01-03")]),
            ("quarter word, this year", "Laba triwulan kedua tahun ini naik.", A, &[("triwulan kedua tahun ini", "2023-Q2")]),
            ("Q form", "Penjualan Q1 2024 naik.", A, &[("Q1 2024", "2024-Q1")]),
            ("half year", "Laba semester I 2024 naik.", A, &[("semester I 2024", "2024-H1")]),
            ("half year, this year", "Target semester kedua tahun ini tercapai.", A, &[("semester kedua tahun ini", "2023-H2")]),
        ]);
    }

    #[test]
    fn relative_days_and_periods() {
        check(&[
            ("kemarin", "Acara digelar di Jakarta, kemarin.", A, &[("kemarin", "2023-09-11")]),
            ("kemarin over a month start", "Acara digelar di Jakarta, kemarin.", Some("2023-10-01"), &[("kemarin", "2023-09-30")]),
            ("hari ini", "Hari ini, ia dijadwalkan bersaksi.", A, &[("Hari ini", "2023-09-12")]),
            ("hari ini after a name's number", "Kasus COVID-19 hari ini menurun.", A, &[("hari ini", "2023-09-12")]),
            ("an editor's note names the day a quoted today is", "\"Hari ini (kemarin, Red) ada dua agenda,\" katanya. \"Latihan besok (hari ini-red) tetap jalan.\"", A,
                &[("Hari ini", "2023-09-11"), ("kemarin", "2023-09-11"), ("besok", "2023-09-12"), ("hari ini", "2023-09-12")]),
            ("besok over a year end", "Ia berangkat besok.", Some("2023-12-31"), &[("besok", "2024-01-01")]),
            ("lusa", "Hasilnya keluar lusa.", A, &[("lusa", "2023-09-14")]),
            ("semalam", "Hujan deras turun semalam.", A, &[("semalam", "2023-09-11")]),
            ("counted days, digits", "Ia tiba 3 hari lalu.", A, &[("3 hari lalu", "2023-09-09")]),
            ("counted days over a leap day", "Ia tiba dua hari lalu.", Some("2024-03-01"), &[("dua hari lalu", "2024-02-28")]),
            ("counted weeks", "Ia tiba dua pekan lalu.", A, &[("dua pekan lalu", "2023-W35")]),
            ("se- count", "Ia tiba sebulan lalu.", A, &[("sebulan lalu", "2023-08")]),
            ("counted span ahead ending a deadline", "Izin terbit paling lambat satu bulan ke depan.", Some("2016-02-16"), &[("satu bulan ke depan", "2016-03")]),
            ("counted years ago", "Tiga tahun silam ia menikah.", A, &[("Tiga tahun silam", "2020")]),
            ("pekan lalu", "Harga naik pekan lalu.", A, &[("pekan lalu", "2023-W36")]),
            ("minggu depan over a year end", "Ia kembali minggu depan.", Some("2024-12-25"), &[("minggu depan", "2025-W01")]),
            ("akhir pekan lalu", "Protes selama akhir pekan lalu meluas.", A, &[("akhir pekan lalu", "2023-W36")]),
            ("bulan ini", "Pembaruan dirilis bulan ini.", A, &[("bulan ini", "2023-09")]),
            ("bulan lalu over a year start", "Harga naik bulan lalu.", Some("2024-01-10"), &[("bulan lalu", "2023-12")]),
            ("awal bulan ini", "Harga naik awal bulan ini.", A, &[("awal bulan ini", "2023-09")]),
            ("tahun ini", "Film terlaris tahun ini.", A, &[("tahun ini", "2023")]),
            ("tahun lalu at a sentence start", "Tahun lalu, AS menuduh Korea Utara.", A, &[("Tahun lalu", "2022")]),
            ("tahun depan", "Tahun depan, dua produsen masuk.", A, &[("Tahun depan", "2024")]),
            ("akhir tahun alone", "Stok aman sampai akhir tahun.", A, &[("akhir tahun", "2023")]),
            ("kuartal lalu", "Laba kuartal lalu turun.", Some("2016-02-16"), &[("kuartal lalu", "2015-Q4")]),
            ("hari itu takes the last day", "Pada 10 September 2023 ia tiba. Hari itu hujan.", A, &[("10 September 2023", "2023-09-10"), ("Hari itu", "2023-09-10")]),
            (
                "hari yang sama takes the last day",
                "Pada 10 September 2023 ia tiba. Pada hari yang sama, tim SAR datang.",
                A,
                &[("10 September 2023", "2023-09-10"), ("hari yang sama", "2023-09-10")],
            ),
            ("keesokan harinya follows the last day", "Ia ditangkap 31 Desember 2023. Keesokan harinya ia diperiksa.", A, &[("31 Desember 2023", "2023-12-31"), ("Keesokan harinya", "2024-01-01")]),
            ("counted from the story: months after", "Ia ditangkap 3 Maret 2015.\nSebulan kemudian ia diadili.", A, &[("3 Maret 2015", "2015-03-03"), ("Sebulan kemudian", "2015-04")]),
            ("counted from the story: days before", "Ia ditangkap 3 Maret 2015. Dua hari sebelumnya ia kabur.", A, &[("3 Maret 2015", "2015-03-03"), ("Dua hari sebelumnya", "2015-03-01")]),
            ("counted from the story: the year after the one given", "Ia menang pada 2014. Tahun berikutnya ia kalah.", A, &[("2014", "2014"), ("Tahun berikutnya", "2015")]),
            ("counted from the story: se- day after", "Ia tiba Minggu (28/12/2014). Sehari setelahnya ia pulang.", A, &[("Minggu (28/12/2014)", "2014-12-28"), ("Sehari setelahnya", "2014-12-29")]),
            ("esok harinya is not tomorrow", "Ia tiba Senin (4/9/2023), esok harinya pulang.", A, &[("Senin (4/9/2023)", "2023-09-04"), ("esok harinya", "2023-09-05")]),
            ("no anchor: unknown", "Protes berlangsung pekan lalu.", None, &[("pekan lalu", "?")]),
        ]);
    }

    #[test]
    fn weekdays() {
        check(&[
            ("attribution weekday is past", "kata Yusak di Jakarta, Selasa.", Some("2016-02-23"), &[("Selasa", "2016-02-23")]),
            ("bare weekday is on or before", "Ia tiba Minggu pagi.", A, &[("Minggu pagi", "2023-09-10")]),
            ("future cue picks the next", "Pertandingan akan digelar Sabtu.", A, &[("Sabtu", "2023-09-16")]),
            ("future cue does not cross an attribution", "Kami akan menang, kata Samsul, Senin.", A, &[("Senin", "2023-09-11")]),
            ("future event ending a sentence", "Presiden akan meresmikan bendungan di Bandung, Jumat.", A, &[("Jumat", "2023-09-15")]),
            ("future cue inside a quote", "“Kami akan datang,” ujarnya Senin.", A, &[("Senin", "2023-09-11")]),
            ("future cue does not cross a past marker", "Informasi akan adanya banjir sudah diketahui sejak Kamis sore.", A, &[("Kamis sore", "2023-09-07")]),
            ("weekday lalu on the same weekday", "Ia datang Selasa lalu.", A, &[("Selasa lalu", "2023-09-05")]),
            ("weekday depan over a month end", "Ia kembali Senin depan.", Some("2023-09-28"), &[("Senin depan", "2023-10-02")]),
            ("hari + weekday", "Sidang digelar pada hari Kamis.", A, &[("hari Kamis", "2023-09-07")]),
            ("Jum'at spelling", "Ia ditangkap Jum'at.", A, &[("Jum'at", "2023-09-08")]),
            ("Minggu lalu opening a sentence is a week", "Minggu lalu, harga naik.", A, &[("Minggu lalu", "2023-W36")]),
            ("Minggu lalu mid-sentence is a Sunday", "Ia tiba Minggu lalu.", A, &[("Minggu lalu", "2023-09-10")]),
        ]);
    }

    #[test]
    fn days_counted_to_lebaran() {
        check(&[
            ("before the holiday, from 1 Syawal", "Arus mudik H-7 Lebaran meningkat.", Some("2017-06-20"), &[("H-7 Lebaran", "2017-06-18")]),
            ("the holiday's name with its Hijri year", "Macet pada H-3 menjelang hari raya Idul Fitri 1438 H terjadi.", Some("2017-06-26"), &[("H-3 menjelang hari raya Idul Fitri 1438 H", "2017-06-22")]),
            ("a range takes its start", "Penumpang mudik sejak H-15 hingga H+3 naik.", Some("2019-06-10"), &[("H-15 hingga H+3", "2019-05-21")]),
            ("the Lebaran of the year written", "Pemudik Lebaran ramai. H-8 2017 saja sepi.", Some("2018-06-05"), &[("H-8 2017", "2017-06-17")]),
            ("hari H", "Mudik sepi pada hari H Lebaran.", Some("2018-06-20"), &[("hari H Lebaran", "2018-06-15")]),
            ("the date it is said to be is one span and the article's day H", "Arus balik Lebaran memuncak pada H+4 atau Kamis (29/6). Pada H+6 turun.", Some("2017-07-02"), &[("H+4 atau Kamis (29/6)", "2017-06-29"), ("H+6", "2017-07-01")]),
            ("counted from the second day, as the article says", "Arus balik Lebaran: pada Minggu atau H+6 Lebaran 2017 sepi. Pada H+5 ramai.", Some("2017-07-02"), &[("Minggu atau H+6 Lebaran 2017", "2017-07-02"), ("H+5", "2017-07-01")]),
            ("a bare count needs an article about the holiday", "Tim bekerja hingga H-1 pencoblosan.", Some("2019-04-10"), &[]),
            ("a Lebaran not listed has no value", "Mudik H-7 Lebaran ramai.", Some("2030-02-01"), &[("H-7 Lebaran", "?")]),
        ]);
    }

    #[test]
    fn clock_times_and_parts_of_day_join_their_day() {
        check(&[
            ("weekday date and clock", "Rapat dimulai Senin (11/9/2023) pukul 10.00 WIB.", A, &[("Senin (11/9/2023) pukul 10.00 WIB", "2023-09-11T10:00")]),
            ("weekday date and part", "di Tebet, Rabu (4/11) malam.", Some("2015-11-05"), &[("Rabu (4/11) malam", "2015-11-04")]),
            ("part with nanti", "Laga digelar Selasa (23/2/2016) malam nanti.", Some("2016-02-23"), &[("Selasa (23/2/2016) malam nanti", "2016-02-23")]),
            ("weekday part comma date, local time", "di Los Angeles, Senin malam, 15 Februari 2016 waktu setempat.", Some("2016-02-16"), &[("Senin malam, 15 Februari 2016 waktu setempat", "2016-02-15")]),
            ("sekitar pukul", "Sidang dimulai sekitar pukul 11.30, lalu ditunda.", A, &[("sekitar pukul 11.30", "2023-09-12T11:30")]),
            ("clock takes the paragraph's day", "Ia tiba Minggu (10/9/2023) dan sidang dimulai pukul 14.00 WITA.", A, &[("Minggu (10/9/2023)", "2023-09-10"), ("pukul 14.00 WITA", "2023-09-10T14:00")]),
            ("temporal focus: a clock paragraphs later takes the story's day", "Pesawat hilang Minggu (28/12/2014).\nTim SAR dikerahkan.\nKontak terakhir pukul 06.12 WIB.", Some("2014-12-30"), &[("Minggu (28/12/2014)", "2014-12-28"), ("pukul 06.12 WIB", "2014-12-28T06:12")]),
            ("temporal focus: counted from now still counts from publication", "Pesawat hilang Minggu (28/12/2014).\nKemarin tim tiba.", Some("2014-12-30"), &[("Minggu (28/12/2014)", "2014-12-28"), ("Kemarin", "2014-12-29")]),
            ("temporal focus ahead: a date without its year after a coming date", "Konser digelar pada 28 September 2024, setelah Makassar (10 Agustus).", Some("2024-05-01"), &[("28 September 2024", "2024-09-28"), ("10 Agustus", "2024-08-10")]),
            ("temporal focus ahead: bare weekdays after a coming date", "Idul Adha jatuh pada Senin, 12 September 2016, menyambung libur Sabtu dan Minggu.", Some("2016-09-08"), &[("Senin, 12 September 2016", "2016-09-12"), ("Sabtu", "2016-09-10"), ("Minggu", "2016-09-11")]),
            ("temporal focus ahead: a written weekday stays near publication", "Target 1 Juli 2025. Rapat digelar Selasa (4/3).", Some("2025-03-05"), &[("1 Juli 2025", "2025-07-01"), ("Selasa (4/3)", "2025-03-04")]),
            ("a past date written in full moves no reference", "Ia lahir 2 Mei 1990. Senin ia bicara.", Some("2023-09-13"), &[("2 Mei 1990", "1990-05-02"), ("Senin", "2023-09-11")]),
            ("timestamp line with a dash", "Kamis, 16 Februari 2012 – 22:44 WIB", A, &[("Kamis, 16 Februari 2012 – 22:44 WIB", "2012-02-16T22:44")]),
            ("timestamp line with a bar", "KAMIS, 18 AGUSTUS 2016 | 08:14 WIB", A, &[("KAMIS, 18 AGUSTUS 2016 | 08:14 WIB", "2016-08-18T08:14")]),
            ("timestamp line with a slash", "Sabtu, 27 Desember 2014 / 14:29 WIB", A, &[("Sabtu, 27 Desember 2014 / 14:29 WIB", "2014-12-27T14:29")]),
            ("timestamp line with its weekday set off by a bar", "Rabu | 11-12-2013 | 15:17 WIB", A, &[("Rabu | 11-12-2013 | 15:17 WIB", "2013-12-11T15:17")]),
            ("timestamp: numeric date and a colon clock", "Diperbarui 03/9/2019 14:30 oleh redaksi.", A, &[("03/9/2019 14:30", "2019-09-03T14:30")]),
            ("timestamp glued by a comma", "Kamis 25-02-2021,18:07 WIB", A, &[("Kamis 25-02-2021,18:07 WIB", "2021-02-25T18:07")]),
            ("timestamp with seconds", "Diperbarui 16-03-2016 17:40:16 oleh redaksi.", A, &[("16-03-2016 17:40:16", "2016-03-16T17:40:16")]),
            ("a score after a date is no clock", "Laga 3/9/2019 berakhir 1:2.", A, &[("3/9/2019", "2019-09-03")]),
            ("relative day with the date it names", "Ia tiba kemarin, Jumat (25/3) sore.", Some("2016-03-26"), &[("kemarin, Jumat (25/3) sore", "2016-03-25")]),
            ("relative day, weekday and written date", "Sidang digelar hari ini, Rabu, 30 Agustus 2023.", Some("2023-08-30"), &[("hari ini, Rabu, 30 Agustus 2023", "2023-08-30")]),
            ("relative day with its date in brackets", "Sidang ditunda besok (Kamis, 31 Agustus 2023), kata hakim.", Some("2023-08-30"), &[("besok (Kamis, 31 Agustus 2023)", "2023-08-31")]),
            ("relative day, weekday and written date with no comma", "Sidang digelar hari ini Rabu 30 Agustus 2023.", Some("2023-08-30"), &[("hari ini Rabu 30 Agustus 2023", "2023-08-30")]),
            ("weekday, part of day and lalu", "Ia tiba Ahad (18/4) malam lalu. Rapat Senin malam lalu batal.", Some("2011-04-22"), &[("Ahad (18/4) malam lalu", "2011-04-18"), ("Senin malam lalu", "2011-04-18")]),
            ("a part of day with lalu alone names no day", "Dua malam lalu saya tiba.", A, &[]),
            ("a clock, a comma and its weekday", "Ledakan terdengar sekitar pukul 17.30, Senin lalu, kata warga.", A, &[("sekitar pukul 17.30, Senin lalu", "2023-09-11T17:30")]),
            ("a relative part of day, its weekday and date", "Konser digelar Sore ini, Selasa, 12 September 2023 di Jakarta.", A, &[("Sore ini, Selasa, 12 September 2023", "2023-09-12")]),
            ("a zone in lower case", "Rapat dimulai pukul 14.00 wita, Selasa (12/9/2023).", A, &[("pukul 14.00 wita, Selasa (12/9/2023)", "2023-09-12T14:00")]),
            ("timestamp with UTC", "Kamis, 20 June 2019 10:38 UTC", A, &[("Kamis, 20 June 2019 10:38 UTC", "2019-06-20T10:38")]),
            ("clock with seconds", "Gempa terjadi pukul 02.14.35 WIB.", A, &[("pukul 02.14.35 WIB", "2023-09-12T02:14:35")]),
            ("clock waktu setempat", "Ledakan terjadi pukul 09.15 waktu setempat.", A, &[("pukul 09.15 waktu setempat", "2023-09-12T09:15")]),
            ("clock in Saudi time, abbreviated", "Jemaah tiba pukul 16.00 WAS di Madinah.", A, &[("pukul 16.00 WAS", "2023-09-12T16:00")]),
            ("clock in Saudi time, in words", "Kloter berangkat pukul 21.20 waktu Arab Saudi (WAS) kemarin.", A, &[("pukul 21.20 waktu Arab Saudi (WAS) kemarin", "2023-09-11T21:20")]),
            ("weekday part (date)", "Pada Minggu malam (15/10), polisi menangkap pelaku.", Some("2023-10-19"), &[("Minggu malam (15/10)", "2023-10-15")]),
            ("weekday (date) mendatang clock", "Sidang digelar Selasa (24/10/2023) mendatang pukul 09.00 WIB.", Some("2023-10-19"), &[("Selasa (24/10/2023) mendatang pukul 09.00 WIB", "2023-10-24T09:00")]),
            ("a clock then its parenthetical date", "Pintu dibuka pukul 10.00 (15/10).", Some("2023-10-19"), &[("pukul 10.00 (15/10)", "2023-10-15T10:00")]),
            ("kemarin sore jam", "Hujan dari kemarin sore jam 16.00 WIB.", A, &[("kemarin sore jam 16.00 WIB", "2023-09-11T16:00")]),
            ("bare clock with zone, malam tadi", "Banjir mulai 20.00 WIB malam tadi.", A, &[("20.00 WIB malam tadi", "2023-09-11T20:00")]),
            ("pukul 7 malam is 19:00", "Acara dimulai pukul 7 malam.", A, &[("pukul 7 malam", "2023-09-12T19:00")]),
            ("clock range takes the start", "Layanan buka pukul 08.00-16.00 WIB.", A, &[("pukul 08.00-16.00 WIB", "2023-09-12T08:00")]),
            ("tadi pagi", "Ia tiba tadi pagi.", A, &[("tadi pagi", "2023-09-12")]),
            ("tadi malam is last night", "Ia tiba tadi malam.", A, &[("tadi malam", "2023-09-11")]),
            ("pagi ini", "Genangan merendam jalan pagi ini.", A, &[("pagi ini", "2023-09-12")]),
            ("malam itu takes the last day", "Konser digelar Senin (11/9/2023). Penonton memadati gedung malam itu.", A, &[("Senin (11/9/2023)", "2023-09-11"), ("malam itu", "2023-09-11")]),
            (
                "malam harinya takes the last day",
                "Warga mengungsi Senin (11/9/2023). Malam harinya hujan turun lagi.",
                A,
                &[("Senin (11/9/2023)", "2023-09-11"), ("Malam harinya", "2023-09-11")],
            ),
            ("dini hari alone", "Kebakaran terjadi dini hari.", A, &[("dini hari", "2023-09-12")]),
            ("time zone after a part of day", "Ia tiba Minggu (10/9) malam WIB.", A, &[("Minggu (10/9) malam WIB", "2023-09-10")]),
        ]);
    }

    /// A page's timestamp after a bar: the clock may lack its zone or be
    /// written with a dot (bylines: *Senin, 04 November 2019 | 13:10*).
    #[test]
    fn timestamps_after_a_bar() {
        check(&[
            ("bar, colon clock, no zone", "Oleh Ani - Senin, 04 November 2019 | 13:10\nGrid Video", A, &[("Senin, 04 November 2019 | 13:10", "2019-11-04T13:10")]),
            ("regression: a dash before the clock, no zone", "Selasa, 17 Juli 2018 - 13:11\nJakarta - BPS merilis data.", A, &[("Selasa, 17 Juli 2018 - 13:11", "2018-07-17T13:11")]),
            ("regression: a bullet before the clock", "Jumat, 20 SEPTEMBER 2019 • 15:29 WIB\nKonser digelar.", A, &[("Jumat, 20 SEPTEMBER 2019 • 15:29 WIB", "2019-09-20T15:29")]),
            ("bar, dot clock", "Written By Fokus on Senin, 23 Mei 2011 | 20.01\nBATULICIN", A, &[("Senin, 23 Mei 2011 | 20.01", "2011-05-23T20:01")]),
            ("bar glued to the clock", "Jurnalis-Rabu, 22 Mei 2024 |17:42 WIB\nMahasiswa", A, &[("Rabu, 22 Mei 2024 |17:42 WIB", "2024-05-22T17:42")]),
            ("a bar then a byline, not a clock", "Selasa, 16 Mei 2017 | Zulkarnain\nBerita", A, &[("Selasa, 16 Mei 2017", "2017-05-16")]),
            ("a dot number after a date without a bar is no clock", "Pada 3 Mei 2011 20.01 persen naik.", A, &[("3 Mei 2011", "2011-05-03")]),
        ]);
    }

    /// Timestamp lines of sites set to an English locale: an English
    /// weekday opens the date, the month may come first (*May 12, 2022*).
    #[test]
    fn timestamps_in_english() {
        check(&[
            ("an English weekday joins its date", "Tuesday, 18 September 2012 | 12:02 WIB\nPengesahan APBD.", A, &[("Tuesday, 18 September 2012 | 12:02 WIB", "2012-09-18T12:02")]),
            ("month first, comma, clock", "Oleh Ronald - May 12, 2022 14:48\nJAKARTA - Banjir.", A, &[("May 12, 2022 14:48", "2022-05-12T14:48")]),
            ("month abbreviated first, a dash before the clock", "Oct 31, 2022 - 23:08\nAtap rumah roboh.", A, &[("Oct 31, 2022 - 23:08", "2022-10-31T23:08")]),
            ("month first without a comma after the day", "Marathon 2024 Aug 25 2024, 15.31\nTampil", A, &[("Aug 25 2024, 15.31", "2024-08-25T15:31")]),
            ("a month first needs its day and year", "Pada May 2020 ia datang; Mei 12 orang hadir.", A, &[("May 2020", "2020-05")]),
        ]);
    }

    /// Clock-time spellings: a title-case zone (*Wita*), *dinihari* written
    /// as one word, *tadi* / *nanti* after the clock (later or earlier today).
    #[test]
    fn clock_spellings() {
        check(&[
            ("title-case zone", "Pesawat mendarat sekitar pukul 15.05 Wita.", A, &[("sekitar pukul 15.05 Wita", "2023-09-12T15:05")]),
            ("title-case zone on a bare clock", "Banjir surut 13.00 Wita.", A, &[("13.00 Wita", "2023-09-12T13:00")]),
            ("dinihari as one word", "Banjir terjadi pada Rabu dinihari.", A, &[("Rabu dinihari", "2023-09-06")]),
            ("dinihari with a clock", "Puncaknya pada Rabu dinihari pukul 01.00, banjir.", A, &[("Rabu dinihari pukul 01.00", "2023-09-06T01:00")]),
            ("tadi after a clock is today", "Pesawat hilang Minggu (28/12/2014).\nMassa tiba sejak pukul 08.30 tadi.", Some("2014-12-30"), &[("Minggu (28/12/2014)", "2014-12-28"), ("pukul 08.30 tadi", "2014-12-30T08:30")]),
            ("nanti after a clock and zone", "Harga berubah pada pukul 00.00 WIB nanti.", A, &[("pukul 00.00 WIB nanti", "2023-09-12T00:00")]),
        ]);
    }

    /// A season with its year is one span (GUIDELINES: *musim kemarau 2023*).
    #[test]
    fn seasons_with_a_year() {
        check(&[
            ("musim year", "Ia berlaga di musim 2016 bersama Manor.", A, &[("musim 2016", "2016")]),
            ("musim year mendatang", "Ia kembali berlaga di musim 2017 mendatang.", Some("2016-12-30"), &[("musim 2017 mendatang", "2017")]),
            ("named season with year", "Hujan turun sepanjang musim kemarau 2023.", A, &[("musim kemarau 2023", "2023")]),
            ("musim alone is no date", "Ia tampil baik musim ini.", A, &[]),
        ]);
    }

    /// A numbered decision or regulation and its year are a name, not a
    /// date, whatever the number looks like.
    #[test]
    fn regulation_numbers() {
        check(&[
            ("dotted and dashed number", "Ia dilantik berdasarkan keputusan Mendagri nomor 131.35-245 tahun 2018.", A, &[]),
            ("No with a dashed number", "Sesuai surat keputusan Mendagri No 131.35-260 tahun 2018.", A, &[]),
            ("bernomor", "Ia menandatangani SK bernomor 0137 tahun 2015 tentang pembekuan.", A, &[]),
            ("the year of a decision still dates it elsewhere", "SK itu terbit pada tahun 2015.", A, &[("tahun 2015", "2015")]),
        ]);
    }

    /// A weekday with the week it lies in: that weekday of that week
    /// (*Kamis pekan lalu* is last week's Thursday, not the latest Thursday).
    #[test]
    fn weekday_of_a_named_week() {
        check(&[
            ("weekday pekan lalu", "Serangan terjadi sejak Kamis pekan lalu.", Some("2024-06-25"), &[("Kamis pekan lalu", "2024-06-20")]),
            ("weekday counted weeks ago", "Ia divonis Jumat dua pekan lalu.", Some("2011-11-14"), &[("Jumat dua pekan lalu", "2011-11-04")]),
            ("weekday pekan depan", "Sidang digelar Senin pekan depan.", A, &[("Senin pekan depan", "2023-09-18")]),
            ("weekday minggu lalu", "Ia tiba Selasa minggu lalu.", A, &[("Selasa minggu lalu", "2023-09-05")]),
            ("weekday pekan ini", "Rapat digelar Jumat pekan ini.", A, &[("Jumat pekan ini", "2023-09-15")]),
            ("a comma keeps them apart", "Ia tiba Senin, pekan lalu ia pergi.", A, &[("Senin", "2023-09-11"), ("pekan lalu", "2023-W36")]),
        ]);
    }

    /// A date or month without a year leans to the past: news reports what
    /// happened up to three quarters of a year back more often than what
    /// comes more than a quarter ahead (corpus: of bare months and dates
    /// 6 to 9 months before publication, all are the same year's).
    #[test]
    fn yearless_dates_lean_to_the_past() {
        check(&[
            ("date seven months back", "Aturan itu diterbitkan pada 28 Maret dan berlaku 1 April.", Some("2025-10-20"), &[("28 Maret", "2025-03-28"), ("1 April", "2025-04-01")]),
            ("date weeks ahead", "Penyuntikan dilakukan pada 13 Januari.", Some("2021-01-05"), &[("13 Januari", "2021-01-13")]),
            ("date ahead over a year end", "Tarif berlaku pada 5 Januari.", Some("2023-12-20"), &[("5 Januari", "2024-01-05")]),
            ("month nine months back", "Ada 2 kasus di bulan Januari.", Some("2022-10-19"), &[("bulan Januari", "2022-01")]),
            ("month ahead over a year end", "Tarif berlaku pada bulan Januari.", Some("2023-12-05"), &[("bulan Januari", "2024-01")]),
            ("month later in the year", "Kompetisi dimulai bulan September.", Some("2016-05-02"), &[("bulan September", "2016-09")]),
            ("a weekday a year off is a typo, not next year", "Ia bertemu Bozkir pada Kamis (19/5) waktu setempat.", Some("2021-05-20"), &[("Kamis (19/5) waktu setempat", "2021-05-19")]),
        ]);
    }

    /// A day and month in brackets is a date wherever it stands (every
    /// one in the corpus, the kit and the NER corpora is), and so is a
    /// dateline's *Kota, d/m (ANTARA) -*.
    #[test]
    fn parenthetical_and_dateline_day_month() {
        check(&[
            ("after a place", "Hal itu disampaikan di Kantor LPAI, Jakarta, (16/7). LPAI menolak.", Some("2016-07-16"), &[("16/7", "2016-07-16")]),
            ("after pada", "Sosialisasi digelar di Hotel Quality pada (13/6).", Some("2019-06-21"), &[("13/6", "2019-06-13")]),
            ("months back is last year's", "Mereka berunjukrasa di bandara Bangkok (27/11).", Some("2011-06-23"), &[("27/11", "2010-11-27")]),
            ("a week restated by its date", "Berdasarkan data akhir pekan lalu (4/9), indeks melemah.", Some("2015-09-07"), &[("akhir pekan lalu (4/9)", "2015-09-04")]),
            ("dateline with the agency", "Pekanbaru, 12/10 (ANTARA) - Harga TBS turun.", Some("2010-10-12"), &[("12/10", "2010-10-12")]),
            ("dateline with a dash", "ANTARAJAWABARAT.com,2/1 - Pemerintah Garut berencana.", Some("2012-01-02"), &[("2/1", "2012-01-02")]),
            ("a fraction in text is not", "Sebanyak 3/4 warga, yakni 1/2 dari total, setuju.", A, &[]),
        ]);
    }

    /// A clock hour in words: *pukul sepuluh pagi*, *pukul enam*, and
    /// *jam satu siang* (*jam* with a word needs its part of day).
    #[test]
    fn clock_hours_in_words() {
        check(&[
            ("pukul word part", "Ia tiba sekitar pukul sepuluh pagi.", A, &[("sekitar pukul sepuluh pagi", "2023-09-12T10:00")]),
            ("pukul word", "Pagi itu sekitar pukul enam, ia membuka kelas.", A, &[("Pagi itu sekitar pukul enam", "2023-09-12T06:00")]),
            ("jam word part", "Pre-sale tanggal 17 Februari jam satu siang dibuka.", Some("2021-02-17"), &[("tanggal 17 Februari jam satu siang", "2021-02-17T13:00")]),
            ("two-word hour", "Acara selesai pukul dua belas siang.", A, &[("pukul dua belas siang", "2023-09-12T12:00")]),
            ("jam word alone is not", "Ia menunggu jam satu dan dua jam lagi.", A, &[]),
        ]);
    }

    /// A numbered week with its year is an ISO week (*minggu ke-15 tahun
    /// 2024*); without a year it is a league's round, not a date.
    #[test]
    fn numbered_weeks() {
        check(&[
            ("minggu ke- tahun", "Kasus DBD di minggu ke-15 tahun 2024 naik.", A, &[("minggu ke-15 tahun 2024", "2024-W15")]),
            ("pekan ke bare year", "Data pekan ke-3 2023 dirilis.", A, &[("pekan ke-3 2023", "2023-W03")]),
            ("a round without a year", "Persib menang dalam laga pekan ke-28 Liga 1.", A, &[]),
        ]);
    }

    /// Ranges written with *atau* / *dan*, clock ranges whose end has no
    /// *pukul*, and ends of different kinds joined by *hingga* / *sampai
    /// (dengan)*: one span with the start's value (GUIDELINES: a range takes
    /// the value of its start).
    #[test]
    fn ranges_with_words() {
        check(&[
            ("counted alternatives", "Harga turun dibanding lima atau enam hari lalu.", Some("2014-06-15"), &[("lima atau enam hari lalu", "2014-06-09")]),
            ("counted alternatives, digits", "Hal ini terjadi pada 4 atau 5 tahun lalu.", Some("2021-01-19"), &[("4 atau 5 tahun lalu", "2016")]),
            ("two days in a row", "Konser digelar dua hari, 10 dan 11 April.", Some("2013-04-20"), &[("10 dan 11 April", "2013-04-10")]),
            ("two days apart are two dates", "Kasus ditemukan pada 23 dan 27 Maret 2023.", A, &[("27 Maret 2023", "2023-03-27")]),
            ("clock range, the end without pukul", "Letusan terjadi pukul 08.33 WIB hingga 09.19 WIB.", A, &[("pukul 08.33 WIB hingga 09.19 WIB", "2023-09-12T08:33")]),
            ("a day range takes the end's year", "Pameran 30 November hingga 3 Desember 2014 ramai.", Some("2016-06-15"), &[("30 November hingga 3 Desember 2014", "2014-11-30")]),
            ("a day range over a year end", "Libur 28 Desember hingga 2 Januari 2015 ramai.", Some("2016-06-15"), &[("28 Desember hingga 2 Januari 2015", "2014-12-28")]),
            ("a month range over a year end", "Hujan November hingga Februari 2015 deras.", Some("2016-06-15"), &[("November hingga Februari 2015", "2014-11")]),
            ("clock range, the end with pukul stays two", "Operasi mulai pukul 10.00 WIB hingga pukul 11.30 WIB.", A, &[("pukul 10.00 WIB", "2023-09-12T10:00"), ("pukul 11.30 WIB", "2023-09-12T11:30")]),
            ("a year to a month", "Harga naik sejak tahun ini hingga September 2018.", Some("2018-10-02"), &[("tahun ini hingga September 2018", "2018")]),
            ("a day to a clock time", "Jalan ditutup Jumat (24/5/2024) siang hingga pukul 17.00 WIB.", A, &[("Jumat (24/5/2024) siang hingga pukul 17.00 WIB", "2024-05-24")]),
            ("a month to a day", "Kasus tercatat bulan Januari sampai dengan 13 Februari 2019.", Some("2019-02-14"), &[("bulan Januari sampai dengan 13 Februari 2019", "2019-01")]),
            ("two bare weekdays are a schedule, apart", "Kantor buka Senin hingga Sabtu.", A, &[("Senin", "2023-09-11"), ("Sabtu", "2023-09-09")]),
        ]);
    }

    /// A day joined to what names its year or its day: *21 Oktober tahun
    /// lalu*, *pukul 19.00 semalam*, *Selasa 15/11*, and a part of day after
    /// the comma that closes a written date (*Sabtu, 31 Oktober 2015, malam
    /// itu*); a fiscal or school year with its years (*tahun anggaran
    /// 2010-2011*).
    #[test]
    fn days_joined_to_their_year_or_day() {
        check(&[
            ("date tahun lalu", "Ia dilantik pada 21 Oktober tahun lalu.", Some("2025-10-20"), &[("21 Oktober tahun lalu", "2024-10-21")]),
            ("date tahun depan", "Aturan berlaku 1 Januari tahun depan.", A, &[("1 Januari tahun depan", "2024-01-01")]),
            ("date tahun ini", "Ia ditangkap pada 5 Mei tahun ini.", A, &[("5 Mei tahun ini", "2023-05-05")]),
            ("clock semalam", "Bahkan hingga pukul 19.00 semalam, warga aman.", Some("2010-10-25"), &[("pukul 19.00 semalam", "2010-10-24T19:00")]),
            ("clock zone kemarin", "Ia tiba pukul 10.00 WIB kemarin.", A, &[("pukul 10.00 WIB kemarin", "2023-09-11T10:00")]),
            ("a comma keeps a clock from the next day", "Ia tiba pukul 10.00, kemarin ia pergi.", A, &[("pukul 10.00", "2023-09-12T10:00"), ("kemarin", "2023-09-11")]),
            ("weekday then day/month", "Trump bicara Senin (Selasa 15/11 WIB).", Some("2016-11-15"), &[("Senin", "2016-11-14"), ("Selasa 15/11", "2016-11-15")]),
            ("weekday comma day/month", "Ia tiba Rabu, 4/11 di Jakarta.", Some("2015-11-05"), &[("Rabu, 4/11", "2015-11-04")]),
            ("a bare day/month is still no date", "Skornya 15/11 untuk tuan rumah.", A, &[]),
            ("itu right after the day stays out", "Banjir terjadi pada Rabu dinihari itu karena hujan.", A, &[("Rabu dinihari", "2023-09-06")]),
            ("date, part itu", "Pertemuan digelar Sabtu, 31 Oktober 2015, malam itu melahirkan kesepakatan.", A, &[("Sabtu, 31 Oktober 2015, malam itu", "2015-10-31")]),
            ("date, part hari", "Tanggal 17 September, malam hari, ia dites.", Some("2020-09-25"), &[("Tanggal 17 September, malam hari", "2020-09-17")]),
            ("date, a lone part word stays apart", "Ia tiba 17 September 2020, malam ia pergi.", A, &[("17 September 2020", "2020-09-17")]),
            ("fiscal year range", "APBN untuk tahun anggaran 2010-2011 naik.", A, &[("tahun anggaran 2010-2011", "2010")]),
            ("school year", "Tahun Ajaran Baru 2023-2024 segera dimulai.", A, &[("Tahun Ajaran Baru 2023-2024", "2023")]),
            ("fiscal year", "Dana tahun anggaran 2015 cair.", A, &[("tahun anggaran 2015", "2015")]),
        ]);
    }

    /// New Year's Eve is the last day of the year before the one named.
    #[test]
    fn new_years_eve() {
        check(&[
            ("with its year", "Tiga orang meninggal sejak malam tahun baru 2012 di Aceh.", Some("2012-01-03"), &[("malam tahun baru 2012", "2011-12-31")]),
            ("title case, this year's", "Musisi memeriahkan malam Tahun Baru di Ancol.", Some("2012-12-30"), &[("malam Tahun Baru", "2012-12-31")]),
            ("read after it", "Kembang api menyala pada malam tahun baru.", Some("2015-01-02"), &[("malam tahun baru", "2014-12-31")]),
            ("tahun baru alone is no date", "Harga naik menjelang tahun baru.", A, &[]),
        ]);
    }

    /// Cases named after what once went wrong while this layer was built.
    #[test]
    fn regressions() {
        check(&[
            ("malam tadi read as tonight, not last night", "Banjir mulai 20.00 WIB malam tadi.", Some("2025-10-22"), &[("20.00 WIB malam tadi", "2025-10-21T20:00")]),
            ("age + tahun ini read as this year", "Remaja berusia 12 tahun ini mendapat kesempatan.", A, &[]),
            ("weekday range split into two past weekdays", "Sabtu-Minggu (26-27/8) ditutup.", Some("2023-08-24"), &[("Sabtu-Minggu (26-27/8)", "2023-08-26")]),
            ("lone (d/m/yyyy) lost when parenthetical dates became pieces", "Surat (10/9/2023) beredar.", A, &[("10/9/2023", "2023-09-10")]),
            ("mendatang after (date) cut the span", "Sidang Selasa (24/10/2023) mendatang.", Some("2023-10-19"), &[("Selasa (24/10/2023) mendatang", "2023-10-24")]),
            ("clock seconds cut the span", "Gempa pukul 02.14.35 WIB.", A, &[("pukul 02.14.35 WIB", "2023-09-12T02:14:35")]),
            ("lower-case month abbreviation inside a word", "Ia seperti desa 2023 dan sep 2023.", A, &[]),
            ("preposition kept out of a bare year's span", "Naik di 2024.", A, &[("2024", "2024")]),
            ("tadi pagi lost its deixis when looked up behind", "Ia tiba tadi pagi pukul 07.00.", A, &[("tadi pagi pukul 07.00", "2023-09-12T07:00")]),
        ]);
    }

    #[test]
    fn anchor_from_the_text() {
        let ex = DateExtractor::new();
        let cases = [
            ("weekday date", "Gempa terjadi Rabu (13/9/2023) dini hari.", Some("2023-09-13")),
            ("dateline without weekday", "JAKARTA, 12 September 2023 - Harga naik.\nIa lahir 1 Mei 1980.", Some("2023-09-12")),
            (
                "historical date before the report's",
                "Judul\nProklamasi dibacakan 17 Agustus 1945. Upacara digelar di Istana, Kamis (17/8/2023).",
                Some("2023-08-17"),
            ),
            ("only a bare full date", "Judul\nIa lahir 1 Mei 1980 di Medan.", Some("1980-05-01")),
            ("no full date", "Harga naik pekan lalu, Rabu (4/11).", None),
        ];
        for (name, text, want) in cases {
            let got = ex.find_anchor(text, &Segmented::new(text)).map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "{name}");
        }
    }

    #[test]
    fn not_dates() {
        check(&[
            ("duration", "Ia dirawat selama dua minggu dan dihukum dua tahun.", A, &[]),
            ("age", "Remaja berusia 13 tahun itu menang.", A, &[]),
            ("age, then lalu", "Ia berusia 20 tahun lalu menikah.", A, &[]),
            ("count of respondents", "Dari 2000 responden, 60 persen setuju.", A, &[]),
            ("age before ini", "Pianis berusia 12 tahun ini tampil.", A, &[]),
            ("these few days: a count before hari ini", "Sudah tiga hari ini warga mengungsi; dalam beberapa hari ini hujan.", A, &[]),
            ("remaining duration with lagi", "Masih ada sisa 5 tahun lagi.", A, &[]),
            ("within the next days", "Tanggap darurat dilakukan dalam tujuh hari ke depan.", A, &[]),
            ("the next days as a stretch of time", "Cuaca ekstrem sepekan ke depan; ia ditahan 20 hari ke depan.", A, &[]),
            ("within the next years", "Ia berharap dalam 5 tahun ke depan rumah sakit berdiri.", A, &[]),
            ("within the coming month, se- form", "Dalam sebulan mendatang harga stabil.", A, &[]),
            ("frequency", "Ia berolahraga setiap hari dan tiap Senin.", A, &[]),
            ("a day of every month is a schedule", "Harga naik setiap tanggal 1 dan tiap tanggal 15.", A, &[]),
            ("vague present", "Saat ini dan sekarang, kini harga naik.", A, &[]),
            ("vague past", "Beberapa waktu lalu dan beberapa hari lalu ia datang.", A, &[]),
            ("vague counts", "Beberapa tahun lalu, puluhan tahun lalu dan bulan-bulan lalu.", A, &[]),
            ("anniversary", "Perayaan HUT ke-59 Golkar.", A, &[]),
            ("year in an event name", "Survei Pemilu 2019 dan Piala Dunia 2026.", A, &[]),
            (
                "capitalized Tahun going on with a name in running text",
                "Rapat masa sidang I Tahun 2021 dibuka. Ia membuka Penas Tani dan Nelayan Tahun 2023 di Padang.",
                A,
                &[],
            ),
            ("regulation number", "Ia dijerat UU No 31 Tahun 1999 dan UU Nomor 20 Tahun 2001.", A, &[]),
            ("regression: a regulation's short name and number", "Menhub menandatangani PM 12 Tahun 2019 dan UU 10 Tahun 2016.", A, &[]),
            ("regression: a law's title before its year", "Sesuai UU Pemerintah Daerah Tahun 2004 Pasal 111.", A, &[]),
            ("regression: numbers with letters listed after nomor", "Keputusan Presiden Nomor 15P dan 24P Tahun 2025 terbit.", A, &[]),
            ("count, not a year", "Bantuan diberikan pada 2000 orang.", A, &[]),
            ("bare part of day", "Selamat pagi, semakin siang semakin panas.", A, &[]),
            ("lower-case minggu is not Sunday", "Syuting sekitar 2 minggu.", A, &[]),
            ("weekly schedule", "Layanan buka Senin-Jumat.", A, &[]),
            ("weekly schedule with an en dash", "Layanan buka Senin–Jumat.", A, &[]),
            ("hours of work", "Mereka sulit datang saat jam kerja, dua jam perjalanan.", A, &[]),
            ("masa lalu", "Dian di masa lalu berbeda; di masa mendatang ia terbuka.", A, &[]),
            ("score or fraction", "Skor akhir 3/1 untuk tuan rumah.", A, &[]),
            ("abbreviation alone", "Ia menyebut Mar dan Jun sebagai nama.", A, &[]),
            ("URL path", "Sumber: kompas.com/read/2015/11/05/berita", A, &[]),
            ("month name as a person's name", "Hadiah diterima dari April Jasmine.", A, &[]),
            ("month name closing a person's name", "Seperti diungkapkan Yan Mei, ekspor turun.", A, &[]),
            ("bare month after a frequency word", "Hujan turun setiap Oktober.", A, &[]),
            ("English month name alone", "The report came out in May, he said.", A, &[]),
        ]);
    }
}
