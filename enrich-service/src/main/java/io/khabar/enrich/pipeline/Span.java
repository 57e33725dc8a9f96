package io.khabar.enrich.pipeline;

/**
 * A piece of evidence in the text: {@code [start, end)} in UTF-16 code units of the ingested text, what it is, how
 * sure the stage is and which stage found it.
 *
 * @param start      first character, inclusive
 * @param end        last character, exclusive
 * @param label      what the span is (stage-specific, e.g. a language code)
 * @param confidence 0..1
 * @param stage      name of the stage that produced it
 */
public record Span(int start, int end, String label, double confidence, String stage) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
