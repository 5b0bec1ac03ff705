package org.claimbench.analysis.contradiction;

import org.claimbench.domain.ContradictionKind;

/** One reason to think two claims contradict each other, explained in a sentence. */
public record Signal(String name, ContradictionKind kind, double weight, String explanation) {
}
