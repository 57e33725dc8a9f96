package io.khabar.query.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.RoaringBitmap;

/**
 * The values one facet of {@link FacetIndex} has seen, each with a small id and the bitmap of the rows that have it.
 * Not thread-safe on its own: {@link FacetIndex} guards it.
 */
final class FacetValues {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<RoaringBitmap> rows = new ArrayList<>();

    int size() {
        return values.size();
    }

    /** The value's id, or -1 if it was never seen. */
    int id(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    /** Records that {@code row} has {@code value}; returns the value's id. */
    int add(String value, int row) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
            rows.add(new RoaringBitmap());
        }
        rows.get(id).add(row);
        return id;
    }

    void remove(int id, int row) {
        rows.get(id).remove(row);
    }

    /** The rows with any of {@code vs}, as a new bitmap. */
    RoaringBitmap any(Collection<String> vs) {
        RoaringBitmap out = new RoaringBitmap();
        for (String v : vs) {
            Integer id = ids.get(v);
            if (id != null) {
                out.or(rows.get(id));
            }
        }
        return out;
    }

    /**
     * The {@code size} values with the highest counts (indexed by value id), most frequent first and, among equals,
     * in code point order (PostgreSQL's "C" collation, which the same counts in SQL are ordered by).
     */
    List<FacetIndex.Value> top(long[] counts, int size) {
        List<FacetIndex.Value> out = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                out.add(new FacetIndex.Value(values.get(id), counts[id]));
            }
        }
        out.sort((a, b) -> a.articles() != b.articles() ? Long.compare(b.articles(), a.articles())
                : compareCodePoints(a.value(), b.value()));
        return out.size() > size ? new ArrayList<>(out.subList(0, size)) : out;
    }

    /** Code point order; {@link String#compareTo} compares UTF-16 units, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
