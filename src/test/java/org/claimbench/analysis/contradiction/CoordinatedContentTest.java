package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 43: two claims of one sentence with nothing between them but a coordinator ("…, but …") are one speaker's own
 * contrast ({@link CoordinatedContent}) and are not suggested, whatever source each half was tagged with; two reports in
 * one sentence ("…, but the union said …") and two sentences are compared as usual.
 */
class CoordinatedContentTest {

    private static final String FIRST = "a date for the vote on the bridge toll had not been agreed";
    /** Affirms "agree" of the vote where FIRST denies it: a denial when the two are two accounts. */
    private static final String SECOND = "they agreed to keep discussing the vote";

    /** The pair of claims FIRST and second as they stand in sentence (the first tagged to the mayor, the second to the outlet). */
    private static Optional<ContradictionSuggestion> pairIn(String sentence, String second) {
        String text = "Mayor Ilse Okafor told the council on Tuesday that " + sentence;
        int a = text.indexOf(FIRST);
        int b = text.indexOf(second, a + FIRST.length());
        ClaimFacts first = new ClaimFacts(1, 7, a, a + FIRST.length(), FIRST, text.substring(0, a), "Mayor", "toll vote");
        ClaimFacts later = new ClaimFacts(2, 7, b, b + second.length(), second, text.substring(0, b), "Press", "toll vote");
        return new ContradictionSuggester().score(first, later);
    }

    @Test
    void theTwoConjunctsOfOneSpeakersButAreNoConflict() {
        for (String joiner : new String[] {", but ", " but ", ", yet ", " and "}) {
            Optional<ContradictionSuggestion> s = pairIn(FIRST + joiner + SECOND + ".", SECOND);
            assertTrue(s.isEmpty(), joiner + ": " + s);
        }
    }

    @Test
    void aSecondReportInTheSentenceOrASecondSentenceIsCompared() {
        Optional<ContradictionSuggestion> twoReports = pairIn(FIRST + ", but the union's chair said " + SECOND + ".", SECOND);
        assertTrue(twoReports.isPresent(), "two reports in one sentence");
        Optional<ContradictionSuggestion> twoSentences = pairIn(FIRST + ". The local paper wrote that " + SECOND + ".", SECOND);
        assertTrue(twoSentences.isPresent(), "two sentences");
        // A word besides the coordinator (here an adverb of time) is not a bare coordination: compared as usual.
        Optional<ContradictionSuggestion> more = pairIn(FIRST + ", but on Friday " + SECOND + ".", SECOND);
        assertTrue(more.isPresent(), "a coordinator and more");
    }
}
