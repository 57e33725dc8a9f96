package io.khabar.query.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.carrotsearch.hppc.LongIntHashMap;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Every stored article's facet values in memory, one column per facet, with a compressed bitmap of the articles that
 * have each value (the columnar "doc values" and posting bitmaps that search engines count facets with). It answers
 * {@code GET /api/v1/facets} for a filter matching tens of thousands of articles in a millisecond or two, where
 * PostgreSQL, joining the tag tables for every request, took hundreds. It is a copy: PostgreSQL stays the record, and
 * {@link FacetIndexSync} keeps this up to date from it. Safe for concurrent readers and one writer.
 */
public final class FacetIndex {

    /** The facets counted per value. */
    public enum Facet { LANGUAGE, SOURCE, TOPIC, COUNTRY, ENTITY }

    /**
     * One article's values; {@code source} may be null. A {@code duplicate} (a near-copy of an earlier article) is
     * held but not counted: a report is counted once.
     */
    public record Row(String id, long timeMicros, String language, String source, List<String> topics,
                      List<String> countries, List<String> entities, boolean duplicate, long storedSeq) {

        /** A row without a stored sequence number ({@link #NO_SEQ}): found by its id only. */
        public Row(String id, long timeMicros, String language, String source, List<String> topics,
                   List<String> countries, List<String> entities, boolean duplicate) {
            this(id, timeMicros, language, source, topics, countries, entities, duplicate, NO_SEQ);
        }

        public Row(String id, long timeMicros, String language, String source, List<String> topics,
                   List<String> countries, List<String> entities) {
            this(id, timeMicros, language, source, topics, countries, entities, false);
        }
    }

    /** The {@link Row#storedSeq()} of a row that has none. */
    public static final long NO_SEQ = -1;

    /**
     * A filter in the index's terms: any of {@code languages} and of {@code sources} (compared case-insensitively),
     * for each element of {@code entities} any of its ids, every one of {@code countries} and {@code topics}, the
     * time span, and, when present, only the articles with these ids, or these stored sequence numbers (those
     * PostgreSQL found for words; a number the index does not hold is left out).
     */
    public record Filter(List<String> languages, List<String> sources, List<List<String>> entities,
                         List<String> countries, List<String> topics, OptionalLong fromMicros, OptionalLong toMicros,
                         Optional<Collection<String>> ids, Optional<long[]> storedSeqs) {

        /** Only the articles with these ids, if present. */
        public Filter(List<String> languages, List<String> sources, List<List<String>> entities,
                      List<String> countries, List<String> topics, OptionalLong fromMicros, OptionalLong toMicros,
                      Optional<Collection<String>> ids) {
            this(languages, sources, entities, countries, topics, fromMicros, toMicros, ids, Optional.empty());
        }
    }

    /** A value and how many matching articles have it. */
    public record Value(String value, long articles) {
    }

    /** The counts for one filter: the {@code size} most frequent values per facet, and articles per UTC day. */
    public record Counted(long total, Map<Facet, List<Value>> top, TreeMap<Long, Long> days) {
    }

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final Facet[] FACETS = Facet.values();
    /** Bits of a cell that hold the value's id; the facet's ordinal is above them. */
    private static final int VALUE_BITS = 28;
    private static final int VALUE_MASK = (1 << VALUE_BITS) - 1;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> rowOf = new HashMap<>();
    /**
     * Rows by the articles' stored sequence numbers ({@code article.stored_seq}): a word search's matches come back as
     * these numbers, found here in a primitive map; by their string ids, the look-ups had been a quarter of the
     * counting's time. An article stored again keeps its earlier numbers here too, so that a word search whose
     * snapshot predates the new version still finds the article (with the tags the index holds, as by its id); a
     * number is never reused. When the earlier numbers outnumber the rows, the map is made again from the current ones.
     */
    private LongIntHashMap rowOfSeq = new LongIntHashMap();
    /** Each row's current stored sequence number, or {@link #NO_SEQ}. */
    private long[] seqOf = new long[1024];
    private final EnumMap<Facet, FacetValues> values = new EnumMap<>(Facet.class);
    /** Sources as the filter compares them (lower case), apart from the values counted. */
    private final FacetValues sourceKeys = new FacetValues();
    private final RoaringBitmap all = new RoaringBitmap();
    private final RoaringBitmap duplicates = new RoaringBitmap();
    private long[] time = new long[1024];
    /**
     * Per row, the ids of the row's values in every facet's {@link FacetValues}, each with its facet's ordinal in the
     * top bits ({@link #cell}): one array a row, read in one go when counting (an array per facet and row had made
     * the counting loop five pointer chases a row).
     */
    private int[][] cells = new int[1024][];
    private int[] sourceKey = new int[1024];
    private int rows;

    public FacetIndex() {
        for (Facet f : Facet.values()) {
            values.put(f, new FacetValues());
        }
    }

    /** Adds an article, or replaces what the index had for it. */
    public void put(Row r) {
        lock.writeLock().lock();
        try {
            // a cell holds a value id in VALUE_BITS bits: refused before anything of the row is changed
            int most = 2 + r.topics().size() + r.countries().size() + r.entities().size();
            for (Facet facet : FACETS) {
                if (values.get(facet).size() + most > VALUE_MASK + 1) {
                    throw new IllegalStateException("the facet index holds too many values of " + facet);
                }
            }
            Integer existing = rowOf.get(r.id());
            int row = existing == null ? newRow(r.id()) : existing;
            if (existing != null) {
                forEachValue(row, (facet, id) -> values.get(facet).remove(id, row));
                sourceKeys.remove(sourceKey[row], row);
            }
            seqOf[row] = r.storedSeq();
            if (r.storedSeq() != NO_SEQ) {
                rowOfSeq.put(r.storedSeq(), row);
                if (rowOfSeq.size() > 2 * rows + 1024) {
                    forgetEarlierSeqs();
                }
            }
            time[row] = r.timeMicros();
            int[] cellsOfRow = new int[most];
            int n = 0;
            n = set(row, Facet.LANGUAGE, List.of(r.language() == null ? "" : r.language()), cellsOfRow, n);
            n = set(row, Facet.SOURCE, List.of(r.source() == null ? "" : r.source()), cellsOfRow, n);
            n = set(row, Facet.TOPIC, r.topics(), cellsOfRow, n);
            n = set(row, Facet.COUNTRY, r.countries(), cellsOfRow, n);
            n = set(row, Facet.ENTITY, r.entities(), cellsOfRow, n);
            cells[row] = n == cellsOfRow.length ? cellsOfRow : Arrays.copyOf(cellsOfRow, n);
            sourceKey[row] = sourceKeys.add(r.source() == null ? "" : r.source().toLowerCase(Locale.ROOT), row);
            if (r.duplicate()) {
                duplicates.add(row);
            } else {
                duplicates.remove(row);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Marks an article the index holds as a near-copy or not; an article it does not hold yet is left alone. */
    public void markDuplicate(String id, boolean duplicate) {
        lock.writeLock().lock();
        try {
            Integer row = rowOf.get(id);
            if (row != null) {
                if (duplicate) {
                    duplicates.add(row.intValue());
                } else {
                    duplicates.remove(row.intValue());
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many articles the index holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return rows;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether {@code value} is a value of {@code facet} that some article has, or had. */
    public boolean knows(Facet facet, String value) {
        lock.readLock().lock();
        try {
            return values.get(facet).id(value) >= 0;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether every one of these stored sequence numbers is of an article the index holds. */
    public boolean holdsAll(long[] storedSeqs) {
        lock.readLock().lock();
        try {
            for (long seq : storedSeqs) {
                if (!rowOfSeq.containsKey(seq)) {
                    return false;
                }
            }
            return true;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many articles have {@code value} in {@code facet}. */
    public int articlesWith(Facet facet, String value) {
        lock.readLock().lock();
        try {
            return (int) RoaringBitmap.andNotCardinality(values.get(facet).any(List.of(value)), duplicates);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Counts the articles matching {@code f}: total, the {@code size} most frequent values per facet, days. */
    public Counted count(Filter f, int size) {
        lock.readLock().lock();
        try {
            RoaringBitmap matching = candidates(f);
            matching.andNot(duplicates);
            long from = f.fromMicros().orElse(Long.MIN_VALUE);
            long to = f.toMicros().orElse(Long.MAX_VALUE);
            long[][] counts = new long[FACETS.length][];
            for (Facet facet : FACETS) {
                counts[facet.ordinal()] = new long[values.get(facet).size()];
            }
            TreeMap<Long, Long> days = new TreeMap<>();
            long total = 0;
            IntIterator it = matching.getIntIterator();
            while (it.hasNext()) {
                int row = it.next();
                long t = time[row];
                if (t < from || t >= to) {
                    continue;
                }
                total++;
                days.merge(Math.floorDiv(t, MICROS_PER_DAY), 1L, Long::sum);
                for (int cell : cells[row]) {
                    counts[cell >>> VALUE_BITS][cell & VALUE_MASK]++;
                }
            }
            EnumMap<Facet, List<Value>> top = new EnumMap<>(Facet.class);
            for (Facet facet : FACETS) {
                top.put(facet, values.get(facet).top(counts[facet.ordinal()], size));
            }
            return new Counted(total, top, days);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The rows that pass every condition but time; a new bitmap the caller may keep. */
    private RoaringBitmap candidates(Filter f) {
        List<RoaringBitmap> required = new ArrayList<>();
        if (!f.languages().isEmpty()) {
            required.add(values.get(Facet.LANGUAGE).any(f.languages()));
        }
        if (!f.sources().isEmpty()) {
            required.add(sourceKeys.any(f.sources().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()));
        }
        f.entities().forEach(ids -> required.add(values.get(Facet.ENTITY).any(ids)));
        f.countries().forEach(c -> required.add(values.get(Facet.COUNTRY).any(List.of(c))));
        f.topics().forEach(t -> required.add(values.get(Facet.TOPIC).any(List.of(t))));
        f.ids().ifPresent(ids -> {
            RoaringBitmap b = new RoaringBitmap();
            ids.forEach(id -> {
                Integer row = rowOf.get(id);
                if (row != null) {
                    b.add(row.intValue());
                }
            });
            required.add(b);
        });
        f.storedSeqs().ifPresent(seqs -> {
            RoaringBitmap b = new RoaringBitmap();
            for (long seq : seqs) {
                int row = rowOfSeq.getOrDefault(seq, -1);
                if (row >= 0) {
                    b.add(row);
                }
            }
            required.add(b);
        });
        if (required.isEmpty()) {
            return all.clone();
        }
        required.sort((a, b) -> Integer.compare(a.getCardinality(), b.getCardinality()));
        RoaringBitmap out = required.get(0).clone();
        for (int i = 1; i < required.size() && !out.isEmpty(); i++) {
            out.and(required.get(i));
        }
        return out;
    }

    private interface ValueVisitor {
        void visit(Facet facet, int valueId);
    }

    private void forEachValue(int row, ValueVisitor v) {
        for (int cell : cells[row]) {
            v.visit(FACETS[cell >>> VALUE_BITS], cell & VALUE_MASK);
        }
    }

    /** Adds the row's distinct values of {@code facet} to their dictionary and to {@code out} from {@code n} on. */
    private int set(int row, Facet facet, List<String> vs, int[] out, int n) {
        FacetValues dict = values.get(facet);
        for (String v : vs.stream().distinct().toList()) {
            out[n++] = cell(facet, dict.add(v, row));
        }
        return n;
    }

    /** The map of stored numbers made again from the rows' current numbers alone. */
    private void forgetEarlierSeqs() {
        LongIntHashMap current = new LongIntHashMap(rows);
        for (int row = 0; row < rows; row++) {
            if (seqOf[row] != NO_SEQ) {
                current.put(seqOf[row], row);
            }
        }
        rowOfSeq = current;
    }

    /** How many stored numbers the index maps, earlier ones included (for tests). */
    int seqsHeld() {
        lock.readLock().lock();
        try {
            return rowOfSeq.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static int cell(Facet facet, int valueId) {
        return facet.ordinal() << VALUE_BITS | valueId;
    }

    private int newRow(String id) {
        if (rows == time.length) {
            int n = rows * 2;
            time = Arrays.copyOf(time, n);
            sourceKey = Arrays.copyOf(sourceKey, n);
            seqOf = Arrays.copyOf(seqOf, n);
            cells = Arrays.copyOf(cells, n);
        }
        rowOf.put(id, rows);
        seqOf[rows] = NO_SEQ;
        all.add(rows);
        return rows++;
    }
}
