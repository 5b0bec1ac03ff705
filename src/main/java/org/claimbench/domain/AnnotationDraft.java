package org.claimbench.domain;

import java.util.List;

/**
 * Claims and contradictions read from annotations of articles already in a workspace (a W3C Web
 * Annotation file): each claim says which article it targets, where (a position hint, in UTF-16
 * units, and its quote with context), whose it is; each link names two of the claims.
 */
public record AnnotationDraft(List<ClaimAnnotation> claims, List<LinkAnnotation> links) {

    /** positionStart/End are -1 when the file gave none. */
    public record ClaimAnnotation(String key, long articleId, int positionStart, int positionEnd, TextQuote quote, String source,
                                  String speaker, String note) {
    }

    public record LinkAnnotation(String keyA, String keyB, ContradictionKind kind, ContradictionStatus status, String note) {
    }
}
