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
 * An event named by a gerund keeps the noun it takes ("stop harassing ships": ship), and "not … anymore", "no longer"
 * (Quirk et al. 1985, 7.68 and 8.136: the negative of the aspect adverb "still", an end of what went on) end the verb they
 * deny and its object ("they will not be blowing up ships anymore": ship).
 *
 * @param ended     the events said to end (lemmas)
 * @param continued the events said to go on (lemmas)
 * @param endedOn   the nouns the ended events are done to ("ship" for "stop harassing ships")
 * @param continuedOn the nouns the continued events are done to
 */
record Aspect(List<String> ended, List<String> continued, List<String> endedOn, List<String> continuedOn) {

    /** Termination: TimeML's aspectual verbs of ending, with the nouns derived from them. */
    static final Set<String> ENDING = Set.of("stop", "halt", "cease", "end", "suspend", "pause", "freeze", "cessation", "suspension",
            "moratorium");
    /** Continuation and resumption (TimeML's CONTINUES and re-INITIATES). */
    static final Set<String> GOING_ON = Set.of("continue", "resume", "keep", "persist", "resumption", "continuation");

    static final Aspect NONE = new Aspect(List.of(), List.of(), List.of(), List.of());
    /** "longer" after "no" or "any" (its lemma "long" or the form itself): "no longer", "not … any longer"; "anymore" alone. */
    private static final Set<String> NO_LONGER = Set.of("longer", "long");

    /** What a claim's reading says has ended or goes on; scoped are the lemmas in its negation's scope. */
    static Aspect of(ClaimReading r, List<String> scoped, boolean[] supposedAt) {
        List<String> ended = new ArrayList<>(0);
        List<String> going = new ArrayList<>(0);
        List<String> endedOn = new ArrayList<>(0);
        List<String> goingOn = new ArrayList<>(0);
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            // An end or a going on only supposed by an open condition ("… if the other side ceased its strikes") is not told
            // (Quirk et al. 1985, 15.35: the antecedent's truth is left open; see Veridicality).
            if ((ENDING.contains(l) || GOING_ON.contains(l)) && (r.is(i, "VERB") || r.is(i, "NOUN") || r.is(i, "ADJ")) && !scoped.contains(l)
                    && !supposedAt[i]) {
                int at = governed(r, i);
                String event = at < 0 ? null : r.lemma(at);
                if (event != null && !ENDING.contains(event) && !GOING_ON.contains(event)) {
                    (ENDING.contains(l) ? ended : going).add(event);
                    // A gerund takes an object ("harassing ships"), also one the tagger reads as a noun ("targeting Israeli ships").
                    String object = r.is(at, "VERB") || event.endsWith("ing") ? object(r, at) : null;
                    if (object != null) {
                        (ENDING.contains(l) ? endedOn : goingOn).add(object);
                    }
                }
            }
            // "they will not be blowing up ships anymore", "no longer attack ships": the denied verb's event ends.
            if (l.equals("anymore") || NO_LONGER.contains(l) && i > 0 && (r.lemma(i - 1).equals("no") || r.lemma(i - 1).equals("any"))) {
                for (int j = 0; j < r.size(); j++) {
                    if (r.is(j, "VERB") && scoped.contains(r.lemma(j)) && !ClaimFeatures.LIGHT.contains(r.lemma(j))) {
                        ended.add(r.lemma(j));
                        String object = object(r, j);
                        if (object != null) {
                            endedOn.add(object);
                        }
                        break;
                    }
                }
            }
        }
        return ended.isEmpty() && going.isEmpty() ? NONE : new Aspect(List.copyOf(ended), List.copyOf(going), List.copyOf(endedOn), List.copyOf(goingOn));
    }

    /** The noun a verb at i takes as its object: the first noun after it, past a particle, determiners and adjectives; null if none. */
    private static String object(ClaimReading r, int i) {
        for (int j = i + 1; j < Math.min(r.size(), i + 5); j++) {
            if (r.is(j, "NOUN")) {
                while (j + 1 < r.size() && r.is(j + 1, "NOUN")) {
                    j++;
                }
                return r.lemma(j);
            }
            if (!(r.is(j, "ADP") || r.is(j, "DET") || r.is(j, "ADJ") || r.is(j, "PROPN") || r.is(j, "PART") || r.is(j, "ADV"))) {
                return null;
            }
        }
        return null;
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

    /**
     * Where the event an aspectual word at i governs stands: a noun or gerund after it, or the subject of a passive or
     * intransitive use; -1 if none.
     */
    private static int governed(ClaimReading r, int i) {
        // A passive is "be" with the participle (Quirk et al. 1985, 3.63); "will continue", "have stopped" are no passives.
        boolean passive = i > 0 && r.lemma(i - 1).equals("be");
        if (!passive) {
            for (int j = i + 1; j < Math.min(r.size(), i + 5); j++) {
                // A gerund right after it ("stop firing"), or a word after "to" the tagger took for a verb ("a halt to evictions").
                boolean verbal = (r.is(j, "VERB") || r.is(j, "AUX")) && !ClaimFeatures.LIGHT.contains(r.lemma(j))
                        && (j == i + 1 || r.lemma(j - 1).equals("to"));
                if (r.is(j, "NOUN") || verbal) {
                    return j;
                }
                if (!(r.is(j, "ADP") || r.is(j, "DET") || r.is(j, "ADJ") || r.is(j, "PRON") || r.is(j, "PART"))) {
                    break;
                }
            }
        }
        return subject(r, i);
    }

    /** Where the head of the first noun phrase of the clause before i stands ("the night raids in the port were …": raid); -1 if none. */
    private static int subject(ClaimReading r, int i) {
        int from = i - 1;
        while (from > 0 && !r.is(from - 1, "PUNCT") && !r.is(from - 1, "VERB") && !Lexicons.CLAUSE_BREAKS.contains(r.lemma(from - 1))) {
            from--;
        }
        for (int j = Math.max(0, from); j < i; j++) {
            if (r.is(j, "NOUN")) {
                while (j + 1 < i && r.is(j + 1, "NOUN")) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }
}
