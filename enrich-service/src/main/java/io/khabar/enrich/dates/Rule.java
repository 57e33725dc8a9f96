package io.khabar.enrich.dates;

import java.util.List;

/** One family of date expressions, matched with patterns compiled once; implementations are thread-safe. */
interface Rule {

    /** Adds every candidate of this family found in {@code scan} to {@code out}. */
    void collect(Scan scan, List<Candidate> out);
}
