package io.khabar.enrich.entities;

import java.util.List;

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
     * @param id    canonical id
     * @param type  its type
     * @param name  its name in the article's language (or English)
     * @param count mentions
     */
    public record Mentioned(String id, String type, String name, int count) {
    }
}
