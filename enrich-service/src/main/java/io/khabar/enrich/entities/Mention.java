package io.khabar.enrich.entities;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A mention of an entity in the text.
 *
 * @param start      first character in the text as ingested, inclusive
 * @param end        last character, exclusive
 * @param surface    the text as written
 * @param type       the entity's type
 * @param entityId   the canonical entity
 * @param confidence 0..1
 * @param evidence   what found it: {@code gazetteer} (a known name), {@code gazetteer-inflected} (a known name with a
 *                   case ending or prefix), {@code adjective} (iranisch, ایرانی, иранский), {@code transliteration}
 *                   (a known person's name in another spelling or script, by its phonetic key), {@code title} (a name
 *                   after a title or rank that the base does not know; its id is made from the name's phonetic key),
 *                   {@code given-name} (a common given name and a surname the base does not know; id likewise),
 *                   {@code pattern} (an organisation by a ministry phrase or a head noun), {@code lexicon} (a German
 *                   name the base does not know, found through the German dictionary, {@link GermanNames}; id likewise),
 *                   {@code model} (found by the language's statistical name model, {@link NameModels}; linked to the
 *                   base where it knows the name, else an id made from the name's phonetic key)
 * @param role       for a person, the position the text gives right after the name («آشتیانی وزیر دفاع», "Khrenin,
 *                   the defence minister of Belarus"), with the country when one is named; null otherwise
 * @param stage      the stage that found it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(int start, int end, String surface, String type, String entityId, double confidence,
                      String evidence, Entity.Role role, String stage) {

    Mention withRole(Entity.Role r) {
        return new Mention(start, end, surface, type, entityId, confidence, evidence, r, stage);
    }
}
