package io.khabar.enrich.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds date and time expressions in news text: Jalali, Gregorian and Hijri dates with month names in Persian,
 * Arabic, German, English, Russian and French; numeric dates; years and decades; clock times; and relative
 * expressions (weekdays, "yesterday", "هفته گذشته", "vor drei Tagen"), each normalised to a Gregorian ISO 8601
 * value where that is possible without inventing anything.
 *
 * <p>Month and weekday names come from ICU's CLDR data; patterns and ICU calendars are built once in the
 * constructor. An instance is immutable and safe to share between threads.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Spans cover the expression; prepositions that only announce it ("am", "im", "in", "on", "в", "на", "در")
 *       stay outside, nouns that are part of it ("روز دوشنبه", "سال 1402", "Jahr 2023", "يوم الاثنين") inside.</li>
 *   <li>Without a reference date, relative and year-less expressions are found with value {@code null}.</li>
 *   <li>Year-less dates, weekdays and Persian relative years follow the rules in {@link Resolver}; two-digit
 *       years the rules in {@link Digits}.</li>
 * </ul>
 */
public final class DateFinder {

    private final List<Rule> rules;

    /** Builds every table and pattern; takes some tens of milliseconds, so build one and share it. */
    public DateFinder() {
        CalendarLexicon lexicon = new CalendarLexicon();
        CalendarConversions conversions = new CalendarConversions();
        Resolver resolver = new Resolver(conversions);
        rules = List.of(
            new NamedDateRule(lexicon, resolver),
            new NumericDateRule(conversions),
            new TimeRule(),
            new YearRule(conversions),
            new DecadeRule(),
            new RelativeRule(resolver),
            new WeekdayRule(lexicon),
            new BlockerRule());
    }

    /**
     * Every date/time expression in {@code text}, in text order, non-overlapping (the longest match wins).
     *
     * @param text      the text; offsets of the result point into it as given
     * @param reference the article's publication date, or {@code null} if unknown
     * @return the mentions, possibly empty
     */
    public List<DateMention> find(String text, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, reference);
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            rule.collect(scan, candidates);
        }
        return MentionSelector.select(scan, candidates);
    }
}
