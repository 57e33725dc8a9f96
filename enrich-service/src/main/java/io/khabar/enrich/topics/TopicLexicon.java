package io.khabar.enrich.topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.enrich.config.DataFiles;
import io.khabar.enrich.text.Analyzers;
import io.khabar.enrich.text.Token;

/**
 * The topic taxonomy and its multilingual lexicons ({@code khabar/topics.jsonl} and an optional user file): the top
 * level of IPTC Media Topics and the subtopics world news needs, each with terms per language. Every term is run
 * through the same Lucene analyser as the articles of its language, so that a lexicon term and an inflected word of an
 * article meet on the stem; a word ending in {@code *} also matches any word its stem begins (German compounds:
 * {@code Verteidigung*} matches Verteidigungskooperation).
 */
final class TopicLexicon {

    /** One line of the topics file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Definition(String id, Map<String, String> label, String parent, Map<String, List<String>> terms) {
    }

    /** One analysed term. */
    record Entry(String topic, String term, String language, List<String> stems, boolean[] prefix) {
    }

    final Map<String, Definition> topics = new HashMap<>();
    final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    final List<Entry> prefixFirst = new ArrayList<>();
    final java.util.Set<String> languages = new java.util.HashSet<>();
    /** The {@link #prefixFirst} entries by their first stem, as positions in that list; built by {@link #index}. */
    private final Map<String, List<Integer>> prefixIndex = new HashMap<>();
    /** The lengths of those first stems, shortest first. */
    private int[] prefixLengths = new int[0];

    static TopicLexicon load(Optional<Path> extra, Analyzers analyzers) {
        TopicLexicon lexicon = new TopicLexicon();
        ObjectMapper json = new ObjectMapper();
        for (DataFiles.Content file : DataFiles.load("topics.jsonl", extra)) {
            lexicon.read(json, file.content(), file.name(), analyzers);
        }
        lexicon.topics.values().forEach(d -> {
            if (d.parent() != null && !lexicon.topics.containsKey(d.parent())) {
                throw new IllegalArgumentException("topic '" + d.id() + "' names a parent '" + d.parent()
                        + "' that no topics file defines");
            }
        });
        lexicon.index();
        return lexicon;
    }

    private void index() {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < prefixFirst.size(); i++) {
            String stem = prefixFirst.get(i).stems().get(0);
            prefixIndex.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
            lengths.add(stem.length());
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds to {@code out} the entries whose first word is a prefix ({@code Verteidigung*}) that {@code term} starts
     * with, in the lexicon's order: looked up by each length such a prefix has, not by trying every prefix entry on
     * every word of every article (which had been most of the stage's time).
     */
    void prefixedFirst(String term, List<Entry> out) {
        List<Integer> found = null;
        for (int length : prefixLengths) {
            if (length > term.length()) {
                break;
            }
            List<Integer> at = prefixIndex.get(term.substring(0, length));
            if (at != null) {
                found = found == null ? new ArrayList<>() : found;
                found.addAll(at);
            }
        }
        if (found != null) {
            found.sort(null);
            found.forEach(i -> out.add(prefixFirst.get(i)));
        }
    }

    private void read(ObjectMapper json, String content, String name, Analyzers analyzers) {
        int number = 0;
        for (String line : content.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Definition d;
            try {
                d = json.readValue(line, Definition.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(name + " line " + number + ": not a topic: " + e.getOriginalMessage());
            }
            if (d.id() == null || d.label() == null || d.terms() == null) {
                throw new IllegalArgumentException(name + " line " + number + ": 'id', 'label' and 'terms' are required");
            }
            topics.put(d.id(), d);
            d.terms().forEach((language, terms) -> terms.forEach(term -> add(d.id(), term, language, analyzers)));
        }
    }

    private void add(String topic, String term, String language, Analyzers analyzers) {
        String[] words = term.trim().split("\\s+");
        List<String> stems = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String w : words) {
            boolean prefix = w.endsWith("*");
            String plain = prefix ? w.substring(0, w.length() - 1) : w;
            List<Token> tokens = analyzers.tokens(plain, 0, plain.length(), language);
            for (int i = 0; i < tokens.size(); i++) {
                stems.add(tokens.get(i).term());
                prefixes.add(prefix && i == tokens.size() - 1);
            }
        }
        if (stems.isEmpty()) {
            return; // a term made only of stop words
        }
        boolean[] prefix = new boolean[prefixes.size()];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = prefixes.get(i);
        }
        Entry e = new Entry(topic, term, language, List.copyOf(stems), prefix);
        languages.add(language);
        if (prefix[0]) {
            prefixFirst.add(e);
        } else {
            byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(e);
        }
    }
}
