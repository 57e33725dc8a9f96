package io.khabar.enrich.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.attribution.AttributionStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.text.Token;
import io.khabar.enrich.text.TokensStage;

/**
 * The article's key phrases: runs of one to three content words (stop words and punctuation break a run) scored by
 * frequency in the article, rarity in what this instance has seen of the language ({@link Background}), length and
 * how early they come. It works the same in every language because it only needs the analyser's tokens.
 */
public final class KeywordStage implements EnrichmentStage<List<Keyword>> {

    public static final String NAME = "keywords";
    private static final int MAX_WORDS = 3;

    private final Background background;
    private final int count;

    /**
     * @param background document frequencies seen so far
     * @param count      key phrases to give for each article
     */
    public KeywordStage(Background background, int count) {
        this.background = background;
        this.count = count;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return TokensStage.hasTokens(article);
    }

    /** What is known of one candidate in this article. */
    private static final class Candidate {
        final String key;
        final int words;
        final int first;
        final List<int[]> occurrences = new ArrayList<>();
        int frequency;
        double score;

        Candidate(String key, int words, int first) {
            this.key = key;
            this.words = words;
            this.first = first;
        }
    }

    @Override
    public List<Keyword> apply(ArticleText article) {
        TextUnits units = article.result(TokensStage.NAME, TextUnits.class);
        AttributionResult attribution = article.result(AttributionStage.NAME, AttributionResult.class);
        List<Token> tokens = units.tokens();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
                Token t = tokens.get(i + n - 1);
                if (n > 1 && t.afterGap() || !content(t)
                        || attribution != null && attribution.isAttribution(t.start(), t.end())) {
                    break;
                }
                key.append(n > 1 ? " " : "").append(t.term());
                int words = n;
                int position = i;
                Candidate c = candidates.computeIfAbsent(key.toString(), k -> new Candidate(k, words, position));
                c.frequency++;
                if (c.occurrences.size() < 5) {
                    c.occurrences.add(new int[] {tokens.get(i).start(), t.end()});
                }
            }
        }
        String language = units.analyser();
        int early = Math.max(20, tokens.size() / 10);
        for (Candidate c : candidates.values()) {
            if (c.words > 1 && c.frequency < 2) {
                continue; // a phrase said once is not yet a key phrase
            }
            c.score = c.frequency * background.idf(language, c.key) * (1 + 0.5 * (c.words - 1))
                    * (c.first < early ? 1.5 : 1.0);
        }
        // only what could be a key phrase counts towards the background: single words and repeated phrases, not
        // every run said once (those would fill the bounded background within a few hundred articles)
        background.add(language, candidates.values().stream().filter(c -> c.score > 0).map(c -> c.key)
                .collect(java.util.stream.Collectors.toSet()));
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.removeIf(c -> c.score <= 0);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparingInt(c -> c.first));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream().noneMatch(o -> overlaps(o.key, c.key))) {
                chosen.add(c);
            }
        }
        double top = chosen.isEmpty() ? 1 : chosen.get(0).score;
        String text = article.text();
        List<Keyword> keywords = new ArrayList<>();
        for (Candidate c : chosen) {
            int[] o = c.occurrences.get(0);
            keywords.add(new Keyword(text.substring(o[0], o[1]), c.key, Math.round(c.score / top * 1000) / 1000.0,
                    List.copyOf(c.occurrences), NAME));
        }
        return keywords;
    }

    /** A token worth a phrase: letters, more than one character. */
    private static boolean content(Token t) {
        String term = t.term();
        if (term.length() < 2) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one key's words are a run inside the other's. */
    private static boolean overlaps(String a, String b) {
        String x = " " + a + " ";
        String y = " " + b + " ";
        return x.contains(y) || y.contains(x);
    }

}
