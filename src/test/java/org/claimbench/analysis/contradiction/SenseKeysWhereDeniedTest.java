package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An affirmed verb's sense keys are made only where some claim denies a verb (round 19 of issue 11: they cost a sixth of
 * the contradiction engine's time and met nothing elsewhere); an index built before the denial still pairs it.
 */
class SenseKeysWhereDeniedTest {

    private static final String CAPITULATED = "The dockers had capitulated, the governor said";
    private static final String CALLED_FALSE = "Reports that the strikers surrendered are false";

    private static boolean hasSenseKey(List<String> keys) {
        return keys.stream().anyMatch(SenseKeys::is);
    }

    @Test
    void anAffirmedVerbMakesNoSenseKeyInAnEventWithNoDenial() {
        ClaimFeatures affirmed = claim(1, CAPITULATED, "Port", "the strike of May");
        ClaimFeatures deniedElsewhere = claim(2, CALLED_FALSE, "Union", "the vote of June");
        SenseKeys.Denials denials = SenseKeys.Denials.among(List.of(affirmed, deniedElsewhere));
        assertFalse(hasSenseKey(BlockingKeys.posted(affirmed, denials)), "no claim of its event denies a verb");
        assertFalse(hasSenseKey(BlockingKeys.lookedUp(affirmed, denials)), "no denial of its event to look up");
        assertTrue(hasSenseKey(BlockingKeys.posted(deniedElsewhere, denials)), "the denial posts its own");
        ClaimFeatures deniedHere = claim(3, CALLED_FALSE, "Union", "the strike of May");
        SenseKeys.Denials here = SenseKeys.Denials.among(List.of(affirmed, deniedHere));
        assertTrue(hasSenseKey(BlockingKeys.posted(affirmed, here)) && hasSenseKey(BlockingKeys.lookedUp(affirmed, here)));
    }

    @Test
    void aClaimWhoseEventIsNotKnownDenyingMakesEveryEventsAffirmedVerbsKeyed() {
        ClaimFeatures affirmed = claim(1, CAPITULATED, "Port", "the strike of May");
        ClaimFeatures unplaced = claim(2, CALLED_FALSE, "Union", "");
        assertTrue(new Candidates(List.of(affirmed, unplaced)).reached(0, 1), "a claim of no known event meets every event's");
    }

    private static ClaimFacts facts(long id, String text, String source, String event) {
        return new ClaimFacts(id, id, text, source, event);
    }

    @Test
    void aDenialAddedToABuiltIndexMeetsTheAffirmedVerbsOfItsEvent() {
        ContradictionIndex index = new ContradictionIndex(List.of(facts(1, CAPITULATED, "Port", "the strike of May")));
        index.add(facts(3, CALLED_FALSE, "Union", "the strike of May"));
        assertTrue(index.involving(3).stream().anyMatch(s -> s.claimA() == 1), "capitulate: a kind of surrender (WordNet)");
        ContradictionIndex another = new ContradictionIndex(List.of(facts(1, CAPITULATED, "Port", "the strike of May")));
        another.add(facts(4, CALLED_FALSE, "Union", ""));
        assertTrue(another.involving(4).stream().anyMatch(s -> s.claimA() == 1), "the denial's event not known");
    }

    @Test
    void anAffirmedVerbAddedToABuiltIndexMeetsItsEventsDenial() {
        ContradictionIndex index = new ContradictionIndex(List.of(facts(1, CALLED_FALSE, "Union", "the strike of May")));
        index.add(facts(2, CAPITULATED, "Port", "the strike of May"));
        assertTrue(index.involving(2).stream().anyMatch(s -> s.claimA() == 1));
    }
}
