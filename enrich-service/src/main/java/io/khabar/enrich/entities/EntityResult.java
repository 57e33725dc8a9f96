package io.khabar.enrich.entities;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Entities of the article.
 *
 * @param mentions every mention, in text order
 * @param sources  the credited outlets, linked
 * @param entities each entity mentioned, once, with how often and a name in the article's language
 */
public record EntityResult(List<Mention> mentions, List<Source> sources, List<Mentioned> entities) {

    /**
     * An entity the article mentions.
     *
     * @param id      canonical id
     * @param type    its type
     * @param name    its name in the article's language (or English)
     * @param count   mentions
     * @param names   its names per language, in the languages of {@link EntityStage#NAME_LANGUAGES} and the article's,
     *                the spellings this article used included: what lets a reader find it by a name in any script
     * @param country ISO 3166 code of the country it is or belongs to, where known
     * @param kind    the knowledge base's finer kind, where it has one: {@code news-agency}, {@code media},
     *                {@code platform}, {@code company}, {@code party}, {@code state}, {@code water} …
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Mentioned(String id, String type, String name, int count, Map<String, List<String>> names,
                            String country, String kind) {
    }
}
