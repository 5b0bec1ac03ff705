package org.claimbench.analysis.contradiction;

import org.claimbench.domain.ContradictionKind;

/**
 * One reason to think two claims contradict each other, explained in a sentence.
 *
 * @param pattern what makes this the same reason as another pair's ("opposite:direct" for every
 *                "indirect" against "direct"; "" when the reason belongs to this pair alone): the
 *                ranking shows few pairs of one pattern before pairs of others (see {@link Diversity})
 */
public record Signal(String name, ContradictionKind kind, double weight, String explanation, String pattern) {

    public Signal {
        pattern = pattern == null ? "" : pattern;
    }

    /** A reason that belongs to its pair alone. */
    public Signal(String name, ContradictionKind kind, double weight, String explanation) {
        this(name, kind, weight, explanation, "");
    }
}
