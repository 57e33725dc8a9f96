package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.OSEP;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.dates.CalendarLexicon.MonthName;

/**
 * Dates written with a month name, in every calendar: "۹ مرداد ۱۴۰۲", "نهم مرداد", "یکشنبه 11 مهرماه",
 * "اسفند سال 94", "از 27 تا 30 بهمن", "31. Juli 2023", "July 31, 2023", "31 июля 2023 года",
 * "15 رمضان 1444 هـ", "ماه رمضان", "im März". No Java library parses Persian (or mixed-digit Arabic) date
 * phrases in running text; ICU's DateFormat parses one whole formatted string, not a phrase inside an article,
 * hence these patterns. Values are {@link MonthDateReader}'s.
 */
final class NamedDateRule implements Rule {

    /** Words a lone Latin/Cyrillic month needs before it: "im März", "in March", "en mars", "в марте". */
    private static final Words<Boolean> MONTH_PREPOSITIONS = Words.of("im", "in", "seit", "ab", "bis", "anfang",
        "ende", "mitte", "since", "until", "early", "late", "mid", "en", "depuis", "début", "fin", "в", "во", "с",
        "до", "في", "منذ", "خلال", "اواخر", "اوایل", "اواسط", "ابتدای", "پایان", "نیمه");
    /** Of {@link #MONTH_PREPOSITIONS}, those of German and English, where month names are capitalised. */
    private static final Words<Boolean> CASED_PREPOSITIONS = Words.of("im", "in", "seit", "ab", "bis", "anfang",
        "ende", "mitte", "since", "until", "early", "late", "mid");
    /** Nouns after which an ordinal is a week or a half, not a day: "هفته اول خرداد" is the first week. */
    private static final Words<Boolean> PERIOD_NOUNS = Words.of("هفته", "دهه", "نیمه", "سال", "ماه");
    /** Between the two days of a range. */
    private static final String RANGE = Words.rx("تا", "-", "–", "bis", "to", "au", "до", "по", "الى", "حتى");

    private final CalendarLexicon lexicon;
    private final MonthDateReader reader;
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern month;
    private final PrefixTrie monthAnchors;

    NamedDateRule(CalendarLexicon lexicon, Resolver resolver) {
        this.lexicon = lexicon;
        this.reader = new MonthDateReader(resolver);
        this.monthAnchors = lexicon.monthAnchors();
        String months = "(?<mon>" + lexicon.monthRegex() + ")(?<dot>\\.)?\\u0654?(?<mah>" + OSEP + "ماه)?" + RB;
        String weekday = "(?:(?<wd>" + lexicon.weekdayRegex() + ")[ ,\\u060c\\u200c]{1,3}(?:(?:der|den|dem|le|the)"
            + SEP + ")?)?";
        String range = "(?:(?<day0>\\p{Nd}{1,2})\\.?" + OSEP + RANGE + OSEP + ")?";
        // A day in words needs a space before the month: "سیدی" (a surname) is not "سی دی" (30 Dey).
        String day = "(?:(?<day>\\p{Nd}{1,2})(?:\\.|er|st|nd|rd|th|-?го)?" + OSEP + "|(?<dayw>"
            + PersianNumberWords.DAY_REGEX + ")" + SEP + ")(?:(?:of|de)" + SEP + "|ماه" + SEP + "(?:مبارک" + SEP
            + ")?)?";
        dayFirst = Pattern.compile(LB + "(?<!\\p{Nd}[.,:/])(?:" + Words.rx("روز", "امروز", "دیروز", "فردا", "يوم")
            + SEP + ")?" + weekday + range + day + months + Years.AFTER_MONTH);
        monthFirst = Pattern.compile(LB + weekday + "(?<mon>" + lexicon.monthRegex() + ")(?<dot>\\.)?" + SEP
            + "(?<day>\\p{Nd}{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{Nd}])(?:,?" + SEP + "(?<yr>\\p{Nd}{4})"
            + TrieRegex.NRB + ")?");
        month = Pattern.compile(LB + "(?:(?<noun>" + Words.rx("ماه", "شهر") + ")" + SEP + "(?:مبارک" + SEP + ")?)?"
            + months + Years.AFTER_MONTH);
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(dayFirst, monthAnchors, 9); c.find(); ) {
            Matcher m = c.matcher();
            int day = m.group("day") != null ? Digits.parse(m.group("day")) : PersianNumberWords.day(m.group("dayw"));
            int first = m.group("day0") != null ? Digits.parse(m.group("day0")) : -1;
            if (m.group("dayw") != null && m.start("dayw") == m.start() && PERIOD_NOUNS.contains(scan.wordBefore(
                m.start()))) {
                continue;
            }
            add(scan, phrase(m, day, first, monthEnd(m), true), 0, out);
        }
        for (MatchCursor c = scan.cursor(monthFirst, monthAnchors, 2); c.find(); ) {
            Matcher m = c.matcher();
            MonthName name = lexicon.month(m.group("mon"));
            if (name != null && name.latin()) {
                add(scan, phrase(m, Digits.parse(m.group("day")), -1, m.end(), false), 0, out);
            }
        }
        for (MatchCursor c = scan.cursor(month, monthAnchors, 3); c.find(); ) {
            Matcher m = c.matcher();
            MonthPhrase p = phrase(m, -1, -1, monthEnd(m), true);
            if (p != null) {
                add(scan, p, aloneConfidence(scan, m, p), out);
            }
        }
    }

    private void add(Scan scan, MonthPhrase p, double aloneConfidence, List<Candidate> out) {
        if (p == null || p.day() == 0 || p.day() > 31 || p.day() < 0 && aloneConfidence <= 0 && p.year() == null
            && p.yearWords() == null && p.relativeYear() == null && p.direction() == null) {
            return;
        }
        Candidate c = reader.read(scan, p, aloneConfidence);
        if (c != null) {
            out.add(c);
        }
    }

    /** The parts of a match; {@code afterMonth} for patterns that end in {@link Years#AFTER_MONTH}. */
    private MonthPhrase phrase(Matcher m, int day, int firstDay, int endWithoutYear, boolean afterMonth) {
        MonthName name = lexicon.month(m.group("mon"));
        if (name == null) {
            return null;
        }
        String era = afterMonth ? Years.ERAS.get(m.group("era")) : null;
        String weekday = day > 0 ? m.group("wd") : null;
        return new MonthPhrase(m.start(), m.end(), endWithoutYear, name, day, firstDay,
            weekday == null ? null : lexicon.weekday(weekday), m.group("yr"),
            afterMonth ? m.group("yw") : null, era, afterMonth ? Years.RELATIVE.get(m.group("yrel")) : null,
            afterMonth ? Years.DIRECTION.get(m.group("mdir")) : null);
    }

    /**
     * How sure a month without day and year is a date: with "ماه"/"شهر" fairly; after a preposition ("im März")
     * somewhat; alone only for distinctive Persian/Arabic names. 0: not a date.
     */
    private static double aloneConfidence(Scan scan, Matcher m, MonthPhrase p) {
        MonthName name = p.month();
        if (m.group("noun") != null || m.group("mah") != null) {
            return 0.8;
        }
        if (name.wide() && prepositionBefore(scan, m.start())) {
            return 0.7;
        }
        return name.bare() ? 0.6 : 0;
    }

    /** "im März" but not "in may be": German and English month names must be capitalised. */
    private static boolean prepositionBefore(Scan scan, int start) {
        String word = scan.wordBefore(start);
        if (!MONTH_PREPOSITIONS.contains(word)) {
            return false;
        }
        return !CASED_PREPOSITIONS.contains(word) || Character.isUpperCase(scan.text.charAt(start));
    }

    /**
     * Where a day-first or month match ends if its year part is dropped. The dot belongs to abbreviations only
     * ("Jan."): after a full name it ends the sentence.
     */
    private int monthEnd(Matcher m) {
        MonthName name = lexicon.month(m.group("mon"));
        int dot = name != null && !name.wide() && m.group("dot") != null ? m.end("dot") : -1;
        return Math.max(m.end("mon"), Math.max(dot, m.group("mah") != null ? m.end("mah") : -1));
    }
}
