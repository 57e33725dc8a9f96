package io.khabar.ingest.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.khabar.ingest.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What ingest has accepted before, so that it can tell a new article from a repeat and honour
 * {@code Idempotency-Key}s across restarts and instances.
 * <p>
 * The state is a compacted Kafka topic ({@code ingest.ledger}): key {@code a:<article id>} → content hash, key
 * {@code k:<idempotency key>} → article id, key {@code i:<feed id>:<item>} → outcome of a feed item, key
 * {@code f:<feed id>} → a feed registration (JSON; a tombstone removes it). Every instance reads the whole topic at start and then follows it, so
 * each learns what the others accepted (within the consumer's poll delay). Memory: about 150 bytes an article.
 * Until the topic has been read to its end the ledger answers "unknown" and readiness is DOWN.
 */
@ApplicationScoped
public class ArticleLedger {

    private static final Logger LOG = Logger.getLogger(ArticleLedger.class);

    /** What the ledger knows of an article. */
    public enum Seen { NEW, SAME_CONTENT, OTHER_CONTENT, UNKNOWN }

    private final Map<String, String> articles = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> feedItems = new ConcurrentHashMap<>();
    private final Map<String, String> feeds = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile boolean running = true;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread follower;

    @Inject
    LedgerConfig config;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    void start(@Observes StartupEvent ignored) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("max.block.ms", "5000");
        p.put("delivery.timeout.ms", "30000");
        p.put("request.timeout.ms", "10000");
        // entries are written in the background: let them gather into few, large requests to the broker
        p.put("linger.ms", "100");
        p.put("batch.size", "262144");
        p.put("compression.type", "zstd");
        producer = new KafkaProducer<>(p);
        follower = new Thread(this::follow, "ingest-ledger-follower");
        follower.setDaemon(true);
        follower.start();
    }

    /** Whether the ledger has read everything written before this instance started. */
    public boolean loaded() {
        return loaded;
    }

    /** How {@code id} with content {@code hash} compares with what was accepted before. */
    public Seen seen(String id, String hash) {
        if (!loaded) {
            return Seen.UNKNOWN;
        }
        String known = articles.get(id);
        return known == null ? Seen.NEW : known.equals(hash) ? Seen.SAME_CONTENT : Seen.OTHER_CONTENT;
    }

    /** The article id an idempotency key was used for, if it was. */
    public Optional<String> idForKey(String idempotencyKey) {
        return Optional.ofNullable(keys.get(idempotencyKey));
    }

    /** Records an accepted article (and the idempotency key it came with, if any); written asynchronously. */
    public void record(String id, String hash, String idempotencyKey) {
        articles.put(id, hash);
        send("a:" + id, hash);
        if (idempotencyKey != null) {
            keys.put(idempotencyKey, id);
            send("k:" + idempotencyKey, id);
        }
    }

    /** Whether a feed's item was handled before (ingested, or given up on). */
    public boolean feedItemSeen(String feedId, String itemKey) {
        return feedItems.containsKey(feedId + ":" + itemKey);
    }

    /** Records a feed item as handled, with what happened to it. */
    public void recordFeedItem(String feedId, String itemKey, String outcome) {
        feedItems.put(feedId + ":" + itemKey, outcome);
        send("i:" + feedId + ":" + itemKey, outcome);
    }

    /** The feed registrations (id → JSON) made through the API and not removed. */
    public Map<String, String> feeds() {
        return Map.copyOf(feeds);
    }

    /** Stores a feed registration, or removes it ({@code json} null). */
    public void putFeed(String feedId, String json) {
        if (json == null) {
            feeds.remove(feedId);
        } else {
            feeds.put(feedId, json);
        }
        send("f:" + feedId, json);
    }

    private void send(String key, String value) {
        producer.send(new ProducerRecord<>(config.topic(), key, value), (meta, error) -> {
            if (error != null) {
                // the entry stays in memory; after a restart this article would be reported as new again
                LOG.warnf("could not record %s in %s: %s", key, config.topic(), error.getMessage());
            }
        });
    }

    private void follow() {
        while (running && !loaded) {
            try {
                createTopic();
                Properties p = new Properties();
                p.put("bootstrap.servers", bootstrapServers);
                p.put("key.deserializer", StringDeserializer.class.getName());
                p.put("value.deserializer", StringDeserializer.class.getName());
                p.put("enable.auto.commit", "false");
                consumer = new KafkaConsumer<>(p);
                List<TopicPartition> partitions = consumer.partitionsFor(config.topic(), Duration.ofSeconds(10)).stream()
                        .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (running && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
                }
                loaded = true;
                LOG.infof("ledger loaded: %d articles, %d idempotency keys", articles.size(), keys.size());
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException | InterruptedException | ExecutionException | TimeoutException e) {
                LOG.warnf("ledger not loaded yet (%s); retrying", e.getMessage());
                closeConsumer();
                sleep();
            }
        }
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
            }
        } catch (WakeupException e) {
            // stopping
        } finally {
            closeConsumer();
        }
    }

    private void apply(ConsumerRecord<String, String> r) {
        String key = r.key();
        if (key == null || key.length() < 3) {
            return;
        }
        Map<String, String> target = switch (key.substring(0, 2)) {
            case "a:" -> articles;
            case "k:" -> keys;
            case "i:" -> feedItems;
            case "f:" -> feeds;
            default -> null;
        };
        if (target == null) {
            return;
        }
        if (r.value() == null) {
            target.remove(key.substring(2));
        } else {
            target.put(key.substring(2), r.value());
        }
    }

    private void createTopic() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            if (!names.contains(config.topic())) {
                try {
                    admin.createTopics(List.of(new NewTopic(config.topic(), Optional.of(config.partitions()),
                            Optional.empty()).configs(Map.of("cleanup.policy", "compact"))))
                            .all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private void closeConsumer() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // closing anyway
            }
            consumer = null;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (follower != null) {
            try {
                follower.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
        }
    }
}
