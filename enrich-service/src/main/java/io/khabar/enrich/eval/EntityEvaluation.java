package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.khabar.enrich.entities.Entity;
import io.khabar.enrich.entities.GoldSentences;
import io.khabar.enrich.entities.Mention;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.Enrichment;
import io.khabar.enrich.pipeline.TextLayer;

/**
 * Entity figures: precision, recall and F1 per type (exact span and type) on BIO gold sentences (PEYMA {@code
 * token|B_PER}, GermEval 2014 {@code index TAB token TAB B-PER TAB …}); and cross-lingual linking on BSNLP (for every
 * two gold mentions found, same gold id ⇔ same canonical id).
 */
final class EntityEvaluation {

    /** A gold or found span: offsets in the rebuilt sentence and PER, LOC or ORG. */
    private record Span(int start, int end, String type) {
    }

    /** {@code -Dkhabar.eval.errors=true}: each missed gold name and each wrong one, for looking at. */
    private static final boolean ERRORS = Boolean.getBoolean("khabar.eval.errors");

    private EntityEvaluation() {
    }

    static void bio(TextLayer layer, Path file, int limit) throws IOException {
        Map<String, int[]> counts = new HashMap<>(); // type -> {gold, found, correct}
        List<GoldSentences.Sentence> sentences = GoldSentences.read(file);
        for (GoldSentences.Sentence s : sentences.subList(0, Math.min(limit, sentences.size()))) {
            score(layer, s, counts);
        }
        System.out.printf(Locale.ROOT, "entities on %d sentences of %s (exact span and type):%n",
                Math.min(sentences.size(), limit), file);
        int[] all = new int[3];
        for (String type : List.of("PER", "LOC", "ORG")) {
            int[] c = counts.getOrDefault(type, new int[3]);
            print(type, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        print("all", all);
    }

    private static void print(String type, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        System.out.printf(Locale.ROOT, "  %-4s gold %5d found %5d correct %5d  P %.3f R %.3f F1 %.3f%n", type, c[0], c[1],
                c[2], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void score(TextLayer layer, GoldSentences.Sentence s, Map<String, int[]> counts) {
        List<String> tokens = s.tokens();
        List<String> tags = s.tags();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
        }
        Set<Span> gold = new HashSet<>();
        for (GoldSentences.Name n : GoldSentences.names(tags)) {
            gold.add(new Span(starts[n.start()], starts[n.end() - 1] + tokens.get(n.end() - 1).length(), n.type()));
        }
        Enrichment e = layer.enrich(new ArticleText(text.toString(), null, null));
        Set<Span> found = new HashSet<>();
        if (e.entities() != null) {
            for (Mention m : e.entities().mentions()) {
                String type = type(m);
                if (type != null && !(compoundPart(text, m.start(), m.end()) && taggedPart(starts, s.parts(), m.start()))) {
                    found.add(new Span(m.start(), m.end(), type));
                }
            }
        }
        for (Span g : gold) {
            counts.computeIfAbsent(g.type(), k -> new int[3])[0]++;
        }
        if (ERRORS) {
            gold.stream().filter(g -> !found.contains(g)).forEach(g -> System.out.printf("  missed %s «%s» in: %s%n",
                    g.type(), text.substring(g.start(), g.end()), text));
            found.stream().filter(f -> !gold.contains(f)).forEach(f -> System.out.printf("  wrong  %s «%s» in: %s%n",
                    f.type(), text.substring(f.start(), f.end()), text));
        }
        for (Span f : found) {
            int[] c = counts.computeIfAbsent(f.type(), k -> new int[3]);
            c[1]++;
            if (gold.contains(f)) {
                c[2]++;
            }
        }
    }

    /**
     * Whether the span {@code [start, end)} of {@code text} is joined by a hyphen to a word before or after it: a name
     * inside a compound («US» in «US-Präsident», «SPD» in «SPD-Fraktion», «Merkel» in «Anti-Merkel-Kurs»). GermEval
     * tags such a word {@code LOCpart}, {@code ORGpart}…, not {@code LOC} or {@code ORG}, and its gold parts are left
     * out here (only PER, LOC and ORG are scored), so a found part is left out too where the gold token holding it is
     * tagged as a part ({@link #taggedPart}): the stage links them, as it should, but they are not the names these
     * figures count. A part found in a token the gold leaves untagged counts as a wrong name.
     */
    static boolean compoundPart(CharSequence text, int start, int end) {
        boolean before = start >= 2 && text.charAt(start - 1) == '-' && Character.isLetterOrDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetterOrDigit(text.charAt(end + 1));
        return before || after;
    }

    /** Whether the gold token holding character {@code at} is tagged as a name inside a compound ({@code B-LOCpart}). */
    static boolean taggedPart(int[] starts, List<Boolean> parts, int at) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= at) {
            k++;
        }
        return parts.get(k);
    }

    /** Our type as the gold sets name it; adjectives (iranisch, ایرانی) are not names and are left out. */
    private static String type(Mention m) {
        if ("adjective".equals(m.evidence())) {
            return null;
        }
        return switch (m.type()) {
            case Entity.PERSON -> "PER";
            case Entity.ORGANISATION -> "ORG";
            case Entity.COUNTRY, Entity.CITY, Entity.PLACE, "region" -> "LOC";
            default -> null;
        };
    }

    /** BSNLP: {@code <topic>/raw/<lang>/*.txt} and {@code <topic>/annotated/<lang>/*.out}. */
    static void linking(TextLayer layer, Path dir) throws IOException {
        List<String[]> pairs = new ArrayList<>(); // {gold id, our id}
        int gold = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path out : files.filter(p -> p.toString().endsWith(".out")).sorted().toList()) {
                String name = out.getFileName().toString().replaceAll("\\.out$", ".txt");
                Path raw = out.getParent().getParent().getParent().resolve("raw")
                        .resolve(out.getParent().getFileName()).resolve(name);
                if (!Files.exists(raw)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
                String text = String.join("\n", lines.subList(Math.min(4, lines.size()), lines.size()));
                Map<String, String> ours = new HashMap<>();
                Enrichment e = layer.enrich(new ArticleText(text, null, null));
                if (e.entities() != null) {
                    e.entities().mentions().forEach(m -> ours.putIfAbsent(m.surface(), m.entityId()));
                }
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8).subList(1,
                        Files.readAllLines(out, StandardCharsets.UTF_8).size())) {
                    String[] f = line.split("\t");
                    if (f.length < 4) {
                        continue;
                    }
                    gold++;
                    String id = ours.get(f[0]);
                    if (id != null) {
                        pairs.add(new String[] {f[3], id});
                    }
                }
            }
        }
        long agree = 0;
        long total = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                boolean sameGold = pairs.get(i)[0].equals(pairs.get(j)[0]);
                boolean sameOurs = pairs.get(i)[1].equals(pairs.get(j)[1]);
                agree += sameGold == sameOurs ? 1 : 0;
                total++;
            }
        }
        long sameGoldPairs = 0;
        long sameGoldLinked = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                if (pairs.get(i)[0].equals(pairs.get(j)[0])) {
                    sameGoldPairs++;
                    sameGoldLinked += pairs.get(i)[1].equals(pairs.get(j)[1]) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "linking on %s: %d gold mentions, %d of them found and linked (%.1f%%); "
                        + "pairwise accuracy %.3f over %d pairs; same-gold pairs linked together %.3f (%d pairs)%n",
                dir, gold, pairs.size(), 100.0 * pairs.size() / Math.max(1, gold), (double) agree / Math.max(1, total),
                total, (double) sameGoldLinked / Math.max(1, sameGoldPairs), sameGoldPairs);
    }
}
