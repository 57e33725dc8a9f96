package io.khabar.enrich.text;

import java.util.List;

/**
 * Sentences and tokens of the kept paragraphs.
 *
 * @param sentences  every sentence, in order
 * @param tokenCount tokens after stop words were dropped
 * @param analyser   the language whose Lucene analyser made the tokens ({@code standard} when it had none)
 * @param stage      the stage that made them
 * @param tokens     the tokens: {@code [start, end, term]}, the term normalised and stemmed by the analyser
 */
public record TextUnits(List<Segmenter.Sentence> sentences, int tokenCount, String analyser, String stage,
                        List<Token> tokens) {
}
