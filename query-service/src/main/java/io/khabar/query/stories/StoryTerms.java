package io.khabar.query.stories;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An article's story-term vector (enrich-service's {@code storyTerms}): terms heaviest first, weights of unit length,
 * so that the dot product of two vectors of one scheme is their cosine similarity. Each term is held as its 64-bit key
 * ({@link #key}), the key it has in the candidates' index: comparing two vectors is then a merge of two sorted arrays
 * of numbers, and a candidate's vector is read back from {@code article_story} as a {@code bigint[]}. Read as strings
 * and compared through a map built for every comparison, the candidates' vectors had been two fifths of the
 * assigner's own CPU time (a profile of the storage benchmark).
 */
public final class StoryTerms {

    /** Terms of a vector that go into the candidates' index: two articles are compared when they share one. */
    public static final int INDEXED = 16;
    /** No terms: linked to nothing by its words (a near-copy still joins its original's story). */
    public static final StoryTerms NONE = ofKeys("", new long[0], new float[0]);

    private final String scheme;
    /** Heaviest first, as enrichment ordered them. */
    private final long[] keys;
    private final float[] weights;
    /** The same pairs in key order, for {@link #cosine}. */
    private final long[] sortedKeys;
    private final float[] sortedWeights;
    /** The {@link #INDEXED} heaviest keys in key order, for {@link #shareIndexed}. */
    private final long[] indexedSorted;

    private StoryTerms(String scheme, long[] keys, float[] weights) {
        if (keys.length != weights.length) {
            throw new IllegalArgumentException("story terms and weights differ in number");
        }
        this.scheme = scheme;
        this.keys = keys;
        this.weights = weights;
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable: of a term given twice (malformed input), the heavier, earlier one is kept for the cosine
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        long[] sk = new long[keys.length];
        float[] sw = new float[keys.length];
        int n = 0;
        for (Integer i : order) {
            if (n == 0 || sk[n - 1] != keys[i]) {
                sk[n] = keys[i];
                sw[n++] = weights[i];
            }
        }
        sortedKeys = Arrays.copyOf(sk, n);
        sortedWeights = Arrays.copyOf(sw, n);
        indexedSorted = Arrays.copyOf(keys, Math.min(INDEXED, keys.length));
        Arrays.sort(indexedSorted);
    }

    /** A vector of terms (heaviest first) of a scheme, with their weights. */
    public StoryTerms(String scheme, String[] terms, float[] weights) {
        this(scheme, keys(scheme, terms), weights);
    }

    /** A vector as {@code article_story} keeps it: the terms' keys, heaviest first, and their weights. */
    public static StoryTerms ofKeys(String scheme, long[] keys, float[] weights) {
        return new StoryTerms(scheme, keys, weights);
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

    /** The key of a term of a scheme: the same in the vectors and in the candidates' index ({@code story_term}). */
    private static long key(String scheme, String term) {
        return NearCopies.key(scheme + '\u0000' + term);
    }

    private static long[] keys(String scheme, String[] terms) {
        long[] out = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            out[i] = key(scheme, terms[i]);
        }
        return out;
    }

    public String scheme() {
        return scheme;
    }

    /** The terms' keys, heaviest first (a copy). */
    public long[] keys() {
        return keys.clone();
    }

    /** The weights, heaviest first (a copy). */
    public float[] weights() {
        return weights.clone();
    }

    /** Cosine similarity; 0 for vectors of different schemes. */
    public double cosine(StoryTerms other) {
        if (!scheme.equals(other.scheme) || keys.length == 0 || other.keys.length == 0) {
            return 0;
        }
        long[] a = sortedKeys;
        long[] b = other.sortedKeys;
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                dot += sortedWeights[i++] * other.sortedWeights[j++];
            }
        }
        return dot;
    }

    /** Whether the two share one of their {@link #INDEXED} heaviest terms. */
    public boolean shareIndexed(StoryTerms other) {
        for (long key : other.indexedSorted) {
            if (Arrays.binarySearch(indexedSorted, key) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The index keys of the heaviest terms (of this scheme). */
    public long[] indexKeys() {
        return Arrays.copyOf(keys, Math.min(INDEXED, keys.length));
    }
}
