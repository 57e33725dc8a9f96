package io.khabar.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link NameModels} model from annotated sentences ({@link GoldSentences}) with OpenNLP's perceptron and
 * the features of {@code khabar/name-features.xml}. Each gold token is cut into the tokens {@link EntityStage} gives
 * the model ({@link EntityStage#TOKEN}: words and single marks), so that the model sees at training what it will see
 * in articles.
 * The perceptron (100 passes) was chosen on PEYMA dev: with the stage's rules F1 0.590 against 0.566 for maxent, and
 * 300 passes overfit. The features and the beam were chosen on the last 1,000 of PEYMA's training sentences, held out
 * (with the stage's rules, F1): OpenNLP's default features with a beam of 3, 0.608; with the word's class for itself
 * only instead of for the words around it too, 0.618, and with a beam of 1, 0.615; adding prefixes and suffixes of up
 * to three letters, 0.630, of up to four, 0.638 (kept; a beam of 1 reads a word in half the time of 3). Hand-written
 * features equal to these, each word lower-cased and classified once per sentence instead of once per window, were
 * tried and dropped: a gain on the seeds (up to 15%) that this machine's noise leaves uncertain.
 */
public final class NameModelTrainer {

    /** Passes over the sentences. */
    public static final int DEFAULT_ITERATIONS = 100;

    /** Sequences the finder keeps while it reads a sentence: one, the best so far. */
    static final int BEAM = 1;

    /** The features each word is read by: OpenNLP's generators, as a descriptor kept in the model. */
    static final String FEATURES = "/khabar/name-features.xml";

    private NameModelTrainer() {
    }

    /**
     * A model for text in {@code language} from {@code sentences}.
     *
     * @throws IllegalArgumentException if the sentences hold no name of type PER, LOC or ORG
     */
    public static TokenNameFinderModel train(String language, List<GoldSentences.Sentence> sentences, int iterations)
            throws IOException {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        int names = 0;
        for (GoldSentences.Sentence s : sentences) {
            NameSample sample = sample(s);
            if (sample.getSentence().length > 0) {
                samples.add(sample);
                names += sample.getNames().length;
            }
        }
        if (names == 0) {
            throw new IllegalArgumentException("no PER, LOC or ORG name in " + sentences.size()
                    + " sentences: nothing to learn from");
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM);
        return NameFinderME.train(language, null, new CollectionObjectStream<>(samples), parameters,
                new TokenNameFinderFactory(features(), Map.of(), new BioCodec()));
    }

    /** The feature generators' descriptor, {@link #FEATURES}. */
    static byte[] features() throws IOException {
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("missing from the service's classpath: " + FEATURES);
            }
            return in.readAllBytes();
        }
    }

    /** Writes {@code model} to {@code file}. */
    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /** The sentence as the stage's words, each name's span moved onto them. */
    static NameSample sample(GoldSentences.Sentence s) {
        List<String> words = new ArrayList<>(); // the tokens
        int[] first = new int[s.tokens().size() + 1]; // the first word of each gold token
        for (int t = 0; t < s.tokens().size(); t++) {
            first[t] = words.size();
            Matcher m = EntityStage.TOKEN.matcher(s.tokens().get(t));
            while (m.find()) {
                words.add(m.group());
            }
        }
        first[s.tokens().size()] = words.size();
        List<Span> spans = new ArrayList<>();
        for (GoldSentences.Name n : GoldSentences.names(s.tags())) {
            if (first[n.end()] > first[n.start()]) { // a name of white space alone has no tokens
                spans.add(new Span(first[n.start()], first[n.end()], n.type()));
            }
        }
        return new NameSample(words.toArray(String[]::new), spans.toArray(Span[]::new), true);
    }
}
