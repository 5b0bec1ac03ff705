package org.claimbench.analysis.language;

import java.util.Set;

/**
 * Verbs that deny their complement, by lemma: FactBank's source-introducing predicates of negative polarity (Saurí and
 * Pustejovsky 2009, "FactBank: a corpus annotated with event factuality"): "Iran denied firing missiles" says they were not
 * fired. Shared by attribution (a speech act reported inside a denial did not happen) and contradiction (a denial of what
 * another affirms).
 */
public final class DenialVerbs {

    /** The lemmas, lower case. */
    public static final Set<String> LEMMAS = Set.of("deny", "refute", "dismiss", "reject", "rebut", "dispute");

    private DenialVerbs() {
    }
}
