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
        return sha256(normalisedText(text));
    }

    /** NFC, white space folded to single spaces, trimmed. */
    static String normalisedText(String text) {
        // a loop over a char array rather than a regular expression or a StringBuilder: on the ingest hot path the
        // regex took a quarter of the CPU, and appending Persian to a StringBuilder re-copies it
        char[] in = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
        int n = 0;
        boolean space = false;
        for (char c : in) {
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    in[n++] = ' ';
                    space = false;
                }
                in[n++] = c;
            }
        }
        return new String(in, 0, n);
    }

    /** ASCII and Unicode white space, no-break and zero-width spaces, line and paragraph separators. */
    private static boolean isSpace(char c) {
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

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
