package io.khabar.ingest.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ingest.feeds.FeedRegistration;
import io.khabar.ingest.feeds.FeedService;
import io.khabar.ingest.feeds.FeedStatus;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/feeds}: the RSS and Atom feeds ingest follows. */
@Path("/api/v1/feeds")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Blocking
public class FeedResource {

    @Inject
    FeedService feeds;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a feed", description = "The feed is fetched once to check that it is RSS or Atom; "
            + "its new items are then ingested on every poll.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedRegistration.class)))
    @APIResponse(responseCode = "201", description = "Followed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedStatus.class)))
    @APIResponse(responseCode = "422", description = "Not an RSS or Atom feed, or not reachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(JsonNode body) throws JsonProcessingException {
        FeedRegistration r = body == null || body.isNull() ? null : json.treeToValue(body, FeedRegistration.class);
        FeedStatus status = feeds.register(r);
        return Response.created(URI.create("/api/v1/feeds/" + status.id())).entity(status).build();
    }

    @GET
    @Operation(summary = "The followed feeds with their polling state")
    public List<FeedStatus> list() {
        return feeds.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One followed feed")
    public FeedStatus get(@PathParam("id") String id) {
        return feeds.get(id).orElseThrow(() -> new NotFoundException("no feed with id '" + id + "'"));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop following a feed registered through the API")
    public Response remove(@PathParam("id") String id) {
        if (!feeds.remove(id)) {
            throw new NotFoundException("no feed with id '" + id + "'");
        }
        return Response.noContent().build();
    }
}
