package io.khabar.enrich.messaging;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.enrich.mapping.EnrichedArticleEvent;
import io.khabar.enrich.mapping.RawArticle;
import io.khabar.enrich.mapping.RawArticleReader;
import io.khabar.enrich.pipeline.EnrichmentPipeline;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * {@code articles.raw} → enrichment → {@code articles.enriched}. A raw record is acknowledged only when its enriched
 * record has been acknowledged by the broker; one that cannot be read is nacked, which sends it to
 * {@code articles.raw.dlq} with the reason, and the stream goes on.
 */
@ApplicationScoped
public class EnrichProcessor {

    @Inject
    RawArticleReader reader;
    @Inject
    EnrichmentPipeline pipeline;
    @Inject
    MeterRegistry metrics;

    @Incoming(Topics.ARTICLES_RAW_CHANNEL)
    @Outgoing(Topics.ARTICLES_ENRICHED_CHANNEL)
    public Multi<Message<EnrichedArticleEvent>> enrich(Multi<Message<String>> raw) {
        // a null item from the Uni is dropped: that is how a dead-lettered record leaves the stream
        return raw.onItem().transformToUniAndConcatenate(this::enrichOne);
    }

    Uni<Message<EnrichedArticleEvent>> enrichOne(Message<String> in) {
        RawArticle article;
        try {
            article = reader.read(in.getPayload());
        } catch (RuntimeException e) {
            metrics.counter("khabar.enrich.articles", "outcome", "dead-lettered").increment();
            return Uni.createFrom().completionStage(in.nack(e)).replaceWith((Message<EnrichedArticleEvent>) null);
        }
        EnrichedArticleEvent event = pipeline.enrich(article);
        metrics.counter("khabar.enrich.articles", "outcome", "enriched").increment();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.id()).build(),
                OutgoingCloudEventMetadata.builder().withId(event.eventId()).withType(Topics.ENRICHED_EVENT_TYPE)
                        .withSource(URI.create(Topics.EVENT_SOURCE)).withSubject(event.id())
                        .withTimestamp(event.enrichedAt().atZone(ZoneOffset.UTC)).build());
        Supplier<CompletionStage<Void>> ack = in::ack;
        Function<Throwable, CompletionStage<Void>> nack = in::nack;
        return Uni.createFrom().item(Message.of(event, metadata, ack, nack));
    }
}
