package io.khabar.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.mapping.ArticleSubmission;
import io.khabar.ingest.service.IngestService;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/v1/articles}: one article in, its stable id out once the broker has it. */
@Path("/api/v1/articles")
public class ArticleResource {

    /** Body of a 202 answer. */
    public record Accepted(String id) {
    }

    @Inject
    IngestService ingest;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Ingest one article",
            description = "Answers 202 with the article's stable id after the broker acknowledged the record.")
    @APIResponse(responseCode = "202", description = "Accepted and published to articles.raw",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid article; the problem names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than khabar.ingest.max-body-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker did not acknowledge in time; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleSubmission.class)))
    public Uni<Response> ingest(JsonNode body) throws JsonProcessingException {
        // bound here rather than by the framework so that a binding error keeps the name of the field at fault
        ArticleSubmission submission = body == null || body.isNull() ? null
                : json.treeToValue(body, ArticleSubmission.class);
        return ingest.ingest(submission)
                .map(id -> Response.accepted(new Accepted(id)).type(MediaType.APPLICATION_JSON).build());
    }
}
