package io.khabar.enrich.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.khabar.enrich.config.DataFiles;

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
        for (DataFiles.Content file : DataFiles.load("boilerplate-rules.tsv", extra)) {
            read(file.content(), file.name(), rules);
        }
        return new BoilerplateRules(rules);
    }

    private static void read(String content, String name, List<Rule> rules) {
        int number = 0;
        for (String line : content.split("\n")) {
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
