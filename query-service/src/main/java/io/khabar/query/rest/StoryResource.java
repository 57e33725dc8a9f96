package io.khabar.query.rest;

import java.util.List;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.khabar.query.config.QueryConfig;
import io.khabar.query.mapping.StoryViews.StoryDetail;
import io.khabar.query.mapping.StoryViews.StoryPage;
import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.EntityNames;
import io.khabar.query.search.PageCursor;
import io.khabar.query.service.StoryReader;
import io.smallrye.common.annotation.Blocking;

/** Stories: articles about one event, across languages, as StoryAssigner links them. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StoryResource {

    private static final Set<String> LIST_PARAMETERS = Set.of("language", "entity", "from", "to", "minArticles",
            "lang", "limit", "cursor");

    @Inject
    ReadAdmission admission;
    @Inject
    StoryReader stories;
    @Inject
    EntityNames names;
    @Inject
    QueryConfig config;

    @GET
    @Operation(summary = "Find stories", description = "Most recently active first (last member's publication time),"
            + " keyset pagination with nextCursor. Repeated language: any of them; repeated entity: all of them;"
            + " from/to: stories with members published in that span.")
    @APIResponse(responseCode = "200", description = "A page of stories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryPage list(@Context UriInfo uri,
                          @Parameter(description = "ISO 639-1 code of a member's language; repeated: any")
                          @QueryParam("language") List<String> language,
                          @Parameter(description = "Canonical entity id or any name; repeated: all")
                          @QueryParam("entity") List<String> entity,
                          @Parameter(description = "Active from: a date (UTC) or a time with offset")
                          @QueryParam("from") String from,
                          @Parameter(description = "Active before: a date (its whole day) or a time with offset")
                          @QueryParam("to") String to,
                          @Parameter(description = "Least number of reports (near-copies not counted), default 1")
                          @QueryParam("minArticles") String minArticles,
                          @Parameter(description = "Language of the labels, ISO 639-1 (default en)", example = "fa")
                          @QueryParam("lang") String lang,
                          @Parameter(description = "Page size, 1 to khabar.query.max-limit (100)")
                          @QueryParam("limit") String limit,
                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        ListParameters.onlyKnown(uri, LIST_PARAMETERS);
        ArticleFilter filter = ListParameters.filter(null, language == null ? List.of() : language,
                entity == null ? List.of() : entity, List.of(), List.of(), List.of(), from, to);
        int min = ListParameters.limit(minArticles, 1, Integer.MAX_VALUE, "minArticles");
        int size = ListParameters.limit(limit, config.defaultLimit(), config.maxLimit());
        Optional<PageCursor> after = ListParameters.cursor(cursor, PageCursor.TIME);
        String display = ListParameters.lang(lang);
        StoryReader.Page page = admission.call(ReadAdmission.Lane.INDEX, () -> stories.list(new StoryReader.Filter(
                filter.languages(), filter.entities().stream().map(names::resolve).toList(), filter.from(),
                filter.to(), min), after, size, display));
        return new StoryPage(page.items(), page.more()
                ? page.positions().get(page.positions().size() - 1).encode() : null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story", description = "Its label, languages, span and size, its main entities and"
            + " countries, and its members grouped by language, each with the article it was linked to. The id of a"
            + " story that merged into another gives that one.")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryDetail.class)))
    @APIResponse(responseCode = "404", description = "No story has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryDetail get(@Context UriInfo uri, @PathParam("id") String id,
                           @Parameter(description = "Language of the label, ISO 639-1 (default en)")
                           @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, Set.of("lang"));
        if (id.indexOf('\u0000') >= 0) {
            throw new NotFoundException("no story with this id");
        }
        String language = ListParameters.lang(lang);
        return admission.call(ReadAdmission.Lane.INDEX, () -> stories.story(id, language))
                .orElseThrow(() -> new NotFoundException("no story with id '" + id + "'"));
    }


}
