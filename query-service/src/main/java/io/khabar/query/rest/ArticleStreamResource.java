package io.khabar.query.rest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.khabar.query.mapping.ArticleViews.ArticleSummary;
import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.ArticleStream;
import io.khabar.query.service.SummaryTags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/v1/articles/stream}: Server-Sent Events of articles as they are stored, for browsers and scripts that
 * do not speak Kafka. Each event is named {@code article}, carries the article summary as JSON and an id that resumes
 * the stream right after it when sent back as {@code Last-Event-ID} (browsers do that by themselves on reconnect).
 */
@Path("/api/v1/articles/stream")
@Blocking
public class ArticleStreamResource {

    /** How often the database is asked for newly stored articles. */
    static final Duration POLL = Duration.ofMillis(500);
    private static final int BATCH = 200;

    @Inject
    ArticleStream stream;
    @Inject
    SummaryTags summaryTags;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Newly stored articles as Server-Sent Events",
            description = "The same filters as GET /api/v1/articles; every article stored (or stored again with a newer"
                    + " enrichment) after the request, or after the event named by Last-Event-ID, in the order stored.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream of events named article")
    @APIResponse(responseCode = "400", description = "A parameter or Last-Event-ID is unknown or has a bad value")
    public Multi<OutboundSseEvent> stream(@Context UriInfo uri, @Context Sse sse, @BeanParam FilterParams filters,
                                         @Parameter(description = "true: each article with its top entities and topics")
                                         @QueryParam("tags") String tags,
                                         @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang,
                                         @Parameter(description = "Resume after this event id")
                                         @HeaderParam("Last-Event-ID") String lastEventId) {
        ListParameters.onlyKnown(uri, ArticleResource.union(FilterParams.NAMES, java.util.Set.of("tags", "lang")));
        ArticleFilter filter = filters.toFilter();
        boolean withTags = ListParameters.flag(tags, "tags");
        String names = ListParameters.lang(lang);
        ArticleStream.Position start;
        try {
            start = lastEventId == null || lastEventId.isBlank()
                    ? QuarkusTransaction.requiringNew().call(stream::now)
                    : ArticleStream.Position.parse(lastEventId);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("Last-Event-ID", e.getMessage());
        }
        AtomicReference<ArticleStream.Position> at = new AtomicReference<>(start);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(POLL)
                .onOverflow().drop() // a slow poll skips ticks rather than queueing them
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<ArticleStream.Stored> found = new java.util.ArrayList<>();
                    List<ArticleSummary> articles = QuarkusTransaction.requiringNew().call(() -> {
                        found.addAll(stream.after(filter, at.get(), BATCH));
                        List<ArticleSummary> plain = found.stream().map(ArticleStream.Stored::article).toList();
                        return withTags ? summaryTags.withTags(plain, names) : plain;
                    });
                    if (!found.isEmpty()) {
                        at.set(found.get(found.size() - 1).position());
                    }
                    List<OutboundSseEvent> events = new java.util.ArrayList<>();
                    for (int i = 0; i < found.size(); i++) {
                        events.add(sse.newEventBuilder().name("article").id(found.get(i).position().toString())
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(articles.get(i)).build());
                    }
                    return events;
                });
    }
}
