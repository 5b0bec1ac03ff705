package org.claimbench.ui.claims;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.claimbench.ui.common.TextSearch;

/**
 * What the claims' search box asks for: words or phrases, each starting a word ({@link TextSearch#containsAtWordStart}),
 * any one of which will do where they are joined by {@code OR} (in capitals, as mail clients and search engines write it;
 * a lower-case "or" is a word like any other) or by {@code |}. A claim is found by its quote or note, else by its speaker's
 * name, else by its source's: "Peskov" finds what he said, "Europe" the claims of the source Europe. A student grouping
 * claims into five questions needed 14 searches, one word each (factcheck49).
 */
record ClaimsQuery(List<String> alternatives) {

    /** "OR" between words (spaces around it), or "|" with or without spaces. */
    private static final Pattern OR = Pattern.compile("\\s+OR\\s+|\\s*\\|\\s*");

    /** Where a claim matched the query: in its own words, or only by whom it is of. */
    enum Match {
        NONE, WORDS, SPEAKER, SOURCE
    }

    /** The query of the box's text; no alternative for a blank text (everything matches). */
    static ClaimsQuery of(String text) {
        String t = text == null ? "" : text.strip();
        return new ClaimsQuery(t.isEmpty() ? List.of() : Arrays.stream(OR.split(t)).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    boolean blank() {
        return alternatives.isEmpty();
    }

    /** Where the row matches: its quote or note first, then its speaker, then its source; WORDS for a blank query. */
    Match match(ClaimRow r) {
        if (blank()) {
            return Match.WORDS;
        }
        Match best = Match.NONE;
        for (String a : alternatives) {
            if (TextSearch.containsAtWordStart(r.quote(), a) || TextSearch.containsAtWordStart(r.claim().note(), a)) {
                return Match.WORDS;
            }
            if (best != Match.SPEAKER && TextSearch.containsAtWordStart(r.speaker(), a)) {
                best = Match.SPEAKER;
            } else if (best == Match.NONE && TextSearch.containsAtWordStart(r.source(), a)) {
                best = Match.SOURCE;
            }
        }
        return best;
    }

    /**
     * Why the row is listed where its own words do not hold the query: "speaker: Dmitry Peskov", "source: Europe"; empty where
     * they do (or the query is blank or does not match).
     */
    String why(ClaimRow r) {
        return switch (match(r)) {
            case SPEAKER -> "speaker: " + r.speaker();
            case SOURCE -> "source: " + r.source();
            default -> "";
        };
    }
}
