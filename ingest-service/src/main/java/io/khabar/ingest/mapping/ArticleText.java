package io.khabar.ingest.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * An article's text on its way to {@code articles.raw}: a string, or the bytes of the JSON string literal it arrived
 * in (escaped UTF-8, without the quotes), which are written into the event as they are. A batch line's text is
 * never decoded into a {@code String} and encoded again: that was a third of a batch item's CPU. Either way the
 * event's {@code text} is the same JSON string.
 */
@JsonSerialize(using = ArticleText.Json.class)
public final class ArticleText {

    private static final JsonFactory JSON = new JsonFactory();

    private final String string;
    private final byte[] literal;
    private final int from;
    private final int to;

    private ArticleText(String string, byte[] literal, int from, int to) {
        this.string = string;
        this.literal = literal;
        this.from = from;
        this.to = to;
    }

    /** A decoded text. */
    public static ArticleText of(String text) {
        return new ArticleText(text, null, 0, 0);
    }

    /**
     * The bytes {@code from} (inclusive) to {@code to} (exclusive) of {@code json}: the inside of a JSON string literal
     * already checked to be valid JSON and UTF-8. They are not copied: the caller must not change them.
     */
    public static ArticleText ofJsonLiteral(byte[] json, int from, int to) {
        return new ArticleText(null, json, from, to);
    }

    /**
     * The text, decoded if it is held as a JSON literal (for logs, tests and generators that do not write UTF-8;
     * Kafka's serialiser writes the literal as it is).
     */
    @Override
    public String toString() {
        if (string != null) {
            return string;
        }
        byte[] quoted = new byte[to - from + 2];
        quoted[0] = '"';
        System.arraycopy(literal, from, quoted, 1, to - from);
        quoted[quoted.length - 1] = '"';
        try (JsonParser p = JSON.createParser(quoted)) {
            p.nextToken();
            return p.getText();
        } catch (IOException e) {
            throw new IllegalStateException("an article text's JSON literal does not decode: "
                    + new String(Arrays.copyOfRange(literal, from, to), StandardCharsets.UTF_8), e);
        }
    }

    /** Equal when the texts are, however each is held. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleText other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Writes a JSON literal's bytes as they are into a UTF-8 generator (Kafka's serialiser), otherwise the string. */
    static final class Json extends StdSerializer<ArticleText> {
        Json() {
            super(ArticleText.class);
        }

        @Override
        public void serialize(ArticleText text, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (text.literal != null && gen instanceof UTF8JsonGenerator) {
                gen.writeRawUTF8String(text.literal, text.from, text.to - text.from);
            } else {
                gen.writeString(text.toString());
            }
        }
    }
}
