package io.khabar.query.rest;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import io.khabar.query.search.ArticleFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The article filter's query parameters, shared by the article list, the facets and the stream. */
public class FilterParams {

    /** Their names. */
    static final Set<String> NAMES = Set.of("q", "language", "entity", "country", "topic", "source", "from", "to",
            "story");

    @Parameter(description = "Words to find, in any language (web-search syntax: \"a phrase\", or, -word); German,"
            + " English, Russian, Arabic and 25 more are stemmed, Persian is matched with ZWNJ and letter variants"
            + " folded", example = "Verteidigungsminister")
    @QueryParam("q")
    String q;

    @Parameter(description = "ISO 639-1 code of the detected language; repeated: any of them", example = "fa")
    @QueryParam("language")
    List<String> language;

    @Parameter(description = "Canonical entity id or any of its names in any script; repeated: all of them",
            example = "Хренин")
    @QueryParam("entity")
    List<String> entity;

    @Parameter(description = "ISO 3166 code of a country the article is about; repeated: all of them", example = "BY")
    @QueryParam("country")
    List<String> country;

    @Parameter(description = "Topic id; repeated: all of them", example = "medtop:11000000")
    @QueryParam("topic")
    List<String> topic;

    @Parameter(description = "Outlet, case-insensitive; repeated: any of them", example = "IRNA")
    @QueryParam("source")
    List<String> source;

    @Parameter(description = "Published from: a date (UTC) or a time with offset", example = "2023-07-31")
    @QueryParam("from")
    String from;

    @Parameter(description = "Published before: a date (its whole day) or a time with offset", example = "2023-08-01")
    @QueryParam("to")
    String to;

    @Parameter(description = "Story id: its members only (an id merged into another story gives that one's)",
            example = "st-b85c5de6765a524c")
    @QueryParam("story")
    String story;

    ArticleFilter toFilter() {
        if (story != null && (story.isBlank() || story.length() > 500 || story.indexOf('\u0000') >= 0)) {
            throw new BadParameterException("story", "'story' must be a story id of 1 to 500 characters");
        }
        return ListParameters.filter(q, nonNull(language), nonNull(entity), nonNull(country), nonNull(topic),
                nonNull(source), from, to).withStory(java.util.Optional.ofNullable(story));
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
