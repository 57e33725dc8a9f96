package io.khabar.enrich.language;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;

/** ISO 639-1 codes of Lingua's language names. */
public final class LanguageCodes {

    private LanguageCodes() {
    }

    /** The ISO 639-1 code of a Lingua language name such as {@code PERSIAN}. */
    public static String of(String linguaName) {
        return Language.valueOf(linguaName.trim().toUpperCase(Locale.ROOT)).getIsoCode639_1().toString()
                .toLowerCase(Locale.ROOT);
    }
}
