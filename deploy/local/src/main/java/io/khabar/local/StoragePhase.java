package io.khabar.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.khabar.stack.TopicClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The storage phase of {@code bench-query}: the whole corpus published to {@code articles.enriched} by one producer as
 * fast as it goes (acks=all, idempotent, zstd like enrich-service's, batches of up to 1 MiB, CloudEvents headers like
 * enrich-service's), while query-service, already running, stores it; then waits until PostgreSQL holds every article
 * ({@code select count(*) from article}), and then until every article has its story ({@code article_story}). Fails
 * with the reason if query-service dead-letters a record.
 */
final class StoragePhase {

    static final String TOPIC = "articles.enriched";
    static final String DLQ = "articles.enriched.dlq";

    /**
     * Figures: publishing took {@code publishSeconds}, at whose end {@code storedAtPublishEnd} were stored; all
     * {@code articles} were stored {@code totalSeconds} after publishing began. Cores per process for both windows.
     */
    record Result(int articles, long bytes, double publishSeconds, long storedAtPublishEnd, double totalSeconds,
                  Map<String, Double> coresWhilePublishing, Map<String, Double> coresAfterPublishing,
                  Map<String, Integer> languages, long assignedAtStoreEnd, double assignedSeconds, boolean paused,
                  Map<String, Double> coresUntilInStories, boolean stories) {
        double drainSeconds() {
            return totalSeconds - publishSeconds;
        }

        /**
         * CPU time an article of query-service and PostgreSQL together, from the end of publishing until every
         * article was in a story: the cost of storing and assigning, which the rates show only through the share
         * of the two cores each got (and which varied by a tenth between runs of one build on this VM).
         */
        double cpuMillisPerArticle() {
            double cores = coresUntilInStories.entrySet().stream()
                    .filter(e -> !e.getKey().equals("broker + load generator")).mapToDouble(Map.Entry::getValue).sum();
            return cores * assignedAfterPublishingSeconds() * 1000 / articles;
        }

        /** From the end of publishing until every article was in a story. */
        double assignedAfterPublishingSeconds() {
            return assignedSeconds - publishSeconds;
        }

        long drained() {
            return articles - storedAtPublishEnd;
        }
    }

    private final String bootstrap;
    private final Connection db;
    private final ServiceProcess service;
    private final java.nio.file.Path postgresData;

    /** Whether query-service assigns stories, and the phase waits for them. */
    private final boolean stories;

    /** A phase with stories: query-service assigns them, and the phase waits for them. */
    StoragePhase(String bootstrap, Connection db, ServiceProcess service, java.nio.file.Path postgresData) {
        this(bootstrap, db, service, postgresData, true);
    }

    StoragePhase(String bootstrap, Connection db, ServiceProcess service, java.nio.file.Path postgresData,
                 boolean stories) {
        this.stories = stories;
        this.bootstrap = bootstrap;
        this.db = db;
        this.service = service;
        this.postgresData = postgresData;
    }

    /** {@link #run(EnrichedCorpus, int, int, Duration, boolean)} with query-service storing while they are published. */
    Result run(EnrichedCorpus corpus, int first, int end, Duration stallTimeout) throws Exception {
        return run(corpus, first, end, stallTimeout, false);
    }

    /**
     * Publishes records {@code first} to {@code end} (exclusive) of the corpus and waits until PostgreSQL holds
     * {@code end} articles; the figures are for these records only. With {@code paused}, query-service is stopped
     * ({@code SIGSTOP}) while they are published and let go once all are on the broker: it then stores and assigns
     * the whole backlog with the cores to itself, without the load generator competing.
     */
    Result run(EnrichedCorpus corpus, int first, int end, Duration stallTimeout, boolean paused) throws Exception {
        int articles = end - first;
        Map<String, Integer> languages = new TreeMap<>();
        long bytes = 0;
        CpuMeter publishing = new CpuMeter(service, postgresData);
        if (paused) {
            service.freeze(true);
        }
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (int i = first; i < end; i++) {
                EnrichedCorpus.Record r = corpus.record(i);
                languages.merge(r.language(), 1, Integer::sum);
                bytes += utf8Length(r.value());
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, r.key(), r.value());
                record.headers().add("ce_specversion", utf8("1.0")).add("ce_id", utf8(r.eventId()))
                        .add("ce_type", utf8("khabar.article.enriched.v2"))
                        .add("ce_source", utf8("/khabar/enrich-service")).add("ce_time", utf8(r.enrichedAt()))
                        .add("ce_subject", utf8(r.key()))
                        .add("ce_dataschema", utf8("urn:khabar:schema:articles.enriched:2"))
                        .add("content-type", utf8("application/json"));
                producer.send(record);
            }
            producer.flush();
        } finally {
            if (paused) {
                service.freeze(false);
            }
        }
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> publishCores = publishing.cores();
        long atPublishEnd = count() - first;
        CpuMeter after = new CpuMeter(service, postgresData);
        CpuMeter untilInStories = new CpuMeter(service, postgresData);
        long stored = atPublishEnd;
        long lastChange = System.nanoTime();
        long lastDeadLetterCheck = lastChange;
        long drainingSince = lastChange;
        while (stored < articles) {
            double rate = (stored - atPublishEnd) / ((System.nanoTime() - drainingSince) / 1e9);
            Thread.sleep(pause(articles - stored, rate));
            long now = count() - first;
            if (now != stored) {
                stored = now;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() - lastDeadLetterCheck > 5_000_000_000L) {
                checkDeadLetters();
                lastDeadLetterCheck = System.nanoTime();
            }
            if (System.nanoTime() - lastChange > stallTimeout.toNanos()) {
                checkDeadLetters();
                throw new IOException("query-service stored " + stored + " of " + articles + " articles and nothing"
                        + " more for " + stallTimeout.toSeconds() + " s; last lines of " + service.log() + ":\n"
                        + service.tail(30));
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        // read now: read after the stories too, it averaged the assigner's tail (about one core) into the backlog's
        Map<String, Double> backlogCores = after.cores();
        checkDeadLetters();
        // the stories: every stored article gets one, behind the storing, by one assigner at a time
        long assignedAtStoreEnd = stories ? count("article_story") - first : articles;
        long assigned = assignedAtStoreEnd;
        lastChange = System.nanoTime();
        long assigningSince = lastChange;
        while (assigned < articles) {
            double rate = (assigned - assignedAtStoreEnd) / ((System.nanoTime() - assigningSince) / 1e9);
            Thread.sleep(pause(articles - assigned, rate));
            long now = count("article_story") - first;
            if (now != assigned) {
                assigned = now;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() - lastChange > stallTimeout.toNanos()) {
                throw new IOException("the story assigner put " + assigned + " of " + articles + " articles in"
                        + " stories and nothing more for " + stallTimeout.toSeconds() + " s; last lines of "
                        + service.log() + ":\n" + service.tail(30));
            }
        }
        return new Result(articles, bytes, publishSeconds, atPublishEnd, total, publishCores, backlogCores,
                languages, assignedAtStoreEnd, (System.nanoTime() - start) / 1e9, paused, untilInStories.cores(), stories);
    }

    /**
     * How long to wait before counting again: half the time the rest should take at the rate seen so far, between 0.1
     * and 2 s. A count scans the table (56-64 ms under load at 60,000 articles, {@code pg_stat_statements}) on the
     * cores being measured, and it had run every 0.5 s. The end is still timed to a tenth of a second.
     */
    static long pause(long remaining, double perSecond) {
        if (!(perSecond > 0)) {
            return 500;
        }
        return Math.max(100, Math.min(2000, (long) (remaining / perSecond * 500)));
    }

    long count() throws SQLException {
        return count("article");
    }

    private long count(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Fails with the first dead letter's reason if query-service dead-lettered anything. */
    private void checkDeadLetters() throws IOException {
        long dead = new TopicClient(bootstrap).recordCount(DLQ);
        if (dead == 0) {
            return;
        }
        // the dead-letter topic is small: reading it whole with the stack's own client is enough
        for (TopicClient.Received r : new TopicClient(bootstrap).readAll(DLQ)) {
            String reason = r.headers().get("dead-letter-reason");
            throw new IOException("query-service dead-lettered " + dead + " records; the first, " + r.key()
                    + ", because: " + (reason == null ? "(no reason header)" : reason));
        }
        throw new IOException("query-service dead-lettered " + dead + " records (none could be read back)");
    }

    private Properties producerConfig() {
        Properties p = BenchSupport.producerConfig(bootstrap);
        p.put("buffer.memory", "134217728");
        return p;
    }

    /** Bytes of {@code s} in UTF-8, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
