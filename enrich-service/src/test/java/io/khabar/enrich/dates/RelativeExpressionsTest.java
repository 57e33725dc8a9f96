package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.Mentions.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Relative expressions against a publication date. Reference: Wednesday 2023-08-02 (Jalali 1402-05-11), unless
 * a test says otherwise.
 */
class RelativeExpressionsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 8, 2);
    private static final String NONE = "none";

    @Test
    void weekdaysAreTheMostRecentSuchDayOnOrBeforeTheReference() {
        check("They met on Monday.", WEDNESDAY, "Monday", NONE, "day", "2023-07-31");
        check("Sie trafen sich am Montag.", WEDNESDAY, "Montag", NONE, "day", "2023-07-31");
        check("وزرا روز دوشنبه دیدار کردند", WEDNESDAY, "روز دوشنبه", NONE, "day", "2023-07-31");
        check("وزرا دوشنبه دیدار کردند", WEDNESDAY, "دوشنبه", NONE, "day", "2023-07-31");
        check("Они встретились в понедельник.", WEDNESDAY, "понедельник", NONE, "day", "2023-07-31");
        check("التقيا يوم الاثنين", WEDNESDAY, "يوم الاثنين", NONE, "day", "2023-07-31");
        check("Ils se sont vus lundi.", WEDNESDAY, "lundi", NONE, "day", "2023-07-31");
        check("в среду", WEDNESDAY, "среду", NONE, "day", "2023-08-02"); // the reference day itself
    }

    @Test
    void weekdaysWithoutReferenceStayUnresolved() {
        check("They met on Monday.", null, "Monday", NONE, "day", null);
        check("وزرا روز دوشنبه دیدار کردند", null, "روز دوشنبه", NONE, "day", null);
    }

    @Test
    void lastAndNextWeekdaysAreStrictlyBeforeOrAfter() {
        check("last Wednesday", WEDNESDAY, "last Wednesday", NONE, "day", "2023-07-26");
        check("چهارشنبه آینده", WEDNESDAY, "چهارشنبه آینده", NONE, "day", "2023-08-09");
        check("روز جمعه ی آینده", WEDNESDAY, "روز جمعه ی آینده", NONE, "day", "2023-08-04");
        check("الاثنين الماضي", WEDNESDAY, "الاثنين الماضي", NONE, "day", "2023-07-31");
    }

    @Test
    void yesterdayTodayTomorrow() {
        String[] yesterday = {"yesterday", "gestern", "دیروز", "вчера", "أمس"};
        for (String w : yesterday) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "day", "2023-08-01");
        }
        for (String w : new String[] {"today", "heute", "امروز", "сегодня", "اليوم", "aujourd'hui"}) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "day", "2023-08-02");
        }
        for (String w : new String[] {"tomorrow", "morgen", "فردا", "завтра", "غدا", "demain"}) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "day", "2023-08-03");
        }
        check("Il est arrivé hier à Paris et il est reparti.", WEDNESDAY, "hier", NONE, "day", "2023-08-01");
        check("x gestern y", null, "gestern", NONE, "day", null);
    }

    @Test
    void weeksAreIsoWeeks() {
        for (String w : new String[] {"last week", "letzte Woche", "vergangene Woche", "هفته گذشته", "هفته پیش",
            "прошлой неделе", "الأسبوع الماضي", "la semaine dernière"}) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "week", "2023-W30");
        }
        check("next week", WEDNESDAY, "next week", NONE, "week", "2023-W32");
        check("این هفته", WEDNESDAY, "این هفته", NONE, "week", "2023-W31");
        check("x last week y", null, "last week", NONE, "week", null);
    }

    @Test
    void years() {
        for (String w : new String[] {"last year", "letztes Jahr", "vergangenen Jahr", "прошлом году",
            "العام الماضي", "l'année dernière"}) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "year", "2022");
        }
        for (String w : new String[] {"this year", "dieses Jahr", "этом году", "هذا العام", "cette année"}) {
            check("x " + w + " y", WEDNESDAY, w, NONE, "year", "2023");
        }
    }

    @Test
    void persianYearsCountInTheJalaliCalendar() {
        // 2023-08-02 is in 1402; 1401 began in March 2022
        check("سال گذشته", WEDNESDAY, "سال گذشته", "persian", "year", "2022");
        check("سال پیش", WEDNESDAY, "سال پیش", "persian", "year", "2022");
        check("امسال", WEDNESDAY, "امسال", "persian", "year", "2023");
        check("سال جاری", WEDNESDAY, "سال جاری", "persian", "year", "2023");
        // 2023-01-10 is in 1401 (begun March 2022), so last year, 1400, began in March 2021
        check("سال گذشته", LocalDate.of(2023, 1, 10), "سال گذشته", "persian", "year", "2021");
        check("سال گذشته میلادی", LocalDate.of(2023, 1, 10), "سال گذشته میلادی", "gregorian", "year", "2022");
        check("اسفند سال گذشته", WEDNESDAY, "اسفند سال گذشته", "persian", "month", "2023-03");
        check("هفت اسفند سال گذشته", WEDNESDAY, "هفت اسفند سال گذشته", "persian", "day",
            Mentions.icuJalali(1401, 12, 7));
        check("اسفند سال گذشته", null, "اسفند سال گذشته", "persian", "month", null);
    }

    @Test
    void countedOffsets() {
        check("vor drei Tagen", WEDNESDAY, "vor drei Tagen", NONE, "day", "2023-07-30");
        check("3 days ago", WEDNESDAY, "3 days ago", NONE, "day", "2023-07-30");
        check("۳ روز پیش", WEDNESDAY, "۳ روز پیش", NONE, "day", "2023-07-30");
        check("165 سال پیش", WEDNESDAY, "165 سال پیش", "persian", "year", "1858"); // 1402 - 165 = 1237
        check("vor 30 Jahren", WEDNESDAY, "vor 30 Jahren", NONE, "year", "1993");
        // "ten days later" counts from an event the finder does not know
        check("10 روز بعد", WEDNESDAY, "10 روز بعد", NONE, "day", null);
    }

    @Test
    void kindIsRelative() {
        assertEquals("relative", Mentions.one("x gestern y", WEDNESDAY, "gestern").kind());
        assertEquals("absolute", Mentions.one("x 31. Juli y", WEDNESDAY, "31. Juli").kind());
    }
}
