package org.claimbench.analysis.contradiction;

import org.claimbench.domain.ContradictionKind;

/**
 * One reason to think two claims contradict each other, explained in a sentence.
 *
 * @param pattern what makes this the same reason as another pair's ("opposite:direct" for every
 *                "indirect" against "direct"; "" when the reason belongs to this pair alone): the
 *                ranking shows few pairs of one pattern before pairs of others (see {@link Diversity})
 */
public record Signal(String name, ContradictionKind kind, double weight, java.util.function.Supplier<String> reason, String pattern) {

    /*
     * The reason is made when it is read (a suggestion shown, exported or printed), not when the pair is
     * scored: a workspace's index keeps every pair it scored, hundreds of thousands in a big workspace,
     * and only a few hundred are ever shown. Patterns repeat across pairs, so each is kept once.
     */
    public Signal {
        pattern = pattern == null ? "" : pattern.intern();
    }

    /** A reason given as its sentence. */
    public Signal(String name, ContradictionKind kind, double weight, String explanation, String pattern) {
        this(name, kind, weight, () -> explanation, pattern);
    }

    /** A reason that belongs to its pair alone. */
    public Signal(String name, ContradictionKind kind, double weight, java.util.function.Supplier<String> reason) {
        this(name, kind, weight, reason, "");
    }

    /** A reason that belongs to its pair alone, given as its sentence. */
    public Signal(String name, ContradictionKind kind, double weight, String explanation) {
        this(name, kind, weight, () -> explanation, "");
    }

    /** Two signals are equal when they say the same: name, kind, weight, pattern and reason's sentence. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && name.equals(s.name) && kind == s.kind && Double.compare(weight, s.weight) == 0
                && pattern.equals(s.pattern) && explanation().equals(s.explanation());
    }

    /** From the parts that cost nothing to read (equal signals have them equal too). */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, weight, pattern);
    }

    @Override
    public String toString() {
        return "Signal[" + name + ", " + kind + ", " + weight + ", " + explanation() + ", " + pattern + "]";
    }

    /** The reason in one sentence, e.g. "“three hours” against “2 hours 45 minutes”: close, but not the same figure". */
    public String explanation() {
        return reason.get();
    }
}
