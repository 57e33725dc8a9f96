package io.khabar.query.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Puts a record that cannot be stored on {@link Topics#ARTICLES_ENRICHED_DLQ}, key and value unchanged, with the
 * headers the connector's own dead-letter strategy writes ({@code dead-letter-reason}, {@code -topic},
 * {@code -partition}, {@code -offset}). Done here rather than by the connector because records arrive in batches,
 * and the connector would dead-letter a whole batch for one bad record.
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    @Channel(Topics.ARTICLES_ENRICHED_DLQ_CHANNEL)
    Emitter<String> emitter;

    /** Completes once the broker has the dead letter. */
    public CompletionStage<Void> send(KafkaRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        record.getHeaders().forEach(headers::add);
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-topic", bytes(record.getTopic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.getPartition())));
        record.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(m ->
                headers.add("dead-letter-offset", bytes(Long.toString(m.getOffset()))));
        java.util.concurrent.CompletableFuture<Void> sent = new java.util.concurrent.CompletableFuture<>();
        emitter.send(Message.of(record.getPayload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.getKey())
                        .withHeaders(headers).build())
                .withAck(() -> {
                    sent.complete(null);
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    sent.completeExceptionally(e);
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }));
        return sent;
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
