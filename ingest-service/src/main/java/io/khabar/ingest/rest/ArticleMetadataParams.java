package io.khabar.ingest.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.service.InvalidArticleException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a client says about an article posted as plain text or HTML: query parameters, or {@code X-Article-*}
 * headers (a query parameter wins), and the idempotency key.
 */
public class ArticleMetadataParams {

    @QueryParam("title")
    @Parameter(description = "Headline (or header X-Article-Title)")
    String title;
    @QueryParam("url")
    @Parameter(description = "Canonical URL (or X-Article-Url)")
    String url;
    @QueryParam("source")
    @Parameter(description = "Outlet (or X-Article-Source)")
    String source;
    @QueryParam("publishedAt")
    @Parameter(description = "ISO-8601 date-time with offset (or X-Article-Published-At)")
    String publishedAt;
    @QueryParam("language")
    @Parameter(description = "Language hint (or Content-Language)")
    String language;
    @HeaderParam("X-Article-Title")
    String titleHeader;
    @HeaderParam("X-Article-Url")
    String urlHeader;
    @HeaderParam("X-Article-Source")
    String sourceHeader;
    @HeaderParam("X-Article-Published-At")
    String publishedAtHeader;
    @HeaderParam(HttpHeaders.CONTENT_LANGUAGE)
    String languageHeader;
    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    String contentType;
    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    /** The metadata as a submission with the given text (null for a page whose text is still to be extracted). */
    ArticleSubmission submission(String text) {
        return new ArticleSubmission(text, or(title, titleHeader), or(url, urlHeader), or(source, sourceHeader),
                date(or(publishedAt, publishedAtHeader)), or(language, languageHeader));
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static OffsetDateTime date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("publishedAt", "'publishedAt' must be an ISO-8601 date-time with "
                    + "offset, such as 2023-07-31T10:15:00+03:30");
        }
    }
}
