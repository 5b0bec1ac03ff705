package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.List;

/** What became of an article's claims when its text changed. */
public record RevisionReport(int atTheirPlace, int foundByQuote, int followedFuzzily, int orphaned) {

    /** One line for a status bar or a terminal, naming only what happened: "2 claims kept their place, 1 lost its words (…)". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        part(parts, atTheirPlace, "kept its place", "kept their place");
        part(parts, foundByQuote, "was found by its quote", "were found by their quote");
        part(parts, followedFuzzily, "followed an edited quote", "followed an edited quote");
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
