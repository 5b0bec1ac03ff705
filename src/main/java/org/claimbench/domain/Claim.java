package org.claimbench.domain;

import java.time.Instant;

/** A highlighted span of an article, attributed to a source. */
public record Claim(long id, long articleId, TextSpan span, TextQuote quote, long sourceId,
                    String speaker, Long topicId, String note, Instant created, Instant updated) {

    public Claim {
        speaker = speaker == null ? "" : speaker.strip();
        note = note == null ? "" : note;
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

    public Claim withId(long newId) {
        return new Claim(newId, articleId, span, quote, sourceId, speaker, topicId, note, created, updated);
    }

    public Claim withSource(long newSourceId, Instant now) {
        return new Claim(id, articleId, span, quote, newSourceId, speaker, topicId, note, created, now);
    }

    public Claim withDetails(long newSourceId, String newSpeaker, Long newTopicId, String newNote, Instant now) {
        return new Claim(id, articleId, span, quote, newSourceId, newSpeaker, newTopicId, newNote, created, now);
    }
}
