package io.khabar.enrich.entities;

/**
 * An outlet the article credits (from attribution), linked to its entity: the article's source, not a content
 * mention.
 *
 * @param name     as written
 * @param entityId the outlet's entity, when the base knows it
 * @param start    first character, inclusive
 * @param end      last character, exclusive
 * @param stage    the stage that linked it
 */
public record Source(String name, String entityId, int start, int end, String stage) {
}
