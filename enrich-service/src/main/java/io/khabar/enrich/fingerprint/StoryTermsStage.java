package io.khabar.enrich.fingerprint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.khabar.enrich.keywords.Background;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.TextUnits;
import io.khabar.enrich.text.TokensStage;

/**
 * {@link StoryTerms}: TF-IDF over the analyser's terms of the kept paragraphs (normalised, stemmed, stop words
 * dropped; credits left out), each folded (compatibility decomposition, marks removed: Curaçao and Curacao, ي and ی
 * already one) and cut to its first {@value #PREFIX} letters, a crude stemmer that works across the languages of one
 * script. The rarity of a term is what this instance has seen of the article's language ({@link Background}), so
 * words every article of the language has weigh little, as they should. On the SemEval-2022 task 8 pairs this simple
 * vector separated same-story from unrelated pairs better than the keywords and far better than entity overlap (see
 * query-service's README); TF-IDF itself is a few lines, no library needed.
 */
public final class StoryTermsStage implements EnrichmentStage<StoryTerms> {

    public static final String NAME = "story-terms";
    public static final String SCHEME = "tfidf-p6-64";
    /** Terms kept per article. */
    public static final int SIZE = 64;
    /** Letters kept of a term. */
    public static final int PREFIX = 6;

    private final Background background;

    public StoryTermsStage(Background background) {
        this.background = background;
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
    public StoryTerms apply(ArticleText article) {
        Map<String, Integer> counts = new HashMap<>();
        for (String analysed : FingerprintStage.keptTerms(article)) {
            String term = term(analysed);
            if (term != null) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        String language = article.result(TokensStage.NAME, TextUnits.class).analyser();
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            weighted.add(Map.entry(c.getKey(), (1 + Math.log(c.getValue())) * background.idf(language, c.getKey())));
        }
        background.add(language, counts.keySet());
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Double>> top = weighted.subList(0, Math.min(SIZE, weighted.size()));
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        List<String> terms = new ArrayList<>(top.size());
        List<Float> weights = new ArrayList<>(top.size());
        for (Map.Entry<String, Double> e : top) {
            terms.add(e.getKey());
            weights.add((float) (e.getValue() / norm));
        }
        return new StoryTerms(SCHEME, terms, weights);
    }

    /** The folded prefix of an analyser's term; null for one too short to tell stories apart (but numbers count). */
    static String term(String analysed) {
        String folded = Normalizer.normalize(analysed, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(PREFIX);
        boolean digits = true;
        for (int i = 0; i < folded.length() && out.codePointCount(0, out.length()) < PREFIX; ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT) {
                continue; // accents, harakat, zero-width (non-)joiners
            }
            digits &= Character.isDigit(cp);
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        int length = out.codePointCount(0, out.length());
        return length >= 3 || digits && length >= 2 ? out.toString() : null;
    }
}
