package org.claimbench.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON document a whole workspace is exported as: documented, versioned, lossless. Every
 * record mirrors one table; ids are the workspace's own so references stay exact.
 *
 * <p>Version 2 adds how each claim stands on its text ({@code anchor}: anchored, changed or orphan;
 * an orphan has no {@code start}/{@code end}; a changed claim keeps its {@code markedQuote}), each
 * article's earlier {@code versions} and where its text came from ({@code textOrigin}). Offsets
 * are UTF-16 units of the text, as in the app. Version 1 files are read as before.
 */
public record WorkspaceJson(String format, int version, Instant exported, List<SourceJson> sources,
                            List<TopicJson> topics, List<ArticleJson> articles, List<ClaimJson> claims,
                            List<ContradictionJson> contradictions, List<String> ratingScale, List<VerdictJson> verdicts,
                            List<SpeakerJson> speakers, List<DismissedSpanJson> dismissedClaimSuggestions, List<PairJson> dismissedPairs) {

    public static final String FORMAT = "claimbench-workspace";
    public static final int VERSION = 2;

    /** outlet: whether the source is the outlet's own; absent in files written before it was kept (then "Press" is). */
    public record SourceJson(long id, String name, String colour, String description, int sortOrder, Boolean outlet) {
    }

    /** colour: "#RRGGBB", or empty/absent (files written before topics had colours). */
    public record TopicJson(long id, String label, String colour) {
    }

    public record ArticleJson(long id, String title, String outlet, String author, String url, LocalDate published,
                              String language, String notes, String event, Instant importedAt, String textSha256, String text,
                              String textOrigin, List<VersionJson> versions) {
    }

    /** An earlier text of an article: version 1 is the first; replaced is when the next took its place. */
    public record VersionJson(int version, String origin, Instant replaced, String text) {
    }

    /** start and end are null for an orphan (its words are gone); markedQuote is set only for a claim changed since marked. */
    public record ClaimJson(long id, long articleId, Integer start, Integer end, String quote, String prefix, String suffix,
                            long sourceId, String speaker, Long topicId, String note, Instant created, Instant updated,
                            String anchor, String markedQuote) {
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
