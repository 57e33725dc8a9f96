package io.khabar.enrich.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.khabar.enrich.entities.GoldSentences;
import io.khabar.enrich.entities.NameModelTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;

/** {@code train-entities}: a name model from an annotated file, written where {@code khabar.enrich.entities.models} reads it. */
final class TrainEntities {

    private TrainEntities() {
    }

    static void run(Path gold, Path model, int iterations) throws IOException {
        String file = model.getFileName().toString();
        if (!file.matches("[a-z]{2,3}\\.bin")) {
            throw new IllegalArgumentException("the model's file name is its language: fa.bin, de.bin; not " + file);
        }
        List<GoldSentences.Sentence> sentences = GoldSentences.read(gold);
        long start = System.nanoTime();
        TokenNameFinderModel trained = NameModelTrainer.train(file.substring(0, file.length() - 4), sentences,
                iterations);
        NameModelTrainer.write(trained, model);
        System.out.printf(Locale.ROOT, "%s: trained on %d sentences of %s in %.1f s%n", model, sentences.size(), gold,
                (System.nanoTime() - start) / 1e9);
    }
}
