package io.khabar.bench.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import io.khabar.local.LocalSystem;
import io.khabar.stack.KhabarStack;
import io.khabar.stack.TopicClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite (issue 8): the whole system as the run command starts it (a real broker and database, the three
 * services as processes from their built jars), and in each case a known set of articles is sent while something
 * breaks. Each case ends by counting in the database: every accepted article stored exactly once, none invented. The
 * table of all cases is written to {@code target/fault-suite.md}; the README shows it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final String API_KEY = "fault-suite-key";
    static final Duration READY = Duration.ofMinutes(3);
    static final Duration DRAIN = Duration.ofMinutes(4);

    static LocalSystem system;
    static FaultArticles articles;
    static Poster poster;
    static StoredCount stored;
    static TopicClient topics;
    static final List<FaultTable.Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("khabar.root", "../..")).toAbsolutePath().normalize();
        system = LocalSystem.start(new LocalSystem.Settings(root, KhabarStack.Settings.ephemeral(),
                KhabarStack.freePort(), KhabarStack.freePort(), KhabarStack.freePort(),
                List.of("-Xmx768m", "-XX:+UseSerialGC"), API_KEY,
                // a client learns of an unreachable broker after 3 s instead of 15
                Map.of("KHABAR_INGEST_PUBLISH_TIMEOUT", "3s")), READY);
        articles = new FaultArticles(root.resolve("seeds"));
        poster = new Poster(system.ingestUrl(), API_KEY);
        stored = new StoredCount(system.stack());
        topics = new TopicClient(system.stack().kafkaBootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            FaultTable.write(ROWS, Path.of("target", "fault-suite.md"));
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    @Test
    @Order(1)
    void brokerStoppedAndRestartedMidStream() throws Exception {
        FaultTable.Row row = runCase("broker-restart", "broker stopped 3 s into the stream for 8 s, then restarted",
                240, 20, () -> {
            system.stack().stopKafka();
            Thread.sleep(8_000);
            system.stack().startKafka();
            return "ingest answered 503 while the broker was away; the clients retried";
        });
        assertTrue(row.refused().getOrDefault(503, 0) > 0, "ingest met the outage: " + row.refused());
    }

    @Test
    @Order(2)
    void databaseStoppedAndRestartedMidStream() throws Exception {
        Path log = system.instance(LocalSystem.QUERY).log();
        long before = retries(log);
        runCase("database-restart", "PostgreSQL stopped 3 s into the stream for 8 s, then restarted", 240, 20, () -> {
            system.stack().stopPostgres();
            Thread.sleep(8_000);
            system.stack().startPostgres();
            return "";
        });
        long retried = retries(log) - before;
        assertTrue(retried > 0, "query-service met the outage");
        note("query-service retried a batch " + retried + " times while the database was away");
    }

    @Test
    @Order(3)
    void enrichServiceKilledMidBatchAndRestarted() throws Exception {
        killedAndRestarted("enrich-kill", LocalSystem.ENRICH, "articles.raw");
    }

    @Test
    @Order(4)
    void queryServiceKilledMidBatchAndRestarted() throws Exception {
        killedAndRestarted("query-kill", LocalSystem.QUERY, "articles.enriched");
    }

    /** A service killed with SIGKILL 3 s into a stream of 300 articles, then started again. */
    private void killedAndRestarted(String name, String service, String topic) throws Exception {
        runCase(name, service + " killed (kill -9) 3 s into the stream, then restarted", 300, 30, () -> {
            long lag = topics.lag(service, topic);
            system.kill(service);
            system.restart(service, READY);
            return lag + " records of " + topic + " not yet committed by " + service + " when it was killed";
        });
    }

    @Test
    @Order(5)
    void poisonMessagesOnEachTopicGoToItsDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        Poison poison = new Poison(topics);
        runCase("poison", "3 poison records on articles.raw and 3 on articles.enriched (not JSON, schema version 99, "
                + "valid JSON with a 10 MB field) amid the stream", 100, 20, () -> {
            poison.send();
            return "";
        });
        poison.assertDeadLettered(Duration.ofMinutes(2));
        note("all 6 on articles.raw.dlq and articles.enriched.dlq, each with a reason naming its problem");
    }

    @Test
    @Order(6)
    void duplicateAndReorderedDeliveryOnArticlesEnriched() throws Exception {
        Replays replays = new Replays(topics, system.queryUrl());
        FaultTable.Row row = runCase("replay", "the case's enriched records delivered again twice, in order and "
                + "then in reverse, plus an older version of every tenth", 100, 25, () -> "");
        Replays.Outcome outcome = replays.replay(FaultArticles.urlPrefix("replay"), Duration.ofMinutes(2));
        StoredCount.Count after = stored.count("replay", outcome.ids());
        assertEquals(row.stored(), after.stored(), "replays add no row");
        assertEquals(0, after.duplicated());
        List<String> stale = stored.titles("replay").stream().filter(t -> t.startsWith(Replays.STALE)).toList();
        assertTrue(stale.isEmpty(), "an older version never overwrites a newer one: " + stale);
        note(outcome.replayed() + " records replayed: none stored twice, no older version kept");
    }

    @Test
    @Order(7)
    void slowConsumerLagBuildsAndDrainsWithoutLoss() throws Exception {
        long[] peak = {0};
        runCase("slow-consumer", "query-service frozen (SIGSTOP) for 20 s while articles arrive, "
                + "then thawed", 200, 40, () -> {
            system.instance(LocalSystem.QUERY).freeze(true);
            try {
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < until) {
                    peak[0] = Math.max(peak[0], topics.lag("query-service", "articles.enriched"));
                    Thread.sleep(1000);
                }
            } finally {
                system.instance(LocalSystem.QUERY).freeze(false);
            }
            return "";
        });
        assertTrue(peak[0] >= 50, "lag built up while query-service was frozen: " + peak[0]);
        note("query-service's lag peaked at " + peak[0] + " records and drained");
    }

    @Test
    @Order(8)
    void floodedIngestRefusesWhatItCannotTakeAndLosesNothingItAccepted() throws Exception {
        String name = "flood";
        List<String> bodies = articles.of(name, 3000);
        // 24 clients as fast as they can, no retries: far above the key's 200 requests/s
        Poster.Posted posted = poster.post(bodies, 0, 24, false);
        assertTrue(posted.problems().isEmpty(), posted.problems().toString());
        assertTrue(posted.refused().getOrDefault(429, 0) > 0, "the flood was refused in part: " + posted.refused());
        StoredCount.Count count = stored.await(name, posted.accepted(), DRAIN);
        record(name, "3,000 articles from 24 clients at once, no retries (rate limit 200/s a key)", posted, count, "");
        note("what was refused was not sent again: this client gave it up");
    }

    /** Posts a case's articles and, 3 s in, breaks something; then counts what was stored. */
    private FaultTable.Row runCase(String name, String what, int count, double perSecond, Fault fault) throws Exception {
        List<String> bodies = articles.of(name, count);
        CompletableFuture<Poster.Posted> posting = CompletableFuture.supplyAsync(() -> {
            try {
                return poster.post(bodies, perSecond, 4, true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(3_000);
        String note = fault.inject();
        Poster.Posted posted = posting.get();
        assertTrue(posted.problems().isEmpty(), posted.problems().toString());
        return record(name, what, posted, stored.await(name, posted.accepted(), DRAIN), note);
    }

    private FaultTable.Row record(String name, String what, Poster.Posted posted, StoredCount.Count count,
                                  String note) {
        FaultTable.Row row = new FaultTable.Row(name, what, posted.sent(), posted.accepted().size(), posted.refused(),
                count.stored(), count.lost().size(), count.duplicated(), count.invented().size(), note);
        ROWS.add(row);
        assertTrue(count.lost().isEmpty(), name + ": accepted but not stored: " + count.lost());
        assertTrue(count.invented().isEmpty(), name + ": stored but never accepted: " + count.invented());
        assertEquals(0, count.duplicated(), name + ": stored more than once");
        assertEquals(posted.accepted().size(), count.stored(), name);
        return row;
    }

    /** Adds to the last row's note. */
    private static void note(String more) {
        FaultTable.Row last = ROWS.get(ROWS.size() - 1);
        ROWS.set(ROWS.size() - 1, last.withNote(last.note().isEmpty() ? more : last.note() + "; " + more));
    }

    /** How often query-service's log says it is retrying a batch the database did not take. */
    private static long retries(Path log) throws java.io.IOException {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log)) {
            return lines.filter(l -> l.contains("storing") && l.contains("retrying in")).count();
        }
    }

    /** What breaks while the articles are being sent; says what it saw, for the table. */
    @FunctionalInterface
    interface Fault {
        String inject() throws Exception;
    }

    static void await(BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }
}
