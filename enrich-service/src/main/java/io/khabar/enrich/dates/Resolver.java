package io.khabar.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves relative and year-less expressions against the article's publication date ({@code reference}).
 * Every method is called only with a non-null reference: without one, nothing is resolved.
 *
 * <p>Rules, chosen for news, which mostly reports what happened:
 * <ul>
 *   <li>A date without its year ("19 دی", "am 31. Juli") is the latest such date not after reference + 31 days:
 *       recent past first, or an event announced for the coming weeks.</li>
 *   <li>A bare weekday ("Monday", "روز دوشنبه") is the most recent such day on or before the reference;
 *       "last Monday"/"دوشنبه گذشته" is strictly before it, "next Monday"/"دوشنبه آینده" strictly after.</li>
 *   <li>Months and years said in Persian ("ماه گذشته", "سال گذشته", "امسال") count in the Jalali calendar; the
 *       value is the Gregorian month or year holding most of that Jalali period (see
 *       {@link CalendarConversions#yearValue}).</li>
 * </ul>
 */
final class Resolver {

    /** How far after the reference a year-less date may lie (an announced event). */
    static final int FUTURE_DAYS = 31;

    /** The unit a relative expression moves by. */
    enum Unit { DAY, WEEK, MONTH, YEAR }

    private final CalendarConversions conversions;

    Resolver(CalendarConversions conversions) {
        this.conversions = conversions;
    }

    CalendarConversions conversions() {
        return conversions;
    }

    /** Year of {@code month}/{@code day} in {@code calendar} per the year-less rule, as a Gregorian date. */
    LocalDate yearlessDay(String calendar, int month, int day, LocalDate reference) {
        int year = conversions.fromGregorian(calendar, reference)[0];
        LocalDate limit = reference.plusDays(FUTURE_DAYS);
        for (int y = year + 1; y >= year - 4; y--) {
            LocalDate d = conversions.toGregorian(calendar, y, month, day);
            if (d != null && !d.isAfter(limit)) {
                return d;
            }
        }
        return null;
    }

    /** Year (in {@code calendar}) of a year-less month, per the same rule applied to the month's first day. */
    int yearlessMonth(String calendar, int month, LocalDate reference) {
        int year = conversions.fromGregorian(calendar, reference)[0];
        LocalDate limit = reference.plusDays(FUTURE_DAYS);
        for (int y = year + 1; y > year - 2; y--) {
            LocalDate d = conversions.toGregorian(calendar, y, month, 1);
            if (d != null && !d.isAfter(limit)) {
                return y;
            }
        }
        return year - 1;
    }

    /**
     * Year (in {@code calendar}) of "اسفند گذشته" ({@code direction} -1: the last such month before the
     * reference's month) or "mars prochain" (+1: the next one after it).
     */
    int directedMonth(String calendar, int month, int direction, LocalDate reference) {
        int[] ymd = conversions.fromGregorian(calendar, reference);
        if (direction < 0) {
            return month < ymd[1] ? ymd[0] : ymd[0] - 1;
        }
        return month > ymd[1] ? ymd[0] : ymd[0] + 1;
    }

    /** The calendar year of the reference plus {@code offset}. */
    int year(String calendar, LocalDate reference, int offset) {
        return conversions.fromGregorian(calendar, reference)[0] + offset;
    }

    /**
     * The weekday per the rule above: {@code direction} 0 for on-or-before, -1 strictly before, +1 strictly after.
     */
    static LocalDate weekday(DayOfWeek day, int direction, LocalDate reference) {
        if (direction > 0) {
            return reference.with(TemporalAdjusters.next(day));
        }
        if (direction < 0) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The value of the period {@code amount} units away from the reference (negative: past). */
    String shift(Unit unit, int amount, String calendar, LocalDate reference) {
        boolean gregorian = !Candidate.PERSIAN.equals(calendar) && !Candidate.ISLAMIC.equals(calendar);
        switch (unit) {
            case DAY:
                return reference.plusDays(amount).toString();
            case WEEK:
                return isoWeek(reference.plusWeeks(amount));
            case MONTH:
                if (gregorian) {
                    return YearMonth.from(reference).plusMonths(amount).toString();
                }
                int[] ymd = conversions.fromGregorian(calendar, reference);
                int index = ymd[0] * 12 + ymd[1] - 1 + amount;
                return conversions.monthValue(calendar, Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
            case YEAR:
                if (gregorian) {
                    return String.format("%04d", reference.getYear() + amount);
                }
                return conversions.yearValue(calendar, year(calendar, reference, amount));
            default:
                throw new IllegalArgumentException(String.valueOf(unit));
        }
    }

    /** ISO 8601 week of a date: 2023-W31. */
    static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Granularity name of a unit. */
    static String granularity(Unit unit) {
        return unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
