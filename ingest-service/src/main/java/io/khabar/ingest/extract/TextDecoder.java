package io.khabar.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import io.khabar.ingest.service.InvalidArticleException;

/**
 * Turns a body's bytes into text with the charset the client declared (UTF-8 when none), strictly: bytes that are
 * not valid in that charset are an error, never silently replaced. Legacy Arabic-script charsets such as
 * {@code windows-1256} and {@code ISO-8859-6} are decoded by the JDK's own decoders.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The charset named in a {@code Content-Type} header value, or {@code null} if none is named. */
    public static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidArticleException("charset", "unknown charset '" + name + "'");
                }
            }
        }
        return null;
    }

    /** Decodes {@code bytes}; a byte sequence that is invalid in {@code charset} is a 400 naming the charset. */
    public static String decode(byte[] bytes, Charset charset) {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        try {
            CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("charset", "the body is not valid " + cs.name()
                    + (charset == null ? " (no charset was declared, so UTF-8 was assumed)" : "")
                    + ": " + e.getMessage());
        }
    }
}
