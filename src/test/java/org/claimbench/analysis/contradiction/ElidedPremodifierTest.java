package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.language.CompoundHeads;
import org.junit.jupiter.api.Test;

/**
 * One thing alone against several, the one named by another head of the same WordNet compound with its premodifier left out
 * ("nuclear power plants" / "exclusively about one station": "power station" is "power plant"), round 22 of issue 11; and
 * with the premodifier given in neither claim ("those plants" / "exclusively about one station"), round 30. Sentences of our own.
 */
class ElidedPremodifierTest {

    private static final String STATION = "The governor says the mayor spoke exclusively about one station";
    private static final String PLANTS = "The mayor discussed the city's water supply and nuclear power plants with the governor";

    private static boolean oneOrSeveral(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.name().equals("scope") && s.explanation().contains("one only, or several"));
    }

    @Test
    void oneStationAgainstPowerPlantsIsOneOnlyOrSeveral() {
        ClaimFeatures plants = claim(1, PLANTS, "Mayor");
        ClaimFeatures station = claim(2, STATION, "Governor");
        assertTrue(oneOrSeveral(station, plants), between(station, plants).toString());
        assertTrue(oneOrSeveral(plants, station), "whichever comes first");
        assertTrue(between(station, plants).stream().anyMatch(s -> s.explanation().contains("power plants")), "the reason names the compound");
    }

    @Test
    void aHeadOfNoSameCompoundIsNoConflict() {
        ClaimFeatures plants = claim(1, PLANTS, "Mayor");
        assertFalse(oneOrSeveral(claim(2, "The governor says the mayor spoke exclusively about one hospital", "Governor"), plants));
        assertFalse(oneOrSeveral(claim(2, "The governor says the mayor spoke exclusively about one plant", "Governor"),
                claim(1, "The mayor discussed the city's water supply and bus stations with the governor", "Mayor")),
                "a bus station is no plant");
    }

    @Test
    void theTwoMeetWithNoWordShared() {
        ClaimFeatures plants = claim(1, "Officials discussed water supply and nuclear power plants", "Mayor");
        ClaimFeatures station = claim(2, "He talked exclusively about one station", "Governor");
        assertTrue(new Candidates(List.of(plants, station)).reached(0, 1), "the plants' claim first");
        assertTrue(new Candidates(List.of(station, plants)).reached(0, 1), "the station's claim first");
    }

    @Test
    void wordNetGivesTheOtherHeadsOfACompoundWithItsPremodifier() {
        assertTrue(CompoundHeads.shared().otherHeads("power", "plant").contains("station"));
        assertFalse(CompoundHeads.shared().otherHeads("bus", "station").contains("plant"));
        assertTrue(CompoundHeads.shared().otherHeads("harbour", "pier").isEmpty(), "no such compound");
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
    void wordNetFilesTheCompoundUnderOneOfItsHeads() {
        assertTrue(CompoundHeads.shared().headsOfOneCompound("plant", "station"));
        assertTrue(CompoundHeads.shared().headsOfOneCompound("station", "plant"), "either order");
        assertFalse(CompoundHeads.shared().headsOfOneCompound("station", "hospital"));
        assertFalse(CompoundHeads.shared().headsOfOneCompound("plant", "plant"), "one noun");
        assertFalse(CompoundHeads.shared().headsOfOneCompound("station", "zzyzx"), "a word WordNet lacks");
    }
}
