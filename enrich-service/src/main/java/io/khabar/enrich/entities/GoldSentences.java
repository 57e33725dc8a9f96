package io.khabar.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences annotated with names, one token a line and a blank line between sentences, in the three layouts of the
 * field: PEYMA ({@code token|B_PER}), GermEval 2014 ({@code index TAB token TAB B-PER TAB inner}, {@code #} lines
 * are comments) and CoNLL ({@code token … B-PER}, the tag in the last column, {@code -DOCSTART-} lines skipped). The
 * layout is told from the first token line. Tags are BIO or IOB1; types other than PER, LOC and ORG count as none.
 */
public final class GoldSentences {

    /**
     * One sentence: its tokens, their tags ({@code B-PER}, {@code I-LOC}, {@code O}), and which tokens the gold tags as
     * a name inside a compound (GermEval's {@code B-LOCpart}, {@code B-ORGpart}…, which {@code tags} has as {@code O}).
     */
    public record Sentence(List<String> tokens, List<String> tags, List<Boolean> parts) {

        public Sentence {
            if (tags.size() != tokens.size() || parts.size() != tokens.size()) {
                throw new IllegalArgumentException("a sentence needs one tag and one part flag per token: "
                        + tokens.size() + " tokens, " + tags.size() + " tags, " + parts.size() + " part flags");
            }
        }

        /** A sentence with no compound parts tagged. */
        public Sentence(List<String> tokens, List<String> tags) {
            this(tokens, tags, tokens.stream().map(t -> false).toList());
        }
    }

    /** A name: tokens {@code [start, end)} of a sentence, and PER, LOC or ORG. */
    public record Name(int start, int end, String type) {
    }

    private enum Layout { PEYMA, GERMEVAL, CONLL }

    private GoldSentences() {
    }

    /**
     * Every sentence of {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line, for a token line without a tag
     */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> parts = new ArrayList<>();
        Layout layout = null;
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), List.copyOf(parts)));
                    }
                    tokens.clear();
                    tags.clear();
                    parts.clear();
                    continue;
                }
                if (line.startsWith("#") && layout != Layout.PEYMA || line.startsWith("-DOCSTART-")) {
                    continue;
                }
                if (layout == null) {
                    layout = line.matches("\\d+\t.*") ? Layout.GERMEVAL : line.contains("|") ? Layout.PEYMA
                            : Layout.CONLL;
                }
                String[] pair = split(line, layout);
                if (pair == null) {
                    throw new IllegalArgumentException(file + ":" + number + ": no tag on this token line ("
                            + layout.name().toLowerCase(java.util.Locale.ROOT) + " layout): "
                            + line.substring(0, Math.min(line.length(), 60)));
                }
                tokens.add(pair[0]);
                tags.add(tag(pair[1]));
                parts.add(pair[1].trim().endsWith("part"));
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), List.copyOf(parts)));
        }
        return sentences;
    }

    private static String[] split(String line, Layout layout) {
        return switch (layout) {
            case PEYMA -> {
                int bar = line.lastIndexOf('|');
                yield bar <= 0 || bar == line.length() - 1 ? null
                        : new String[] {line.substring(0, bar), line.substring(bar + 1)};
            }
            case GERMEVAL -> {
                String[] f = line.split("\t");
                yield f.length < 3 ? null : new String[] {f[1], f[2]};
            }
            case CONLL -> {
                String[] f = line.trim().split("\\s+");
                yield f.length < 2 ? null : new String[] {f[0], f[f.length - 1]};
            }
        };
    }

    /** {@code B_PER} → {@code B-PER}; any type but PER, LOC and ORG → {@code O}. */
    private static String tag(String raw) {
        String t = raw.trim().replace('_', '-');
        if (t.length() > 2 && (t.startsWith("B-") || t.startsWith("I-"))
                && List.of("PER", "LOC", "ORG").contains(t.substring(2))) {
            return t;
        }
        return "O";
    }

    /**
     * The names of a sentence; an {@code I-} tag that follows no name of its type starts one (IOB1).
     */
    public static List<Name> names(List<String> tags) {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.equals("O") || tag.startsWith("I-") && i > 0 && tags.get(i - 1).endsWith(tag.substring(1))) {
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < tags.size() && tags.get(j).equals("I-" + type)) {
                j++;
            }
            names.add(new Name(i, j, type));
        }
        return names;
    }
}
