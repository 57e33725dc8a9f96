package io.khabar.query.rest;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import io.khabar.query.mapping.ArticleViews.ArticleDetail;
import io.khabar.query.mapping.ArticleViews.ArticlePage;
import io.khabar.query.search.ArticleFilter;
import io.khabar.query.search.ArticleSearch;
import io.khabar.query.search.PageCursor;
import io.khabar.query.service.SummaryTags;
import io.khabar.query.service.TagReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The stored articles: a filtered list, newest or most relevant first, and one article with its tags. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    private static final Set<String> LIST_PARAMETERS = union(FilterParams.NAMES, Set.of("sort", "limit", "cursor", "tags",
            "lang"));

    @Inject
    ReadAdmission admission;
    @Inject
    ArticleSearch search;
    @Inject
    TagReader tags;
    @Inject
    SummaryTags summaryTags;
    @Inject
    QueryConfig config;

    @GET
    @Operation(summary = "Find articles",
            description = "Filters combine (all must hold). Repeated language or source: any of them; repeated entity,"
                    + " country or topic: all of them. Newest first by publication time (reception time when"
                    + " unknown), or by relevance to q; keyset pagination with nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or has a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(@Context UriInfo uri, @BeanParam FilterParams filters,
                            @Parameter(description = "time (newest first) or relevance (needs q)", example = "time")
                            @QueryParam("sort") @DefaultValue("time") String sort,
                            @Parameter(description = "Page size, 1 to khabar.query.max-limit (100)", example = "20")
                            @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                            @Parameter(description = "true: each article with its top entities and topics (3 each)")
                            @QueryParam("tags") String tags,
                            @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, LIST_PARAMETERS);
        String names = ListParameters.lang(lang);
        ArticleFilter filter = filters.toFilter();
        boolean withTags = ListParameters.flag(tags, "tags");
        String q = filters.q;
        if (!sort.equals("time") && !sort.equals("relevance")) {
            throw new BadParameterException("sort", "'sort' must be 'time' or 'relevance'");
        }
        boolean byRelevance = sort.equals("relevance");
        if (byRelevance && q == null) {
            throw new BadParameterException("sort", "'sort=relevance' needs 'q'");
        }
        int size = ListParameters.limit(limit, config.defaultLimit(), config.maxLimit());
        Optional<PageCursor> after = ListParameters.cursor(cursor,
                byRelevance ? PageCursor.RELEVANCE : PageCursor.TIME);
        return admission.call(ReadAdmission.Lane.of(q), () -> {
            ArticleSearch.Page page = search.find(filter, byRelevance, after, size);
            String next = page.more() ? page.positions().get(page.positions().size() - 1).encode() : null;
            return new ArticlePage(withTags ? QuarkusTransaction.requiringNew()
                    .call(() -> summaryTags.withTags(page.items(), names)) : page.items(), next);
        });
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its text and tags",
            description = "Entities, countries, topics, keywords and quotations; with spans=true also every mention and"
                    + " quotation as character offsets into text.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = ReadAdmission.OVERLOADED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDetail get(@Context UriInfo uri, @PathParam("id") String id,
                             @Parameter(description = "Include mention and quotation spans")
                             @QueryParam("spans") @DefaultValue("false") String spans,
                             @Parameter(description = ListParameters.LANG_DESCRIPTION, example = "fa") @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, Set.of("spans", "lang"));
        boolean withSpans = ListParameters.flag(spans, "spans");
        String names = ListParameters.lang(lang);
        if (id.indexOf('\u0000') >= 0) {
            throw new NotFoundException("no article with this id"); // no stored id holds a NUL character
        }
        return admission.call(ReadAdmission.Lane.INDEX, () -> tags.article(id, withSpans, names))
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
    }
}
