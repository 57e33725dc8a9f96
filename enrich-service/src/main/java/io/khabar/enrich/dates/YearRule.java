package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.NRB;
import static io.khabar.enrich.dates.TrieRegex.OSEP;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years, which only count with a word that makes them years: "سال ۱۴۰۲", "سال 94", "سال 1329 به بعد",
 * "1908 میلادی", "im Jahr 2023", "in 2023", "в 2023 году", "عام 2023", "المپیک 2016", and ranges
 * ("سال‌های 92 تا 94", an ISO 8601 interval). A bare "1402" is a number. After "سال", four digits from 1200 to
 * 1499 are Jalali and later ones Gregorian, unless an era marker says otherwise; two digits are Jalali
 * ({@link Digits#jalaliTwoDigitYear}).
 */
final class YearRule implements Rule {

    /** Words that make a following four-digit number a year but are no part of the mention ("in 2023"). */
    private static final String PREPOSITION = Words.rx("im", "in", "since", "until", "by", "seit", "bis", "ab", "vor",
        "nach", "en", "depuis", "avant", "après", "в", "с", "до", "после", "к", "في", "منذ", "حتى", "در", "از", "تا");
    /** Nouns that make a following number a year and belong to the mention. */
    private static final String NOUN = Words.rx("jahr", "jahre", "jahres", "year", "the year", "année", "l'année",
        "l'an", "عام", "العام", "سنة", "السنة");

    /** "سال 35 میلیون": a number of something, not a year. */
    private static final String QUANTITY = "(?!" + SEP + Words.rx("میلیون", "میلیارد", "هزار", "درصد", "تومان",
        "ریال", "دلار", "نفر", "تن", "کیلو") + ")";
    /** Events named by their year: "المپیک 2016", "انتخابات 96", "WM 2018"; the year alone is the mention. */
    private static final String EVENT = Words.rx("المپیک", "پارالمپیک", "جام جهانی", "یورو", "انتخابات",
        "انتخابات ریاست جمهوری", "بودجه", "اکسپو", "قهرمانی آسیا", "قهرمانی جهان", "بازی های آسیایی", "olympics",
        "olympia", "world cup", "wm", "em", "euro", "expo");

    /** "سال ۱۴۰۲", "سال 94", "سال 1345 شمسی", "سال 1329 به بعد", "سال‌های 92 تا 94" (a range: an interval). */
    private static final Pattern PERSIAN = Pattern.compile(LB + "سال(?<plural>[ \\u200c]?ها(?:ی)?)?" + TrieRegex.EZAFE
        // a "-" may follow the year here: "سال 1395-96"
        + SEP + "(?:(?<y>\\p{Nd}{1,4})(?![\\p{L}\\p{Nd}])(?![.,:/]\\p{Nd})" + QUANTITY + "|(?<yw>"
        + PersianNumberWords.NUMBER_REGEX + ")" + RB + ")(?:" + OSEP + Words.rx("تا", "-", "–") + OSEP + "(?:سال"
        + SEP + ")?(?<y2>\\p{Nd}{2,4})" + NRB + QUANTITY + ")?(?:" + SEP + "(?<era>" + Years.ERAS.regex() + ")" + RB
        + ")?(?:" + SEP + "به" + SEP + "بعد" + RB + ")?");
    private static final Pattern OTHER = Pattern.compile(LB + "(?:(?<prep>" + PREPOSITION + ")" + SEP + ")?(?:(?<noun>"
        + NOUN + ")" + SEP + ")?(?<y>\\p{Nd}{4})" + NRB + "(?:" + OSEP + "(?<era>" + Years.ERAS.regex() + ")" + RB
        + ")?");
    private static final Pattern EVENTS = Pattern.compile(LB + "(?<event>" + EVENT + ")" + SEP + "(?<y>\\p{Nd}{2}|"
        + "\\p{Nd}{4})" + NRB + QUANTITY);

    private static final PrefixTrie YEAR_NOUN = Words.of("سال").anchors();

    private final CalendarConversions conversions;

    YearRule(CalendarConversions conversions) {
        this.conversions = conversions;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(PERSIAN, YEAR_NOUN, 0); c.find(); ) {
            Matcher m = c.matcher();
            String era = Years.ERAS.get(m.group("era"));
            int digits = m.group("y") != null ? m.group("y").length() : 4;
            int n = m.group("y") != null ? Digits.parse(m.group("y")) : PersianNumberWords.value(m.group("yw"));
            if (digits == 1 || n < 0 || m.group("yw") != null && n < 1000) {
                continue;
            }
            String cal = era != null && !era.isEmpty() ? era
                : digits == 2 || n >= 1200 && n < 1500 ? Candidate.PERSIAN : Candidate.GREGORIAN;
            int year = Years.read(cal, n, digits, era != null && !era.isEmpty());
            if (year < 0 || !Years.plausible(cal, year) || era == null && digits == 4 && n < 1200) {
                continue;
            }
            int last = m.group("y2") == null ? -1 : rangeEnd(year, digits, m.group("y2"));
            if (m.group("plural") != null && last < 0) {
                continue; // "سال‌های 90" is a decade or a count, not a year
            }
            String value = conversions.yearValue(cal, year);
            if (last > year && Years.plausible(cal, last)) {
                value = value + "/" + conversions.yearValue(cal, last);
            }
            int end = m.group("y2") != null && !(last > year) ? m.end("y") : m.end();
            out.add(Candidate.absolute(m.start(), end, cal, "year", value, digits == 2 ? 0.8 : 0.9));
        }
        for (MatchCursor c = scan.cursor(OTHER, scan::digitToken, 3); c.find(); ) {
            Matcher m = c.matcher();
            String era = Years.ERAS.get(m.group("era"));
            boolean noun = m.group("noun") != null;
            if (m.group("prep") == null && !noun && era == null) {
                continue;
            }
            int year = Digits.parse(m.group("y"));
            String cal = era != null && !era.isEmpty() ? era : Candidate.GREGORIAN;
            boolean weak = !noun && era == null;
            if (weak && (year < 1800 || year > 2100) || !Years.plausible(cal, year)) {
                continue;
            }
            int start = noun ? m.start("noun") : m.start("y");
            add(start, m.end(), cal, year, weak ? 0.6 : 0.85, out);
        }
        for (MatchCursor c = scan.cursor(EVENTS, scan::digitToken, 3); c.find(); ) {
            Matcher m = c.matcher();
            int n = Digits.parse(m.group("y"));
            boolean persianText = scan.arabicScriptAround(m.start(), 30);
            if (m.group("y").length() == 2) {
                if (persianText) {
                    add(m.start("y"), m.end(), Candidate.PERSIAN, Digits.jalaliTwoDigitYear(n), 0.6, out);
                }
            } else if (n >= 1300 && n < 1500 && persianText) {
                add(m.start("y"), m.end(), Candidate.PERSIAN, n, 0.6, out);
            } else if (n >= 1800 && n <= 2100) {
                add(m.start("y"), m.end(), Candidate.GREGORIAN, n, 0.6, out);
            }
        }
    }

    /** The last year of "1392 تا 1394" or "1395-96" (century from the first), or -1. */
    private static int rangeEnd(int first, int firstDigits, String written) {
        int n = Digits.parse(written);
        if (written.length() == 2 && firstDigits == 4) {
            return first / 100 * 100 + n;
        }
        if (written.length() == 2 && firstDigits == 2) {
            return Digits.jalaliTwoDigitYear(n);
        }
        return written.length() == firstDigits ? n : -1;
    }

    private void add(int start, int end, String cal, int year, double confidence, List<Candidate> out) {
        String value = conversions.yearValue(cal, year);
        if (value != null) {
            out.add(Candidate.absolute(start, end, cal, "year", value, confidence));
        }
    }
}
