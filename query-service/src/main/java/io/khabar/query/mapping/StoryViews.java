package io.khabar.query.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the stories API returns. */
public final class StoryViews {

    private StoryViews() {
    }

    /**
     * A story: its label (main entities, named in the language asked for where the names allow, and its key phrase),
     * languages, first and last publication time of its members, and its size: {@code articleCount} counts each
     * report once (near-copies not), {@code memberCount} every member.
     */
    public record StorySummary(String id, String label, List<String> languages, Instant firstSeen, Instant lastSeen,
                               int articleCount, int memberCount) {
    }

    /** A page of stories, most recently active first; pass {@code nextCursor} as {@code cursor} for the next. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoryPage(List<StorySummary> items, String nextCursor) {
    }

    /** A member article and why it is one: the article it was linked to and their similarity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoryMember(String id, String title, String source, Instant publishedAt, boolean duplicate,
                              String linkedTo, Double similarity) {
    }

    /** An entity of the story and how many of its members mention it. */
    public record StoryEntity(String id, String type, String name, int articles) {
    }

    /** One story with its members grouped by language (each group oldest first) and its main entities. */
    public record StoryDetail(StorySummary story, List<StoryEntity> entities, List<String> countries,
                              Map<String, List<StoryMember>> members) {
    }

    /** The story an article belongs to, and the evidence it joined by. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoryRef(String id, String linkedTo, Double similarity) {
    }
}
