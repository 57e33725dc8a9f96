package io.khabar.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.ingest.extract.ExtractedPage;
import io.khabar.ingest.extract.HtmlArticleExtractor;
import io.khabar.ingest.extract.TextDecoder;
import io.khabar.ingest.fetch.FetchRefusedException;
import io.khabar.ingest.fetch.PageFetcher;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.smallrye.mutiny.Uni;

/** Web pages into articles: extract the main text and metadata, let what the client said win, publish. */
@ApplicationScoped
public class PageIngestService {

    @Inject
    IngestService ingest;
    @Inject
    HtmlArticleExtractor extractor;
    @Inject
    PageFetcher fetcher;

    /**
     * Ingests a page whose bytes are at hand. {@code given} carries what the client said (its {@code text} is
     * ignored); the page's own title, date, canonical URL and language fill what the client left out.
     */
    public Uni<Ingested> ingestPage(byte[] body, String contentType, ArticleSubmission given, String baseUrl,
                                    String idempotencyKey) {
        ExtractedPage page = extractor.extract(body, TextDecoder.declaredCharset(contentType), baseUrl);
        ArticleSubmission article = new ArticleSubmission(page.text(), or(given.title(), page.title()),
                or(given.url(), or(page.canonicalUrl(), baseUrl)), given.source(),
                given.publishedAt() != null ? given.publishedAt()
                        : page.publishedAt() == null ? null : OffsetDateTime.ofInstant(page.publishedAt(), ZoneOffset.UTC),
                or(given.language(), page.language()));
        return ingest.ingest(article, RawArticleEvent.HTML, page.author(), page.html(), idempotencyKey);
    }

    /** Fetches {@code url} (bounded, SSRF-guarded) and ingests it as a page. */
    public Uni<Ingested> ingestUrl(String url, ArticleSubmission given, String idempotencyKey) {
        if (url == null || url.isBlank()) {
            throw new InvalidArticleException("url", "'url' is required");
        }
        PageFetcher.Fetched page = fetcher.fetch(url, null, null);
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
            throw new FetchRefusedException(422, page.url() + " is " + page.contentType() + ", not a web page");
        }
        return ingestPage(page.body(), page.contentType(), new ArticleSubmission(null, given.title(), given.url(),
                given.source(), given.publishedAt(), given.language()), page.url().toString(), idempotencyKey);
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
