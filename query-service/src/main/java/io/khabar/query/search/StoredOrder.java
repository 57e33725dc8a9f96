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
     * expressions {@code xidValue} (text) and {@code seqValue}, e.g. {@code ?} or a named parameter.
     */
    public static String after(String xid, String seq, String xidValue, String seqValue) {
        return "(" + xid + ", " + seq + ") > (cast(cast(" + xidValue + " as text) as xid8), " + seqValue + ") and "
                + xid + " < pg_snapshot_xmin(pg_current_snapshot()) order by " + xid + ", " + seq;
    }
}
