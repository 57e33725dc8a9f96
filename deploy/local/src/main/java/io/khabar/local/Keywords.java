package io.khabar.local;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Key phrases for a generated record: the first long words of its lead, with where they occur. */
final class Keywords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{6,}");

    private Keywords() {
    }

    /** Up to {@code max} keywords from {@code text} from offset {@code from} on, in the schema's shape. */
    static ArrayNode of(ObjectMapper json, String text, int from, int max) {
        ArrayNode out = json.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        double score = 0.9;
        while (m.find() && seen.size() < max) {
            String key = m.group().toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
                ArrayNode occurrence = json.createArrayNode().add(m.start()).add(m.end());
                out.addObject().put("phrase", m.group()).put("key", key).put("score", score)
                        .put("stage", "keywords").putArray("occurrences").add(occurrence);
                score -= 0.1;
            }
        }
        return out;
    }
}
