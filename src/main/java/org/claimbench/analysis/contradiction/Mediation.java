package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;

/**
 * How a claim says the two sides reached what they reached: through a go-between ("the truce the
 * Swiss brokered", "mediated by the league") or between themselves ("agreed directly", "settled
 * bilaterally", "without any mediation"). The words of mediation are WordNet 3.1's: "mediate" and
 * the verbs that share one of its first senses ("intercede", "intermediate"), the nouns that share a
 * first sense with "mediator" ("go-between", "intermediary"), "broker" and their derived forms
 * ("mediation", "US-brokered"); directness is WordNet's "direct" and "bilateral" with their adverbs,
 * or a word of mediation in a negation's scope.
 *
 * @param through the word of mediation the claim affirms (null if none)
 * @param direct  the word by which it says the sides dealt alone (null if none)
 */
record Mediation(String through, String direct) {

    static final Mediation NONE = new Mediation(null, null);

    private static final Set<String> DIRECT = Set.of("direct", "directly", "bilateral", "bilaterally");

    /**
     * What a claim's reading says of mediation; scoped are the lemmas in its negation's scope, and what a token only supposes or
     * demands ({@link TokenPass#supposedAt}: "Iran must negotiate directly") says nothing of how the sides dealt.
     */
    static Mediation of(ClaimReading r, List<String> scoped, boolean[] supposedAt) {
        String through = null;
        String direct = null;
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i);
            if (supposedAt[i]) {
                continue;
            }
            if (mediating(l, r.tag(i))) {
                if (scoped.contains(l)) {
                    direct = direct == null ? "no " + l : direct;
                } else if (through == null) {
                    through = l;
                }
            } else if (DIRECT.contains(l) && !scoped.contains(l) && direct == null) {
                direct = l;
            }
        }
        return through == null && direct == null ? NONE : new Mediation(through, direct);
    }

    private static boolean mediating(String lemma, String tag) {
        String l = lemma.substring(lemma.lastIndexOf('-') + 1);
        if (l.startsWith("mediat") || l.startsWith("broker")) {
            return true;
        }
        WordNet wn = WordNet.shared();
        return switch (tag) {
            case "VERB" -> wn.synonyms(l, "mediate", WordNet.Pos.VERB);
            case "NOUN" -> wn.synonyms(l, "mediator", WordNet.Pos.NOUN);
            default -> false;
        };
    }

    /** Whether it says anything of mediation. */
    boolean present() {
        return this != NONE;
    }
}
