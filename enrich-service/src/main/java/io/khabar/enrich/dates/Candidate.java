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

    static Candidate blocker(int start, int end) {
        return new Candidate(start, end, NONE, RELATIVE, "none", null, 0, true);
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
