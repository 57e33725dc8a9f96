package io.khabar.enrich.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link NameModels} model from annotated sentences ({@link GoldSentences}) with OpenNLP's perceptron and
 * its default features. Each gold token is cut into the tokens {@link EntityStage} gives the model
 * ({@link EntityStage#TOKEN}: words and single marks), so that the model sees at training what it will see in
 * articles.
 * The perceptron (100 passes, beam 3) was chosen on PEYMA dev: with the stage's rules F1 0.590 against 0.566 for
 * maxent, and 300 passes overfit.
 */
public final class NameModelTrainer {

    /** Passes over the sentences. */
    public static final int DEFAULT_ITERATIONS = 100;

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
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, 3);
        return NameFinderME.train(language, null, new CollectionObjectStream<>(samples), parameters,
                new TokenNameFinderFactory());
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
