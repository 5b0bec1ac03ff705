package org.claimbench.workspace;

import java.util.List;

/**
 * What an import of a whole workspace did: reproduced into a workspace that held nothing the user
 * made (exact), or merged into this workspace's own content and setup, with what was added.
 */
public record MergeReport(boolean exact, int articlesAdded, int articlesAlreadyThere, int claimsAdded, int contradictionsAdded,
                          int sourcesAdded, int speakersAdded, List<String> ratingsAdded) {

    public MergeReport {
        ratingsAdded = ratingsAdded == null ? List.of() : List.copyOf(ratingsAdded);
    }

    public String summary() {
        return (exact ? "reproduced: " : "merged into this workspace (its own sources, speakers and rating scale kept): ") + articlesAdded
                + " articles added" + (articlesAlreadyThere > 0 ? " (" + articlesAlreadyThere + " already there, their claims mapped onto them)" : "")
                + ", " + claimsAdded + " claims, " + contradictionsAdded + " contradictions, " + sourcesAdded + " new sources"
                + (exact ? "" : ", " + speakersAdded + " new speakers")
                + (ratingsAdded.isEmpty() ? "" : ", ratings added to the scale: " + String.join(", ", ratingsAdded));
    }
}
