package io.khabar.enrich.attribution;

/**
 * Who reported the article, from where: metadata about the text, not part of its content, so later stages take no
 * entity and no date from inside a credit.
 *
 * @param role       {@code outlet} (the publisher or agency named as the source), {@code reporter} (a correspondent
 *                   or desk) or {@code dateline} (the place the report was filed from)
 * @param name       the name as written
 * @param start      first character of the name in the text as ingested, inclusive
 * @param end        last character, exclusive
 * @param confidence 0..1
 * @param evidence   the pattern that found it, e.g. {@code be-gozaresh} for «به گزارش …،»
 * @param stage      the stage that found it
 */
public record Credit(String role, String name, int start, int end, double confidence, String evidence,
                     String stage) {

    public static final String OUTLET = "outlet";
    public static final String REPORTER = "reporter";
    public static final String DATELINE = "dateline";
}
