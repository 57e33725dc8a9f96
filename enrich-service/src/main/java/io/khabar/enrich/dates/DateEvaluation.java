package io.khabar.enrich.dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores {@link DateFinder} against a BIO-tagged corpus (PEYMA's layout: one {@code token|TAG} a line, a blank
 * line between sentences, dates tagged {@code B_DAT}/{@code I_DAT}). Sentences are rebuilt by joining tokens
 * with single spaces; the finder runs without a reference date. Reports exact-span and overlap precision,
 * recall and F1. PEYMA tags clock times and times of day ("امشب", "چهارشنبه شب", "ساعت 10") as {@code TIM},
 * a class of its own: a mention that overlaps a TIM span and no DAT span is left out of the count rather than
 * scored as a false alarm.
 */
public final class DateEvaluation {

    /**
     * Scores of one run.
     *
     * @param gold           gold date spans
     * @param predicted      mentions found
     * @param exactMatches   mentions whose span equals a gold span
     * @param overlapFound   mentions overlapping some gold span
     * @param overlapCovered gold spans overlapped by some mention
     */
    public record Result(int gold, int predicted, int exactMatches, int overlapFound, int overlapCovered) {

        public double exactPrecision() {
            return ratio(exactMatches, predicted);
        }

        public double exactRecall() {
            return ratio(exactMatches, gold);
        }

        public double exactF1() {
            return f1(exactPrecision(), exactRecall());
        }

        public double overlapPrecision() {
            return ratio(overlapFound, predicted);
        }

        public double overlapRecall() {
            return ratio(overlapCovered, gold);
        }

        public double overlapF1() {
            return f1(overlapPrecision(), overlapRecall());
        }

        @Override
        public String toString() {
            return String.format("gold=%d predicted=%d%nexact:   P=%.3f R=%.3f F1=%.3f%noverlap: P=%.3f R=%.3f F1=%.3f",
                gold, predicted, exactPrecision(), exactRecall(), exactF1(), overlapPrecision(), overlapRecall(),
                overlapF1());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One rebuilt sentence with its gold date and time spans as {start, end} pairs. */
    record Sentence(String text, List<int[]> dates, List<int[]> times) {
    }

    private DateEvaluation() {
    }

    /** Scores a new {@link DateFinder} on {@code bioFile}. */
    public static Result evaluate(Path bioFile) {
        return evaluate(bioFile, new DateFinder(), null);
    }

    /** Scores {@code finder}; if {@code errors} is not null, the misses and false alarms are appended to it. */
    static Result evaluate(Path bioFile, DateFinder finder, StringBuilder errors) {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int found = 0;
        int covered = 0;
        for (Sentence s : read(bioFile)) {
            List<DateMention> mentions = new ArrayList<>();
            for (DateMention m : finder.find(s.text(), null)) {
                if (overlaps(m, s.dates()) || !overlaps(m, s.times())) {
                    mentions.add(m);
                }
            }
            gold += s.dates().size();
            predicted += mentions.size();
            for (DateMention m : mentions) {
                boolean isExact = false;
                boolean overlaps = false;
                for (int[] g : s.dates()) {
                    isExact |= g[0] == m.start() && g[1] == m.end();
                    overlaps |= g[0] < m.end() && m.start() < g[1];
                }
                exact += isExact ? 1 : 0;
                found += overlaps ? 1 : 0;
                if (errors != null && !isExact) {
                    errors.append(overlaps ? "PARTIAL " : "FALSE   ").append(m.surface()).append("\t| ")
                        .append(s.text()).append('\n');
                }
            }
            for (int[] g : s.dates()) {
                boolean hit = false;
                for (DateMention m : mentions) {
                    hit |= g[0] < m.end() && m.start() < g[1];
                }
                covered += hit ? 1 : 0;
                if (errors != null && !hit) {
                    errors.append("MISSED  ").append(s.text(), g[0], g[1]).append("\t| ").append(s.text())
                        .append('\n');
                }
            }
        }
        return new Result(gold, predicted, exact, found, covered);
    }

    private static boolean overlaps(DateMention m, List<int[]> spans) {
        for (int[] g : spans) {
            if (g[0] < m.end() && m.start() < g[1]) {
                return true;
            }
        }
        return false;
    }

    /** Reads sentences and their DAT and TIM spans. */
    static List<Sentence> read(Path bioFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(bioFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> dates = new ArrayList<>();
        List<int[]> times = new ArrayList<>();
        int[] open = null;
        String openType = "";
        for (String line : lines) {
            if (line.isBlank()) {
                if (text.length() > 0) {
                    out.add(new Sentence(text.toString(), dates, times));
                }
                text = new StringBuilder();
                dates = new ArrayList<>();
                times = new ArrayList<>();
                open = null;
                continue;
            }
            int bar = line.lastIndexOf('|');
            String token = bar < 0 ? line : line.substring(0, bar);
            String tag = bar < 0 ? "O" : line.substring(bar + 1).strip();
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(token);
            String type = tag.length() > 2 ? tag.substring(2) : "";
            boolean inside = tag.startsWith("I_") && open != null && type.equals(openType);
            if (inside) {
                open[1] = text.length();
            } else if (type.equals("DAT") || type.equals("TIM")) {
                open = new int[] {start, text.length()};
                openType = type;
                (type.equals("DAT") ? dates : times).add(open);
            } else {
                open = null;
            }
        }
        if (text.length() > 0) {
            out.add(new Sentence(text.toString(), dates, times));
        }
        return out;
    }

    /** Prints the scores for the file given as the first argument; {@code --errors} also prints every error. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: DateEvaluation <bio-file> [--errors]");
            return;
        }
        StringBuilder errors = args.length > 1 && args[1].equals("--errors") ? new StringBuilder() : null;
        Result r = evaluate(Path.of(args[0]), new DateFinder(), errors);
        if (errors != null) {
            System.out.print(errors);
        }
        System.out.println(r);
    }
}
