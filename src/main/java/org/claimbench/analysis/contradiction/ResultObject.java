package org.claimbench.analysis.contradiction;

import java.util.Map;
import java.util.Set;

/**
 * An evaluative noun that is what a verb of producing brought about ("the talks produced real progress", "the meeting did not
 * yield a breakthrough"): the effected object, whose referent exists only by the act the verb names (Quirk et al. 1985, ch. 10
 * on the effected object; Levin 1993, 26.4, verbs of creation and performance). Its valence (VADER, Hutto and Gilbert 2014) is
 * a judgement of what produced it, the verb's subject (the talks, the meeting), not of the noun's topic: a noun's valence is
 * read only here, other nouns' being mostly their topic's ("war", "attack": see TokenPass#judgement).
 */
final class ResultObject {

    /**
     * Verbs of producing a result, with the result as object: "produce", "yield", "achieve" (Levin 1993, 26.4 create verbs
     * take an effected object; "achieve" with a result noun is the readout register's). Left out: "make" ("make progress" is a
     * light-verb construction, "make a threat" an act), and "bring" and "deliver", verbs of sending and carrying first (Levin
     * 11.1, 11.3), whose object is moved, not made ("bring the war to an end", "deliver aid").
     */
    static final Set<String> PRODUCING = Set.of("produce", "yield", "achieve");

    /** How far before the noun its verb may stand: a determiner, a negative determiner and two premodifiers ("no real, lasting"). */
    private static final int REACH = 5;

    private ResultObject() {
    }

    /**
     * The verb of producing whose object the noun at token {@code i} is, read back over its determiners, premodifiers and
     * quotation marks; -1 when the noun has no VADER valence of {@link JudgementSignal#STRONG} or more, or is no such object.
     */
    static int verbOf(ClaimReading r, int i, Map<String, Double> valence) {
        Double v = valence.get(r.lemma(i));
        if (!r.is(i, "NOUN") || v == null || Math.abs(v) < JudgementSignal.STRONG) {
            return -1;
        }
        for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
            if (r.is(j, "VERB")) {
                return PRODUCING.contains(r.lemma(j)) ? j : -1;
            }
            boolean premodifier = r.is(j, "DET") || r.is(j, "ADJ") || r.is(j, "ADV") || r.is(j, "NUM") || Clauses.QUOTES.contains(r.lemma(j));
            if (!premodifier) {
                return -1;
            }
        }
        return -1;
    }
}
