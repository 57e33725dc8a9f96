package io.khabar.enrich.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What OpenNLP's {@link NameFinderME} finds with a model {@link NameModelTrainer} made (perceptron,
 * {@code khabar/name-features.xml}, one sequence), the same names with the same probabilities, bit for bit, about
 * four times faster.
 * <p>
 * Written here because OpenNLP has no faster way: its finder builds some 26 feature strings for every word of every
 * sentence (lower-casing each word once for each window it is in) and looks each up in the model's hash map, about
 * 4 µs a word, which kept enrichment with a Persian model well under the 200 seed-sized articles a second on one core
 * that issue 5 asks. Most of those features depend on one word alone (its class, prefixes, suffixes, and the word
 * itself as the current word or one or two before or after), so this finder looks their weights up once per distinct
 * word and keeps them; only the features of word pairs and of the outcomes before are looked up per word. The weights
 * are added in the order of OpenNLP's features, for the perceptron often gives two outcomes the same score, and a sum
 * in another order can differ in the last bit and decide such a tie the other way. It reads the perceptron's weights
 * through OpenNLP's own {@link PerceptronModel#getDataStructures()}, normalises the scores as {@link PerceptronModel}
 * does, keeps the best outcome that {@code NameFinderSequenceValidator} allows (a beam of one), decodes with
 * {@link BioCodec} and gives a name the mean probability of its words, as {@link NameFinderME#probs(Span[])} does.
 * {@code GreedyNameFinderTest} checks it against {@link NameFinderME} name for name, bit for bit. A model made
 * otherwise is read by {@link NameFinderME} ({@link #reads}).
 * <p>
 * Not thread-safe (it remembers the article's words, as {@link NameFinderME} does): one per thread. Unlike
 * {@link NameFinderME}, whose feature cache recognises a sentence by its array, it reads an array passed twice afresh.
 */
final class GreedyNameFinder {

    private static final Pattern TYPED = Pattern.compile("(.+)-\\w+"); // NameFinderME's outcome with a type
    /**
     * Words whose weights are kept; past this many they are dropped and looked up again. Each finder (a thread and a
     * language) then holds at most about 11 MB (measured; 69 MB with 100,000 words).
     */
    private static final int WORDS_KEPT = 20_000;
    private static final int BEFORE = 0; // 0 and 1: as the word one or two before the current one
    private static final int AFTER = 2; // 2 and 3: one or two after

    private final Map<String, Context> weights;
    private final String[] outcomes;
    private final String[] types;
    private final boolean[] continues;
    private final boolean[] outside;
    private final double[] none;
    private final BioCodec codec = new BioCodec();
    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, double[]> kept = new HashMap<>(); // features of few values: classes, outcomes
    private final Map<String, String> previous = new HashMap<>(); // a word -> its outcome earlier in the article

    /**
     * A word's class and the weights of its own features. As the current word: {@code head}, the sum of its first
     * three ({@code wc=}, {@code w&c=}, {@code w=}: summed from zero in OpenNLP's order, so bit for bit the same), and
     * {@code tail}, the weights of {@code def} and its prefixes and suffixes, each apart, for OpenNLP adds them after
     * the neighbours' and floating-point sums depend on their order; as a neighbour, {@code around}.
     */
    private record Word(String type, double[] head, double[][] around, double[][] tail) {
    }

    @SuppressWarnings("unchecked")
    private GreedyNameFinder(PerceptronModel model) {
        Object[] data = model.getDataStructures();
        weights = (Map<String, Context>) data[1];
        outcomes = (String[]) data[2];
        types = new String[outcomes.length];
        continues = new boolean[outcomes.length];
        outside = new boolean[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            Matcher m = TYPED.matcher(outcomes[o]);
            types[o] = m.matches() ? m.group(1) : null;
            continues[o] = outcomes[o].endsWith(BioCodec.CONTINUE);
            outside[o] = outcomes[o].endsWith(BioCodec.OTHER);
        }
        none = new double[outcomes.length];
    }

    /** The service's features ({@link NameModelTrainer#features()}) as {@link #generators} gives them, read once. */
    private static final class Ours {
        static final String GENERATORS;

        static {
            try {
                GENERATORS = generators(NameModelTrainer.features());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether {@code model} was made as this finder reads: by {@link NameModelTrainer} with its features. */
    static boolean reads(TokenNameFinderModel model) {
        return model.getArtifact("nameFinder.model") instanceof PerceptronModel
                && generators(model.getArtifact("generator.featuregen")).equals(Ours.GENERATORS)
                && "1".equals(model.getManifestProperty("BeamSize"))
                && model.getFactory().getClass() == TokenNameFinderFactory.class
                && model.getFactory().createSequenceCodec().getClass() == BioCodec.class;
    }

    /**
     * A feature generator descriptor without its comments and the white space between its elements: what it makes,
     * not how it is laid out (white space inside a value is kept: OpenNLP reads {@code " true"} as false).
     */
    private static String generators(byte[] descriptor) {
        return descriptor == null ? "" : new String(descriptor, StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><").strip();
    }

    /** A finder for {@code model}, which {@link #reads} must accept. */
    static GreedyNameFinder of(TokenNameFinderModel model) {
        if (!reads(model)) {
            throw new IllegalArgumentException("not a model of NameModelTrainer's features and beam");
        }
        return new GreedyNameFinder(model.getArtifact("nameFinder.model"));
    }

    /** The names in {@code tokens}, each with its probability; remembers the words' outcomes for the next sentences. */
    Span[] find(String[] tokens) {
        int n = tokens.length;
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            w[i] = word(tokens[i]);
        }
        String[] chosen = new String[n];
        double[] probabilities = new double[n];
        double[] score = new double[outcomes.length];
        int before = -1;
        for (int i = 0; i < n; i++) {
            // every weight added in the order of OpenNLP's features, so that the scores, and ties, are its own
            System.arraycopy(w[i].head(), 0, score, 0, score.length);
            for (int d = 1; d <= 2; d++) {
                if (i - d >= 0) {
                    add(score, w[i - d].around()[BEFORE + d - 1]);
                }
            }
            for (int d = 1; d <= 2; d++) {
                if (i + d < n) {
                    add(score, w[i + d].around()[AFTER + d - 1]);
                }
            }
            for (double[] weights : w[i].tail()) {
                add(score, weights);
            }
            add(score, kept("pd=" + previous.get(tokens[i])));
            if (i > 0) {
                add(score, sum("pw,w=" + tokens[i - 1] + "," + tokens[i]));
                add(score, kept("pwc,wc=" + w[i - 1].type() + "," + w[i].type()));
            }
            if (i + 1 < n) {
                add(score, sum("w,nw=" + tokens[i] + "," + tokens[i + 1]));
                add(score, kept("wc,nc=" + w[i].type() + "," + w[i + 1].type()));
            }
            if (i == 0) {
                add(score, kept("S=begin"));
            }
            String po = i > 0 ? chosen[i - 1] : NameFinderME.OTHER;
            add(score, kept("po=" + po));
            add(score, sum("pow=" + po + "," + tokens[i]));
            add(score, kept("powf=" + po + "," + w[i].type()));
            add(score, kept("ppo=" + (i > 1 ? chosen[i - 2] : NameFinderME.OTHER)));
            int best = best(normalise(score), i == 0 ? -1 : before);
            chosen[i] = outcomes[best];
            probabilities[i] = score[best];
            before = best;
        }
        for (int i = 0; i < n; i++) {
            previous.put(tokens[i], chosen[i]);
        }
        Span[] spans = codec.decode(Arrays.asList(chosen));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
                p += probabilities[i];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    /** Forgets the article's words, as {@link NameFinderME#clearAdaptiveData()}. */
    void clearAdaptiveData() {
        previous.clear();
    }

    /** As {@link PerceptronModel}: each score divided by the largest magnitude (at least 1), then a softmax. */
    private static double[] normalise(double[] score) {
        double max = 1;
        for (double s : score) {
            max = Math.max(max, StrictMath.abs(s));
        }
        double total = 0;
        for (int o = 0; o < score.length; o++) {
            score[o] = StrictMath.exp(score[o] / max);
            total += score[o];
        }
        for (int o = 0; o < score.length; o++) {
            score[o] /= total;
        }
        return score;
    }

    /**
     * The likeliest outcome that may follow {@code before} (the first of equals, as OpenNLP's beam keeps it), by the
     * rule of OpenNLP's {@code NameFinderSequenceValidator}: a name continues only a name, and only of its own type.
     */
    private int best(double[] score, int before) {
        int best = -1;
        for (int o = 0; o < score.length; o++) {
            if (continues[o] && !mayContinue(o, before)) {
                continue;
            }
            if (best < 0 || score[o] > score[best]) {
                best = o;
            }
        }
        return best;
    }

    private boolean mayContinue(int o, int before) {
        if (before < 0 || outside[before]) {
            return false;
        }
        if (types[o] == null && types[before] == null) {
            return true;
        }
        return types[o] != null && types[o].equals(types[before]);
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            if (words.size() >= WORDS_KEPT) {
                words.clear();
            }
            String lower = StringUtil.toLowerCase(token);
            String type = FeatureGeneratorUtil.tokenFeature(token);
            double[] head = new double[outcomes.length];
            add(head, sum("wc=" + type));
            add(head, sum("w&c=" + lower + "," + type));
            add(head, sum("w=" + lower));
            List<double[]> tail = new ArrayList<>();
            tail.add(sum("def"));
            int affixes = Math.min(4, token.length());
            for (int k = 1; k <= affixes; k++) {
                tail.add(sum("pre=" + token.substring(0, k)));
            }
            for (int k = 1; k <= affixes; k++) {
                tail.add(sum("suf=" + token.substring(token.length() - k)));
            }
            tail.removeIf(weights -> weights == none); // adding nothing is exact, and skipped
            w = new Word(type, head, new double[][] {sum("p1w=" + lower), sum("p2w=" + lower), sum("n1w=" + lower),
                sum("n2w=" + lower)}, tail.toArray(double[][]::new));
            words.put(token, w);
        }
        return w;
    }

    /** The weights of a feature of few values, kept. */
    private double[] kept(String feature) {
        return kept.computeIfAbsent(feature, this::sum);
    }

    /** A feature's weight for each outcome; {@link #none} for a feature the model does not know. */
    private double[] sum(String feature) {
        Context c = weights.get(feature);
        if (c == null) {
            return none;
        }
        double[] sum = new double[outcomes.length];
        int[] o = c.getOutcomes();
        double[] p = c.getParameters();
        for (int j = 0; j < o.length; j++) {
            sum[o[j]] += p[j];
        }
        return sum;
    }

    private void add(double[] score, double[] weights) {
        if (weights != none) {
            for (int o = 0; o < score.length; o++) {
                score[o] += weights[o];
            }
        }
    }
}
