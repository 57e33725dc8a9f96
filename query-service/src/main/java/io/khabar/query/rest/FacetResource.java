package io.khabar.query.rest;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.khabar.query.search.FacetCounts;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/facets}: counts for any filter of the article list, the numbers behind a dashboard. */
@Path("/api/v1/facets")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class FacetResource {

    private static final Set<String> PARAMETERS = ArticleResource.union(FilterParams.NAMES, Set.of("size", "lang"));

    @Inject
    ReadAdmission admission;
    @Inject
    FacetCounts facets;

    @GET
    @Operation(summary = "Count articles by language, source, topic, country, entity and day",
            description = "The same filters as GET /api/v1/articles; size values per facet, most frequent first; days"
                    + " are UTC days of the publication time, every day with an article.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FacetCounts.Facets.class)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacetCounts.Facets count(@Context UriInfo uri, @BeanParam FilterParams filters,
                                    @Parameter(description = "Values per facet, 1 to 100", example = "10")
                                    @QueryParam("size") String size,
                                    @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, PARAMETERS);
        var filter = filters.toFilter();
        int values = ListParameters.limit(size, 10, 100, "size");
        String names = ListParameters.lang(lang);
        return admission.call(ReadAdmission.Lane.of(filters.q), () -> facets.count(filter, values, names));
    }
}
