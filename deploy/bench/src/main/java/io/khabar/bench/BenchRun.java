package io.khabar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.khabar.local.CorpusTexts;
import io.khabar.local.LocalSystem;
import io.khabar.local.QueryLoad;
import io.khabar.local.QueryMix.Kind;

/** The phases of one benchmark run, in order, each printed as it ends and added to the report. */
final class BenchRun {

    private final KhabarBench options;
    private final LocalSystem system;
    private final PipelineCorpus corpus;
    private final List<CorpusTexts.Text> texts;
    private final Connection db;
    private final Connection passDb;
    private final Sampler sampler;
    private final BenchReport report;

    BenchRun(KhabarBench options, LocalSystem system, PipelineCorpus corpus, List<CorpusTexts.Text> texts,
             Connection db, Connection passDb, Sampler sampler, BenchReport report) {
        this.options = options;
        this.system = system;
        this.corpus = corpus;
        this.texts = texts;
        this.db = db;
        this.passDb = passDb;
        this.sampler = sampler;
        this.report = report;
    }

    void run() throws Exception {
        String bootstrap = system.stack().kafkaBootstrapServers();
        Ingest ingest = new Ingest(system.ingestUrl(), system.apiKey());
        PipelinePhase pipeline = new PipelinePhase(ingest, sampler);
        Duration stall = Duration.ofMinutes(2);
        int from = 0;
        if (options.warmUp > 0) {
            say("Warm-up: " + options.warmUp + " articles through the pipeline, unmeasured ...");
            pipeline.run(corpus, 0, options.warmUp, options.batchSize, 2, stall);
            from = options.warmUp;
        }
        say("Broker alone: " + options.brokerRecords + " records produced, then consumed ...");
        BrokerPhase.Result broker = new BrokerPhase(bootstrap).run(corpus, options.brokerRecords);
        report.broker(broker);
        say(String.format("  produced %.0f/s, consumed %.0f/s", broker.produceRate(), broker.consumeRate()));

        say("Pass-through baseline: " + options.articles + " articles produced, consumed and stored ...");
        PassThroughPhase.Result pass = new PassThroughPhase(bootstrap, passDb).run(corpus, from,
                from + options.articles);
        report.passThrough(pass);
        say(String.format("  %.0f articles/s", pass.rate()));

        say("Khabar end to end: " + options.articles + " articles posted in batches of " + options.batchSize
                + ", until the last is stored ...");
        PipelinePhase.Result e2e = pipeline.run(corpus, from, from + options.articles, options.batchSize, 2, stall);
        report.pipeline(e2e, new ProcessStats(system.services(), null).parts());
        say(String.format("  %d new of %d posted (posting took %.1f s); %.1f articles/s first post to last stored,"
                        + " %.1f/s steady; %.0f%% of the baseline", e2e.fresh(), e2e.posted(), e2e.postSeconds(),
                e2e.rate(), e2e.steadyRate(), 100 * e2e.rate() / pass.rate()));
        Map<String, Double> stages = stages();
        report.stages(stages);
        from += options.articles;

        say("Latency: " + options.rate + " articles/s offered for " + options.latencySeconds + " s ...");
        from += latency(ingest, from, options.rate);
        double sustainable = Math.floor(e2e.steadyRate() * options.sustainableShare);
        if (sustainable >= 1) {
            say("Latency: " + sustainable + " articles/s offered (" + Math.round(options.sustainableShare * 100)
                    + "% of the steady rate) for " + options.latencySeconds + " s ...");
            latency(ingest, from, sustainable);
        }

        say("Queries: " + options.queryClients + " clients for " + options.querySeconds + " s, after a warm-up ...");
        QueryLoad load = new QueryLoad(new PipelineQueries(system.queryUrl(), db, texts));
        List<Kind> kinds = List.of(Kind.values());
        load.run(kinds, options.queryClients, Math.min(5, options.querySeconds), 1);
        Map<Kind, QueryLoad.KindResult> queries = load.run(kinds, options.queryClients, options.querySeconds, 2);
        report.queries(queries, options.queryClients, options.querySeconds);
        queries.forEach((k, r) -> say(String.format("  %-40s %6.1f/s  p50 %6.1f  p99 %7.1f ms  errors %d", k.label,
                r.rate(), r.percentileMillis(0.5), r.percentileMillis(0.99), r.errors())));
        String bottleneck = Bottleneck.describe(e2e, stages);
        report.bottleneck(bottleneck);
        say("Bottleneck: " + bottleneck);
    }

    /** One latency run at {@code rate} from article {@code from}, reported; returns the articles it posted. */
    private long latency(Ingest ingest, int from, double rate) throws Exception {
        LatencyPhase.Result latency;
        try (StoredStream stream = new StoredStream(system.queryUrl())) {
            latency = new LatencyPhase(ingest, sampler, stream).run(corpus, from, rate, options.latencySeconds,
                    Duration.ofMinutes(3));
        }
        report.latency(latency);
        say(String.format("  %d of %d new seen stored; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", latency.seen(),
                latency.fresh(), latency.p50(), latency.p95(), latency.p99()));
        return latency.posted();
    }

    /** Mean microseconds of each enrichment stage over the stored articles (their payloads' {@code stages}). */
    private Map<String, Double> stages() throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (db) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select st->>'name',"
                    + " avg(cast(st->>'micros' as bigint)) from article a,"
                    + " jsonb_array_elements(a.payload->'stages') st group by 1 order by 2 desc")) {
                while (rs.next()) {
                    out.put(rs.getString(1), BenchReport.round(rs.getDouble(2)));
                }
            }
        }
        return out;
    }

    private static void say(String s) {
        KhabarBench.say(s);
    }

    static String top(Map<String, Double> stages, int n) {
        return stages.entrySet().stream().limit(n).map(e -> e.getKey() + " " + Math.round(e.getValue()) + " µs")
                .collect(Collectors.joining(", "));
    }
}
