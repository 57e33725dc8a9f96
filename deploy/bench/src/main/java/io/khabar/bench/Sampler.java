package io.khabar.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Once a second, while a phase runs: articles accepted by ingest so far, articles stored (queryable), each consumer
 * group's lag (records on its topic it has not committed yet), and the cores and memory each part of the system
 * uses. The points make the report's "over time" chart.
 */
final class Sampler implements AutoCloseable {

    /** A consumer group and the topic it reads. */
    record Group(String id, String topic) {
    }

    /** One second of the run; {@code t} in seconds since the phase began. */
    record Point(double t, long accepted, long stored, Map<String, Long> lag, Map<String, Double> cores,
                 Map<String, Long> memory) {
    }

    private final Admin admin;
    private final Connection db;
    private final ProcessStats stats;
    private final List<Group> groups;
    private final List<Point> points = new ArrayList<>();
    private Thread thread;
    private volatile boolean running;

    Sampler(String bootstrap, Connection db, ProcessStats stats, List<Group> groups) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        this.admin = Admin.create(p);
        this.db = db;
        this.stats = stats;
        this.groups = groups;
    }

    /** Starts sampling; {@code accepted} counts what ingest accepted so far. */
    synchronized void start(LongSupplier accepted) {
        points.clear();
        running = true;
        long start = System.nanoTime();
        thread = new Thread(() -> {
            ProcessStats.Reading last = stats.read();
            while (running) {
                try {
                    Thread.sleep(1000);
                    ProcessStats.Reading now = stats.read();
                    Point p = new Point((now.nanos() - start) / 1e9, accepted.getAsLong(), stored(), lags(),
                            ProcessStats.cores(last, now), now.memory());
                    last = now;
                    synchronized (points) {
                        points.add(p);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("sampler: " + e);
                }
            }
        }, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling and returns the points. */
    synchronized List<Point> stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        synchronized (points) {
            return List.copyOf(points);
        }
    }

    /** The newest point, or null before the first. */
    Point last() {
        synchronized (points) {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }
    }

    long stored() throws SQLException {
        synchronized (db) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from article")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Lag of each group on its topic: end offsets minus committed offsets, summed over the partitions. */
    Map<String, Long> lags() throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Group g : groups) {
            out.put(g.id(), lag(g));
        }
        return out;
    }

    /** Records on {@code topic} (0 when it does not exist). */
    long records(String topic) throws Exception {
        return lag(new Group("bench-nobody-" + topic, topic));
    }

    private long lag(Group g) throws Exception {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.id())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            List<TopicPartition> partitions = admin.describeTopics(List.of(g.topic())).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(g.topic()).partitions().stream()
                    .map(i -> new TopicPartition(g.topic(), i.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0; // nothing written to it yet
            }
            throw e;
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        admin.close();
    }
}
