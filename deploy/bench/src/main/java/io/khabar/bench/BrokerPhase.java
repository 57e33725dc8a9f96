package io.khabar.bench;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.khabar.local.BenchSupport;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The broker's own throughput on this machine: a plain Kafka producer with the services' settings
 * ({@link BenchSupport#producerConfig}) sending the corpus's articles as fast as it can, then a plain consumer reading
 * them all back. Both are what the pipeline can never exceed.
 */
final class BrokerPhase {

    static final String TOPIC = "bench.broker";

    /** Records moved and how long it took, each way. */
    record Result(long records, long bytes, double produceSeconds, double consumeSeconds) {
        double produceRate() {
            return records / produceSeconds;
        }

        double consumeRate() {
            return records / consumeSeconds;
        }
    }

    private final String bootstrap;

    BrokerPhase(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Sends {@code records} articles of {@code corpus} (cycling through its first 5,000), then reads them back. */
    Result run(PipelineCorpus corpus, int records) throws ExecutionException, InterruptedException {
        List<String> values = java.util.stream.IntStream.range(0, Math.min(records, 5000))
                .mapToObj(i -> corpus.get(i).json()).toList();
        long bytes = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(BenchSupport.producerConfig(bootstrap))) {
            for (int i = 0; i < records; i++) {
                String v = values.get(i % values.size());
                bytes += v.length();
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i), v));
            }
            producer.flush();
        }
        double produce = (System.nanoTime() - start) / 1e9;
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "bench-broker-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        c.put("enable.auto.commit", "false");
        c.put("max.poll.records", "2000");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        long read = 0;
        start = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (read < records && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(500));
                read += batch.count();
            }
        }
        double consume = (System.nanoTime() - start) / 1e9;
        if (read < records) {
            throw new IllegalStateException("the broker gave back " + read + " of " + records + " records");
        }
        return new Result(records, bytes, produce, consume);
    }
}
