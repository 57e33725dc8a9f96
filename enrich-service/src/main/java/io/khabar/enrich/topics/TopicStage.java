package io.khabar.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.Analyzers;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.text.Token;
import io.khabar.enrich.text.TokensStage;

/**
 * Topics by lexicon ({@link TopicLexicon}): every occurrence of a topic's term in the article's tokens counts; a
 * topic's score grows with its occurrences and saturates ({@code 1 - e^(-n/3)}), a broader topic scores at least as
 * high as its best subtopic, and topics from {@code min-score} on are reported with the words that triggered them.
 */
public final class TopicStage implements EnrichmentStage<List<Topic>> {

    public static final String NAME = "topics";

    private final TopicLexicon lexicon;
    private final double minScore;

    public TopicStage(Optional<Path> extra, double minScore) {
        this.lexicon = TopicLexicon.load(extra, new Analyzers());
        this.minScore = minScore;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return TokensStage.hasTokens(article);
    }

    @Override
    public List<Topic> apply(ArticleText article) {
        List<Token> tokens = article.result(TokensStage.NAME, TextUnits.class).tokens();
        String articleLanguage = TokensStage.language(article);
        Map<String, List<Topic.Evidence>> hits = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.get(i).term();
            List<TopicLexicon.Entry> candidates = new ArrayList<>(lexicon.byFirstStem.getOrDefault(term, List.of()));
            lexicon.prefixedFirst(term, candidates);
            // only the lexicon of the article's language (Arabic «سلام», peace, is Persian «hello»), when known
            candidates.removeIf(e -> articleLanguage != null && lexicon.languages.contains(articleLanguage)
                    && !articleLanguage.equals(e.language()));
            for (TopicLexicon.Entry e : candidates) {
                if (matches(tokens, i, e)) {
                    Token last = tokens.get(i + e.stems().size() - 1);
                    hits.computeIfAbsent(e.topic(), k -> new ArrayList<>())
                            .add(new Topic.Evidence(e.term(), tokens.get(i).start(), last.end()));
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        hits.forEach((topic, evidence) -> scores.put(topic, 1 - Math.exp(-distinct(evidence) / 3.0)));
        for (String topic : List.copyOf(scores.keySet())) { // a broader topic is at least as likely as its subtopic
            for (String p = parent(topic); p != null; p = parent(p)) {
                scores.merge(p, scores.get(topic), Math::max);
            }
        }
        String language = TokensStage.language(article);
        List<Topic> topics = new ArrayList<>();
        scores.forEach((id, score) -> {
            if (score >= minScore) {
                TopicLexicon.Definition d = lexicon.topics.get(id);
                List<Topic.Evidence> evidence = hits.getOrDefault(id, List.of());
                topics.add(new Topic(id, label(d, language), new java.util.TreeMap<>(d.label()), d.parent(),
                        Math.round(score * 1000) / 1000.0,
                        List.copyOf(evidence.subList(0, Math.min(5, evidence.size()))), NAME));
            }
        });
        topics.sort(Comparator.comparingDouble(Topic::score).reversed().thenComparing(Topic::id));
        return topics;
    }

    private static boolean matches(List<Token> tokens, int at, TopicLexicon.Entry e) {
        if (at + e.stems().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.stems().size(); k++) {
            String t = tokens.get(at + k).term();
            String stem = e.stems().get(k);
            if (!(e.prefix()[k] ? t.startsWith(stem) : t.equals(stem))) {
                return false;
            }
        }
        return true;
    }

    /** Occurrences, counting overlapping matches of several terms at one place once. */
    private static int distinct(List<Topic.Evidence> evidence) {
        return (int) evidence.stream().map(Topic.Evidence::start).distinct().count();
    }

    private String parent(String topic) {
        TopicLexicon.Definition d = lexicon.topics.get(topic);
        return d == null ? null : d.parent();
    }

    private static String label(TopicLexicon.Definition d, String language) {
        String l = language == null ? null : d.label().get(language);
        return l != null ? l : d.label().getOrDefault("en", d.id());
    }
}
