package io.khabar.ingest.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids. An article with a URL is identified by its canonical URL; one without by a hash of its
 * normalised text (Unicode NFC, white space folded), so a re-encoded copy of the same text gets the same id.
 */
public final class ArticleIdentity {


    private ArticleIdentity() {
    }

    /** The id of an article with a URL: a hash of its canonical form. */
    public static String idOfUrl(String url) {
        return sha256("url:" + canonicalUrl(url));
    }

    /** The id of an article without URL, from its {@link #contentHash(String)}. */
    public static String idOfContent(String contentHash) {
        return sha256("text:" + contentHash);
    }

    /** 32 hex digits of SHA-256 over the normalised text: equal for the same text however it was encoded or spaced. */
    public static String contentHash(String text) {
        // the same bytes as sha256(normalisedText(text)) without its copies: NFC (which returns the text itself when
        // it is already composed), then one loop that folds white space and writes UTF-8 into a reused buffer. The
        // JDK's CharsetEncoder took half of the hashing time on the ingest hot path (its non-ASCII loop), and
        // String.getBytes needs the folded text as a String first; the loop below is the whole UTF-8 encoding.
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        byte[] bytes = foldBuffer(3 * nfc.length());
        return hashOfFolded(bytes, foldToUtf8(nfc, bytes));
    }

    /** This thread's buffer for a folded text's UTF-8, of at least {@code bytes} bytes. */
    static byte[] foldBuffer(int bytes) {
        return HASHING.get().bytes(bytes);
    }

    /** The content hash from the folded text's UTF-8, {@code n} bytes of {@code folded}. */
    static String hashOfFolded(byte[] folded, int n) {
        MessageDigest digest = HASHING.get().digest;
        digest.reset();
        digest.update(folded, 0, n);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static final ThreadLocal<Hashing> HASHING = ThreadLocal.withInitial(Hashing::new);

    /** Per-thread buffer and digest of {@link #contentHash}. */
    private static final class Hashing {
        final MessageDigest digest = newDigest();
        private byte[] bytes = new byte[32 * 1024];

        /** A buffer of at least {@code size} bytes. */
        byte[] bytes(int size) {
            if (bytes.length < size) {
                bytes = new byte[Math.max(size, bytes.length * 2)];
            }
            return bytes;
        }
    }

    /**
     * {@code nfc} with white space folded to single spaces and trimmed, as UTF-8 into {@code out} (three bytes a
     * character at most); a lone surrogate becomes {@code '?'}, as in {@link String#getBytes}. Yields the length.
     */
    private static int foldToUtf8(String nfc, byte[] out) {
        int n = 0;
        boolean space = false;
        int length = nfc.length();
        for (int i = 0; i < length; i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(nfc.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, nfc.charAt(++i)); // two chars, four bytes
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = '?';
            }
        }
        return n;
    }

    /** {@code nfc} with white space folded to single spaces and trimmed, into {@code out}; yields the length. */
    private static int fold(String nfc, char[] out) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return n;
    }

    /** NFC, white space folded to single spaces, trimmed: what {@link #contentHash} hashes, as a string. */
    static String normalisedText(String text) {
        // a loop rather than a regular expression: on the ingest hot path the regex took a quarter of the CPU
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] out = new char[nfc.length()];
        return new String(out, 0, fold(nfc, out));
    }

    /** ASCII and Unicode white space, no-break and zero-width spaces, line and paragraph separators. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x2000) { // most letters of every script end here after two comparisons
            return c == 0x85 || c == 0xA0 || c == 0x1680;
        }
        return c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Lower-case scheme and host, default port, fragment and trailing slash dropped. */
    static String canonicalUrl(String url) {
        URI uri = URI.create(url.trim()).normalize();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static String sha256(String s) {
        MessageDigest digest = HASHING.get().digest;
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
