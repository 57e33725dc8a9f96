package io.khabar.query.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Position in a list, as an opaque URL-safe string: the last item's sort time (newest-first order) or relevance
 * (most-relevant-first order), and its id.
 *
 * @param order    {@link #TIME} or {@link #RELEVANCE}: a cursor is only valid for the order it was made in
 * @param sortTime sort time of the last item returned
 * @param rank     relevance of the last item returned
 * @param id       id of the last item returned
 */
public record PageCursor(char order, Instant sortTime, float rank, String id) {

    public static final char TIME = 't';
    public static final char RELEVANCE = 'r';

    public String encode() {
        String raw = order + "|" + sortTime.getEpochSecond() + "." + sortTime.getNano() + "|"
                + Integer.toHexString(Float.floatToIntBits(rank)) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code s} is not a cursor this service made for {@code order} */
    public static PageCursor decode(String s, char order) {
        PageCursor c;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split("\\|", 4);
            String[] time = parts[1].split("\\.");
            c = new PageCursor(parts[0].charAt(0), Instant.ofEpochSecond(Long.parseLong(time[0]),
                    Long.parseLong(time[1])), Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16)), parts[3]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'cursor' is not a cursor returned by this API", e);
        }
        if (!ArticleFilter.inRange(c.sortTime()) || c.id().indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("'cursor' is not a cursor returned by this API");
        }
        if (c.order() != order || c.id().isEmpty()) {
            throw new IllegalArgumentException("'cursor' was made for another sort order");
        }
        return c;
    }
}
