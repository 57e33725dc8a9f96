package io.khabar.enrich.fingerprint;

import java.util.List;

/**
 * The article's weighted terms for linking articles of one story (query-service's story assigner): at most
 * {@link StoryTermsStage#SIZE} terms, best first, with weights whose squares sum to 1, so that the dot product of two
 * vectors of one scheme is their cosine similarity. Terms are folded and cut to a prefix so that one name or word
 * stem meets itself across languages of one script (Pandemie, pandemic; Merkel, Merkels) and numbers meet everywhere.
 *
 * @param scheme  how the terms were made ({@value StoryTermsStage#SCHEME})
 * @param terms   the terms, heaviest first
 * @param weights their weights, in the same order
 */
public record StoryTerms(String scheme, List<String> terms, List<Float> weights) {
}
