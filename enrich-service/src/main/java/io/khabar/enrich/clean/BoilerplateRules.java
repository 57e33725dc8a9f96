package io.khabar.enrich.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrase rules of cleaning, read from {@code khabar/boilerplate-rules.tsv} and an optional user file: one rule a
 * line, {@code reason<TAB>regex}. Boilerplate of plain text has no library in Java (boilerpipe and Readability work on
 * HTML, jusText is Python), and the phrases are the publishers' own, so they are data, not code.
 */
public final class BoilerplateRules {

    /** One rule. */
    public record Rule(String reason, Pattern pattern) {
    }

    private final List<Rule> rules;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rules, then those of {@code extra} if given. */
    public static BoilerplateRules load(Optional<Path> extra) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("/khabar/boilerplate-rules.tsv")) {
            if (in == null) {
                throw new IllegalStateException("khabar/boilerplate-rules.tsv is missing from the class path");
            }
            read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "khabar/boilerplate-rules.tsv", rules);
            if (extra.isPresent()) {
                read(Files.readString(extra.get(), StandardCharsets.UTF_8), extra.get().toString(), rules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cleaning rules: " + e.getMessage(), e);
        }
        return new BoilerplateRules(rules);
    }

    private static void read(String content, String name, List<Rule> rules) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.StringReader(content));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(name + " line " + number + ": expected 'reason<TAB>regex'");
            }
            try {
                // lines are lower-cased once before matching, far cheaper than case-insensitive patterns, so the
                // rules are written in lower case
                rules.add(new Rule(line.substring(0, tab).trim(), Pattern.compile(line.substring(tab + 1))));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + " line " + number + ": bad regular expression: "
                        + e.getDescription(), e);
            }
        }
    }

    /** The reason of the first rule that finds something in {@code line}, if any (case does not matter). */
    public Optional<String> match(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.pattern().matcher(lower).find()) {
                return Optional.of(r.reason());
            }
        }
        return Optional.empty();
    }

    public int size() {
        return rules.size();
    }
}
