package io.khabar.local;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@code fingerprint} for a generated record, of the shape enrich-service's FingerprintStage makes (scheme
 * {@code minhash-64-w4}: 64 minimum hashes of word 4-shingles), over the record's own words, so that records made from
 * the same real text share shingles and the near-copy assigner has real work: bands to write, candidates to compare,
 * copies to mark. The words are split and lower-cased only (the benchmark has no language analysers), which is
 * enough for the load; enrich-service's terms are stemmed.
 */
final class Fingerprints {

    private static final int PERMUTATIONS = 64;
    private static final int SHINGLE = 4;
    private static final long[] A = new long[PERMUTATIONS];
    private static final long[] B = new long[PERMUTATIONS];

    static {
        long s = 0x4B68616261724C53L;
        for (int i = 0; i < PERMUTATIONS; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            A[i] = s | 1;
            s = mix(s + 0x9E3779B97F4A7C15L);
            B[i] = s;
        }
    }

    private Fingerprints() {
    }

    static ObjectNode of(ObjectMapper json, String text) {
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        int[] minima = new int[0];
        long[] distinct = new long[0];
        if (words.length >= SHINGLE) {
            long[] hashes = new long[words.length - SHINGLE + 1];
            for (int i = 0; i < hashes.length; i++) {
                long h = 0;
                for (int j = 0; j < SHINGLE; j++) {
                    h = mix(h ^ hash(words[i + j]));
                }
                hashes[i] = h;
            }
            distinct = Arrays.stream(hashes).sorted().distinct().toArray();
            minima = new int[PERMUTATIONS];
            for (int k = 0; k < PERMUTATIONS; k++) {
                long min = Long.MAX_VALUE;
                for (long h : distinct) {
                    min = Math.min(min, (A[k] * h + B[k]) >>> 32);
                }
                minima[k] = (int) min;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(minima.length * Integer.BYTES);
        for (int m : minima) {
            b.putInt(m);
        }
        return json.createObjectNode().put("scheme", "minhash-64-w4").put("shingles", distinct.length)
                .put("signature", Base64.getEncoder().encodeToString(b.array()));
    }

    private static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (byte x : term.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (x & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
