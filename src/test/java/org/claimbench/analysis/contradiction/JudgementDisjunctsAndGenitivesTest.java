package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two readings of judgement words (round 26): an adjective before a genitive noun is said of that noun, not of the noun the
 * genitive determines; "more importantly" set off by a comma weighs the speaker's own statements and judges nothing.
 */
class JudgementDisjunctsAndGenitivesTest {

    private static List<String> targets(String text) {
        return claim(1, text, "Press").judged.stream().map(JudgementTargets.Judged::target).toList();
    }

    @Test
    void anAdjectiveBeforeAGenitiveIsSaidOfTheGenitiveNoun() {
        // The tokenizer keeps this plural genitive's apostrophe on its noun ("refineries’"): the noun is still the target.
        assertEquals(List.of("refineries"), targets("The mayor wants to tighten the critical refineries’ security before winter."));
        assertEquals(List.of("depot"), targets("The plan is meant to ensure the critical depot’s security"));
        // Without a genitive the noun after the run is the target, as before.
        assertEquals(List.of("security"), targets("The plan is meant to ensure critical security at the depots"));
    }

    @Test
    void aJudgementOfTheGenitiveNounMeetsNoJudgementOfTheOtherNoun() {
        ClaimFeatures fence = claim(1, "The harbour master said a new fence is the best protection for the docks", "Harbour board");
        assertFalse(names(between(fence, claim(2, "The mayor wants to tighten the critical refineries’ security before winter.",
                "Mayor's office"))).contains("opposite judgements"));
        // The same word said of the security itself still meets the protection (WordNet: one synset).
        assertTrue(names(between(fence, claim(3, "The mayor said their security is critical", "Mayor's office")))
                .contains("opposite judgements"));
    }

    @Test
    void moreImportantlySetOffByACommaJudgesNothing() {
        String fares = "The ferry fares will fall next year; more importantly, the night ferry will run again.";
        assertTrue(claim(1, fares, "Harbour board").judged.isEmpty());
        assertTrue(claim(2, "Tolls go up in June and, most importantly, the bridge stays open at night", "Council").judged.isEmpty());
        ClaimFeatures badly = claim(3, "The union said the meeting about the night ferry went badly", "Union");
        assertFalse(names(between(claim(4, fares, "Harbour board"), badly)).contains("opposite judgements"));
        // A judgement of the event itself still meets the union's.
        assertTrue(names(between(claim(5, "The ferry fares will fall next year and the meeting about the night ferry went very well",
                "Harbour board"), badly)).contains("opposite judgements"));
    }
}
