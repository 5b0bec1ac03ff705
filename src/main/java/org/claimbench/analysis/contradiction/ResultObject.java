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

    /** What a claim says of a result: that it came about, that it did not, or neither (an aim, a hope, an amount scaled down). */
    enum Said { ASSERTED, DENIED, NEITHER }

    /**
     * Words negative in meaning but not in form, which deny what they quantify as "no" does ("little progress", "hardly any
     * progress", "few gains": Quirk et al. 1985, 10.63 on seldom, rarely, scarcely, hardly, barely, little, few), and the
     * adjectives of a scarce amount that mean the same ("scant", "minimal").
     */
    private static final Set<String> NEGATIVE_IN_FORCE = Set.of("little", "few", "hardly", "barely", "scarcely", "scant", "minimal");

    /** Adjectives that scale an amount down without denying it ("limited progress", "modest gains"): neither praise nor blame. */
    private static final Set<String> SCALED_DOWN = Set.of("limited", "modest");

    /**
     * Implicative verbs (Karttunen 1971, "Implicative verbs"): with an infinitive after them they entail its truth ("managed to
     * produce") or its falsity ("failed to produce", "refused to", "declined to", "neglected to"). Any other verb before "to"
     * (hope, aim, seek, expect, try) commits to nothing: the result is an aim.
     */
    private static final Set<String> POSITIVE_IMPLICATIVES = Set.of("manage");
    private static final Set<String> NEGATIVE_IMPLICATIVES = Set.of("fail", "refuse", "decline", "neglect");

    /**
     * Verbs of desire and intention (Levin 1993, 32.1-32.2, want and long verbs; and aim, seek, expect, try, plan), whose finite
     * complement says what is wished for, not what happened ("hopes the talks will produce an agreement").
     */
    private static final Set<String> WISHING = Set.of("hope", "want", "wish", "desire", "long", "seek", "aim", "expect", "try",
            "plan", "intend", "attempt", "strive", "aspire");

    /** Prepositions before a gerund of purpose or prospect ("aimed at achieving", "hopes of achieving", "a push for producing"). */
    private static final Set<String> PURPOSE_PREPOSITIONS = Set.of("at", "for", "of", "in", "on", "toward", "towards", "about");

    private ResultObject() {
    }

    /**
     * Whether the result noun at {@code i} of the verb at {@code producer} is said to have come about: denied by a negative
     * implicative before the verb, by "without" before its gerund or by a word negative in force before the noun; neither when
     * the verb is an aim or a hope's (an infinitive or gerund after a verb or preposition of purpose, or below a verb of
     * wishing), when the amount is scaled down, or when the noun only modifies the noun after it ("a peace plan": the plan is
     * the result, Quirk et al. 1985, 17.104 on nouns as premodifiers).
     */
    static Said said(ClaimReading r, int i, int producer) {
        if (i + 1 < r.size() && r.is(i + 1, "NOUN")) {
            return Said.NEITHER;
        }
        for (int j = producer + 1; j < i; j++) {
            if (NEGATIVE_IN_FORCE.contains(r.lemma(j))) {
                return Said.DENIED;
            }
            if (SCALED_DOWN.contains(r.lemma(j))) {
                return Said.NEITHER;
            }
        }
        String before = producer > 0 ? r.lemma(producer - 1) : "";
        String governor = producer > 1 ? r.lemma(producer - 2) : "";
        if (before.equals("without")) {
            return Said.DENIED;
        }
        if (before.equals("to")) {
            return NEGATIVE_IMPLICATIVES.contains(governor) ? Said.DENIED
                    : POSITIVE_IMPLICATIVES.contains(governor) ? Said.ASSERTED : Said.NEITHER;
        }
        if (before.equals("in") && governor.equals("succeed")) {
            return Said.ASSERTED;
        }
        if (PURPOSE_PREPOSITIONS.contains(before)) {
            return Said.NEITHER;
        }
        for (int j = producer - 1; j >= 0; j--) {
            if (WISHING.contains(r.lemma(j)) && (r.is(j, "VERB") || r.is(j, "NOUN"))) {
                return Said.NEITHER;
            }
        }
        return Said.ASSERTED;
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
