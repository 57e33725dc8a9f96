package io.khabar.enrich.fingerprint;

import java.nio.ByteBuffer;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A MinHash signature of an article's kept text, for finding near-copies: the share of equal positions of two
 * signatures estimates the Jaccard similarity of the two texts' sets of shingles.
 *
 * @param scheme    how it was made: {@value FingerprintStage#SCHEME} ({@value FingerprintStage#PERMUTATIONS}
 *                  minimum hashes of word {@value FingerprintStage#SHINGLE}-shingles of the analyser's terms)
 * @param shingles  distinct shingles the text has (0: too short to tell copies apart)
 * @param signature the minimum hashes, each a 32-bit unsigned integer, big-endian, Base64-encoded
 */
public record Fingerprint(String scheme, int shingles, String signature) {

    /** A fingerprint of {@code minima}. */
    public static Fingerprint of(int shingles, int[] minima) {
        ByteBuffer b = ByteBuffer.allocate(minima.length * Integer.BYTES);
        for (int m : minima) {
            b.putInt(m);
        }
        return new Fingerprint(FingerprintStage.SCHEME, shingles, Base64.getEncoder().encodeToString(b.array()));
    }

    /** The minimum hashes. */
    @JsonIgnore
    public int[] minima() {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(signature));
        int[] out = new int[b.remaining() / Integer.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two texts' shingles: the share of equal minimum hashes. */
    public double similarity(Fingerprint other) {
        int[] a = minima();
        int[] b = other.minima();
        if (!scheme.equals(other.scheme) || a.length != b.length || a.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / a.length;
    }
}
