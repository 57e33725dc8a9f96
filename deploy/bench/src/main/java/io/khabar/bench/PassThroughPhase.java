package io.khabar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.local.BenchSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The baseline: the same articles through a pipeline that does nothing but move them, on the same broker and
 * database. A producer publishes them (the services' producer settings) while a consumer reads them in polls of up
 * to 500, stores each poll in one transaction ({@code id}, title and the whole JSON as {@code jsonb}, upserted) and
 * then commits its offsets, as query-service does. Its rate is what the infrastructure itself allows on this machine.
 */
final class PassThroughPhase {

    static final String TOPIC = "bench.passthrough";
    static final String TABLE = "bench_passthrough";

    /** Articles stored, and the seconds from the first one sent to the last one committed. */
    record Result(long articles, double seconds) {
        double rate() {
            return articles / seconds;
        }
    }

    private final String bootstrap;
    private final Connection db;
    private final ObjectMapper json = new ObjectMapper();

    PassThroughPhase(String bootstrap, Connection db) {
        this.bootstrap = bootstrap;
        this.db = db;
    }

    Result run(PipelineCorpus corpus, int from, int to) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("create table if not exists " + TABLE
                    + " (id text primary key, title text, payload jsonb not null)");
            s.execute("truncate " + TABLE);
        }
        int n = to - from;
        AtomicLong stored = new AtomicLong();
        long start = System.nanoTime();
        Thread consumer = new Thread(() -> consume(n, stored), "bench-passthrough-consumer");
        consumer.start();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(BenchSupport.producerConfig(bootstrap))) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i), corpus.get(i).json()));
            }
        }
        consumer.join(Duration.ofMinutes(10).toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (stored.get() < n) {
            consumer.interrupt();
            throw new IllegalStateException("the pass-through stored " + stored.get() + " of " + n + " articles");
        }
        return new Result(n, seconds);
    }

    private void consume(int n, AtomicLong stored) {
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "bench-passthrough");
        c.put("auto.offset.reset", "earliest");
        c.put("enable.auto.commit", "false");
        c.put("max.poll.records", "500");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c);
             PreparedStatement insert = db.prepareStatement("insert into " + TABLE
                     + " (id, title, payload) values (?, ?, cast(? as jsonb)) on conflict (id) do update"
                     + " set title = excluded.title, payload = excluded.payload")) {
            consumer.subscribe(List.of(TOPIC));
            db.setAutoCommit(false);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (stored.get() < n && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                if (batch.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, String> r : batch) {
                    JsonNode article = json.readTree(r.value());
                    insert.setString(1, r.key());
                    insert.setString(2, article.path("title").asText(null));
                    insert.setString(3, r.value());
                    insert.addBatch();
                }
                insert.executeBatch();
                db.commit();
                consumer.commitSync();
                stored.addAndGet(batch.count());
            }
        } catch (Exception e) {
            System.err.println("pass-through consumer failed: " + e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is gone; the phase reports what was stored
            }
        }
    }
}
