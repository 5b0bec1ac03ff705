package org.claimbench.domain;

import java.time.Instant;
import java.util.List;

/** A fact-checker's verdict on a claim: a rating from the workspace's scale, a short explanation, the reviewer. */
public record Verdict(long claimId, String rating, String explanation, String reviewer, Instant reviewed) {

    /** The rating scale a new workspace starts with, best first. */
    public static final List<String> DEFAULT_SCALE = List.of("True", "Mostly true", "Misleading", "Mostly false", "False", "Unverifiable");

    public Verdict {
        if (rating == null || rating.isBlank()) {
            throw new IllegalArgumentException("A verdict needs a rating");
        }
        rating = rating.strip();
        explanation = explanation == null ? "" : explanation.strip();
        reviewer = reviewer == null ? "" : reviewer.strip();
    }
}
