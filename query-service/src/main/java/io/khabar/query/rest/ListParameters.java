package io.khabar.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.UriInfo;

import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.PageCursor;

/** Checks and converts the query parameters of the list endpoints; each bad one is a 400 naming it. */
final class ListParameters {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final int MAX_VALUE = 500;

    private ListParameters() {
    }

    /** Every parameter is one of {@code known} and none is given empty ({@code ?entity=}). */
    static void onlyKnown(UriInfo uri, Set<String> known) {
        uri.getQueryParameters().forEach((name, values) -> {
            if (!known.contains(name)) {
                throw new BadParameterException(name, "unknown parameter '" + name + "'; known are "
                        + new java.util.TreeSet<>(known));
            }
            if (values.stream().anyMatch(v -> v == null || v.isEmpty())) {
                throw new BadParameterException(name, "'" + name + "' is given without a value");
            }
            if (values.stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) { // PostgreSQL text cannot hold one
                throw new BadParameterException(name, "'" + name + "' contains a NUL character");
            }
        });
    }

    static ArticleFilter filter(String q, List<String> languages, List<String> entities, List<String> countries,
                                List<String> topics, List<String> sources, String from, String to) {
        if (q != null && q.isBlank()) {
            throw new BadParameterException("q", "'q' is empty");
        }
        for (String l : languages) {
            if (!LANGUAGE.matcher(l).matches()) {
                throw new BadParameterException("language", "'language' must be an ISO 639 code such as 'fa' or 'de'");
            }
        }
        for (String c : countries) {
            if (!COUNTRY.matcher(c).matches()) {
                throw new BadParameterException("country", "'country' must be an ISO 3166 code such as 'IR' or 'BY'");
            }
        }
        if (q != null && q.length() > MAX_VALUE) {
            throw new BadParameterException("q", "'q' is longer than " + MAX_VALUE + " characters");
        }
        check("entity", entities);
        check("topic", topics);
        check("source", sources);
        Optional<Instant> start = time("from", from, false);
        Optional<Instant> end = time("to", to, true);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new BadParameterException("to", "'to' must be after 'from'");
        }
        return new ArticleFilter(Optional.ofNullable(q), languages, entities,
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), topics, sources, start, end);
    }

    private static void check(String name, List<String> values) {
        for (String v : values) {
            if (v.isBlank() || v.length() > MAX_VALUE) {
                throw new BadParameterException(name, "'" + name + "' is empty or longer than " + MAX_VALUE
                        + " characters");
            }
        }
    }

    /** A date ({@code 2023-07-31}, the whole day in UTC; {@code to} is then the day's end) or a time with offset. */
    private static Optional<Instant> time(String name, String value, boolean endOfDay) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Instant t;
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                t = (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                t = OffsetDateTime.parse(value).toInstant();
            }
            if (!ArticleFilter.inRange(t)) {
                throw new BadParameterException(name, "'" + name + "' must lie between the years 1 and 9999");
            }
            return Optional.of(t);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date (2023-07-31) or a time with offset"
                    + " (2023-07-31T10:15:00+03:30)");
        }
    }

    /** How {@code lang} is described in the API documentation wherever entities or topics are named. */
    static final String LANG_DESCRIPTION = "ISO 639-1 code of the language entities and topics are named in: each by"
            + " its first name (label) in that language where the enrichment gave one, else by the one it was stored"
            + " with (default en)";

    /** The language a response's labels and names are given in ({@code lang}): an ISO 639 code, absent is English. */
    static String lang(String lang) {
        if (lang == null) {
            return "en";
        }
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new BadParameterException("lang", "'lang' must be an ISO 639-1 code such as 'fa' or 'de'");
        }
        return lang;
    }

    /** A true/false parameter; absent is false. */
    static boolean flag(String value, String name) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            throw new BadParameterException(name, "'" + name + "' must be true or false");
        }
        return true;
    }

    static int limit(String limit, int defaultLimit, int maxLimit) {
        return limit(limit, defaultLimit, maxLimit, "limit");
    }

    /** A whole number from 1 to {@code maxLimit} in parameter {@code name}, or the default when absent. */
    static int limit(String limit, int defaultLimit, int maxLimit, String name) {
        if (limit == null) {
            return defaultLimit;
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= maxLimit) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, "'" + name + "' must be a whole number from 1 to " + maxLimit);
    }

    /** The position a {@code cursor} parameter gives, for a list in {@code order}; 400 naming it when it is bad. */
    static Optional<PageCursor> cursor(String cursor, char order) {
        try {
            return Optional.ofNullable(cursor).map(c -> PageCursor.decode(c, order));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor", e.getMessage());
        }
    }
}
