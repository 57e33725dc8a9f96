package io.khabar.enrich.dates;

/**
 * A span proposed by one rule before overlaps are settled. Blockers are spans that are known not to be dates
 * (durations, phone numbers, "نماز جمعه"): they take part in the longest-match contest so that a shorter date
 * pattern inside them loses, and are then dropped.
 */
record Candidate(int start, int end, String calendar, String kind, String granularity, String value,
                 double confidence, boolean blocker) {

    static final String PERSIAN = "persian";
    static final String GREGORIAN = "gregorian";
    static final String ISLAMIC = "islamic";
    static final String NONE = "none";
    static final String ABSOLUTE = "absolute";
    static final String RELATIVE = "relative";

    /** A blocker that loses to a date of the same length ("30 Jahre" against nothing, "2023 года" against a year). */
    static Candidate blocker(int start, int end) {
        return new Candidate(start, end, NONE, RELATIVE, "none", null, 0, true);
    }

    /** A blocker that wins over a date of the same length: a fixed phrase known not to be one ("سی دی", CD). */
    static Candidate veto(int start, int end) {
        return new Candidate(start, end, NONE, RELATIVE, "none", null, 1, true);
    }

    /** Order among candidates of equal length: vetoes, then dates, then blockers. */
    int rank() {
        return !blocker ? 1 : confidence > 0 ? 0 : 2;
    }

    static Candidate absolute(int start, int end, String calendar, String granularity, String value,
                              double confidence) {
        return new Candidate(start, end, calendar, ABSOLUTE, granularity, value, confidence, false);
    }

    static Candidate relative(int start, int end, String calendar, String granularity, String value,
                              double confidence) {
        return new Candidate(start, end, calendar, RELATIVE, granularity, value, confidence, false);
    }

    int length() {
        return end - start;
    }
}
