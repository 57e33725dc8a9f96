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
        // a loop rather than a regular expression: on the ingest hot path the regex took a quarter of the CPU
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ASCII and Unicode white space, no-break and zero-width spaces, line and paragraph separators. */
    private static boolean isSpace(char c) {
        return c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F
                : c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u3000' || c == '\u1680' || c == '\u205F' || c == '\u0085';
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
