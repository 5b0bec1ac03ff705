package org.claimbench.workspace;

/** What became of an article's claims when its text changed. */
public record RevisionReport(int atTheirPlace, int foundByQuote, int followedFuzzily, int orphaned) {

    public String summary() {
        return atTheirPlace + " claims kept their place, " + foundByQuote + " were found by their quote, " + followedFuzzily
                + " followed an edited quote, " + orphaned + " lost their words (orphans: re-place or delete them)";
    }
}
