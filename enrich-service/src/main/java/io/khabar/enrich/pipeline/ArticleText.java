package io.khabar.enrich.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What stages read: the article's text exactly as ingested (offsets of every result point into it), the submitter's
 * hints, and the results of the stages that ran before, by stage name. One instance per article and thread.
 */
public final class ArticleText {

    private final String text;
    private final String title;
    private final String declaredLanguage;
    private final Instant publishedAt;
    private final String format;
    private final Instant receivedAt;
    private final Map<String, Object> results = new HashMap<>();

    /**
     * @param text             the text as ingested
     * @param title            headline as submitted, may be null
     * @param declaredLanguage the submitter's language hint, may be null
     * @param publishedAt      publication time as submitted or read from the page, may be null
     * @param format           how the article came in ({@code json}, {@code text}, {@code html}), may be null
     * @param receivedAt       when ingest received it, may be null
     */
    public ArticleText(String text, String title, String declaredLanguage, Instant publishedAt, String format,
                       Instant receivedAt) {
        this.text = text;
        this.title = title;
        this.declaredLanguage = declaredLanguage;
        this.publishedAt = publishedAt;
        this.format = format;
        this.receivedAt = receivedAt;
    }

    /** Text and hints only, as tests and the evaluation give them. */
    public ArticleText(String text, String title, String declaredLanguage) {
        this(text, title, declaredLanguage, null, null, null);
    }

    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public String declaredLanguage() {
        return declaredLanguage;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /**
     * Whether {@link #publishedAt()} came from the web page's metadata: for an article that came in as HTML it does
     * unless the client overrode it, which the raw event does not tell apart.
     */
    public boolean publishedFromPage() {
        return "html".equals(format);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The result of an earlier stage, or null when it has not run, was skipped or failed. */
    @SuppressWarnings("unchecked")
    public <R> R result(String stage, Class<R> type) {
        Object r = results.get(stage);
        return type.isInstance(r) ? (R) r : null;
    }

    /** Records a stage's result for the stages after it. */
    public void put(String stage, Object result) {
        if (result != null) {
            results.put(stage, result);
        }
    }
}
