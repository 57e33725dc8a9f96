package io.khabar.query.rest;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.khabar.query.config.QueryConfig;
import io.khabar.query.mapping.TagViews.EntityDetail;
import io.khabar.query.mapping.TagViews.EntityMatches;
import io.khabar.query.search.SearchText;
import io.khabar.query.service.TagReader;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Canonical entities: found by any of their names in any script, and each with what the articles say of it. */
@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EntityResource {

    private static final Set<String> TYPES = Set.of("person", "organisation", "country", "city", "region", "place",
            "event");

    @Inject
    ReadAdmission admission;
    @Inject
    TagReader tags;
    @Inject
    QueryConfig config;

    @GET
    @Operation(summary = "Find entities by name",
            description = "Any name or spelling in any script, case, diacritics, ZWNJ and Arabic/Persian letter variants"
                    + " folded; exact names first, then names with a word starting so, then any containing it.")
    @APIResponse(responseCode = "200", description = "Matching entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityMatches.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing, unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntityMatches find(@Context UriInfo uri,
                              @Parameter(description = "A name", example = "Khrenin") @QueryParam("q") String q,
                              @Parameter(description = "person, organisation, country, city, region or event")
                              @QueryParam("type") String type,
                              @Parameter(description = "At most this many, 1 to 100") @QueryParam("limit") String limit,
                              @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, Set.of("q", "type", "limit", "lang"));
        String names = ListParameters.lang(lang);
        if (q == null || SearchText.key(q).isEmpty() || q.length() > 200) {
            throw new BadParameterException("q", "'q' must be a name of 1 to 200 characters with a letter or digit");
        }
        if (type != null && !TYPES.contains(type)) {
            throw new BadParameterException("type", "'type' must be one of " + new java.util.TreeSet<>(TYPES));
        }
        int size = ListParameters.limit(limit, config.defaultLimit(), config.maxLimit());
        return admission.call(ReadAdmission.Lane.INDEX,
                () -> new EntityMatches(tags.findEntities(q, Optional.ofNullable(type), size, names)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity", description = "Names per language, mention and article counts, first and last"
            + " seen, the entities it appears with most, recent articles, and quotations attributed to it.")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityDetail.class)))
    @APIResponse(responseCode = "404", description = "No stored article mentions an entity with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntityDetail get(@Context UriInfo uri, @PathParam("id") String id,
                            @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, Set.of("lang"));
        String names = ListParameters.lang(lang);
        if (id.indexOf('\u0000') >= 0) {
            throw new NotFoundException("no entity with this id"); // no stored id holds a NUL character
        }
        return admission.call(ReadAdmission.Lane.INDEX, () -> tags.entity(id, names))
                .orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
    }
}
