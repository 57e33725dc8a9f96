package io.khabar.ingest.messaging;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.ingest.mapping.RawArticleEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes raw articles to {@link Topics#ARTICLES_RAW}: keyed by article id, CloudEvents attributes in the headers
 * (binary mode). The returned {@link Uni} completes only once the broker acknowledged the record (acks=all).
 */
@ApplicationScoped
public class RawArticlePublisher {

    /** Sends waiting for the producer: enough for a few batches in flight at once (each keeps at most 2,000). */
    @Inject
    @Channel(Topics.ARTICLES_RAW_CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    MutinyEmitter<RawArticleEvent> emitter;

    public Uni<Void> publish(RawArticleEvent event) {
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId())
                .withType(Topics.RAW_EVENT_TYPE)
                .withSource(URI.create(Topics.EVENT_SOURCE))
                .withSubject(event.id())
                .withTimestamp(event.receivedAt().atZone(java.time.ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.id())
                .build();
        return emitter.sendMessage(Message.of(event).addMetadata(record).addMetadata(cloudEvent));
    }
}
