package org.claimbench.domain;

import java.util.List;

/**
 * Claims and contradictions read from annotations of articles (a W3C Web Annotation file), not yet
 * placed: each claim names the document its target named (a URL or URN: a hint only, since ids of
 * another workspace mean nothing here), where it stood (a position in Unicode code points, or -1),
 * its quote with context, and whose it is; each link names two of the claims by their keys.
 */
public record AnnotationDraft(List<ClaimAnnotation> claims, List<LinkAnnotation> links) {

    /**
     * positionStart/End are Unicode code points of the target's text, -1 when the file gave none;
     * assessment is the verdict an assessing body gave, or null.
     */
    public record ClaimAnnotation(String key, String target, int positionStart, int positionEnd, TextQuote quote, String source,
                                  String speaker, String note, Assessment assessment) {

        public ClaimAnnotation(String key, String target, int positionStart, int positionEnd, TextQuote quote, String source,
                               String speaker, String note) {
            this(key, target, positionStart, positionEnd, quote, source, speaker, note, null);
        }
    }

    /**
     * An assessing body: its value as written ("Verdict: Mostly false. why", the rating and the
     * explanation not yet told apart: a rating may hold a full stop), who assessed, when (or null).
     */
    public record Assessment(String value, String reviewer, java.time.Instant reviewed) {
    }

    public record LinkAnnotation(String keyA, String keyB, ContradictionKind kind, ContradictionStatus status, String note) {
    }
}
