package io.khabar.query.rest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
import io.khabar.query.entity.ArticleEntity;
import io.khabar.query.mapping.ArticleViews.ArticleDetail;
import io.khabar.query.mapping.ArticleViews.ArticlePage;
import io.khabar.query.mapping.ArticleViews.ArticleSummary;
import io.khabar.query.service.ArticleRepository;
import io.khabar.query.service.Cursor;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The stored articles: a newest-first list with filters, and one article by id. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    private static final Set<String> LIST_PARAMETERS = Set.of("language", "limit", "cursor");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Inject
    ArticleRepository articles;
    @Inject
    QueryConfig config;

    @GET
    @Operation(summary = "List articles, newest first",
            description = "Newest by publication time (reception time when unknown); keyset pagination.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(@Context UriInfo uri,
                            @Parameter(description = "ISO 639-1 code of the detected language", example = "fa")
                            @QueryParam("language") String language,
                            @Parameter(description = "Page size, 1 to khabar.query.max-limit (100)", example = "20")
                            @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw new BadParameterException(name, "unknown parameter '" + name + "'; known are " + LIST_PARAMETERS);
            }
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new BadParameterException("language", "'language' must be an ISO 639 code such as 'fa' or 'de'");
        }
        int size = parseLimit(limit);
        Optional<Cursor> after;
        try {
            after = Optional.ofNullable(cursor).map(Cursor::decode);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor", e.getMessage());
        }
        List<ArticleEntity> rows = articles.page(Optional.ofNullable(language), after, size + 1);
        boolean more = rows.size() > size;
        List<ArticleEntity> page = more ? rows.subList(0, size) : rows;
        String next = more ? new Cursor(page.get(size - 1).sortTime, page.get(size - 1).id).encode() : null;
        return new ArticlePage(page.stream().map(ArticleSummary::of).toList(), next);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its text")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDetail get(@PathParam("id") String id) {
        return articles.findByIdOptional(id).map(ArticleDetail::of)
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
    }

    private int parseLimit(String limit) {
        if (limit == null) {
            return config.defaultLimit();
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= config.maxLimit()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("limit", "'limit' must be a whole number from 1 to " + config.maxLimit());
    }
}
