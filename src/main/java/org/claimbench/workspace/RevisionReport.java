package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * What became of an article's claims when its text changed: kept their place, found again by their
 * quote where its context fits, changed since marked (they followed edited words: listed for the
 * user to take the new words or make them orphans), back on their marked words (they were flagged
 * changed since marked and the new text has the words they were marked on again: the flag goes), or
 * orphaned (their words are gone). Each claim is counted once.
 */
public record RevisionReport(int atTheirPlace, int foundByQuote, int changed, int orphaned, int backOnMarkedWords) {

    /** A report with no claim back on its marked words. */
    public RevisionReport(int atTheirPlace, int foundByQuote, int changed, int orphaned) {
        this(atTheirPlace, foundByQuote, changed, orphaned, 0);
    }

    /** One line for a status bar or a terminal, naming only what happened: "2 claims kept their place, 1 lost its words (…)". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        part(parts, atTheirPlace, "kept its place", "kept their place");
        part(parts, foundByQuote, "was found by its quote", "were found by their quote");
        part(parts, changed, "changed since it was marked (Claims tab: accept its new wording or orphan it)",
                "changed since they were marked (Claims tab: accept their new wording or orphan them)");
        part(parts, backOnMarkedWords, "is back on the words it was marked on (no longer flagged changed)",
                "are back on the words they were marked on (no longer flagged changed)");
        part(parts, orphaned, "lost its words (an orphan: re-place or delete it in the Claims tab)",
                "lost their words (orphans: re-place or delete them in the Claims tab)");
        return parts.isEmpty() ? "the article has no claims to move" : String.join(", ", parts);
    }

    private static void part(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            String what = parts.isEmpty() ? (n == 1 ? "1 claim " : n + " claims ") : n + " ";
            parts.add(what + (n == 1 ? one : many));
        }
    }
}
