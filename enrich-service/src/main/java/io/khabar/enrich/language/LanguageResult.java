package io.khabar.enrich.language;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The detected language of a text.
 *
 * @param code             ISO 639-1 code ({@code fa}, {@code de}), or {@code und} when it cannot be told
 * @param confidence       the detector's confidence in {@code code}, 0..1
 * @param reliable         whether the detector told the language apart from the runner-up with a clear margin
 * @param runnerUp         the second most likely language, if any
 * @param runnerUpConfidence its confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageResult(String code, double confidence, boolean reliable, String runnerUp,
                             Double runnerUpConfidence) {

    /** Code for "cannot be told". */
    public static final String UNDETERMINED = "und";

    public static LanguageResult undetermined() {
        return new LanguageResult(UNDETERMINED, 0.0, false, null, null);
    }
}
