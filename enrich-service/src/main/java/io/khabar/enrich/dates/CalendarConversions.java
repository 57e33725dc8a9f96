package io.khabar.enrich.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Jalali and Hijri (Umm al-Qura) dates to Gregorian and back, through ICU. ICU calendars are mutable and not
 * thread-safe: each call works on a clone of a prototype that is never touched after construction.
 */
final class CalendarConversions {

    /** ICU's Julian day number of 1970-01-01, the epoch of {@link LocalDate#toEpochDay()}. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final Calendar persian;
    private final Calendar islamic;

    CalendarConversions() {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        persian = persian(utc);
        IslamicCalendar umalqura = new IslamicCalendar(utc, ULocale.ROOT);
        umalqura.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        islamic = umalqura;
    }

    /**
     * ICU's {@code PersianCalendar} through the public factory: the class itself is marked "ICU internal only"
     * (deprecated), the {@code calendar=persian} locale keyword is the supported way to get it.
     */
    static Calendar persian(TimeZone zone) {
        Calendar c = Calendar.getInstance(zone, new ULocale("fa@calendar=persian"));
        if (!"persian".equals(c.getType())) {
            throw new IllegalStateException("ICU has no Persian calendar: " + c.getType());
        }
        return c;
    }

    /** The Gregorian date of {@code year-month-day} in {@code calendar}, or {@code null} if there is no such day. */
    LocalDate toGregorian(String calendar, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (Candidate.GREGORIAN.equals(calendar)) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Calendar c = prototype(calendar);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, year);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.DATE, 1);
        if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null;
        }
        c.set(Calendar.DATE, day);
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }

    /** {@code {year, month, day}} of a Gregorian date in {@code calendar}. */
    int[] fromGregorian(String calendar, LocalDate date) {
        if (Candidate.GREGORIAN.equals(calendar) || Candidate.NONE.equals(calendar)) {
            return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        }
        Calendar c = prototype(calendar);
        c.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
        return new int[] {c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DATE)};
    }

    /**
     * The Gregorian month that holds most of a month of {@code calendar}: the one its 15th day falls in. A Jalali
     * month runs from about the 21st to the 21st, so "اسفند ۱۳۹۴" (2016-02-20 to 2016-03-19) is 2016-03.
     */
    String monthValue(String calendar, int year, int month) {
        LocalDate mid = toGregorian(calendar, year, month, 15);
        return mid == null ? null : String.format("%04d-%02d", mid.getYear(), mid.getMonthValue());
    }

    /**
     * The Gregorian year that holds most of a year of {@code calendar}: the one its seventh month starts in. A
     * Jalali year starts at Nowruz (about 21 March), so this is also the year it starts in: 1402 → 2023.
     */
    String yearValue(String calendar, int year) {
        if (Candidate.GREGORIAN.equals(calendar)) {
            return year >= 0 && year <= 9999 ? String.format("%04d", year) : null;
        }
        LocalDate mid = toGregorian(calendar, year, 7, 1);
        return mid == null ? null : String.format("%04d", mid.getYear());
    }

    private Calendar prototype(String calendar) {
        if (Candidate.PERSIAN.equals(calendar)) {
            return persian.clone();
        }
        if (Candidate.ISLAMIC.equals(calendar)) {
            return islamic.clone();
        }
        throw new IllegalArgumentException("unknown calendar " + calendar);
    }
}
