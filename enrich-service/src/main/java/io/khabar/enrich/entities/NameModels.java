package io.khabar.enrich.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Statistical name finders, one per language: Apache OpenNLP name finder models kept in one folder as
 * {@code <language>.bin} (ISO 639-1, the file name is the language), as {@link NameModelTrainer} writes them. They find
 * the people, places and organisations the knowledge base does not know. Loaded once; {@link #find} is thread-safe (a
 * finder is not, so each thread gets its own).
 */
public final class NameModels {

    /** No models: only the knowledge base and the patterns find names. */
    public static final NameModels NONE = new NameModels(Map.of());

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Map<String, TokenNameFinderModel> models;
    private final ThreadLocal<Map<String, Finder>> finders = ThreadLocal.withInitial(HashMap::new);

    /**
     * One language's finder: {@link GreedyNameFinder} for the models {@link NameModelTrainer} makes, OpenNLP's
     * {@link NameFinderME} for any other name finder model; both give each name its probability.
     */
    private record Finder(Function<String[], Span[]> find, Runnable clearAdaptiveData) {

        static Finder of(TokenNameFinderModel model) {
            if (GreedyNameFinder.reads(model)) {
                GreedyNameFinder greedy = GreedyNameFinder.of(model);
                return new Finder(greedy::find, greedy::clearAdaptiveData);
            }
            NameFinderME finder = new NameFinderME(model);
            return new Finder(finder::find, finder::clearAdaptiveData);
        }
    }

    /** A name found in sentence {@code sentence}, tokens {@code [start, end)}. */
    public record Found(int sentence, int start, int end, String type, double probability) {
    }

    NameModels(Map<String, TokenNameFinderModel> models) {
        this.models = Map.copyOf(models);
    }

    /**
     * The models in {@code folder}: every {@code <language>.bin} in it.
     *
     * @throws IllegalArgumentException naming the folder or file, if the folder is missing, a {@code .bin} file is not
     *                                  named after a language, or is not a name finder model
     */
    public static NameModels load(Optional<Path> folder) {
        if (folder.isEmpty()) {
            return NONE;
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("khabar.enrich.entities.models: not a folder: " + dir.toAbsolutePath());
        }
        Map<String, TokenNameFinderModel> models = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".bin")).sorted().toList()) {
                String language = file.getFileName().toString().replaceAll("\\.bin$", "");
                if (!LANGUAGE.matcher(language).matches()) {
                    throw new IllegalArgumentException("name model " + file.toAbsolutePath()
                            + ": the file name must be a language code (fa.bin, de.bin)");
                }
                models.put(language, read(file));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("khabar.enrich.entities.models: cannot list " + dir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
        return new NameModels(models);
    }

    private static TokenNameFinderModel read(Path file) {
        try {
            return new TokenNameFinderModel(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("name model " + file.toAbsolutePath()
                    + " is not an OpenNLP name finder model: " + e.getMessage(), e);
        }
    }

    /** Whether text in {@code language} has a model. */
    public boolean has(String language) {
        return language != null && models.containsKey(language);
    }

    /** The languages with a model. */
    public java.util.Set<String> languages() {
        return models.keySet();
    }

    /** The names in one article's sentences (each an array of words), in order; none without a model. */
    public List<Found> find(String language, List<String[]> sentences) {
        if (!has(language)) {
            return List.of();
        }
        Finder finder = finders.get().computeIfAbsent(language, l -> Finder.of(models.get(l)));
        List<Found> found = new ArrayList<>();
        try {
            for (int s = 0; s < sentences.size(); s++) {
                for (Span span : finder.find().apply(sentences.get(s))) {
                    found.add(new Found(s, span.getStart(), span.getEnd(), span.getType(), span.getProb()));
                }
            }
        } finally {
            finder.clearAdaptiveData().run(); // what one article taught the finder is not carried into the next
        }
        return found;
    }
}
