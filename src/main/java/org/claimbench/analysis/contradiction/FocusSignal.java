package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * One thing only, or several: one account says one thing alone was spoken of ("the talks were
 * entirely about rents"), the other lists it with others ("they covered rents, repairs and
 * parking"). Two accounts of one event, close enough in meaning (see {@link Focus}).
 */
final class FocusSignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.one(a, b, ClaimHolds.FOCUS_ONLY);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.twoAccounts(a) || !pair.oneEvent() || !pair.related(0.3)) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            String only = p[0].focus.only();
            if (only != null && p[1].focus.only() == null && p[1].focus.listed().contains(only)) {
                return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                        () -> "“" + p[0].focus.word() + " … " + only + "” in one claim, “" + String.join(", ", p[1].focus.listed())
                                + "” in the other: one thing only, or several?",
                        "focus:" + only));
            }
            String several = only == null || p[1].focus.only() != null || plural(p[0], only) != null ? null : pluralOf(p[1], only);
            if (several != null) {
                return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.35,
                        () -> "“" + p[0].focus.word() + " … " + only + "” in one claim, “" + several + "” in the other: one only, or several?",
                        "focus:" + only));
            }
        }
        return Optional.empty();
    }

    /**
     * One thing alone against the same noun in the plural: "they talked only about the plant" / "the plants" says one was spoken
     * of where the other says several (the exclusive particle excludes every other, König 1991; the plural says more than
     * one, Quirk et al. 1985, 5.73). The plural is the regular one, "-s", "-es" or "-ies" (5.83), of the noun or of a WordNet synonym
     * of it, or of the same compound with the plural's premodifier ("power plants" / "only one station": {@link #modifierOf}) or
     * with none given in either claim ("those plants" / "only one station": heads of one compound, the premodifier left out as
     * given, {@link org.claimbench.analysis.language.CompoundHeads#headsOfOneCompound});
     * returns the plural as written, or null. The claim with "only" must not write its noun in the plural.
     */
    private static String pluralOf(ClaimFeatures several, String noun) {
        for (int k = 0; k < several.words.size(); k++) {
            String w = several.words.get(k);
            if (several.wordTags.get(k).equals("NOUN") && (w.equals(noun) || WordSenses.same(w, noun, "NOUN"))) {
                String written = plural(several, w);
                if (written != null) {
                    return written;
                }
            }
            // "power plants" / "one station": the other's head with this claim's premodifier is the same compound in WordNet.
            String modifier = several.wordTags.get(k).equals("NOUN") ? modifierOf(several, w, noun) : null;
            String written = modifier == null ? null : plural(several, w);
            if (written != null) {
                return modifier + " " + written;
            }
            // "those plants" / "one station": neither claim gives the premodifier, each writes another head of one compound.
            written = several.wordTags.get(k).equals("NOUN") && !premodified(several, w)
                    && org.claimbench.analysis.language.CompoundHeads.shared().headsOfOneCompound(w, noun) ? plural(several, w) : null;
            if (written != null) {
                return written;
            }
        }
        return null;
    }

    /** Whether a claim gives the noun a premodifier of a compound ("bus" of "bus stations"): then that compound is the thing named. */
    private static boolean premodified(ClaimFeatures c, String head) {
        for (String compound : c.compounds) {
            if (compound.endsWith("+" + head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The premodifier a claim gives {@code head} ("power" of "power plants") with which WordNet makes {@code other} a head of the
     * same compound ("power station": {@link org.claimbench.analysis.language.CompoundHeads}), or null.
     */
    static String modifierOf(ClaimFeatures c, String head, String other) {
        for (String compound : c.compounds) {
            int plus = compound.indexOf('+');
            if (compound.substring(plus + 1).equals(head)
                    && org.claimbench.analysis.language.CompoundHeads.shared().otherHeads(compound.substring(0, plus), head).contains(other)) {
                return compound.substring(0, plus);
            }
        }
        return null;
    }

    /** A noun's regular plural as the claim writes it ("plants", "buses", "ferries"), or null. */
    private static String plural(ClaimFeatures c, String noun) {
        String regular = java.util.regex.Pattern.quote(noun) + "e?s";
        String form = noun.endsWith("y") ? "(?:" + regular + "|" + java.util.regex.Pattern.quote(noun.substring(0, noun.length() - 1)) + "ies)" : regular;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + form + "\\b").matcher(c.facts.text());
        return m.find() ? m.group() : null;
    }
}
