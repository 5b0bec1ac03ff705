package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A learned cue whose content is its noun-phrase object, given by an agent (attribution round 31: PolNeAR annotates acts and
 * attitudes with a noun-phrase content), on sentences written for this test.
 */
class ObjectContentCueTest {

    @Test
    void anAgentsActGivesItsObject() {
        assertEquals(List.of("port authority | sent | a warning letter to the ferry operators"),
                AttributionText.read("The port authority sent a warning letter to the ferry operators."));
        assertEquals(List.of("council | offered | a new deal to the striking dock workers"),
                AttributionText.read("The council offered a new deal to the striking dock workers."));
        assertEquals(List.of("Berg | ignored | the repeated warnings of the coast guard"),
                AttributionText.read("Tom Berg ignored the repeated warnings of the coast guard."));
    }

    @Test
    void noAgentOrNoObjectGivesNothing() {
        assertEquals(List.of(), AttributionText.read("The discussion included a long list of complaints from the tenants."));
        assertEquals(List.of(), AttributionText.read("The storm damaged the old wooden pier near the station."));
        assertEquals(List.of(), AttributionText.read("Ana Ruiz walked along the pier with her two brothers and a dog."));
        assertEquals(List.of(), AttributionText.read("The harbour master kept the old bell as a souvenir of the yard."));
    }

    @Test
    void aShortObjectBeforeATimeOrAThingHandledGivesNothing() {
        assertEquals(List.of(), AttributionText.read("Tomas Berg chaired the meeting on Monday."));
        assertEquals(List.of(), AttributionText.read("The harbour board inspected the old stone bridge across the river."));
    }
}
