package io.khabar.enrich.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one stage did for one article.
 *
 * @param name   the stage
 * @param status {@code ok}, {@code skipped} (nothing to work on) or {@code failed}
 * @param micros time the stage took
 * @param error  why it failed, when it did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageReport(String name, String status, long micros, String error) {

    public static final String OK = "ok";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";
}
