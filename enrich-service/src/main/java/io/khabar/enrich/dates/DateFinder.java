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
 * <p>Conventions and rules:
 * <ul>
 *   <li>Spans cover the expression; prepositions that only announce it ("am", "im", "in", "on", "в", "на", "در")
 *       stay outside, nouns that are part of it ("روز دوشنبه", "سال 1402", "Jahr 2023", "يوم الاثنين") inside.</li>
 *   <li>Without a reference date, relative and year-less expressions are found with value {@code null}.</li>
 *   <li>A date without its year ("19 دی", "am 31. Juli", "im März") is the latest such date not after the
 *       reference + 31 days: news reports the recent past, or announces the coming weeks.</li>
 *   <li>A weekday is the most recent such day on or before the reference (news reports past events);
 *       "last Monday"/"دوشنبه گذشته" is strictly before it, "next Monday"/"دوشنبه آینده" strictly after.</li>
 *   <li>Months and years said in Persian ("سال گذشته", "امسال", "ماه گذشته") count in the Jalali calendar;
 *       the value is the Gregorian year or month holding most of that Jalali period, i.e. the one its middle
 *       falls in. A Jalali year starts at Nowruz (about 21 March), so that is the Gregorian year it starts in:
 *       on 2023-01-10 (in 1401) "سال گذشته" is 1400, value 2021.</li>
 *   <li>Two-digit Jalali years ("سال 94", "27/3/66") are 1330–1399 for 30–99 and 1400–1429 for 00–29;
 *       two-digit Gregorian years ("31.07.23") are 1950–1999 for 50–99 and 2000–2049 otherwise. Four-digit
 *       years from 1300 to 1499 in numeric dates, and from 1200 to 1499 after "سال", are Jalali.</li>
 *   <li>Ranges ("27 تا 30 بهمن", "سال‌های 92 تا 94") are one mention whose value is an ISO 8601 interval.</li>
 *   <li>Durations and counts ("۴۳ سال گذشته", "30 Jahre", "8 ساله"), bare numbers, phone and version numbers
 *       are no dates.</li>
 * </ul>
 */
public final class DateFinder {

    private final List<Rule> rules;

    /**
     * Builds every table and pattern: about 10 ms, plus a few hundred the first time ICU loads its data in a JVM;
     * build one and share it.
     */
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
