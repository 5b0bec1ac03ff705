package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The blocking keys that make two claims a candidate pair ({@link Candidates}, {@link ContradictionIndex}):
 * the keys a claim posts (its content lemmas, kinds of quantity, cues that meet within an event) and
 * the keys it looks up without posting them (opposites, denied words, the one thing another claim
 * says alone was spoken of).
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    /** An adverb's adjective ("directly": direct), for meeting opposites. */
    static String plain(String w) {
        return w.endsWith("ly") && w.length() > 5 ? w.substring(0, w.length() - 2) : w;
    }

    /**
     * Keys this claim looks up without posting them (each a strong tie, weight 2): "#opp:w" for its
     * c.words (claims holding w's opposite by prefix), and the bases of its own prefixed c.words (claims
     * holding the plain word), so "indirect" and "direct" meet without every adjective making pairs. The sense keys an
     * affirmed verb looks up are made only where denials post theirs ({@link SenseKeys.Denials}).
     */
    static List<String> lookedUp(ClaimFeatures c, SenseKeys.Denials denials) {
        if (c.oppositesByPrefix.isEmpty() && c.words.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : c.words) {
            out.add("#opp:" + plain(w));
        }
        for (String base : c.oppositesByPrefix) {
            out.add(plain(base));
            out.add(plain(base) + "ly");
        }
        for (String w : c.words) {
            if (!c.scoped.contains(w)) {
                // Its event's denials and those of claims whose event is not known; with no event known, every event's.
                out.add(denialKey(c, w));
                out.add(denialKey(w, c.event.isEmpty() ? ANY_EVENT : ""));
            }
        }
        // A denied word meets the claims that have it; a word with antonyms (WordNet) the claims that have one of them.
        out.addAll(c.scoped);
        for (WordSenses.Opposable o : c.opposables) {
            out.addAll(o.antonyms());
        }
        for (String listed : c.focus.listed()) {
            out.add(focusKey("#only:", listed, scope(c)));
            for (String other : otherHeads(c, listed)) {
                out.add(focusKey("#only:", other, scope(c)));
            }
        }
        if (c.focus.only() != null) {
            out.add(focusKey("#listed:", c.focus.only(), scope(c)));
        }
        // What one claim says ended, done to a noun, meets what another says goes on, done to it (AspectSignal).
        for (String o : c.aspect.endedOn()) {
            out.add(focusKey(GOES_ON, o, scope(c)));
        }
        for (String o : c.aspect.continuedOn()) {
            out.add(focusKey(ENDED_ON, o, scope(c)));
        }
        // A denied verb meets the affirmed verbs WordNet relates to it, and the other way (SenseKeys).
        SenseKeys.lookedUp(c, out, denials);
        return out;
    }

    /**
     * Whether a blocking key only waits to be looked up (opposites, denied c.words): two claims that both post
     * it ("indirect" and "indirect") have nothing to oppose, so it does not pair them.
     */
    static boolean postedOnly(String key) {
        return key.startsWith("#opp:") || key.startsWith("#deny:") || key.startsWith("#only:") || key.startsWith("#listed:")
                || key.startsWith(ENDED_ON) || key.startsWith(GOES_ON) || SenseKeys.is(key);
    }

    /** Keys of the nouns what ended and what goes on are done to. */
    private static final String ENDED_ON = "#endedOn:";
    private static final String GOES_ON = "#goesOn:";

    /** Where cues meet: the claim's event, or its article when the event is not known. */
    private static String scope(ClaimFeatures c) {
        return c.facts.event() == null || c.facts.event().isBlank() ? "article " + c.facts.articleId() : c.facts.event().toLowerCase(Locale.ROOT);
    }

    /**
     * The other heads WordNet gives a listed noun's compound with its premodifier in the claim: "nuclear power plants" is listed
     * for "one station" too, "power station" being "power plant" (CompoundHeads, FocusSignal).
     */
    private static List<String> otherHeads(ClaimFeatures c, String listed) {
        List<String> out = new ArrayList<>(0);
        for (String compound : c.compounds) {
            int plus = compound.indexOf('+');
            if (compound.substring(plus + 1).equals(listed)) {
                out.addAll(org.claimbench.analysis.language.CompoundHeads.shared().otherHeads(compound.substring(0, plus), listed));
            }
        }
        return out;
    }

    private static String focusKey(String kind, String noun, String scope) {
        return kind + noun + "@" + scope;
    }

    /**
     * The key a denied word posts and an affirmed one looks up: its root, within the claim's event ("" when not known).
     * A claim whose article's event is not known is compared with the claims of every event ({@link ContradictionSignals#pair}):
     * a denied word of a known event also posts its root at {@link #ANY_EVENT}, which affirmations with no event look up, and
     * affirmations of a known event look up the denials with no event ("#deny:root@").
     */
    private static String denialKey(ClaimFeatures c, String lemma) {
        return denialKey(lemma, c.event);
    }

    private static String denialKey(String lemma, String event) {
        return "#deny:" + Lexicons.root(lemma) + "@" + event;
    }

    /** Where a denial of a known event meets the affirmations whose event is not known (an event name has no "*"). */
    private static final String ANY_EVENT = "*";

    /**
     * The features the index pairs claims by: content lemmas, kinds of quantity, and cues that meet within an event; an
     * affirmed verb's sense keys only where some denial looks them up ({@link SenseKeys.Denials}).
     */
    static List<String> posted(ClaimFeatures c, SenseKeys.Denials denials) {
        List<String> f = new ArrayList<>(c.words);
        // "indirect" posts "#opp:direct"; a claim with "direct" finds it through lookedUp().
        for (String base : c.oppositesByPrefix) {
            f.add("#opp:" + plain(base));
        }
        // A word in a negation's scope meets the claims that affirm it within the event ("no agreement" / "agreed"): they look it up.
        for (String l : c.scoped) {
            String key = denialKey(c, l);
            if (!f.contains(key)) {
                f.add(key);
                if (!c.event.isEmpty()) {
                    f.add(denialKey(l, ANY_EVENT));
                }
            }
        }
        for (Quantity q : c.quantities) {
            if (!q.dimension().equals("frame")) {
                f.add("#q:" + q.dimension() + ":" + q.head());
            }
            // The length of the event meets the lengths of calls and meetings (DurationHeads).
            if (q.head().equals(DurationHeads.EVENT)) {
                f.add("#q:time:call");
                f.add("#q:time:meeting");
            }
        }
        // Claims about an event's status, its timing or its worth rarely share c.words with what they
        // contradict ("very productive" / "no concessions at all"): they meet within their event.
        String scope = scope(c);
        if (!c.statuses.isEmpty()) {
            f.add("#status@" + scope);
        }
        if (c.immediate != null || c.condition != null || c.sequence != null) {
            f.add("#timing@" + scope);
        }
        if (c.mediation.present()) {
            f.add("#mediation@" + scope);
        }
        // A claim that one thing alone was spoken of meets the claims that list it among others (see FocusSignal): each
        // posts its key and looks up the other's, so they meet whichever comes first.
        if (c.focus.only() != null) {
            f.add(focusKey("#only:", c.focus.only(), scope));
        }
        for (String listed : c.focus.listed()) {
            f.add(focusKey("#listed:", listed, scope));
            for (String other : otherHeads(c, listed)) {
                f.add(focusKey("#listed:", other, scope));
            }
        }
        if (c.judged.stream().anyMatch(j -> Math.abs(j.valence()) >= JudgementSignal.STRONG)) {
            f.add("#judgement@" + scope);
        }
        for (String o : c.aspect.endedOn()) {
            f.add(focusKey(ENDED_ON, o, scope));
        }
        for (String o : c.aspect.continuedOn()) {
            f.add(focusKey(GOES_ON, o, scope));
        }
        SenseKeys.posted(c, f, denials);
        return f;
    }
}
