package io.khabar.ingest.rest;


import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.extract.TextDecoder;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.mapping.RawArticleEvent;
import io.khabar.ingest.mapping.UrlSubmission;
import io.khabar.ingest.service.IngestService;
import io.khabar.ingest.service.Ingested;
import io.khabar.ingest.service.InvalidArticleException;
import io.khabar.ingest.service.PageIngestService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/articles}: one article in, as JSON, plain text or a whole web page; its stable id out once
 * the broker has it. For plain text and HTML the metadata comes as query parameters or {@code X-Article-*}
 * headers (a query parameter wins).
 */
@Path("/api/v1/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@APIResponse(responseCode = "200", description = "A duplicate: the same article (same id and content) or the same "
        + "Idempotency-Key was accepted before; nothing was published",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ingested.class)))
@APIResponse(responseCode = "202", description = "Accepted and published to articles.raw (status new, updated or accepted)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = Ingested.class)))
@APIResponse(responseCode = "400", description = "Invalid article; the problem names the field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "Body larger than khabar.ingest.max-body-bytes",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry after Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleResource {

    /** The idempotency header: a repeated key yields the first answer's article, nothing is published again. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    IngestService ingest;
    @Inject
    PageIngestService pages;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article as JSON")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleSubmission.class)))
    public Uni<Response> ingestJson(JsonNode body, @HeaderParam(IDEMPOTENCY_KEY) String key)
            throws JsonProcessingException {
        // bound here rather than by the framework so that a binding error keeps the name of the field at fault
        ArticleSubmission submission = body == null || body.isNull() ? null
                : json.treeToValue(body, ArticleSubmission.class);
        return answer(ingest.ingest(submission, RawArticleEvent.JSON, null, null, key));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(summary = "Ingest one article as plain text",
            description = "The body is the article, in the charset of Content-Type (UTF-8 if none is declared).")
    public Uni<Response> ingestText(byte[] body, @BeanParam ArticleMetadataParams meta) {
        String text = TextDecoder.decode(body, TextDecoder.declaredCharset(meta.contentType));
        return answer(ingest.ingest(meta.submission(text), RawArticleEvent.TEXT, null, null, meta.idempotencyKey));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Blocking
    @Operation(summary = "Ingest one web page",
            description = "The main article text, title, author, date and canonical URL are taken from the page "
                    + "(Readability4J); the page itself travels with the article for enrichment.")
    public Uni<Response> ingestHtml(byte[] body, @BeanParam ArticleMetadataParams meta) {
        ArticleSubmission given = meta.submission(null);
        return answer(pages.ingestPage(body, meta.contentType, given, given.url(), meta.idempotencyKey));
    }

    @POST
    @Path("/by-url")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Fetch a web page and ingest it",
            description = "Only http(s); loopback, link-local and private addresses are refused unless configured; "
                    + "redirects, time and size are bounded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UrlSubmission.class)))
    @APIResponse(responseCode = "422", description = "The page could not be fetched or holds no article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ingestUrl(JsonNode body, @HeaderParam(IDEMPOTENCY_KEY) String key)
            throws JsonProcessingException {
        UrlSubmission u = body == null || body.isNull() ? null : json.treeToValue(body, UrlSubmission.class);
        if (u == null) {
            throw new InvalidArticleException("body", "a JSON object with a 'url' field is required");
        }
        return answer(pages.ingestUrl(u.url(), new ArticleSubmission(null, u.title(), null, u.source(),
                u.publishedAt(), u.language()), key));
    }

    private static Uni<Response> answer(Uni<Ingested> outcome) {
        return outcome.map(o -> Response.status(o.published() ? 202 : 200).entity(o).type(MediaType.APPLICATION_JSON)
                .build());
    }
}
