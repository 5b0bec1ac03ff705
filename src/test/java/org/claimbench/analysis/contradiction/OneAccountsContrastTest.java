package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.junit.jupiter.api.Test;

/**
 * The article's contrast between two claims of one account (one source in one article) is that account's own concession or
 * contrast, which holds both halves: it weighs a fifth of the contrast between two accounts.
 */
class OneAccountsContrastTest {

    /** The weight of the contrast signal between two adjacent claims of one article (0 when it does not fire). */
    private static double weight(String first, String firstSource, String between, String second, String secondSource) {
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

    private static final String OPENED = "The Dunmere quarry reopened on Monday after a two-week inspection";
    private static final String NOISE = "residents of Lowfold still complain about the blasting at dawn";

    @Test
    void oneAccountsOwnConcessionIsWeak() {
        assertEquals(0.09, weight(OPENED, "Press", ". However, ", NOISE, "Press"), 1e-9);
        assertEquals(0.09, weight(OPENED, "Quarry owners", ", although ", NOISE, "Quarry owners"), 1e-9,
                "one named source's two claims in one article");
    }

    @Test
    void twoAccountsSetAgainstEachOtherWeighFully() {
        assertEquals(0.45, weight(OPENED, "Quarry owners", ". However, ", NOISE, "Lowfold council"), 1e-9);
        assertEquals(0.45, weight(OPENED, "Press", ". However, ", NOISE, "Lowfold council"), 1e-9, "the outlet against a source it reports");
    }
}
