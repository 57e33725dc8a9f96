package io.khabar.enrich.text;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A token as its language's analyser sees it; in the payload a compact {@code [start, end, term]}.
 *
 * @param start    first character in the text as ingested, inclusive
 * @param end      last character, exclusive
 * @param term     stemmed, normalised form (the analyser's output)
 * @param afterGap whether a stop word or punctuation was dropped just before it
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"start", "end", "term"})
public record Token(int start, int end, String term, @JsonIgnore boolean afterGap) {
}
