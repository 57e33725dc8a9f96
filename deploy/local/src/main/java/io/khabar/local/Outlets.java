package io.khabar.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlets of {@code bench-query}'s corpus: those enrich-service recognises ({@code khabar/outlets.txt}), grouped by
 * the script of their name, so that a Persian article comes from a Persian outlet and a Russian one from a Russian.
 */
public final class Outlets {

    static final String ARABIC = "arabic";
    static final String CYRILLIC = "cyrillic";
    static final String LATIN = "latin";

    private Outlets() {
    }

    /** At most {@code perScript} names of each script, in the file's order; every script has at least one. */
    public static Map<String, List<String>> byScript(List<String> lines, int perScript) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String s : List.of(ARABIC, CYRILLIC, LATIN)) {
            out.put(s, new ArrayList<>());
        }
        for (String line : lines) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            List<String> group = out.get(scriptOf(name));
            if (group.size() < perScript && !group.contains(name)) {
                group.add(name);
            }
        }
        List<String> all = out.values().stream().flatMap(List::stream).toList();
        out.replaceAll((s, names) -> names.isEmpty() ? List.copyOf(all) : List.copyOf(names));
        return out;
    }

    /** The script of outlets for an article in {@code language}. */
    public static String script(String language) {
        return switch (language) {
            case "fa", "ar" -> ARABIC;
            case "ru", "uk", "bg" -> CYRILLIC;
            default -> LATIN;
        };
    }

    private static String scriptOf(String name) {
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
            if (s == Character.UnicodeScript.ARABIC) {
                return ARABIC;
            }
            if (s == Character.UnicodeScript.CYRILLIC) {
                return CYRILLIC;
            }
        }
        return LATIN;
    }
}
