package org.claimbench.domain;

import java.time.Instant;

/**
 * A highlighted span of an article, attributed to a source.
 *
 * <p>{@code span} is in UTF-16 units of the article's current text and shows {@code quote.exact()}
 * there, unless the claim is an {@link Anchor#ORPHAN orphan} (its words are gone; the span is only
 * where it last stood). {@code markedQuote} is the wording as first marked, kept while the claim is
 * {@link Anchor#CHANGED changed since marked}; empty otherwise.
 */
public record Claim(long id, long articleId, TextSpan span, TextQuote quote, long sourceId,
                    String speaker, Long topicId, String note, Instant created, Instant updated,
                    Anchor anchor, String markedQuote) {

    public Claim {
        speaker = speaker == null ? "" : speaker.strip();
        note = note == null ? "" : note;
        anchor = anchor == null ? Anchor.ANCHORED : anchor;
        markedQuote = anchor == Anchor.CHANGED && markedQuote != null ? markedQuote : "";
    }

    /** A claim that stands on its words. */
    public Claim(long id, long articleId, TextSpan span, TextQuote quote, long sourceId,
                 String speaker, Long topicId, String note, Instant created, Instant updated) {
        this(id, articleId, span, quote, sourceId, speaker, topicId, note, created, updated, Anchor.ANCHORED, "");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public String exact() {
        return quote.exact();
    }

    public boolean isOrphan() {
        return anchor == Anchor.ORPHAN;
    }

    /** Whether a revision changed its words since it was marked (see {@link Anchor#CHANGED}). */
    public boolean isChanged() {
        return anchor == Anchor.CHANGED;
    }

    /** Whether its span shows its quote in the article's current text (every claim but an orphan). */
    public boolean hasPlace() {
        return anchor != Anchor.ORPHAN;
    }

    public Claim withId(long newId) {
        return new Claim(newId, articleId, span, quote, sourceId, speaker, topicId, note, created, updated, anchor, markedQuote);
    }

    public Claim withSource(long newSourceId, Instant now) {
        return new Claim(id, articleId, span, quote, newSourceId, speaker, topicId, note, created, now, anchor, markedQuote);
    }

    public Claim withDetails(long newSourceId, String newSpeaker, Long newTopicId, String newNote, Instant now) {
        return new Claim(id, articleId, span, quote, newSourceId, newSpeaker, newTopicId, newNote, created, now, anchor, markedQuote);
    }

    /** The claim standing on a span of the current text, with its quote there, in the given state. */
    public Claim placedAt(TextSpan newSpan, TextQuote newQuote, Anchor newAnchor, String newMarkedQuote, Instant now) {
        return new Claim(id, articleId, newSpan, newQuote, sourceId, speaker, topicId, note, created, now, newAnchor, newMarkedQuote);
    }

    /** The claim without a place: its words are gone (it keeps its last span only as a hint of where it stood). */
    public Claim orphaned(Instant now) {
        return new Claim(id, articleId, span, quote, sourceId, speaker, topicId, note, created, now, Anchor.ORPHAN, "");
    }
}
