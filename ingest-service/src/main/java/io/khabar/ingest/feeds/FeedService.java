package io.khabar.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.khabar.ingest.config.FeedConfig;
import io.khabar.ingest.extract.HtmlArticleExtractor;
import io.khabar.ingest.fetch.FetchRefusedException;
import io.khabar.ingest.fetch.PageFetcher;
import io.khabar.ingest.ledger.ArticleLedger;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.khabar.ingest.service.BrokerUnavailableException;
import io.khabar.ingest.service.IngestService;
import io.khabar.ingest.service.Ingested;
import io.khabar.ingest.service.InvalidArticleException;
import io.khabar.ingest.service.PageIngestService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * Follows RSS 2.0 and Atom feeds (parsed by ROME): each feed on its own interval with conditional GET, each new
 * item's page fetched and ingested once. Which items were handled, and the registrations made through the API,
 * live in the {@link ArticleLedger}'s compacted topic, so a restart neither forgets a feed nor ingests an item
 * again. A feed that fails is polled again after a wait that doubles with every failure.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);
    private static final Duration ITEM_TIMEOUT = Duration.ofSeconds(60);

    /** Runtime state of one feed. */
    private static final class Followed {
        final String id;
        final String url;
        final String source;
        final Duration interval;
        final String origin;
        volatile String etag;
        volatile String lastModified;
        volatile Instant lastPollAt;
        volatile Instant lastSuccessAt;
        volatile Instant nextPollAt = Instant.EPOCH;
        volatile int failures;
        volatile String lastError;
        volatile long items;
        volatile boolean polling;

        Followed(String id, String url, String source, Duration interval, String origin) {
            this.id = id;
            this.url = url;
            this.source = source;
            this.interval = interval;
            this.origin = origin;
        }

        FeedStatus status() {
            String state = lastPollAt == null ? "pending" : failures > 0 ? "failing" : "ok";
            return new FeedStatus(id, url, source, interval.toSeconds(), origin, state, lastPollAt, lastSuccessAt,
                    nextPollAt, failures, failures > 0 ? lastError : null, items);
        }
    }

    /** A stored registration. */
    record Stored(String url, long intervalSeconds, String source) {
    }

    private final Map<String, Followed> feeds = new ConcurrentHashMap<>();
    /** Held while the ledger's registrations and {@link #feeds} change together, or are brought in line. */
    private final Object registrations = new Object();
    private ScheduledExecutorService scheduler;

    @Inject
    FeedConfig config;
    @Inject
    ArticleLedger ledger;
    @Inject
    PageFetcher fetcher;
    @Inject
    PageIngestService pages;
    @Inject
    IngestService ingest;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry metrics;

    void start(@Observes StartupEvent ignored) {
        for (String url : config.urls().orElse(List.of())) {
            if (!url.isBlank()) {
                String id = FeedIds.of(url.trim());
                feeds.put(id, new Followed(id, url.trim(), null, config.defaultInterval(), "config"));
            }
        }
        scheduler = Executors.newScheduledThreadPool(Math.max(1, config.pollers()), r -> {
            Thread t = new Thread(r, "ingest-feed-poller");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Checks a feed and follows it from now on; the first poll follows at once. */
    public FeedStatus register(FeedRegistration r) {
        if (r == null || r.url() == null || r.url().isBlank()) {
            throw new InvalidArticleException("url", "'url' is required");
        }
        Duration interval = r.intervalSeconds() == null ? config.defaultInterval()
                : Duration.ofSeconds(r.intervalSeconds());
        if (interval.compareTo(config.minInterval()) < 0) {
            throw new InvalidArticleException("intervalSeconds", "'intervalSeconds' must be at least "
                    + config.minInterval().toSeconds());
        }
        String url = r.url().trim();
        parse(fetcher.fetch(url, null, null)); // refuses what is not a feed, before anything is stored
        String id = FeedIds.of(url);
        String stored;
        try {
            stored = json.writeValueAsString(new Stored(url, interval.toSeconds(), r.source()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Followed f = new Followed(id, url, blankToNull(r.source()), interval, "api");
        // the state as registered: once in the map, a poll tick may poll the feed before this method returns
        FeedStatus registered = f.status();
        synchronized (registrations) {
            // with the ledger in one step: else a poll tick could follow the stored registration as a second feed
            // object in between, which this one then replaced (its polls and counts lost)
            ledger.putFeed(id, stored);
            feeds.put(id, f);
        }
        return registered;
    }

    public List<FeedStatus> list() {
        sync();
        return feeds.values().stream().map(Followed::status).sorted(Comparator.comparing(FeedStatus::url)).toList();
    }

    public Optional<FeedStatus> get(String id) {
        sync();
        return Optional.ofNullable(feeds.get(id)).map(Followed::status);
    }

    /** Stops following a feed registered through the API. @return false if there is no such feed */
    public boolean remove(String id) {
        Followed f = feeds.get(id);
        if (f == null) {
            return false;
        }
        if (!"api".equals(f.origin)) {
            throw new InvalidArticleException("id", "feed " + id + " comes from configuration "
                    + "(khabar.ingest.feeds.urls); remove it there");
        }
        synchronized (registrations) {
            ledger.putFeed(id, null);
            feeds.remove(id);
        }
        return true;
    }

    /** Takes in registrations other instances (or earlier runs) made, and drops removed ones. */
    private void sync() {
        if (!ledger.loaded()) {
            return;
        }
        synchronized (registrations) {
            syncRegistrations();
        }
    }

    private void syncRegistrations() {
        Map<String, String> stored = ledger.feeds();
        stored.forEach((id, value) -> feeds.computeIfAbsent(id, k -> {
            try {
                Stored s = json.readValue(value, Stored.class);
                return new Followed(id, s.url(), blankToNull(s.source()), Duration.ofSeconds(s.intervalSeconds()), "api");
            } catch (IOException e) {
                LOG.warnf("ignoring unreadable feed registration %s: %s", id, e.getMessage());
                return null;
            }
        }));
        feeds.values().removeIf(f -> "api".equals(f.origin) && !stored.containsKey(f.id));
    }

    private void tick() {
        try {
            if (!ledger.loaded()) {
                return;
            }
            sync();
            Instant now = Instant.now();
            Collection<Followed> due = feeds.values().stream()
                    .filter(f -> !f.polling && !f.nextPollAt.isAfter(now)).toList();
            for (Followed f : due) {
                f.polling = true;
                scheduler.execute(() -> {
                    try {
                        poll(f);
                    } finally {
                        f.polling = false;
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warnf("feed scheduling failed: %s", e.getMessage());
        }
    }

    void poll(Followed f) {
        Instant now = Instant.now();
        f.lastPollAt = now;
        try {
            PageFetcher.Fetched page = fetcher.fetch(f.url, f.etag, f.lastModified);
            if (page.notModified()) {
                metrics.counter("khabar.ingest.feed.polls", "outcome", "not-modified").increment();
            } else {
                SyndFeed feed = parse(page);
                String source = f.source != null ? f.source : blankToNull(feed.getTitle());
                for (SyndEntry entry : feed.getEntries()) {
                    item(f, source, entry);
                }
                f.etag = page.etag();
                f.lastModified = page.lastModified();
                metrics.counter("khabar.ingest.feed.polls", "outcome", "ok").increment();
            }
            f.failures = 0;
            f.lastError = null;
            f.lastSuccessAt = now;
            f.nextPollAt = now.plus(f.interval);
        } catch (RuntimeException e) {
            f.failures++;
            f.lastError = e.getMessage();
            long factor = 1L << Math.min(f.failures, 16);
            Duration wait = f.interval.multipliedBy(factor);
            f.nextPollAt = now.plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
            metrics.counter("khabar.ingest.feed.polls", "outcome", "failed").increment();
            LOG.warnf("feed %s failed (%d in a row): %s", f.url, f.failures, e.getMessage());
        }
    }

    /** Ingests one entry unless it was handled before; a broker outage ends the poll with the entry unhandled. */
    private void item(Followed f, String source, SyndEntry entry) {
        String key = FeedIds.of(firstNonBlank(entry.getUri(), entry.getLink(), entry.getTitle(), String.valueOf(entry)));
        if (ledger.feedItemSeen(f.id, key)) {
            return;
        }
        OffsetDateTime published = entry.getPublishedDate() != null
                ? OffsetDateTime.ofInstant(entry.getPublishedDate().toInstant(), ZoneOffset.UTC)
                : entry.getUpdatedDate() == null ? null
                : OffsetDateTime.ofInstant(entry.getUpdatedDate().toInstant(), ZoneOffset.UTC);
        ArticleSubmission given = new ArticleSubmission(null, entry.getTitle(), null, source, published, null);
        String outcome;
        try {
            Ingested done = entry.getLink() != null
                    ? pages.ingestUrl(entry.getLink(), given, null).await().atMost(ITEM_TIMEOUT)
                    : fromEntryText(entry, given);
            outcome = "ingested " + done.id();
            f.items++;
        } catch (InvalidArticleException | FetchRefusedException pageFailed) {
            // the linked page would not do: the entry's own text may
            try {
                outcome = "ingested from the feed's text " + fromEntryText(entry, given).id();
                f.items++;
            } catch (InvalidArticleException noText) {
                outcome = "skipped: " + pageFailed.getMessage();
            }
        } catch (BrokerUnavailableException e) {
            throw e;
        }
        ledger.recordFeedItem(f.id, key, outcome);
    }

    private Ingested fromEntryText(SyndEntry entry, ArticleSubmission given) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            html.append(c.getValue()).append('\n');
        }
        if (html.isEmpty() && entry.getDescription() != null) {
            html.append(entry.getDescription().getValue());
        }
        String text = Jsoup.parse(html.toString()).wholeText().strip();
        if (text.codePoints().filter(Character::isLetter).count() < HtmlArticleExtractor.MIN_LETTERS) {
            throw new InvalidArticleException("text", "the feed entry has no article text of its own");
        }
        return ingest.ingest(new ArticleSubmission(text, given.title(), entry.getLink(), given.source(),
                given.publishedAt(), null), RawArticleEvent.TEXT, null, null, null).await().atMost(ITEM_TIMEOUT);
    }

    private static SyndFeed parse(PageFetcher.Fetched page) {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            return input.build(new XmlReader(new ByteArrayInputStream(page.body()), page.contentType(), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchRefusedException(422, page.url() + " is not an RSS or Atom feed: " + e.getMessage());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
