package io.khabar.query.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.query.config.QueryConfig;
import io.khabar.query.mapping.EnrichedArticle;
import io.khabar.query.mapping.EnrichedArticleReader;
import io.khabar.query.mapping.InvalidEventException;
import io.khabar.query.service.ArticleRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores every {@code articles.enriched} record. A record that cannot be read is nacked and so goes to
 * {@code articles.enriched.dlq}; a record that cannot be stored because the database is unavailable is retried with
 * back-off, and is acknowledged only once stored, so nothing is lost or dead-lettered while PostgreSQL is down.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    @Inject
    EnrichedArticleReader reader;
    @Inject
    ArticleRepository articles;
    @Inject
    MeterRegistry metrics;
    @Inject
    QueryConfig config;

    @Incoming(Topics.ARTICLES_ENRICHED_CHANNEL)
    @Blocking
    public CompletionStage<Void> store(Message<String> message) {
        EnrichedArticle article;
        try {
            article = reader.read(message.getPayload());
        } catch (InvalidEventException e) {
            metrics.counter("khabar.query.articles", "outcome", "dead-lettered").increment();
            return message.nack(e);
        }
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                boolean written = QuarkusTransaction.requiringNew()
                        .call(() -> articles.upsert(article, message.getPayload()));
                metrics.counter("khabar.query.articles", "outcome", written ? "stored" : "unchanged").increment();
                return message.ack();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    metrics.counter("khabar.query.articles", "outcome", "dead-lettered").increment();
                    return message.nack(new InvalidEventException("cannot be stored: " + e.getMessage(), e));
                }
                LOG.warnf("storing article %s failed (%s); retrying in %d ms", article.id(), e.getMessage(),
                        backoff.toMillis());
                if (!sleep(backoff)) {
                    return message.nack(e);
                }
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : doubled;
            }
        }
    }

    /**
     * Whether the failure lies with the database's availability rather than with the record: a lost or refused
     * connection, a pool that cannot get one, a server shutting down, a serialization conflict.
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
