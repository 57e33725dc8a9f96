package io.khabar.enrich.text;

import java.util.List;

/**
 * The normalised form of the cleaned text ({@link MatchNormaliser}), for matching and search; never a replacement for
 * the original.
 *
 * @param text     the normalised text
 * @param language the language whose rules were applied ({@code fa} adds ZWNJ repair, {@code de} umlaut folding)
 * @param rules    the ZWNJ rules that apply to this language, by name ({@link ZwnjRepair#RULES})
 * @param stage    the stage that made it
 */
public record Normalised(String text, String language, List<String> rules, String stage) {
}
