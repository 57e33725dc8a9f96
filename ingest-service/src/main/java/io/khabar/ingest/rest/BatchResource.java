package io.khabar.ingest.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.khabar.ingest.service.BatchIngestService;
import io.khabar.ingest.service.BatchResult;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/v1/articles/batch}: many articles in one streamed request, each item's outcome in order. */
@Path("/api/v1/articles/batch")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Blocking
public class BatchResource {

    /** Newline-delimited JSON. */
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    BatchIngestService batches;

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Ingest a batch as NDJSON", description = "One article object per line, streamed; a bad "
            + "line is reported in its place and the other lines are still ingested.")
    @APIResponse(responseCode = "200", description = "Each item's outcome, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    public BatchResult ndjson(InputStream body) throws IOException {
        return batches.ndjson(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a batch as a JSON array of article objects", description = "Streamed; an invalid "
            + "item is reported in its place, a syntax error ends the batch at that item.")
    @APIResponse(responseCode = "200", description = "Each item's outcome, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    public BatchResult jsonArray(InputStream body) throws IOException {
        return batches.jsonArray(body);
    }
}
