package io.khabar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.khabar.local.BenchSupport;

/**
 * Ingest→queryable latency at a fixed offered rate: single articles posted on a fixed schedule (not "as fast as
 * the answers come", so a slow pipeline cannot slow the load down and hide its own latency), each timed from its
 * scheduled send to its announcement on the {@link StoredStream}.
 */
final class LatencyPhase {

    /**
     * Figures of one run: the rate offered and the rate ingest kept up with, articles posted, new ones, those seen
     * stored, their latencies in ms, and the run second by second.
     */
    record Result(double offeredRate, double postedRate, long posted, long fresh, long seen, double p50, double p95,
                  double p99, double max, List<Sampler.Point> points) {
    }

    private final Ingest ingest;
    private final Sampler sampler;
    private final StoredStream stream;

    LatencyPhase(Ingest ingest, Sampler sampler, StoredStream stream) {
        this.ingest = ingest;
        this.sampler = sampler;
        this.stream = stream;
    }

    /** Posts articles {@code [from, from + rate * seconds)} at {@code rate} a second; waits up to {@code drain}. */
    Result run(PipelineCorpus corpus, int from, double rate, int seconds, Duration drain) throws Exception {
        int n = (int) Math.round(rate * seconds);
        long[] scheduled = new long[n];
        String[] ids = new String[n];
        AtomicLong accepted = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        sampler.start(accepted::get);
        long start = System.nanoTime();
        for (int k = 0; k < n; k++) {
            long at = start + (long) (k * 1e9 / rate);
            long wait = at - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            scheduled[k] = at;
            int index = k;
            pool.execute(() -> {
                try {
                    Ingest.Outcome o = ingest.post(corpus.get(from + index).json());
                    if (o.isNew()) {
                        ids[index] = o.id();
                    }
                    accepted.incrementAndGet();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        double postedRate = n / ((System.nanoTime() - start) / 1e9);
        if (failure.get() != null) {
            sampler.stop();
            throw failure.get();
        }
        long fresh = Arrays.stream(ids).filter(id -> id != null).distinct().count();
        long deadline = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < deadline && Arrays.stream(ids).anyMatch(id -> id != null && stream.seenAt(id) == null)) {
            Thread.sleep(200);
        }
        List<Sampler.Point> points = sampler.stop();
        List<Long> latencies = new ArrayList<>();
        java.util.Set<String> timed = new java.util.HashSet<>();
        for (int k = 0; k < n; k++) {
            // an id is timed once, from its first post (two posts of one article may both be answered "new")
            Long seen = ids[k] == null || !timed.add(ids[k]) ? null : stream.seenAt(ids[k]);
            if (seen != null) {
                latencies.add(Math.max(0, seen - scheduled[k]) / 1000);
            }
        }
        long[] micros = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(rate, postedRate, n, fresh, micros.length, BenchSupport.percentileMillis(micros, 0.50),
                BenchSupport.percentileMillis(micros, 0.95), BenchSupport.percentileMillis(micros, 0.99),
                micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0, points);
    }
}
