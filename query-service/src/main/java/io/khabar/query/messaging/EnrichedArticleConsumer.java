package io.khabar.query.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.khabar.query.config.QueryConfig;
import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.mapping.EnrichedArticleReader;
import io.khabar.query.mapping.InvalidEventException;
import io.khabar.query.service.ArticleWriter;
import io.khabar.query.service.TagWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Stores {@code articles.enriched} records a poll's batch at a time, in one transaction per batch: an article and its
 * tags land together, and a thousand articles a second are a few transactions a second. A record that cannot be read
 * goes to {@code articles.enriched.dlq}; while the database is unavailable the batch is retried with back-off and
 * acknowledged only once stored, so nothing is lost or dead-lettered meanwhile. Storing is idempotent and
 * order-safe (see {@link ArticleWriter}), so a redelivered batch changes nothing.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);
    /** Name of the worker pool that stores batches. */
    static final String POOL = "article-storage";

    @Inject
    EnrichedArticleReader reader;
    @Inject
    EntityManager em;
    @Inject
    ArticleWriter writer;
    @Inject
    TagWriter tags;
    @Inject
    DeadLetters deadLetters;
    @Inject
    MeterRegistry metrics;
    @Inject
    QueryConfig config;

    /** A record read, with its article or why it cannot be stored. */
    private record Item(KafkaRecord<String, String> record, EnrichedArticleReader.Read read, String problem) {
        EnrichedArticle article() {
            return read == null ? null : read.article();
        }
    }

    /**
     * Three batches are stored at once (worker pool {@value #POOL}, {@code max-concurrency} in the configuration), so
     * that the database works on both cores; storing is order-safe, so batches may finish in any order, and the
     * connector commits an offset only once every record before it is acknowledged.
     */
    @Incoming(Topics.ARTICLES_ENRICHED_CHANNEL)
    @Blocking(value = POOL, ordered = false)
    public CompletionStage<Void> store(KafkaRecordBatch<String, String> batch) {
        List<Item> items = new ArrayList<>();
        for (KafkaRecord<String, String> r : batch.getRecords()) {
            try {
                items.add(new Item(r, reader.readForStorage(r.getPayload()), null));
            } catch (InvalidEventException e) {
                items.add(new Item(r, null, e.getMessage()));
            }
        }
        List<Item> readable = items.stream().filter(i -> i.article() != null).toList();
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                try {
                    storeAll(readable);
                } catch (RuntimeException e) {
                    if (isTransient(e)) {
                        throw e;
                    }
                    // one record the database refuses: find it, store the others, dead-letter it; a transient error
                    // meanwhile comes out of here and the whole batch is retried
                    items = storeOneByOne(items);
                }
                break;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    return batch.nack(e);
                }
                LOG.warnf("storing %d articles failed (%s); retrying in %d ms", readable.size(), e.getMessage(),
                        backoff.toMillis());
                if (!sleep(backoff)) {
                    return batch.nack(e);
                }
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : doubled;
            }
        }
        List<CompletableFuture<Void>> dead = new ArrayList<>();
        for (Item i : items) {
            if (i.problem() != null) {
                metrics.counter("khabar.query.articles", "outcome", "dead-lettered").increment();
                dead.add(deadLetters.send(i.record(), i.problem()).toCompletableFuture());
            }
        }
        // acknowledged only once every dead letter is on its topic
        return CompletableFuture.allOf(dead.toArray(CompletableFuture[]::new)).thenCompose(v -> batch.ack());
    }

    private void storeAll(List<Item> readable) {
        if (readable.isEmpty()) {
            return;
        }
        // the article rows in one statement, then their tags, one batch per table: a transaction a poll
        int written = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(c -> {
            ArticleWriter.Written w = writer.upsert(c, readable.stream()
                    .map(i -> new ArticleWriter.Row(i.article(), i.read().storedPayload())).toList());
            tags.replace(c, w.articles(), w.replaced()); // same transaction: the article and its tags, or neither
            return w.articles().size();
        }));
        metrics.counter("khabar.query.articles", "outcome", "stored").increment(written);
        metrics.counter("khabar.query.articles", "outcome", "unchanged").increment(readable.size() - written);
    }

    /** Each readable record in its own transaction; those the database refuses become dead letters. */
    private List<Item> storeOneByOne(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (i.article() == null) {
                out.add(i);
                continue;
            }
            try {
                storeAll(List.of(i));
                out.add(i);
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    throw e; // the database went away meanwhile: the batch is retried as a whole
                }
                LOG.errorf("article %s cannot be stored: %s", i.article().id(), e.getMessage());
                out.add(new Item(i.record(), null, "cannot be stored: " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Whether the failure lies with the database's availability rather than with the record: a lost or refused
     * connection, a pool that cannot get one, a server shutting down, a serialization conflict or deadlock.
     */
    static boolean isTransient(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientException || c instanceof SQLRecoverableException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                        || state.startsWith("40");
            }
        }
        return false;
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
