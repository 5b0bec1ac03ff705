package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.analysis.language.CompoundHeads;
import org.junit.jupiter.api.Test;

/**
 * One thing alone against several, each account writing another head of one WordNet compound and neither its premodifier
 * ("those plants" / "exclusively about one station": {power station, power plant}), round 30 of issue 11. Sentences of our own.
 */
class HeadsOfOneCompoundTest {

    private static final String STATION = "The governor says the mayor spoke exclusively about one station";

    private static boolean oneOrSeveral(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.name().equals("scope") && s.explanation().contains("one only, or several"));
    }

    @Test
    void thePluralOfTheOtherHeadIsSeveral() {
        ClaimFeatures station = claim(1, STATION, "Governor");
        ClaimFeatures plants = claim(2, "The mayor told the governor that those plants need new owners", "Mayor");
        assertTrue(oneOrSeveral(station, plants), between(station, plants).toString());
        assertTrue(oneOrSeveral(plants, station), "whichever comes first");
        assertTrue(between(station, plants).stream().anyMatch(s -> s.explanation().contains("“plants”")), "the reason names the plural");
    }

    @Test
    void noConflictWithoutTheCompoundOrThePluralOrASecondAccount() {
        ClaimFeatures station = claim(1, STATION, "Governor");
        assertFalse(oneOrSeveral(station, claim(2, "The mayor told the governor that those hospitals need new owners", "Mayor")),
                "hospital and station head no compound together");
        assertFalse(oneOrSeveral(station, claim(2, "The mayor told the governor that the plant needs new owners", "Mayor")),
                "one plant is one thing too");
        assertFalse(oneOrSeveral(station, claim(2, "The mayor told the governor that those bus stops need new owners", "Mayor")),
                "another thing named with its own premodifier");
        assertFalse(oneOrSeveral(station, claim(2, "The governor says the mayor told him that those plants need new owners", "Governor")),
                "one source's two statements");
    }

    @Test
    void aGivenPremodifierNamesItsOwnCompound() {
        assertFalse(oneOrSeveral(claim(1, "The governor says the mayor spoke exclusively about one plant", "Governor"),
                claim(2, "The mayor told the governor that those bus stations need new owners", "Mayor")), "a bus station is no plant");
    }

    @Test
    void wordNetFilesTheCompoundUnderOneOfItsHeads() {
        assertTrue(CompoundHeads.shared().headsOfOneCompound("plant", "station"));
        assertTrue(CompoundHeads.shared().headsOfOneCompound("station", "plant"), "either order");
        assertFalse(CompoundHeads.shared().headsOfOneCompound("station", "hospital"));
        assertFalse(CompoundHeads.shared().headsOfOneCompound("plant", "plant"), "one noun");
        assertFalse(CompoundHeads.shared().headsOfOneCompound("station", "zzyzx"), "a word WordNet lacks");
    }
}
