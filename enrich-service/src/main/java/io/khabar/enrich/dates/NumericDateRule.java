package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.NLB;
import static io.khabar.enrich.dates.TrieRegex.NRB;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All-digit dates: "2023-07-31", "1402/05/09", "۱۴۰۲/۰۵/۰۹", "31.07.2023", "27/3/66". The calendar follows from
 * the year: 1300–1499 is Jalali (Gregorian years that early do not occur in news with this shape), later years
 * Gregorian. Two-digit years are Jalali in Persian text ({@link Digits#jalaliTwoDigitYear}) and Gregorian
 * elsewhere ({@link Digits#gregorianTwoDigitYear}). Slashed day/month pairs are read day first, as everywhere
 * but the US, unless the first number cannot be a month.
 */
final class NumericDateRule implements Rule {

    private static final Pattern YEAR_FIRST = Pattern.compile(NLB + "(?<y>\\p{Nd}{4})(?<s>[-/.])(?<m>\\p{Nd}{1,2})"
        + "\\k<s>(?<d>\\p{Nd}{1,2})(?:t(?<h>\\p{Nd}{2}):(?<mi>\\p{Nd}{2})(?::\\p{Nd}{2}(?:\\.\\p{Nd}{1,9})?)?"
        + "(?:z|[+-]\\p{Nd}{2}:?\\p{Nd}{2})?)?" + NRB);
    private static final Pattern DAY_FIRST = Pattern.compile(NLB + "(?<d>\\p{Nd}{1,2})(?<s>[-/.])(?<m>\\p{Nd}{1,2})"
        + "\\k<s>(?<y>\\p{Nd}{4}|\\p{Nd}{2})" + NRB);

    private final CalendarConversions conversions;

    NumericDateRule(CalendarConversions conversions) {
        this.conversions = conversions;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(YEAR_FIRST, scan::digitToken, 0); c.find(); ) {
            Matcher m = c.matcher();
            int y = Digits.parse(m.group("y"));
            String value = date(y, Digits.parse(m.group("m")), Digits.parse(m.group("d")));
            if (value == null) {
                continue;
            }
            String cal = calendar(y);
            if (m.group("h") != null) {
                int h = Digits.parse(m.group("h"));
                int mi = Digits.parse(m.group("mi"));
                if (h < 24 && mi < 60) {
                    out.add(Candidate.absolute(m.start(), m.end(), cal, "datetime",
                        value + String.format("T%02d:%02d", h, mi), 0.95));
                }
                continue;
            }
            out.add(Candidate.absolute(m.start(), m.end(), cal, "day", value, 0.9));
        }
        for (MatchCursor c = scan.cursor(DAY_FIRST, scan::digitToken, 0); c.find(); ) {
            Matcher m = c.matcher();
            addDayFirst(scan, m, out);
        }
    }

    private void addDayFirst(Scan scan, Matcher m, List<Candidate> out) {
        String sep = m.group("s");
        int d = Digits.parse(m.group("d"));
        int mo = Digits.parse(m.group("m"));
        int y = Digits.parse(m.group("y"));
        double confidence = 0.9;
        boolean persian = Digits.eastern(scan.text, m.start(), m.end()) || scan.arabicScriptAround(m.start(), 40);
        if (d > 31 && persian && m.group("y").length() == 2 && !sep.equals("-")) {
            int t = d; // "95.3.13" in Persian: a two-digit Jalali year first
            d = y;
            y = t;
        }
        if (m.group("y").length() == 2) {
            if (sep.equals("-")) {
                return; // "12-10-15" is more often a code or a score than a date
            }
            y = persian ? Digits.jalaliTwoDigitYear(y) : Digits.gregorianTwoDigitYear(y);
            confidence = 0.75;
        }
        if (sep.equals("/") && mo > 12 && d <= 12 && !Candidate.PERSIAN.equals(calendar(y))) {
            int t = d; // 7/31/2023: the US order
            d = mo;
            mo = t;
            confidence -= 0.1;
        } else if (sep.equals("/") && d <= 12) {
            confidence -= 0.1; // 5/7/2023 could be either order; day first is the guess
        }
        String value = date(y, mo, d);
        if (value != null) {
            out.add(Candidate.absolute(m.start(), m.end(), calendar(y), "day", value, confidence));
        }
    }

    private String date(int y, int m, int d) {
        String cal = calendar(y);
        if (cal == null) {
            return null;
        }
        LocalDate date = conversions.toGregorian(cal, y, m, d);
        return date == null ? null : date.toString();
    }

    /** Jalali for 1300–1499, Gregorian for 1000–1299 and 1500–2200, nothing else. */
    private static String calendar(int year) {
        if (year >= 1300 && year < 1500) {
            return Candidate.PERSIAN;
        }
        return year >= 1000 && year <= 2200 ? Candidate.GREGORIAN : null;
    }
}
