package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * A content clause split where a coordinator opens another "that" clause ("that A and that B": two contents), and cut where
 * the second "that" clause belongs to the word before the cue's own clause (split from ContentSpans, stop 47).
 */
final class CoordinatedThatClauses {

    private final Reading r;
    private final List<Token> t;

    CoordinatedThatClauses(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /**
     * "that A and that B", "that A, or that B": one part per "that"; each "that" opens a content clause of its own, coordinated
     * with the one before (coordination of subordinate clauses, Quirk et al. 1985, 13.5, 13.20).
     */
    List<TextSpan> split(int start, TextSpan whole) {
        List<TextSpan> parts = new ArrayList<>();
        int partStart = whole.start();
        boolean insideThatClause = start > 0 && !ContentSpans.COMPLEMENTIZERS.contains(Phrases.lower(t.get(start - 1))) && thatBefore(start);
        for (int m = start + 1; m + 1 < t.size() && t.get(m).start() < whole.end(); m++) {
            if (COORDINATORS.contains(Phrases.lower(t.get(m))) && Phrases.lower(t.get(m + 1)).equals("that")
                    && (t.get(m + 1).is("SCONJ") || insideThatClause && noVerb(start, m) && m + 2 < t.size() && t.get(m + 2).text().equals(","))
                    && !r.quotes().inside(t.get(m).start())) {
                // (After an object, "and that, as a result, …" is a complementizer before an aside, whatever the tagger reads.)
                int end = m - 1;
                while (end > start && t.get(end).is("PUNCT")) {
                    end--;
                }
                TextSpan part = r.trimmed(partStart, t.get(end).end());
                if (part != null) {
                    parts.add(part);
                }
                if (insideThatClause && noVerb(start, m)) {
                    // "confident that she knows the timetable and that the pier will stay safe": the cue's object is no clause (no
                    // verb before the conjunction),
                    // so the second that-clause is coordinated with the that-clause holding the cue (like with like, Quirk et
                    // al. 1985, 13.5, 13.20): it belongs to the verb or adjective before that one, not to this content.
                    return parts;
                }
                partStart = m + 2 < t.size() ? t.get(m + 2).start() : whole.end();
            }
        }
        TextSpan last = r.trimmed(partStart, whole.end());
        if (last != null) {
            parts.add(last);
        }
        return parts.isEmpty() ? List.of(whole) : parts;
    }

    /**
     * Whether no verb or auxiliary stands from token {@code from} up to token {@code to} but in a relative clause: a noun phrase
     * ("the old pier, which the board sold"), no clause.
     */
    private boolean noVerb(int from, int to) {
        for (int m = from; m < to; m++) {
            if (SetOffPhrases.RELATIVES.contains(Phrases.lower(t.get(m)))) {
                return true;
            }
            if (t.get(m).is("VERB") || t.get(m).is("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a complementizer "that" stands before token k in the sentence, outside a quotation. */
    private boolean thatBefore(int k) {
        for (int m = 0; m < k - 1; m++) {
            if (Phrases.lower(t.get(m)).equals("that") && t.get(m).is("SCONJ") && !r.quotes().inside(t.get(m).start())) {
                return true;
            }
        }
        return false;
    }

    /** The coordinators that join content clauses each opened by "that" (Quirk et al. 1985, 13.5). */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "or");
}
