package io.khabar.query.search;

/**
 * The feed of rows in the order they were stored, as the stream, the facet index and the near-copy assigner read it:
 * rows after a position (the storing transaction's id, then a sequence number), only of transactions older than every
 * one still running, so that a transaction committing late can never slip in behind a position a reader has passed.
 */
public final class StoredOrder {

    private StoredOrder() {
    }

    /**
     * The condition and order for the columns {@code xid} (xid8) and {@code seq} after the position given by the SQL
     * expressions {@code xidValue} (text) and {@code seqValue}, e.g. {@code ?} or a named parameter. The columns
     * must be qualified by their table's alias ({@code a.stored_xid}): an unqualified name in ORDER BY means an
     * output column first, and a select list's {@code cast(marked_xid as text)} is an output column named
     * {@code marked_xid}, so the feed was ordered as text («10» before «9») and a full page could end past a mark it
     * had not read, which the next page then skipped.
     */
    public static String after(String xid, String seq, String xidValue, String seqValue) {
        return "(" + xid + ", " + seq + ") > (cast(cast(" + xidValue + " as text) as xid8), " + seqValue + ") and "
                + xid + " < pg_snapshot_xmin(pg_current_snapshot()) order by " + xid + ", " + seq;
    }
}
