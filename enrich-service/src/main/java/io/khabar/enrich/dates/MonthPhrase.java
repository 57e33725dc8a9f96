package io.khabar.enrich.dates;

import java.time.DayOfWeek;

import io.khabar.enrich.dates.CalendarLexicon.MonthName;

/**
 * The parts of a phrase built around a month name, as {@link NamedDateRule} matched them, for
 * {@link MonthDateReader} to turn into a value.
 *
 * @param start          where the phrase starts
 * @param end            where it ends, year part included
 * @param endWithoutYear where it ends if the year part turns out unusable ("5 مهر 120 نفر")
 * @param month          the month
 * @param day            day of month, or -1 for a month alone
 * @param firstDay       first day of a range ("27 تا 30 بهمن"), or -1
 * @param weekday        a weekday written before the date, or {@code null}
 * @param year           year digits as written, or {@code null}
 * @param yearWords      year in Persian words, or {@code null}
 * @param era            calendar named by an era marker ("" for one that names none), or {@code null}
 * @param relativeYear   offset of a relative year ("سال گذشته" -1), or {@code null}
 * @param direction      "اسفند گذشته" -1, "mars prochain" +1, or {@code null}
 */
record MonthPhrase(int start, int end, int endWithoutYear, MonthName month, int day, int firstDay,
                   DayOfWeek weekday, String year, String yearWords, String era, Integer relativeYear,
                   Integer direction) {
}
