package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;

/**
 * A proposal said never to have been spoken of, against an account of one being made ("no such proposal was discussed on
 * the call" / "he suggested that the county take over the ferries"): denying that a proposal was discussed or raised denies
 * every report of one being proposed or suggested in that event, however else the two accounts are worded. Such denials are
 * short and point back ("such"), so the two claims need be only a little alike (cosine 0.2, as a denied status across
 * sources in {@link NegationSignal}). Only across two accounts of one event.
 *
 * <p>Tried and not kept (docs/suggestions.md, round 15): any noun a denied discussion names ("we did not discuss tariffs")
 * against any claim that has it: the other claim's tariffs were often not the call's.
 */
final class TopicDenial {

    /**
     * Verbs and nouns of speaking of a topic: the lexical units of FrameNet's frames Discussion (discuss, discussion, talk,
     * debate, negotiate, negotiation, confer), Mention (mention, raise, bring up) and Topic (address, cover, come up; Ruppenhofer
     * et al., FrameNet II: Extended Theory and Practice, 2016). "come" and "bring" only with the particle "up".
     */
    static final Set<String> DISCUSSION = Set.of("discuss", "discussion", "talk", "debate", "negotiate", "negotiation", "confer",
            "mention", "raise", "address", "cover");
    private static final Set<String> PHRASAL = Set.of("come", "bring");
    /** The nouns and the verbs of FrameNet's frame Suggestion (and "offer", "float" of its neighbour Offering). */
    private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "suggestion", "recommendation", "offer");
    private static final Set<String> PROPOSAL_VERBS = Set.of("propose", "suggest", "recommend", "offer", "float");

    private TopicDenial() {
    }

    /** The signal, when one claim denies that a proposal was discussed and the other reports one made; empty otherwise. */
    static Optional<Signal> between(ClaimFeatures denying, ClaimFeatures affirming, Pair pair) {
        // Without meaning vectors the words of the frame are all the two share.
        if (!pair.sameEvent() || !pair.twoAccounts(denying) || (!Double.isNaN(pair.cosine()) && pair.cosine() < 0.2)) {
            return Optional.empty();
        }
        String verb = deniedDiscussion(denying);
        if (verb == null) {
            return Optional.empty();
        }
        for (String lemma : denying.scoped) {
            if (PROPOSAL_NOUNS.contains(lemma)) {
                String proposed = affirmedOf(affirming, PROPOSAL_VERBS);
                if (proposed != null) {
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + denying.negationCue + " … " + lemma + " … " + verb + "” in one claim, “" + proposed + "” in the other:"
                                    + " a proposal said never to have been spoken of, against an account of one.", "denial:proposal"));
                }
            }
        }
        return Optional.empty();
    }

    /** The verb or noun of discussion a negation denies in the claim ("come" read with its "up"), or null. */
    private static String deniedDiscussion(ClaimFeatures f) {
        if (f.negationAt < 0) {
            return null;
        }
        for (int i = f.negationAt; i < f.reading.size(); i++) {
            String l = f.reading.lemma(i);
            // "come up" after the negator: the verb is no content word of the claim's scope, its particle makes it one of Topic.
            boolean phrasal = PHRASAL.contains(l) && i + 1 < f.reading.size() && f.reading.lemma(i + 1).equals("up");
            if (phrasal || (DISCUSSION.contains(l) && (f.negated.contains(l) || f.scoped.contains(l)))) {
                return l;
            }
        }
        return null;
    }

    /** The first of some lemmas the claim asserts (not negated, not only supposed), or null. */
    private static String affirmedOf(ClaimFeatures f, Set<String> lemmas) {
        for (String w : f.words) {
            if (lemmas.contains(w) && !f.negated.contains(w) && !f.scoped.contains(w) && !f.supposed.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
