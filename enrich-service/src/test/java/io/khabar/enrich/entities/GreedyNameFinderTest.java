package io.khabar.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GreedyNameFinder} finds what OpenNLP's {@link NameFinderME} finds with the same model, name for name and
 * with the same probabilities, over sentences of every kind of word and over articles (what a word was earlier); a
 * model made otherwise is left to {@link NameFinderME}.
 */
class GreedyNameFinderTest {

    /** Words of the training sentences and words of every class OpenNLP tells apart: scripts, case, digits, marks. */
    private static final List<String> OTHER_WORDS = List.of("خرنین", "وزیر", "دفاع", "بلاروس", "،", ".", "(", "س",
            ")", "Khrenin", "Verteidigungsminister", "ÄGYPTEN", "über", "CDU", "A.", "x", "B", "12", "1402", "۱۴۰۲",
            "3-4", "1/2", "1,5", "12.5", "F16", "Хренин", "НАТО", "ひらがな", "カタカナ", "-", "«", "»", "آ");

    @TempDir
    static Path dir;
    private static List<GoldSentences.Sentence> gold;
    private static TokenNameFinderModel model;

    @BeforeAll
    static void train() throws IOException {
        Path file = dir.resolve("train.txt");
        Files.writeString(file, NameModelsTest.corpus(new Random(7), 400), StandardCharsets.UTF_8);
        gold = GoldSentences.read(file);
        model = NameModelTrainer.train("fa", gold, 50);
    }

    @Test
    void itFindsWhatOpenNlpFindsNameForNameWithTheSameProbabilities() {
        List<String> pool = new ArrayList<>(OTHER_WORDS);
        gold.forEach(s -> pool.addAll(s.tokens()));
        NameFinderME reference = new NameFinderME(model);
        GreedyNameFinder greedy = GreedyNameFinder.of(model);
        Random random = new Random(3);
        int names = 0;
        for (int article = 0; article < 60; article++) {
            for (int s = 0; s < 10; s++) {
                String[] sentence = article % 2 == 0 // half the sentences as trained, half made of any words
                        ? gold.get(random.nextInt(gold.size())).tokens().toArray(String[]::new)
                        : random.ints(1 + random.nextInt(15), 0, pool.size()).mapToObj(pool::get)
                                .toArray(String[]::new);
                Span[] expected = reference.find(sentence);
                double[] probabilities = reference.probs(expected);
                Span[] found = greedy.find(sentence);
                assertEquals(List.of(expected), List.of(found), String.join(" ", sentence));
                for (int k = 0; k < expected.length; k++) { // bit for bit: weights added in OpenNLP's order
                    assertEquals(probabilities[k], found[k].getProb(), 0.0, String.join(" ", sentence));
                }
                names += found.length;
            }
            reference.clearAdaptiveData();
            greedy.clearAdaptiveData();
        }
        assertTrue(names > 300, names + " names compared");
    }

    @Test
    void aModelWhoseDescriptorDiffersOnlyInCommentsAndLayoutIsRead() throws IOException {
        String features = new String(NameModelTrainer.features(), StandardCharsets.UTF_8);
        assertTrue(GreedyNameFinder.reads(train(features.replace("<featureGenerators",
                "<!-- reworded -->\n  <featureGenerators").replace("><", ">\n    <"), "PERCEPTRON", 1,
                new BioCodec())));
        assertFalse(GreedyNameFinder.reads(train(features.replace("<int name=\"length\">4</int>",
                "<int name=\"length\">3</int>"), "PERCEPTRON", 1, new BioCodec())), "affixes of three letters");
        assertFalse(GreedyNameFinder.reads(train(features.replace("<bool name=\"lowercase\">true</bool>",
                "<bool name=\"lowercase\"> true </bool>"), "PERCEPTRON", 1, new BioCodec())),
                "OpenNLP reads \" true \" as false: words not lower-cased");
    }

    @Test
    void aWiderBeamMaxentOrAnotherCodecIsLeftToOpenNlp() throws IOException {
        String features = new String(NameModelTrainer.features(), StandardCharsets.UTF_8);
        assertFalse(GreedyNameFinder.reads(train(features, "PERCEPTRON", 3, new BioCodec())), "a beam of 3");
        assertFalse(GreedyNameFinder.reads(train(features, "MAXENT", 1, new BioCodec())), "maxent");
        assertFalse(GreedyNameFinder.reads(train(features, "PERCEPTRON", 1, new BilouCodec())), "BILOU");
    }

    /** A model of the test's sentences; {@code descriptor} null for OpenNLP's default features. */
    private static TokenNameFinderModel train(String descriptor, String algorithm, int beam,
                                              SequenceCodec<String> codec) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        gold.forEach(s -> samples.add(NameModelTrainer.sample(s)));
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 5);
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, beam);
        return NameFinderME.train("fa", null, new CollectionObjectStream<>(samples), parameters,
                new TokenNameFinderFactory(descriptor == null ? null : descriptor.getBytes(StandardCharsets.UTF_8),
                        Map.of(), codec));
    }

    @Test
    void aModelWithOpenNlpsDefaultFeaturesIsLeftToOpenNlp() throws IOException {
        assertTrue(GreedyNameFinder.reads(model));
        TokenNameFinderModel defaults = train(null, "PERCEPTRON", 3, new BioCodec()); // OpenNLP's own features
        assertFalse(GreedyNameFinder.reads(defaults), "OpenNLP's default features and beam");
        assertThrows(IllegalArgumentException.class, () -> GreedyNameFinder.of(defaults));

        // and NameModels reads such a model with OpenNLP's finder: the same names and probabilities as NameFinderME
        NameModels models = new NameModels(Map.of("fa", defaults));
        String[] sentence = gold.get(0).tokens().toArray(String[]::new);
        Span[] expected = new NameFinderME(defaults).find(sentence);
        List<NameModels.Found> found = models.find("fa", List.<String[]>of(sentence));
        assertEquals(expected.length, found.size());
        assertTrue(expected.length > 0, "the sentence has names");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k].getStart(), found.get(k).start());
            assertEquals(expected[k].getEnd(), found.get(k).end());
            assertEquals(expected[k].getType(), found.get(k).type());
            assertEquals(expected[k].getProb(), found.get(k).probability(), 0.0);
        }
    }
}
