package io.khabar.enrich.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of enrich-service ({@code khabar.enrich.*}, or {@code KHABAR_ENRICH_*} in the environment). */
@ConfigMapping(prefix = "khabar.enrich")
public interface EnrichConfig {

    /** Language detection. */
    Language language();

    interface Language {

        /** Languages the detector chooses from (Lingua names); more languages cost memory and start-up time. */
        @WithDefault("PERSIAN,ARABIC,URDU,GERMAN,ENGLISH,RUSSIAN,UKRAINIAN,FRENCH,SPANISH,ITALIAN,PORTUGUESE,"
                + "TURKISH,AZERBAIJANI,KAZAKH,CHINESE,JAPANESE,KOREAN,HINDI,HEBREW,POLISH,DUTCH,BULGARIAN,CZECH,SLOVENE")
        List<String> languages();

        /** Characters of the text the detector reads; news-length text needs no more. */
        @WithDefault("4000")
        int maxChars();

        /** Smallest margin between the best and the second language for a result to count as reliable. */
        @WithDefault("0.2")
        double minMargin();
    }
}
