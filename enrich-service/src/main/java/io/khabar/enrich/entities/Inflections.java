package io.khabar.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The inflected forms under which names and adjectives appear in running text. Lucene's stemmers would cut names
 * down in ways that no longer match the knowledge base (and there is none for Persian names), so the few endings that
 * matter for names are listed here per language.
 */
final class Inflections {

    private static final String[] RUSSIAN_ADJECTIVE = {"ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую",
            "их", "ими", "ым", "ых", "ыми", "ый"};
    private static final String[] RUSSIAN_NOUN = {"ами", "ями", "ого", "ому", "ом", "ой", "ей", "ах", "ях", "ам", "ям",
            "ую", "ою", "а", "у", "е", "ы", "и", "я", "ю"};
    private static final String[] GERMAN_ADJECTIVE = {"", "e", "en", "er", "es", "em"};

    private Inflections() {
    }

    /** An adjective's base form and its inflected forms in {@code language}. */
    static List<String> of(String base, String language) {
        List<String> forms = new ArrayList<>(List.of(base));
        switch (language) {
            case "de" -> {
                for (String e : GERMAN_ADJECTIVE) {
                    forms.add(base + e);
                }
            }
            case "ru", "uk", "bg" -> {
                if (base.endsWith("ий") || base.endsWith("ый")) {
                    String stem = base.substring(0, base.length() - 2);
                    for (String e : RUSSIAN_ADJECTIVE) {
                        forms.add(stem + e);
                    }
                }
            }
            case "ar" -> {
                for (String f : List.of(base, base + "ة", base + "ون", base + "ين", base + "ات")) {
                    forms.add(f);
                    forms.add("ال" + f);
                }
            }
            case "en" -> forms.add(base + "s");
            case "fa" -> {
                forms.add(base + "ها");
                forms.add(base + "\u200cها"); // written with a zero-width non-joiner, as it should be: «ایرانی‌ها»
                if (base.endsWith("ی")) {
                    forms.add(base + "ان"); // the people: «ایرانیان», «روسیان»
                }
            }
            default -> {
            }
        }
        return forms;
    }

    /**
     * Base forms a word in running text may be inflected from, most likely first: the genitive -s of German and
     * English (Irans, Lukaschenkos), Russian case endings (Ирана, Тегеране, Беларуси, Россией), Arabic one-letter
     * prefixes (وطهران, لإيران).
     */
    static List<String> basesOf(String word) {
        List<String> bases = new ArrayList<>(4);
        char first = word.isEmpty() ? 0 : word.charAt(0);
        if (first >= '\u0400' && first <= '\u04FF') {
            for (String e : RUSSIAN_NOUN) {
                if (word.length() > e.length() + 2 && word.endsWith(e)) {
                    String stem = word.substring(0, word.length() - e.length());
                    bases.add(stem);
                    bases.add(stem + "ь");
                    bases.add(stem + "я");
                    bases.add(stem + "а");
                }
            }
        } else if (first >= '\u0600' && first <= '\u06FF') {
            if (word.length() > 3 && "وبلف".indexOf(first) >= 0) {
                bases.add(word.substring(1));
            }
        } else if (word.length() > 3 && (word.endsWith("s") || word.endsWith("'s") || word.endsWith("’s"))) {
            bases.add(word.substring(0, word.length() - (word.endsWith("s") && !word.endsWith("'s")
                    && !word.endsWith("’s") ? 1 : 2)));
        }
        return bases;
    }
}
