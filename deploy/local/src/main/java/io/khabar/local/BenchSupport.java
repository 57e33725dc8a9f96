package io.khabar.local;

import java.util.Properties;

import org.apache.kafka.common.serialization.StringSerializer;

/** What the benchmarks share: the producer settings ingest and enrich use, and how a percentile is read. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /**
     * A string producer with the services' own settings (acks=all, idempotent, zstd, batches up to 1 MiB gathered
     * for 5 ms, records up to 16 MiB), so that what a benchmark publishes costs the broker what the services' records do.
     */
    public static Properties producerConfig(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("compression.type", "zstd");
        p.put("batch.size", "1048576");
        p.put("linger.ms", "5");
        p.put("max.request.size", "16777216");
        return p;
    }

    /** Nearest-rank percentile {@code p} (0..1) of latencies in microseconds, sorted ascending, in milliseconds. */
    public static double percentileMillis(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        return sortedMicros[(int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1)] / 1000.0;
    }
}
