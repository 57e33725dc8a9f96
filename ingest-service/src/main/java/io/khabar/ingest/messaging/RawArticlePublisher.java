package io.khabar.ingest.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.ingest.mapping.RawArticleEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes raw articles to {@link Topics#ARTICLES_RAW}: keyed by article id, CloudEvents attributes in the headers
 * (binary mode). Either way, the caller learns of the outcome only once the broker acknowledged the record (acks=all).
 */
@ApplicationScoped
public class RawArticlePublisher {

    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] TYPE = bytes(Topics.RAW_EVENT_TYPE);
    private static final byte[] SOURCE = bytes(Topics.EVENT_SOURCE);
    private static final byte[] CONTENT_TYPE = bytes("application/json");
    private static final byte[] DATA_SCHEMA = bytes("urn:khabar:schema:articles.raw:1");

    /** Sends waiting for the producer: enough for a few batches in flight at once (each keeps at most 2,000). */
    @Inject
    @Channel(Topics.ARTICLES_RAW_CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    MutinyEmitter<RawArticleEvent> emitter;

    @Inject
    KafkaClientService kafka;

    /** The channel's topic, which configuration may rename. */
    @ConfigProperty(name = "mp.messaging.outgoing." + Topics.ARTICLES_RAW_CHANNEL + ".topic", defaultValue = Topics.ARTICLES_RAW)
    String topic;

    private volatile Producer<String, RawArticleEvent> producer;

    /** Through the channel, for a caller on the event loop: the record is handed to the producer on its own thread. */
    public Uni<Void> publish(RawArticleEvent event) {
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId())
                .withType(Topics.RAW_EVENT_TYPE)
                .withSource(URI.create(Topics.EVENT_SOURCE))
                .withSubject(event.id())
                .withTimestamp(event.receivedAt().atZone(ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.id())
                .build();
        return emitter.sendMessage(Message.of(event).addMetadata(record).addMetadata(cloudEvent));
    }

    /**
     * Straight to the channel's Kafka producer from the calling thread, which may block for up to the producer's
     * {@code max.block.ms} while the broker is unreachable: for worker threads with many articles to send. The same
     * record and headers as {@link #publish}, without the per-message reactive plumbing (a quarter of a batch's CPU).
     * {@code done} is called once, on the producer's I/O thread, or right away if the send could not start.
     */
    public void send(RawArticleEvent event, Callback done) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", bytes(event.eventId()));
        headers.add("ce_source", SOURCE);
        headers.add("ce_type", TYPE);
        headers.add("ce_datacontenttype", CONTENT_TYPE);
        headers.add("content-type", CONTENT_TYPE);
        headers.add("ce_dataschema", DATA_SCHEMA);
        headers.add("ce_subject", bytes(event.id()));
        headers.add("ce_time", bytes(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.receivedAt().atOffset(ZoneOffset.UTC))));
        try {
            producer().send(new ProducerRecord<>(topic, null, event.id(), event, headers), done);
        } catch (RuntimeException e) { // no metadata within max.block.ms, or the record could not be serialised
            done.onCompletion(null, e);
        }
    }

    private Producer<String, RawArticleEvent> producer() {
        Producer<String, RawArticleEvent> p = producer;
        if (p == null) {
            p = kafka.<String, RawArticleEvent>getProducer(Topics.ARTICLES_RAW_CHANNEL).unwrap();
            producer = p;
        }
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
