package io.khabar.query.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An article's story-term vector (enrich-service's {@code storyTerms}): terms heaviest first, weights of unit length,
 * so that the dot product of two vectors of one scheme is their cosine similarity.
 */
public record StoryTerms(String scheme, String[] terms, float[] weights) {

    /** Terms of a vector that go into the candidates' index: two articles are compared when they share one. */
    public static final int INDEXED = 16;
    /** No terms: linked to nothing by its words (a near-copy still joins its original's story). */
    public static final StoryTerms NONE = new StoryTerms("", new String[0], new float[0]);

    public StoryTerms {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("story terms and weights differ in number");
        }
    }

    /** The vector of a payload's {@code storyTerms}; {@link #NONE} when it is absent or not a vector. */
    public static StoryTerms of(JsonNode node) {
        if (node == null || !node.path("terms").isArray() || !node.path("weights").isArray()
                || node.path("terms").size() != node.path("weights").size()) {
            return NONE;
        }
        String[] terms = new String[node.get("terms").size()];
        float[] weights = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = node.get("terms").get(i).asText();
            weights[i] = (float) node.get("weights").get(i).asDouble();
        }
        return new StoryTerms(node.path("scheme").asText(""), terms, weights);
    }

    /** Cosine similarity; 0 for vectors of different schemes. */
    public double cosine(StoryTerms other) {
        if (!scheme.equals(other.scheme) || terms.length == 0 || other.terms.length == 0) {
            return 0;
        }
        Map<String, Float> w = new HashMap<>(other.terms.length * 2);
        for (int i = 0; i < other.terms.length; i++) {
            w.put(other.terms[i], other.weights[i]);
        }
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            dot += weights[i] * w.getOrDefault(terms[i], 0f);
        }
        return dot;
    }

    /** Whether the two share one of their {@link #INDEXED} heaviest terms. */
    public boolean shareIndexed(StoryTerms other) {
        String[] mine = Arrays.copyOf(terms, Math.min(INDEXED, terms.length));
        for (int i = 0; i < Math.min(INDEXED, other.terms.length); i++) {
            for (String t : mine) {
                if (t.equals(other.terms[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index keys of the heaviest terms (of this scheme). */
    public long[] indexKeys() {
        long[] keys = new long[Math.min(INDEXED, terms.length)];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = NearCopies.key(scheme + '\u0000' + terms[i]);
        }
        return keys;
    }
}
