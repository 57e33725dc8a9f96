package io.khabar.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.ingest.config.IngestConfig;
import io.khabar.ingest.ledger.ArticleLedger;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.ArticleText;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.khabar.ingest.messaging.RawArticlePublisher;
import io.smallrye.mutiny.Uni;

/** Validates a submitted article, gives it its stable id and publishes it; nothing invalid reaches the topic. */
@ApplicationScoped
public class IngestService {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final int MAX_SHORT_FIELD = 2048;

    @Inject
    IngestConfig config;
    @Inject
    RawArticlePublisher publisher;
    @Inject
    IngestMetrics metrics;
    @Inject
    ArticleLedger ledger;

    /**
     * Validates and publishes an article; yields its id and whether it was new once the broker has acknowledged
     * it. An {@code idempotencyKey} (may be null) seen before yields the article it was used for, untouched.
     */
    public Uni<Ingested> ingest(ArticleSubmission submission, String format, String author, String html,
                                String idempotencyKey) {
        if (idempotencyKey != null) {
            checkIdempotencyKey(idempotencyKey);
            Optional<String> earlier = ledger.idForKey(idempotencyKey);
            if (earlier.isPresent()) {
                metrics.count(format, submission == null ? null : submission.source(), "duplicate",
                        "idempotency-key");
                return Uni.createFrom().item(new Ingested(earlier.get(), Ingested.DUPLICATE));
            }
        }
        RawArticleEvent event;
        try {
            event = prepare(submission, format, author, html);
        } catch (InvalidArticleException e) {
            return Uni.createFrom().failure(e);
        }
        return publish(event, idempotencyKey);
    }

    /**
     * Checks the article and makes its event; nothing is published.
     *
     * @throws InvalidArticleException naming the field at fault
     */
    public RawArticleEvent prepare(ArticleSubmission s, String format, String author, String html) {
        return counted(s, format, () -> toEvent(s, format, author, html));
    }

    /**
     * Publishes a prepared event unless the ledger knows it with the same content; fails with
     * {@link BrokerUnavailableException} when the broker does not acknowledge in time.
     */
    public Uni<Ingested> publish(RawArticleEvent event, String idempotencyKey) {
        ArticleLedger.Seen seen = ledger.seen(event.id(), event.contentHash());
        if (seen == ArticleLedger.Seen.SAME_CONTENT) {
            return Uni.createFrom().item(duplicate(event, idempotencyKey));
        }
        String status = status(seen);
        long start = System.nanoTime();
        return publisher.publish(event)
                .ifNoItem().after(config.publishTimeout()).failWith(() -> new BrokerUnavailableException(
                        "the broker did not acknowledge within " + config.publishTimeout().toSeconds() + " s", null))
                .onFailure(f -> !(f instanceof BrokerUnavailableException))
                .transform(f -> new BrokerUnavailableException("publishing failed: " + f.getMessage(), f))
                .onFailure().invoke(() -> metrics.count(event.format(), event.source(), "unavailable", "broker"))
                .map(ignored -> accepted(event, status, idempotencyKey, start));
    }

    /**
     * {@link #publish} for a worker thread with many articles to send: hands the event to the producer from this
     * thread (blocking while the broker is unreachable, up to the producer's bound) and calls {@code done} with the
     * outcome, or with the {@link BrokerUnavailableException}, once the broker has answered.
     */
    public void publish(RawArticleEvent event, BiConsumer<Ingested, BrokerUnavailableException> done) {
        ArticleLedger.Seen seen = ledger.seen(event.id(), event.contentHash());
        if (seen == ArticleLedger.Seen.SAME_CONTENT) {
            done.accept(duplicate(event, null), null);
            return;
        }
        String status = status(seen);
        long start = System.nanoTime();
        publisher.send(event, (metadata, error) -> {
            if (error == null) {
                done.accept(accepted(event, status, null, start), null);
            } else {
                metrics.count(event.format(), event.source(), "unavailable", "broker");
                done.accept(null, new BrokerUnavailableException("publishing failed: " + error.getMessage(), error));
            }
        });
    }

    /** Counts and answers an article the ledger knows with the same content. */
    private Ingested duplicate(RawArticleEvent event, String idempotencyKey) {
        metrics.count(event.format(), event.source(), "duplicate", "same-content");
        if (idempotencyKey != null) {
            ledger.record(event.id(), event.contentHash(), idempotencyKey);
        }
        return new Ingested(event.id(), Ingested.DUPLICATE);
    }

    private static String status(ArticleLedger.Seen seen) {
        return switch (seen) {
            case NEW -> Ingested.NEW;
            case OTHER_CONTENT -> Ingested.UPDATED;
            default -> Ingested.ACCEPTED;
        };
    }

    /** Counts and records an article the broker acknowledged. */
    private Ingested accepted(RawArticleEvent event, String status, String idempotencyKey, long start) {
        metrics.count(event.format(), event.source(), "accepted", status);
        metrics.published(System.nanoTime() - start);
        ledger.record(event.id(), event.contentHash(), idempotencyKey);
        return new Ingested(event.id(), status);
    }

    private static void checkIdempotencyKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidArticleException("Idempotency-Key",
                    "'Idempotency-Key' must be 1 to 255 visible ASCII characters");
        }
    }

    RawArticleEvent toEvent(ArticleSubmission s, String format, String author, String html) {
        if (s == null) {
            throw new InvalidArticleException("body", "a JSON object with at least a 'text' field is required");
        }
        if (s.text() == null) {
            throw new InvalidArticleException("text", "'text' is required");
        }
        if (s.text().isBlank()) {
            throw new InvalidArticleException("text", "'text' is empty or only white space");
        }
        if (s.text().length() > config.maxTextChars()) {
            throw new InvalidArticleException("text", "'text' has " + s.text().length()
                    + " characters; at most " + config.maxTextChars() + " are accepted");
        }
        int surrogate = unpairedSurrogate(s.text());
        if (surrogate >= 0) {
            throw new InvalidArticleException("text", String.format("'text' is not valid Unicode: an unpaired surrogate"
                    + " (\\u%04X) at character %d", (int) s.text().charAt(surrogate), surrogate));
        }
        return toEvent(s, ArticleText.of(s.text()), ArticleIdentity.contentHash(s.text()), format, author, html);
    }

    /**
     * Checks an article whose text has been checked and hashed ({@code text} and {@code hash}; {@code s.text()} is
     * not read) and makes its event; nothing is published. Counts a rejection like {@link #prepare}.
     *
     * @throws InvalidArticleException naming the field at fault
     */
    public RawArticleEvent prepare(ArticleSubmission s, ArticleText text, String hash, String format) {
        return counted(s, format, () -> toEvent(s, text, hash, format, null, null));
    }

    /** Counts a rejection by its field. */
    private RawArticleEvent counted(ArticleSubmission s, String format, Supplier<RawArticleEvent> toEvent) {
        try {
            return toEvent.get();
        } catch (InvalidArticleException e) {
            metrics.count(format, s == null ? null : s.source(), "rejected", e.field());
            throw e;
        }
    }

    private RawArticleEvent toEvent(ArticleSubmission s, ArticleText text, String hash, String format, String author,
                                    String html) {
        String title = optional("title", s.title());
        String source = optional("source", s.source());
        String url = optional("url", s.url());
        if (url != null) {
            checkUrl(url);
        }
        String language = optional("language", s.language());
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw new InvalidArticleException("language", "'language' must be a BCP 47 tag such as 'fa' or 'de'");
        }
        return new RawArticleEvent(RawArticleEvent.SCHEMA_VERSION, UUID.randomUUID().toString(),
                url != null ? ArticleIdentity.idOfUrl(url) : ArticleIdentity.idOfContent(hash), Instant.now(),
                text, title, url, source,
                s.publishedAt() == null ? null : s.publishedAt().toInstant(),
                language == null ? null : language.toLowerCase(Locale.ROOT), optional("author", author), format, html,
                hash);
    }

    /** Index of the first surrogate that is not half of a pair (JSON can carry one as an escape), or -1. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SHORT_FIELD) {
            throw new InvalidArticleException(field, "'" + field + "' is longer than " + MAX_SHORT_FIELD + " characters");
        }
        return value.trim();
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidArticleException("url", "'url' must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "'url' is not a valid URL: " + e.getReason());
        }
    }
}
