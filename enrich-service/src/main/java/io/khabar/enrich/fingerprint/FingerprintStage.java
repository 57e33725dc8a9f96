package io.khabar.enrich.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.attribution.AttributionStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.text.Token;
import io.khabar.enrich.text.TokensStage;

/**
 * The article's {@link Fingerprint}: MinHash (Broder) over overlapping runs of {@value #SHINGLE} terms of the kept
 * paragraphs, as the language's analyser gives them (normalised and stemmed, stop words dropped), leaving out the
 * outlet's and reporters' credits. So a copy on another site (other chrome, other credit line, another encoding of the
 * same letters) or with small edits keeps most of its shingles and most of its minimum hashes.
 *
 * <p>Written here because MinHash is a few lines over a good 64-bit mix, and the libraries that estimate set
 * similarity (Apache DataSketches' theta sketches) keep no per-permutation minima, which the banded lookup of
 * near-copies (locality-sensitive hashing, query-service) needs; the one Java MinHash/LSH library
 * (info.debatty java-lsh) has not been maintained for years.
 */
public final class FingerprintStage implements EnrichmentStage<Fingerprint> {

    public static final String NAME = "fingerprint";
    public static final String SCHEME = "minhash-64-w4";
    public static final int PERMUTATIONS = 64;
    public static final int SHINGLE = 4;
    private static final long[] A = new long[PERMUTATIONS];
    private static final long[] B = new long[PERMUTATIONS];

    static {
        // fixed seeds: the same text has the same fingerprint in every instance and every release of this scheme
        long s = 0x4B68616261724C53L;
        for (int i = 0; i < PERMUTATIONS; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            A[i] = s | 1;
            s = mix(s + 0x9E3779B97F4A7C15L);
            B[i] = s;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return TokensStage.hasTokens(article);
    }

    @Override
    public Fingerprint apply(ArticleText article) {
        return of(keptTerms(article));
    }

    /** The analyser's terms of the kept paragraphs, in order, the outlet's and reporters' credits left out. */
    static List<String> keptTerms(ArticleText article) {
        TextUnits units = article.result(TokensStage.NAME, TextUnits.class);
        AttributionResult attribution = article.result(AttributionStage.NAME, AttributionResult.class);
        return units.tokens().stream()
                .filter(t -> attribution == null || !attribution.isAttribution(t.start(), t.end()))
                .map(Token::term).toList();
    }

    /** The fingerprint of a sequence of terms; texts shorter than a shingle get an empty signature. */
    public static Fingerprint of(List<String> terms) {
        if (terms.size() < SHINGLE) {
            return Fingerprint.of(0, new int[0]);
        }
        long[] hashes = new long[terms.size() - SHINGLE + 1];
        for (int i = 0; i < hashes.length; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h ^ hash(terms.get(i + j)));
            }
            hashes[i] = h;
        }
        long[] distinct = Arrays.stream(hashes).sorted().distinct().toArray();
        int[] minima = new int[PERMUTATIONS];
        for (int k = 0; k < PERMUTATIONS; k++) {
            long min = Long.MAX_VALUE;
            for (long h : distinct) {
                // a universal hash per permutation; its high 32 bits are the best mixed
                long v = (A[k] * h + B[k]) >>> 32;
                if (v < min) {
                    min = v;
                }
            }
            minima[k] = (int) min;
        }
        return Fingerprint.of(distinct.length, minima);
    }

    private static long hash(String term) {
        // FNV-1a over UTF-8, then mixed
        long h = 0xcbf29ce484222325L;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64 / MurmurHash3: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
