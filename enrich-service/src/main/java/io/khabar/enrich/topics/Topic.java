package io.khabar.enrich.topics;

/**
 * A topic an article is about.
 *
 * @param id       IPTC Media Topics code ({@code medtop:16000000}) for the top level, {@code khabar:topic:…} for the
 *                 subtopics world news needs
 * @param label    its label in the article's language (or English)
 * @param labels   its label in every language the taxonomy has one in, so that a reader can name it in its own
 * @param parent   the broader topic, if any
 * @param score    0..1: how strongly the article's words point to it
 * @param evidence the words that triggered it, with offsets, at most five
 * @param stage    the stage that found it
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Topic(String id, String label, java.util.Map<String, String> labels, String parent, double score,
                    java.util.List<Evidence> evidence, String stage) {

    /**
     * A word or phrase of the article that points to a topic.
     *
     * @param term  the lexicon entry it matched
     * @param start first character in the text as ingested
     * @param end   last character, exclusive
     */
    public record Evidence(String term, int start, int end) {
    }
}
