package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in a clause, read from a claim's parts of speech and lemmas by token index (no parser, as {@link Clauses}):
 * the nouns and names before a word in its clause, and the names that agree, approve or cancel.
 */
final class ClauseParties {

    /** The quotation marks and dash an agent's clause runs across (closed class). */
    private static final Set<String> QUOTES_AND_DASH = Set.of("\"", "“", "”", "'", "’", "-");

    private ClauseParties() {
    }

    /**
     * The nouns and names before a clause-final negator in its own clause, as lemmas: the party an elided predicate is denied
     * of ("but the hauliers are not": haulier).
     */
    static List<String> partiesBefore(ClaimReading reading, int negator) {
        return partiesBefore(reading, negator, false);
    }

    /**
     * The same before any token of the clause, pronouns too if asked ("We simply do not agree": we), as a status's
     * subject is read; lower-case lemmas.
     */
    static List<String> partiesBefore(ClaimReading reading, int at, boolean pronouns) {
        List<String> out = new ArrayList<>(2);
        for (int back = 1; back <= at; back++) {
            int j = at - back;
            if (reading.is(j, "PUNCT") || Lexicons.CLAUSE_BREAKS.contains(reading.lemma(j))) {
                break;
            }
            if (reading.is(j, "NOUN") || reading.is(j, "PROPN") || pronouns && reading.is(j, "PRON")) {
                out.add(reading.lemma(j).replace("+'s", "").replace("'s", ""));
            }
        }
        return out;
    }

    /** The names before a status word in its clause: who agreed, approved or cancelled. */
    static List<String> agents(ClaimReading reading, int i) {
        List<String> out = new ArrayList<>(2);
        // The tokens before i are read counting up by distance, not down by index (here and in the other scans back in this
        // package): C2 compiles a loop counting down to a limit as a counted loop under a "loop limit check" predicate, and a
        // call that starts at the limit (i = 0: no token before) fails it, so the compiled code, with all inlined in it, is
        // thrown away (a loop_limit_check trap in JFR's jdk.Deoptimization; docs/speed.md, round 29). A loop counting up from
        // 1 to its bound has no such check.
        for (int back = 1; back <= i; back++) {
            int j = i - back;
            if (reading.is(j, "PUNCT") && !QUOTES_AND_DASH.contains(reading.lemma(j))) {
                break;
            }
            if (reading.is(j, "PROPN")) {
                out.add(reading.lemma(j).replace("+'s", "").replace("'s", ""));
            }
        }
        return out;
    }
}
