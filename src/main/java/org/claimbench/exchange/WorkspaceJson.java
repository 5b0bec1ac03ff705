package org.claimbench.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON document a whole workspace is exported as: documented, versioned, lossless. Every
 * record mirrors one table; ids are the workspace's own so references stay exact.
 */
public record WorkspaceJson(String format, int version, Instant exported, List<SourceJson> sources,
                            List<TopicJson> topics, List<ArticleJson> articles, List<ClaimJson> claims,
                            List<ContradictionJson> contradictions, List<String> ratingScale, List<VerdictJson> verdicts,
                            List<SpeakerJson> speakers, List<DismissedSpanJson> dismissedClaimSuggestions, List<PairJson> dismissedPairs) {

    public static final String FORMAT = "claimbench-workspace";
    public static final int VERSION = 1;

    public record SourceJson(long id, String name, String colour, String description, int sortOrder) {
    }

    public record TopicJson(long id, String label) {
    }

    public record ArticleJson(long id, String title, String outlet, String author, String url, LocalDate published,
                              String language, String notes, String event, Instant importedAt, String textSha256, String text) {
    }

    public record ClaimJson(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
                            long sourceId, String speaker, Long topicId, String note, Instant created, Instant updated) {
    }

    public record SpeakerJson(long id, String name, long sourceId, boolean person, List<String> aliases) {
    }

    public record DismissedSpanJson(long articleId, int start, int end) {
    }

    public record PairJson(long claimA, long claimB) {
    }

    public record VerdictJson(long claimId, String rating, String explanation, String reviewer, Instant reviewed) {
    }

    public record ContradictionJson(long id, long claimA, long claimB, String kind, String status, String note,
                                    String origin, Double score, Instant created) {
    }
}
