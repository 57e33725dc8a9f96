package io.khabar.enrich.quotes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who said what: a quotation with its speaker.
 *
 * @param start        first character of what was said, in the text as ingested
 * @param end          last character, exclusive
 * @param kind         {@code direct} (quotation marks, or the colon after a speech verb that Persian and Arabic news
 *                     use for direct speech) or {@code reported} («sagte, dass …», "said that …")
 * @param cueStart     first character of the speech verb
 * @param cueEnd       its end
 * @param speakerId    the speaker's canonical entity, when one was found
 * @param speakerStart where the speaker is named (for «وی», "er", "he": the mention it refers to)
 * @param speakerEnd   its end
 * @param confidence   0..1
 * @param stage        the stage that found it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quotation(int start, int end, String kind, int cueStart, int cueEnd, String speakerId,
                        Integer speakerStart, Integer speakerEnd, double confidence, String stage) {
}
