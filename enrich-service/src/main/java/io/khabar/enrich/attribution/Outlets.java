package io.khabar.enrich.attribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.khabar.enrich.config.DataFiles;
import io.khabar.enrich.text.MatchNormaliser;

/** Names of news agencies and outlets ({@code khabar/outlets.txt} and an optional user file), longest first. */
public final class Outlets {

    private final List<String> names;

    private Outlets(List<String> names) {
        this.names = names;
    }

    public static Outlets load(Optional<Path> extra) {
        List<String> names = new ArrayList<>();
        for (DataFiles.Content file : DataFiles.load("outlets.txt", extra)) {
            file.entries().stream().map(Outlets::key).forEach(names::add);
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return new Outlets(List.copyOf(names));
    }

    /** Length-preserving, so that offsets found in a key point into the text: each char lower-cased alone. */
    private static String key(String name) {
        char[] c = MatchNormaliser.sameLength(name).toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Whether {@code phrase} is an outlet's name (case and Arabic-letter variants aside). */
    public boolean isOutlet(String phrase) {
        return names.contains(key(phrase.strip()));
    }

    /**
     * The {@code [start, end)} of the last outlet name inside {@code phrase} as a whole word, or null. Last, because
     * in «خبرنگار دفاعی ایرنا» the outlet closes the phrase.
     */
    public int[] lastIn(String phrase) {
        String p = key(phrase);
        int[] best = null;
        for (String n : names) {
            int i = p.lastIndexOf(n);
            while (i >= 0) {
                int e = i + n.length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(p.charAt(i - 1)))
                        && (e == p.length() || !Character.isLetterOrDigit(p.charAt(e)));
                if (word) {
                    if (best == null || i > best[0]) {
                        best = new int[] {i, e};
                    }
                    break;
                }
                i = p.lastIndexOf(n, i - 1);
            }
        }
        return best;
    }
}
