package io.khabar.enrich.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** One finder for all test classes (it takes a while to build) and assertions on its mentions. */
final class Mentions {

    static final DateFinder FINDER = new DateFinder();

    private Mentions() {
    }

    /** Asserts that {@code text} holds exactly one mention, which covers {@code surface} (first occurrence). */
    static DateMention one(String text, LocalDate reference, String surface) {
        List<DateMention> found = FINDER.find(text, reference);
        assertEquals(1, found.size(), () -> "expected one mention in «" + text + "», got " + found);
        return at(found, text, surface);
    }

    /** The mention covering exactly {@code surface} (its first occurrence in {@code text}). */
    static DateMention at(List<DateMention> found, String text, String surface) {
        int start = text.indexOf(surface);
        assertTrue(start >= 0, () -> "«" + surface + "» is not in «" + text + "»");
        for (DateMention m : found) {
            if (m.start() == start) {
                assertEquals(start + surface.length(), m.end(), () -> "span of " + m);
                assertEquals(surface, m.surface());
                assertEquals(text.substring(m.start(), m.end()), m.surface());
                return m;
            }
        }
        return fail("no mention at «" + surface + "» in " + found);
    }

    /** Asserts one mention covering {@code surface} with this calendar, granularity and value. */
    static DateMention check(String text, LocalDate reference, String surface, String calendar, String granularity,
                             String value) {
        DateMention m = one(text, reference, surface);
        assertEquals(calendar, m.calendar(), () -> "calendar of " + m);
        assertEquals(granularity, m.granularity(), () -> "granularity of " + m);
        assertEquals(value, m.value(), () -> "value of " + m);
        assertTrue(m.confidence() > 0 && m.confidence() <= 1, () -> "confidence of " + m);
        return m;
    }

    /** Asserts that nothing in {@code text} is taken for a date. */
    static void none(String text) {
        List<DateMention> found = FINDER.find(text, LocalDate.of(2023, 7, 31));
        assertEquals(List.of(), found, () -> "«" + text + "»");
    }

    /** A Jalali date converted by ICU directly, to check the finder against. */
    static String icuJalali(int year, int month, int day) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), new ULocale("fa@calendar=persian"));
        c.clear();
        c.set(year, month - 1, day);
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - 2_440_588L).toString();
    }

    /** A Hijri (Umm al-Qura) date converted by ICU directly. */
    static String icuHijri(int year, int month, int day) {
        IslamicCalendar c = new IslamicCalendar(TimeZone.getTimeZone("UTC"), ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        c.set(year, month - 1, day);
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - 2_440_588L).toString();
    }
}
