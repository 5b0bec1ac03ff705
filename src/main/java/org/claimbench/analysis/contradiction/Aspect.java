package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a claim says has ended and what goes on, by the aspectual predicates of TimeML (the ASPECTUAL
 * event class, Pustejovsky et al. 2003, and its TERMINATES / CONTINUES / INITIATES relations in the
 * TimeML 1.2.1 annotation guidelines): "halted the strikes", "a halt to strikes", "cessation of
 * fire", "the raids were suspended" end an event; "continued the strikes", "resumed shelling" carry
 * it on; and an event said to happen ("the planes struck the depot") goes on too, for a claim that
 * says it was halted. Read from parts of speech and lemmas: the event is the noun or gerund the
 * aspectual word governs (within four words after it, across "to", "of", "on", "in" and a determiner),
 * or for a passive or intransitive use its subject just before it.
 *
 * @param ended     the events said to end (lemmas)
 * @param continued the events said to go on (lemmas)
 */
record Aspect(List<String> ended, List<String> continued) {

    /** Termination: TimeML's aspectual verbs of ending, with the nouns derived from them. */
    static final Set<String> ENDING = Set.of("stop", "halt", "cease", "end", "suspend", "pause", "freeze", "cessation", "suspension",
            "moratorium");
    /** Continuation and resumption (TimeML's CONTINUES and re-INITIATES). */
    static final Set<String> GOING_ON = Set.of("continue", "resume", "keep", "persist", "resumption", "continuation");

    static final Aspect NONE = new Aspect(List.of(), List.of());

    /** What a claim's reading says has ended or goes on; scoped are the lemmas in its negation's scope. */
    static Aspect of(ClaimReading r, List<String> scoped) {
        List<String> ended = null;
        List<String> going = null;
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            if ((ENDING.contains(l) || GOING_ON.contains(l)) && (r.is(i, "VERB") || r.is(i, "NOUN") || r.is(i, "ADJ")) && !scoped.contains(l)) {
                String event = governed(r, i);
                if (event != null && !ENDING.contains(event) && !GOING_ON.contains(event)) {
                    if (ENDING.contains(l)) {
                        ended = ended == null ? new ArrayList<>(1) : ended;
                        ended.add(event);
                    } else {
                        going = going == null ? new ArrayList<>(1) : going;
                        going.add(event);
                    }
                }
            }
        }
        return ended == null && going == null ? NONE
                : new Aspect(ended == null ? List.of() : List.copyOf(ended), going == null ? List.of() : List.copyOf(going));
    }

    /** A verb of the claim, not negated, that is a form of the event (its event takes place: "struck" for "strikes"); null if none. */
    static String happening(ClaimFeatures c, String event) {
        ClaimReading r = c.reading;
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            if (r.is(i, "VERB") && !c.scoped.contains(l) && !c.negated.contains(l) && !ClaimFeatures.LIGHT.contains(l)
                    && (l.equals(event) || Lexicons.sameRoot(l, event))) {
                return l;
            }
        }
        return null;
    }

    /** The event an aspectual word at i governs: a noun or gerund after it, or the subject of a passive or intransitive use; null if none. */
    private static String governed(ClaimReading r, int i) {
        boolean passive = i > 0 && (r.lemma(i - 1).equals("be") || r.is(i - 1, "AUX"));
        if (!passive) {
            for (int j = i + 1; j < Math.min(r.size(), i + 5); j++) {
                // A gerund right after it ("stop firing"), or a word after "to" the tagger took for a verb ("a halt to evictions").
                boolean verbal = (r.is(j, "VERB") || r.is(j, "AUX")) && !ClaimFeatures.LIGHT.contains(r.lemma(j))
                        && (j == i + 1 || r.lemma(j - 1).equals("to"));
                if (r.is(j, "NOUN") || verbal) {
                    return r.lemma(j);
                }
                if (!(r.is(j, "ADP") || r.is(j, "DET") || r.is(j, "ADJ") || r.is(j, "PRON") || r.is(j, "PART"))) {
                    break;
                }
            }
        }
        return subject(r, i);
    }

    /** The head of the first noun phrase of the clause before i ("the night raids in the port were …": raid); null if none. */
    private static String subject(ClaimReading r, int i) {
        int from = i - 1;
        while (from > 0 && !r.is(from - 1, "PUNCT") && !r.is(from - 1, "VERB") && !Lexicons.CLAUSE_BREAKS.contains(r.lemma(from - 1))) {
            from--;
        }
        for (int j = Math.max(0, from); j < i; j++) {
            if (r.is(j, "NOUN")) {
                while (j + 1 < i && r.is(j + 1, "NOUN")) {
                    j++;
                }
                return r.lemma(j);
            }
        }
        return null;
    }
}
