package io.khabar.enrich.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of enrich-service ({@code khabar.enrich.*}, or {@code KHABAR_ENRICH_*} in the environment). */
@ConfigMapping(prefix = "khabar.enrich")
public interface EnrichConfig {

    /**
     * Largest {@code articles.raw} value read, in characters; a larger record goes to {@code articles.raw.dlq}. The
     * default holds the largest article ingest-service accepts (2,000,000 characters of text plus a 4 MiB page).
     */
    @WithDefault("8000000")
    int maxRecordChars();

    /** Language detection. */
    Language language();

    /** Separating the article from page chrome. */
    Cleaning cleaning();

    /** Headline, lead and credits. */
    Attribution attribution();

    /** Key phrases. */
    Keywords keywords();

    /** Entities. */
    Entities entities();

    /** Topics. */
    Topics topics();

    interface Topics {

        /** A file of more topics (JSON Lines, the format of the shipped {@code khabar/topics.jsonl}). */
        Optional<Path> extraFile();

        /** Lowest score a topic is reported with. */
        @WithDefault("0.4")
        double minScore();
    }

    interface Entities {

        /**
         * A file of more entities (JSON Lines, the format of the shipped {@code khabar/entities.jsonl}): merged by id
         * (or by {@code iso}/{@code zone} onto countries and cities), or added.
         */
        Optional<Path> extraFile();

        /**
         * A folder of statistical name models, {@code <language>.bin} (OpenNLP name finder models, as {@code Evaluate
         * train-entities} makes them): in text of those languages they find the names the knowledge base does not
         * know. None by default.
         */
        Optional<Path> models();
    }

    interface Cleaning {

        /** Longest line, in words, that a cleaning rule may remove; longer lines are always kept. */
        @WithDefault("40")
        int maxWords();

        /** A file of extra rules, one {@code reason<TAB>regex} a line, added to the shipped ones. */
        Optional<Path> extraRules();
    }

    interface Attribution {

        /** A file of extra outlet and agency names, one a line, added to the shipped ones. */
        Optional<Path> extraOutlets();
    }

    interface Keywords {

        /** Key phrases given for each article. */
        @WithDefault("10")
        int count();

        /** Phrase keys a language's background frequencies keep at most (about 100 bytes each). */
        @WithDefault("200000")
        int backgroundMaxKeys();
    }

    interface Language {

        /** Languages the detector chooses from (Lingua names); more languages cost memory and start-up time. */
        @WithDefault("PERSIAN,ARABIC,URDU,GERMAN,ENGLISH,RUSSIAN,UKRAINIAN,FRENCH,SPANISH,ITALIAN,PORTUGUESE,"
                + "TURKISH,AZERBAIJANI,KAZAKH,CHINESE,JAPANESE,KOREAN,HINDI,HEBREW,POLISH,DUTCH,BULGARIAN,CZECH,SLOVENE")
        List<String> languages();

        /**
         * Characters of a paragraph the detector reads (its start), with its trigram models only: a news paragraph
         * is told from far fewer, and the article from all its paragraphs together.
         */
        @WithDefault("100")
        int maxChars();

        /**
         * A text of one paragraph up to this many characters is short: it is read whole, with all of Lingua's
         * models, which is slower but what tells a sentence's language apart.
         */
        @WithDefault("400")
        int shortText();

        /** Fewest letters a paragraph (or, failing any, the whole text) needs for its language to be told. */
        @WithDefault("20")
        int minLetters();

        /** Smallest margin between the best and the second language for a result to count as reliable. */
        @WithDefault("0.2")
        double minMargin();
    }
}
