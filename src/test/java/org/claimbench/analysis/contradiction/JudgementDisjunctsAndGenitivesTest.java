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
        assertEquals(List.of("depot"), targets("The plan is to ensure the critical depots’ security."));
        // The tokenizer may keep a plural genitive's apostrophe on its noun ("facilities’"): the noun is still the target.
        assertEquals(List.of("facilities"), targets("Guards must keep the critical facilities’ gates shut."));
        assertEquals(List.of("depot"), targets("The plan is meant to ensure the critical depots' security"));
        assertEquals(List.of("depot"), targets("The plan is meant to ensure the critical depot’s security"));
        // Without a genitive the noun after the run is the target, as before.
        assertEquals(List.of("security"), targets("The plan is meant to ensure critical security at the depots"));
    }

    @Test
    void aJudgementOfTheGenitiveNounMeetsNoJudgementOfTheOtherNoun() {
        ClaimFeatures fence = claim(1, "The harbour master said a new fence is the best protection for the docks", "Harbour board");
        assertFalse(names(between(fence, claim(2, "The union said the plan is to keep the critical facilities’ security tight.",
                "Union"))).contains("opposite judgements"));
        // The same words said of the security itself still meet the protection (WordNet: one synset).
        assertTrue(names(between(fence, claim(3, "The union said the security is critical", "Union")))
                .contains("opposite judgements"));
    }

    @Test
    void moreImportantlySetOffByACommaJudgesNothing() {
        assertTrue(claim(1, "The strike is over, but more importantly, the dockers will return on Monday", "Harbour board")
                .judged.isEmpty());
        assertTrue(claim(2, "The fares will fall and, most importantly, the ferries will run at night", "Harbour board")
                .judged.isEmpty());
        ClaimFeatures noTalks = claim(3, "We have not engaged in any talks with the board", "Union");
        assertFalse(names(between(claim(4, "The strike is over, but more importantly, the dockers will return on Monday",
                "Harbour board"), noTalks)).contains("opposite judgements"));
        // A judgement of the event itself still meets the denial of engaging.
        assertTrue(names(between(claim(5, "The strike is over and the talks went very well", "Harbour board"), noTalks))
                .contains("opposite judgements"));
    }
}
