package io.khabar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained end-to-end throughput: the corpus's articles posted to ingest in NDJSON batches as fast as it takes them
 * (it takes them far faster than enrichment can follow, so lag builds on {@code articles.raw}), and the time until
 * the last new one is stored and queryable. The {@link Sampler} records the run second by second.
 */
final class PipelinePhase {

    /**
     * Figures of one run: articles posted, those ingest called new (the ones to be stored), the seconds posting took,
     * the seconds from the first post until the last new article was stored, the rate between 10% and 90% of them
     * stored (the steady state, without the start and the tail), and the run second by second.
     */
    record Result(long posted, long fresh, double postSeconds, double seconds, double steadyRate,
                  List<Sampler.Point> points) {
        double rate() {
            return fresh / seconds;
        }
    }

    private final Ingest ingest;
    private final Sampler sampler;

    PipelinePhase(Ingest ingest, Sampler sampler) {
        this.ingest = ingest;
        this.sampler = sampler;
    }

    /** Posts articles {@code [from, to)}; fails when storage makes no progress for {@code stall}. */
    Result run(PipelineCorpus corpus, int from, int to, int batchSize, int clients, Duration stall) throws Exception {
        long storedBefore = sampler.stored();
        AtomicInteger next = new AtomicInteger(from);
        AtomicLong accepted = new AtomicLong();
        // distinct ids: two posts of one article racing through ingest may both be answered "new"
        Set<String> fresh = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        sampler.start(accepted::get);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> posting = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            posting.add(pool.submit(() -> {
                for (int first = next.getAndAdd(batchSize); first < to; first = next.getAndAdd(batchSize)) {
                    List<String> batch = new ArrayList<>();
                    for (int i = first; i < Math.min(to, first + batchSize); i++) {
                        batch.add(corpus.get(i).json());
                    }
                    List<Ingest.Outcome> outcomes = ingest.batch(batch);
                    outcomes.stream().filter(Ingest.Outcome::isNew).forEach(o -> fresh.add(o.id()));
                    accepted.addAndGet(outcomes.size());
                }
                return null;
            }));
        }
        for (Future<?> f : posting) {
            f.get();
        }
        pool.shutdown();
        double postSeconds = (System.nanoTime() - start) / 1e9;
        long target = storedBefore + fresh.size();
        long stored = sampler.stored();
        long lastProgress = System.nanoTime();
        while (stored < target) {
            Thread.sleep(200);
            long now = sampler.stored();
            if (now > stored) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > stall.toNanos()) {
                sampler.stop();
                throw new IllegalStateException("storage stalled at " + (now - storedBefore) + " of " + fresh.size()
                        + " new articles for " + stall.toSeconds() + " s; lag " + sampler.lags()
                        + ", records on the dead-letter topics " + sampler.records("articles.raw.dlq") + " and "
                        + sampler.records("articles.enriched.dlq"));
            }
            stored = now;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Sampler.Point> points = sampler.stop();
        return new Result(to - from, fresh.size(), postSeconds, seconds,
                steadyRate(points, storedBefore, fresh.size()), points);
    }

    /** Articles per second between the points where 10% and 90% of the new articles were stored. */
    static double steadyRate(List<Sampler.Point> points, long storedBefore, long fresh) {
        Sampler.Point a = null;
        Sampler.Point b = null;
        for (Sampler.Point p : points) {
            long done = p.stored() - storedBefore;
            if (a == null && done >= fresh / 10) {
                a = p;
            }
            if (b == null && done >= fresh * 9 / 10) {
                b = p;
            }
        }
        if (a == null || b == null || b.t() <= a.t()) {
            return Double.NaN;
        }
        return (b.stored() - a.stored()) / (b.t() - a.t());
    }
}
