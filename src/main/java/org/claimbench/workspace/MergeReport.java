package org.claimbench.workspace;

/** What an import of a whole workspace did. */
public record MergeReport(boolean exact, int articlesAdded, int articlesAlreadyThere, int claimsAdded, int contradictionsAdded,
                          int sourcesAdded) {

    public String summary() {
        return (exact ? "reproduced: " : "merged: ") + articlesAdded + " articles added" + (articlesAlreadyThere > 0
                ? " (" + articlesAlreadyThere + " already there, their claims mapped onto them)" : "") + ", " + claimsAdded + " claims, "
                + contradictionsAdded + " contradictions, " + sourcesAdded + " new sources";
    }
}
