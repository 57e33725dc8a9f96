package io.khabar.enrich.dates;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When the article was published, and how that is known.
 *
 * @param value      ISO 8601: an instant when supplied or from the page, a date when read from the text
 * @param provenance {@code supplied} (by the client), {@code page} (the web page's metadata), {@code text} (a full
 *                   date in the headline, dateline or lead) or {@code ingestion} (nothing better: the time ingest
 *                   received it; relative dates are not resolved against it)
 * @param start      where in the text it was read, for {@code text}; otherwise null
 * @param end        end of that, exclusive
 * @param stage      the stage that decided it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationDate(String value, String provenance, Integer start, Integer end, String stage) {

    public static final String SUPPLIED = "supplied";
    public static final String PAGE = "page";
    public static final String TEXT = "text";
    public static final String INGESTION = "ingestion";

    /** Whether relative dates may be resolved against it. */
    public boolean known() {
        return !INGESTION.equals(provenance);
    }
}
