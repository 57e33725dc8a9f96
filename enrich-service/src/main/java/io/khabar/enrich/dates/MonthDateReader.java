package io.khabar.enrich.dates;

import java.time.LocalDate;

import io.khabar.enrich.dates.CalendarLexicon.MonthName;

/**
 * Turns a {@link MonthPhrase} into a candidate: reads its year (digits, words, two-digit Jalali, relative,
 * direction), converts to Gregorian, resolves against the reference when the year is missing or relative, and
 * writes day ranges as ISO 8601 intervals ("2016-02-16/2016-02-19").
 */
final class MonthDateReader {

    private final Resolver resolver;
    private final CalendarConversions conversions;

    MonthDateReader(Resolver resolver) {
        this.resolver = resolver;
        this.conversions = resolver.conversions();
    }

    /** The candidate for {@code p}, or {@code null} if it is no date (no such day, a common word without year). */
    Candidate read(Scan scan, MonthPhrase p, double monthAloneConfidence) {
        MonthName name = p.month();
        String cal = name.calendar();
        int year = -1;
        if (p.year() != null) {
            year = Years.read(cal, Digits.parse(p.year()), p.year().length(), p.era() != null && !p.era().isEmpty());
        } else if (p.yearWords() != null) {
            year = Years.readWords(cal, p.yearWords());
        }
        boolean absoluteYear = year > 0 && Years.plausible(cal, year);
        boolean relative = p.relativeYear() != null || p.direction() != null;
        if (name.needsYear() && !absoluteYear && p.relativeYear() == null) {
            return null;
        }
        int end = absoluteYear || relative ? p.end() : p.endWithoutYear();
        String kind = relative ? Candidate.RELATIVE : Candidate.ABSOLUTE;
        LocalDate ref = scan.reference;
        // the year of the month in its own calendar, when it can be known without inventing
        int y = absoluteYear ? year
            : ref == null ? -1
            : p.relativeYear() != null ? resolver.year(cal, ref, p.relativeYear())
            : p.direction() != null ? resolver.directedMonth(cal, name.month(), p.direction(), ref)
            : p.day() > 0 ? -2
            : resolver.yearlessMonth(cal, name.month(), ref);
        if (p.day() < 0) {
            String value = y > 0 ? conversions.monthValue(cal, y, name.month()) : null;
            double confidence = absoluteYear ? 0.9 : relative ? 0.85 : monthAloneConfidence;
            return new Candidate(p.start(), end, cal, kind, "month", value, confidence, false);
        }
        LocalDate date = y > 0 ? conversions.toGregorian(cal, y, name.month(), p.day())
            : y == -2 ? resolver.yearlessDay(cal, name.month(), p.day(), ref) : null;
        if (absoluteYear && date == null) {
            return null; // no such day, e.g. 30 اسفند in a common year
        }
        double confidence = absoluteYear ? (p.year() != null && p.year().length() == 2 ? 0.85 : 0.95) : 0.85;
        if (date != null && p.weekday() != null && date.getDayOfWeek() != p.weekday()) {
            confidence -= 0.2; // "Montag, 31. Juli 2023" with the wrong weekday: one of the two is a typo
        }
        String value = date == null ? null : date.toString();
        if (p.firstDay() > 0) {
            if (p.firstDay() >= p.day()) {
                return null;
            }
            LocalDate first = date == null ? null : date.minusDays(p.day() - p.firstDay());
            value = first == null ? null : first + "/" + date;
        }
        return new Candidate(p.start(), end, cal, kind, "day", value, confidence, false);
    }
}
