package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.NLB;
import static io.khabar.enrich.dates.TrieRegex.NRB;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spans that look like dates in part but are not: durations and ages ("۴۳ سال گذشته" the past 43 years,
 * "30 Jahre", "8 ساله", "در طول ۴۳ سال"), Friday prayers ("نماز جمعه"), phone and version numbers, arithmetic
 * ("2 × 1 ="). They win the longest-match contest over the shorter date patterns inside them.
 */
final class BlockerRule implements Rule {

    private static final String NUMBER = "(?:\\p{Nd}{1,4}" + NRB + "|" + PersianNumberWords.NUMBER_REGEX + RB
        + "|" + Words.rx("a", "an", "one", "two", "three", "several", "many", "ein", "einem", "zwei", "drei",
        "mehrere", "vielen", "چند", "چندین", "دو سه") + RB + ")";
    /** Units of a duration or age, and what may follow them without making them a date. */
    private static final Words<Boolean> UNIT = Words.of("سال", "ساله", "سالگی", "سال ها", "روز", "روزه", "هفته", "ماه",
        "ماهه", "قرن", "دهه", "ساعت", "دقیقه", "jahre", "jahren", "jahrzehnte", "tage", "tagen", "wochen", "monate",
        "monaten", "stunden", "minuten", "years", "year", "days", "weeks", "months", "hours", "decades", "лет",
        "года", "дней", "дня", "недель", "месяцев", "часов", "عاما", "عامًا", "سنوات", "أعوام", "يوما", "أيام",
        "أشهر", "ساعات", "ans", "années", "jours", "semaines", "mois", "heures");
    private static final String SPAN_AFTER = Words.rx("گذشته", "اخیر", "آینده", "اول", "نخست", "متوالی", "پیاپی",
        "old", "long", "alt", "lang");
    /** Phrases with a date word that are no date: Friday prayers, "سی دی" (CD, not 30 Dey), "دی وی دی". */
    private static final Words<Boolean> PHRASES = Words.of("نماز جمعه", "امام جمعه", "ائمه جمعه", "خطیب جمعه",
        "خطبه جمعه", "خطبه های جمعه", "خطبه‌های نماز جمعه", "نماز عبادی سیاسی جمعه", "عبادی سیاسی جمعه",
        "صلاة الجمعة", "خطبة الجمعة", "سی دی", "دی وی دی", "دی ان ای");

    /** Durations and ages, anchored on their unit. */
    private static final Pattern DURATION = Pattern.compile(LB + "(?:" + Words.rx("در طول", "طی", "مدت") + SEP + ")?"
        + NUMBER + SEP + "(?:" + UNIT.regex() + ")" + RB + "(?:" + SEP + "(?:" + SPAN_AFTER + ")" + RB + ")?");
    private static final Pattern NOT_DATES = Pattern.compile(LB + PHRASES.regex() + RB);
    /**
     * Every repetition is bounded: Java's regex engine recurses once per iteration of a repeated group, and an
     * unbounded one overflows the stack on a long "1.1.1.1..." run.
     */
    private static final Pattern NUMBERS = Pattern.compile(
        // phone numbers: a leading + or 0 and at least eight digits in groups
        NLB + "(?:\\+|0)\\p{Nd}{1,4}(?:[ \\-]?\\p{Nd}{2,8}){2,6}" + NRB
            // version numbers: v1.2 or dotted parts after "version"/"نسخه"; four or more dotted parts
            + "|" + LB + "(?:v|version|versión|نسخه)" + "[ ]?\\p{Nd}{1,6}(?:\\.\\p{Nd}{1,6}){1,6}" + NRB
            + "|" + NLB + "\\p{Nd}{1,6}(?:\\.\\p{Nd}{1,6}){3,8}" + NRB
            // arithmetic and captchas: "2 × 1 =", "3 + 4 ="
            + "|" + NLB + "\\p{Nd}{1,9} ?[×x*+\\-÷] ?\\p{Nd}{1,9} ?=");
    private static final PrefixTrie UNIT_ANCHORS = UNIT.anchors();
    private static final PrefixTrie PHRASE_ANCHORS = Words.of("جمعه", "الجمعة", "دی").anchors();

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        collect(scan.cursor(DURATION, UNIT_ANCHORS, 6), out);
        for (MatchCursor c = scan.cursor(NOT_DATES, PHRASE_ANCHORS, 4); c.find(); ) {
            out.add(Candidate.veto(c.matcher().start(), c.matcher().end()));
        }
        collect(scan.cursor(NUMBERS, k -> (scan.tokenClasses()[k] & (MatchCursor.DIGIT | MatchCursor.SIGN)) != 0, 1),
            out);
    }

    private static void collect(MatchCursor c, List<Candidate> out) {
        while (c.find()) {
            out.add(Candidate.blocker(c.matcher().start(), c.matcher().end()));
        }
    }
}
