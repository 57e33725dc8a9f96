package io.khabar.ingest.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that one line with bad bytes is one bad item rather than
 * a broken stream, and a line longer than the limit is skipped rather than held in memory. Written by hand because
 * {@link java.io.BufferedReader} decodes the whole stream with one charset decoder and has no line-length bound.
 */
final class LineReader {

    /** One line: its bytes without the terminator, or {@code tooLong} with no bytes. */
    record Line(byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[256 * 1024];
    private int pos;
    private int limit;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        for (int i = pos; i < limit; i++) { // the common case: the whole line is in the buffer, copied once
            if (buffer[i] == '\n') {
                int start = pos;
                pos = i + 1;
                return i - start > maxLineBytes ? new Line(new byte[0], true)
                        : new Line(Arrays.copyOfRange(buffer, start, i), false);
            }
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(line, length) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (length <= maxLineBytes) {
                line.write(buffer, start, n);
            }
            if (pos < limit) {
                pos++; // the '\n'
                return finish(line, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        return length > maxLineBytes ? new Line(new byte[0], true) : new Line(line.toByteArray(), false);
    }
}
