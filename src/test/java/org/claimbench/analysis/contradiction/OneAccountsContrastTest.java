package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.junit.jupiter.api.Test;

/**
 * The article's contrast weighs fully only between two accounts of one matter: between two claims of one account (one source in
 * one article), which holds both halves of its own concession, it weighs a fifth of that.
 */
class OneAccountsContrastTest {

    /** The weight of the contrast signal between two adjacent claims of one article (0 when it does not fire). */
    static double weight(String first, String firstSource, String between, String second, String secondSource) {
        String text = first + between + second;
        List<SentenceSpan> sentences = English.shared().sentences(text);
        int start = first.length() + between.length();
        ClaimFacts a = new ClaimFacts(1, 10, 0, first.length(), first, ClaimFacts.lead(text, sentences, 0), firstSource, "quarry");
        ClaimFacts b = new ClaimFacts(2, 10, start, start + second.length(), second, ClaimFacts.lead(text, sentences, start), secondSource,
                "quarry");
        return new ContradictionSuggester().suggest(List.of(a, b), Set.of()).stream()
                .flatMap(s -> s.signals().stream()).filter(x -> x.name().equals(ContrastSignal.NAME))
                .mapToDouble(Signal::weight).max().orElse(0);
    }

    static final String REOPENED = "The Dunmere quarry reopened on Monday after a two-week safety inspection";
    static final String SHUT = "the Dunmere quarry stays shut until the safety inspection of its blasting ends";

    @Test
    void oneAccountsOwnConcessionIsWeak() {
        assertEquals(0.09, weight(REOPENED, "Press", ". However, ", SHUT, "Press"), 1e-9);
        assertEquals(0.09, weight(REOPENED, "Quarry owners", ", although ", SHUT, "Quarry owners"), 1e-9,
                "one named source's two claims in one article");
    }

    @Test
    void twoAccountsOfOneMatterSetAgainstEachOtherWeighFully() {
        assertEquals(0.45, weight(REOPENED, "Quarry owners", ". However, ", SHUT, "Lowfold council"), 1e-9);
        assertEquals(0.45, weight(REOPENED, "Press", ". However, ", SHUT, "Lowfold council"), 1e-9, "the outlet against a source it reports");
    }
}
