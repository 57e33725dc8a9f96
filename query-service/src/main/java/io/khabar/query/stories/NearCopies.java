package io.khabar.query.stories;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the assigner needs of a MinHash signature (enrich-service's {@code fingerprint}): its minima, their
 * similarity, and the keys of its bands for locality-sensitive hashing. With 16 bands of 4 minima, two texts of
 * Jaccard similarity 0.8 share a band with probability 0.9998, two of 0.3 with 0.12; the candidates are then compared
 * on the whole signature.
 */
public final class NearCopies {

    /** Minima per band. */
    static final int ROWS = 4;

    private NearCopies() {
    }

    /** The minima of a Base64 signature of big-endian 32-bit integers. */
    public static int[] minima(String base64) {
        return minima(Base64.getDecoder().decode(base64));
    }

    static int[] minima(byte[] bytes) {
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("a signature is a whole number of 32-bit integers");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / Integer.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    /** The share of equal minima; 0 for signatures of different lengths or none. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / a.length;
    }

    /** One key per band, for this scheme and language only (copies are looked for within a language). */
    public static long[] bands(String scheme, String language, int[] minima) {
        long[] keys = new long[minima.length / ROWS];
        long base = hash(scheme + '\u0000' + language);
        for (int band = 0; band < keys.length; band++) {
            long h = mix(base ^ band);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (minima[band * ROWS + r] & 0xffffffffL));
            }
            keys[band] = h;
        }
        return keys;
    }

    /** A well-mixed 64-bit key of a string (FNV-1a over UTF-8, then SplitMix64's finaliser). */
    static long key(String s) {
        return hash(s);
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
