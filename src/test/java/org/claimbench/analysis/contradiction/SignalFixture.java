package org.claimbench.analysis.contradiction;

import java.util.List;

/** Claims written for the tests, read as the engine reads them, and the signals between two of them. */
final class SignalFixture {

    private static final QuantityReader READER = new QuantityReader();

    private SignalFixture() {
    }

    static ClaimFeatures claim(long id, String text, String source) {
        return claim(id, text, source, "the same event");
    }

    static ClaimFeatures claim(long id, String text, String source, String event) {
        return new ClaimFeatures(new ClaimFacts(id, id, text, source, event), READER);
    }

    /** Every signal between two claims, or none when the pair may not be compared. */
    static List<Signal> between(ClaimFeatures a, ClaimFeatures b) {
        Pair p = ContradictionSignals.pair(a, b);
        return p == null ? List.of() : ContradictionSignals.between(a, b, p);
    }

    private static long nextId = 1_000;

    /** Whether the judgement signal finds two claims of two sources judging one thing to opposite effect (ids drawn afresh). */
    static boolean judgedOpposite(String first, String firstSource, String second, String secondSource) {
        return names(between(claim(nextId++, first, firstSource), claim(nextId++, second, secondSource))).contains("opposite judgements");
    }

    /** What each judgement of a claim is said of, in text order ("" for the event itself). */
    static List<String> judgedTargets(String text) {
        return claim(1, text, "Press").judged.stream().map(JudgementTargets.Judged::target).toList();
    }

    /** Whether a signal of the name is found between two claims of two sources (ids 1 and 2). */
    static boolean signalled(String name, String first, String second) {
        return names(between(claim(1, first, "Press"), claim(2, second, "Clubs"))).contains(name);
    }

    /** The one quantity a text states, as a claim's features read it (a percentage after a verb of change read as a change). */
    static Quantity onlyQuantity(String text) {
        List<Quantity> q = PercentChanges.withChanges(READER.read(text), text);
        org.junit.jupiter.api.Assertions.assertEquals(1, q.size(), text + " → " + q);
        return q.get(0);
    }

    static List<String> names(List<Signal> signals) {
        return signals.stream().map(Signal::name).toList();
    }
}
