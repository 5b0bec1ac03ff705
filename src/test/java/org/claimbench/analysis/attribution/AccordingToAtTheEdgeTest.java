package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 24: "according to X" at its clause's edge, opening or closing it, around a verb of saying gave the claim
 * to X (PolNeAR annotates the outer "according to" alone in such sentences); since stop 50 the inner report of saying is
 * kept, with its own speaker, and X's gives way ({@link RelayedReportTest}). Set between the subject and its verb ("Berg, according to the Gazette, criticized …")
 * or inside the report's content ("said that, according to the wardens, …") it leaves the report as before. Sentences
 * written for this test.
 */
class AccordingToAtTheEdgeTest {

    @Test
    void aReportOfSayingClosedOrOpenedByAccordingToIsTheInnerSpeakersClaim() {
        // Round 24 gave these to the Gazette and the organizer (PolNeAR's annotation); since stop 50 the relayed report is the
        // inner speaker's (RelayedReportTest): the claim a reader files is the pilots', which the organizer passes on.
        assertEquals(List.of("pilots | said | they plan to strike on Monday"),
                AttributionText.read("The pilots have said that they plan to strike on Monday, according to an organizer."));
    }

    @Test
    void aParticipleAfterTheSourceAfterACommaIsNoPartOfTheContent() {
        // Before: the content ran on over "according to a poll released Thursday" itself.
        assertEquals(List.of("poll | according to | Most islanders believe the pier should close"),
                AttributionText.read("Most islanders believe the pier should close, according to a poll released Thursday."));
    }

    @Test
    void accordingToInsideTheReportedClauseLeavesTheReport() {
        assertEquals(List.of("harbour master | said | the wardens found the pier unsafe"),
                AttributionText.read("The harbour master said the wardens found the pier unsafe."));
        assertEquals(1, AttributionText.read("The harbour master said that, according to the wardens, the pier was unsafe.").size());
    }
}
