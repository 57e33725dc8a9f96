package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.check;
import static io.khabar.enrich.dates.Mentions.icuHijri;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Hijri lunar dates (Umm al-Qura, via ICU), clock times, and days joined with their time. */
class HijriAndTimeTest {

    private static final String I = "islamic";

    @Test
    void hijriDates() {
        assertEquals("2023-04-06", icuHijri(1444, 9, 15));
        check("۱۵ رمضان ۱۴۴۴", null, "۱۵ رمضان ۱۴۴۴", I, "day", "2023-04-06");
        check("في 15 رمضان 1444 هـ", null, "15 رمضان 1444 هـ", I, "day", "2023-04-06");
        check("on 1 Ramadan 1444 AH", null, "1 Ramadan 1444 AH", I, "day", icuHijri(1444, 9, 1));
        check("هشتم صفر 1319 قمری", null, "هشتم صفر 1319 قمری", I, "day", icuHijri(1319, 2, 8));
        check("در ماه مبارک رمضان", LocalDate.of(2023, 4, 20), "ماه مبارک رمضان", I, "month", "2023-04");
    }

    @Test
    void times() {
        check("Beginn 14:30", null, "14:30", "none", "time", "14:30");
        check("ساعت ۱۴:۳۰ آغاز شد", null, "ساعت ۱۴:۳۰", "none", "time", "14:30");
        check("ab 14.30 Uhr", null, "14.30 Uhr", "none", "time", "14:30");
        check("at 2:30 p.m. local time", null, "2:30 p.m.", "none", "time", "14:30");
        check("ساعت ۱۰ شب", null, "ساعت ۱۰ شب", "none", "time", "22:00");
    }

    @Test
    void dayAndTimeMakeOneDatetime() {
        check("31.07.2023 14:30", null, "31.07.2023 14:30", "gregorian", "datetime", "2023-07-31T14:30");
        check("2023-07-31T14:30:00Z", null, "2023-07-31T14:30:00Z", "gregorian", "datetime", "2023-07-31T14:30");
        check("gestern um 14 Uhr", LocalDate.of(2023, 8, 1), "gestern um 14 Uhr", "none", "datetime",
            "2023-07-31T14:00");
        check("ساعت ۱۰ صبح روز دوشنبه", null, "ساعت ۱۰ صبح روز دوشنبه", "none", "datetime", null);
    }
}
