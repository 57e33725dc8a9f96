package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.OSEP;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.dates.CalendarLexicon.MonthName;

/**
 * Dates written with a month name, in every calendar: "۹ مرداد ۱۴۰۲", "نهم مرداد", "یکشنبه 11 مهرماه",
 * "اسفند سال 94", "31. Juli 2023", "July 31, 2023", "31 июля 2023 года", "15 رمضان 1444 هـ", "ماه رمضان",
 * "im März". No Java library parses Persian (or mixed-digit Arabic) date phrases in running text; ICU's
 * DateFormat parses one whole formatted string, not a phrase inside an article, hence these patterns.
 */
final class NamedDateRule implements Rule {

    /** Words a lone Latin/Cyrillic month needs before it: "im März", "in March", "en mars", "в марте". */
    private static final Words<Boolean> MONTH_PREPOSITIONS = Words.of("im", "in", "seit", "ab", "bis", "anfang",
        "ende", "mitte", "since", "until", "early", "late", "mid", "en", "depuis", "début", "fin", "в", "во", "с",
        "до", "في", "منذ", "خلال", "اواخر", "اوایل", "اواسط", "ابتدای", "پایان", "نیمه");
    /** Of {@link #MONTH_PREPOSITIONS}, those of German and English, where month names are capitalised. */
    private static final Words<Boolean> CASED_PREPOSITIONS = Words.of("im", "in", "seit", "ab", "bis", "anfang",
        "ende", "mitte", "since", "until", "early", "late", "mid");

    private final CalendarLexicon lexicon;
    private final Resolver resolver;
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern month;
    private final PrefixTrie monthAnchors;

    NamedDateRule(CalendarLexicon lexicon, Resolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.monthAnchors = lexicon.monthAnchors();
        String months = "(?<mon>" + lexicon.monthRegex() + ")(?<dot>\\.)?\\u0654?(?<mah>" + OSEP + "ماه)?" + RB;
        String weekday = "(?:(?<wd>" + lexicon.weekdayRegex() + ")[ ,\\u060c\\u200c]{1,3}(?:(?:der|den|dem|le|the)"
            + SEP + ")?)?";
        // A day in words needs a space before the month: "سیدی" (a surname) is not "سی دی" (30 Dey).
        String day = "(?:(?<day>\\p{Nd}{1,2})(?:\\.|er|st|nd|rd|th|-?го)?" + OSEP + "|(?<dayw>"
            + PersianNumberWords.DAY_REGEX + ")" + SEP + ")(?:(?:of|de)" + SEP + "|ماه" + SEP + "(?:مبارک" + SEP
            + ")?)?";
        dayFirst = Pattern.compile(LB + "(?<!\\p{Nd}[.,:/])(?:" + Words.rx("روز", "امروز", "دیروز", "فردا", "يوم")
            + SEP + ")?" + weekday + day + months + Years.AFTER_MONTH);
        monthFirst = Pattern.compile(LB + weekday + "(?<mon>" + lexicon.monthRegex() + ")(?<dot>\\.)?" + SEP
            + "(?<day>\\p{Nd}{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{Nd}])(?:,?" + SEP + "(?<yr>\\p{Nd}{4})"
            + TrieRegex.NRB + ")?");
        month = Pattern.compile(LB + "(?:(?<noun>" + Words.rx("ماه", "شهر") + ")" + SEP + "(?:مبارک" + SEP + ")?)?"
            + months + Years.AFTER_MONTH);
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(dayFirst, monthAnchors, 8); c.find(); ) {
            Matcher m = c.matcher();
            int d = m.group("day") != null ? Digits.parse(m.group("day")) : PersianNumberWords.day(m.group("dayw"));
            add(scan, m, d, monthEnd(m), out);
        }
        for (MatchCursor c = scan.cursor(monthFirst, monthAnchors, 2); c.find(); ) {
            Matcher m = c.matcher();
            MonthName name = lexicon.month(m.group("mon"));
            if (name != null && name.latin()) {
                add(scan, m, Digits.parse(m.group("day")), m.end(), out);
            }
        }
        for (MatchCursor c = scan.cursor(month, monthAnchors, 3); c.find(); ) {
            Matcher m = c.matcher();
            add(scan, m, -1, monthEnd(m), out);
        }
    }

    /**
     * Where a day-first or month match ends if its year part is dropped. The dot belongs to abbreviations only
     * ("Jan."): after a full name it ends the sentence.
     */
    private int monthEnd(Matcher m) {
        MonthName name = lexicon.month(m.group("mon"));
        int dot = name != null && !name.wide() ? end(m, "dot") : -1;
        return Math.max(m.end("mon"), Math.max(dot, end(m, "mah")));
    }

    /**
     * Reads one match; {@code day} is -1 for a month without a day; {@code endWithoutYear} is where the mention
     * ends when what follows the month is not a usable year ("5 مهر 120 نفر").
     */
    private void add(Scan scan, Matcher m, int day, int endWithoutYear, List<Candidate> out) {
        MonthName name = lexicon.month(m.group("mon"));
        if (name == null || day == 0 || day > 31) {
            return;
        }
        String cal = name.calendar();
        Integer relative = Years.RELATIVE.get(group(m, "yrel"));
        int year = -1;
        boolean twoDigits = false;
        if (group(m, "yr") != null) {
            int digits = m.group("yr").length();
            twoDigits = digits == 2;
            year = Years.read(cal, Digits.parse(m.group("yr")), digits, group(m, "era") != null);
        } else if (group(m, "yw") != null) {
            int v = PersianNumberWords.value(m.group("yw"));
            year = v >= 1000 ? v : -1;
        }
        boolean hasYear = year > 0 && Years.plausible(cal, year) || relative != null;
        int end = hasYear ? m.end() : endWithoutYear;
        if (name.needsYear() && !hasYear) {
            return;
        }
        LocalDate ref = scan.reference;
        if (day < 0) {
            addMonth(scan, m, name, year, relative, hasYear, end, out);
            return;
        }
        String value = null;
        double confidence;
        String kind = Candidate.ABSOLUTE;
        if (relative != null) {
            kind = Candidate.RELATIVE;
            confidence = 0.85;
            if (ref != null) {
                value = date(cal, resolver.year(cal, ref, relative), name.month(), day);
            }
        } else if (hasYear) {
            value = date(cal, year, name.month(), day);
            if (value == null) {
                return; // no such day, e.g. 30 اسفند in a common year
            }
            confidence = twoDigits ? 0.85 : 0.95;
        } else {
            confidence = 0.85;
            if (ref != null) {
                LocalDate d = resolver.yearlessDay(cal, name.month(), day, ref);
                value = d == null ? null : d.toString();
            }
        }
        if (value != null && group(m, "wd") != null
            && LocalDate.parse(value).getDayOfWeek() != lexicon.weekday(m.group("wd"))) {
            confidence -= 0.2; // "Montag, 31. Juli 2023" with the wrong weekday: one of the two is a typo
        }
        out.add(new Candidate(m.start(), end, cal, kind, "day", value, confidence, false));
    }

    private void addMonth(Scan scan, Matcher m, MonthName name, int year, Integer relative, boolean hasYear,
                          int end, List<Candidate> out) {
        String cal = name.calendar();
        LocalDate ref = scan.reference;
        if (hasYear && relative == null) {
            out.add(Candidate.absolute(m.start(), end, cal, "month", resolver.conversions().monthValue(cal, year,
                name.month()), 0.9));
            return;
        }
        if (relative != null) {
            String value = ref == null ? null
                : resolver.conversions().monthValue(cal, resolver.year(cal, ref, relative), name.month());
            out.add(Candidate.relative(m.start(), end, cal, "month", value, 0.85));
            return;
        }
        double confidence;
        if (group(m, "noun") != null || group(m, "mah") != null) {
            confidence = 0.8;
        } else if (name.wide() && prepositionBefore(scan, m.start(), name)) {
            confidence = 0.7;
        } else if (name.bare()) {
            confidence = 0.6;
        } else {
            return;
        }
        String value = ref == null ? null : resolver.conversions().monthValue(cal,
            resolver.yearlessMonth(cal, name.month(), ref), name.month());
        out.add(Candidate.absolute(m.start(), end, cal, "month", value, confidence));
    }

    /** "im März" but not "in may be": German and English month names must be capitalised. */
    private static boolean prepositionBefore(Scan scan, int start, MonthName name) {
        String word = scan.wordBefore(start);
        if (!MONTH_PREPOSITIONS.contains(word)) {
            return false;
        }
        return !CASED_PREPOSITIONS.contains(word) || Character.isUpperCase(scan.text.charAt(start));
    }

    private String date(String calendar, int year, int month, int day) {
        LocalDate d = resolver.conversions().toGregorian(calendar, year, month, day);
        return d == null ? null : d.toString();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int end(Matcher m, String name) {
        try {
            return m.end(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
