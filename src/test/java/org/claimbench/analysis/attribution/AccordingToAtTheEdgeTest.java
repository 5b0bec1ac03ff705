package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 24: "according to X" at its clause's edge, opening or closing it, around a verb of saying gives the claim
 * to X: X reports the report, nested in X's (PARC 3.0's nesting; PolNeAR annotates the outer "according to" alone in most
 * such sentences of its train split). Set between the subject and its verb ("Berg, according to the Gazette, criticized …")
 * or inside the report's content ("said that, according to the wardens, …") it leaves the report as before. Sentences
 * written for this test.
 */
class AccordingToAtTheEdgeTest {

    @Test
    void aReportOfSayingClosedOrOpenedByAccordingToIsTheSourcesClaim() {
        // Before: Ruiz's and the pilots' attributions, the Gazette's and the organizer's dropped.
        assertEquals(List.of("Gazette | according to | Ruiz said the fees would rise before the summer"),
                AttributionText.read("Ruiz said the fees would rise before the summer, according to the Gazette."));
        assertEquals(List.of("Gazette | According to | Ruiz said the fees would rise before the summer"),
                AttributionText.read("According to the Gazette, Ruiz said the fees would rise before the summer."));
        assertEquals(List.of("organizer | according to | The pilots have said that they plan to strike on Monday"),
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
