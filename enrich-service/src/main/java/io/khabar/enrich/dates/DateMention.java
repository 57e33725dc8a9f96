package io.khabar.enrich.dates;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One date or time expression found in a text.
 *
 * @param start       UTF-16 offset of the first char in the text exactly as given
 * @param end         UTF-16 offset after the last char (half-open)
 * @param surface     {@code text.substring(start, end)}
 * @param calendar    {@code "persian"}, {@code "gregorian"}, {@code "islamic"}, or {@code "none"} for relative
 *                    expressions without calendar words ("gestern", "last week"); Persian relative months and
 *                    years ("سال گذشته") count in the Jalali calendar and say {@code "persian"}
 * @param kind        {@code "absolute"} (a calendar date, possibly missing its year) or {@code "relative"}
 *                    (meaningful only against the publication date)
 * @param granularity {@code "day"}, {@code "week"}, {@code "month"}, {@code "year"}, {@code "decade"},
 *                    {@code "time"} or {@code "datetime"}
 * @param value       normalised ISO 8601 value in the Gregorian calendar ({@code 2023-07-31}, {@code 2023-07},
 *                    {@code 2023}, {@code 2023-W31}, {@code 14:30}, {@code 2023-07-31T14:30}; decades as in
 *                    TimeML, {@code 199}; a range of days, "27 تا 30 بهمن", as an ISO 8601 interval,
 *                    {@code 2016-02-16/2016-02-19}), or {@code null} when it cannot be resolved without inventing
 *                    anything
 * @param confidence  honest estimate in 0..1 that this is a date expression with this value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateMention(int start, int end, String surface, String calendar, String kind, String granularity,
                          String value, double confidence) {
}
