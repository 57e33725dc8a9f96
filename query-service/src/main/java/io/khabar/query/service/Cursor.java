package io.khabar.query.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Position in the "newest first" order: the last item's sort time and id, as an opaque URL-safe string.
 *
 * @param sortTime sort time of the last item returned
 * @param id       id of the last item returned
 */
public record Cursor(Instant sortTime, String id) {

    public String encode() {
        String raw = sortTime.getEpochSecond() + "." + sortTime.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code s} is not a cursor this service made */
    public static Cursor decode(String s) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            int dot = raw.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == raw.length() - 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            Instant t = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, bar)));
            return new Cursor(t, raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'cursor' is not a cursor returned by this API", e);
        }
    }
}
