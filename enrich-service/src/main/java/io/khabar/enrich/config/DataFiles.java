package io.khabar.enrich.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The data files the stages load at start: one shipped in {@code khabar/}, and a user's file of the same format. */
public final class DataFiles {

    /**
     * One file's content.
     *
     * @param name    where it came from, for error messages ({@code khabar/topics.jsonl}, or the user's path)
     * @param content the whole file, UTF-8
     */
    public record Content(String name, String content) {

        /** Its lines without surrounding white space, blank lines and {@code #} comments left out. */
        public List<String> entries() {
            return content.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private DataFiles() {
    }

    /** The shipped {@code khabar/<name>}, then {@code extra} if given. */
    public static List<Content> load(String name, Optional<Path> extra) {
        List<Content> files = new ArrayList<>(2);
        files.add(shipped(name));
        if (extra.isPresent()) {
            try {
                files.add(new Content(extra.get().toString(), Files.readString(extra.get(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + extra.get() + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The shipped {@code khabar/<name>}. */
    public static Content shipped(String name) {
        String resource = "khabar/" + name;
        try (InputStream in = DataFiles.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new Content(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
