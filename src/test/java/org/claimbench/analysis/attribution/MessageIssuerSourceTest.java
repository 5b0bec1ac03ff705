package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 15: a reporting participle after a message a subject puts out ("issued a statement saying …") has
 * the issuer as its source; after a message a subject takes in ("obtained a memo saying …") the message stays the source.
 * Sentences written for this test.
 */
class MessageIssuerSourceTest {

    @Test
    void theIssuerOfAStatementSpeaksThroughTheParticipleAfterIt() {
        // Before: "statement" spoke.
        assertEquals(List.of("harbour board | saying | the pier would close"),
                AttributionText.byCue("The harbour board issued a statement on Monday saying the pier would close.", "saying"));
        assertEquals(List.of("ferry union | calling | the new timetable \"a betrayal of the islands\""),
                AttributionText.byCue("The ferry union released a letter calling the new timetable \"a betrayal of the islands\".", "calling"));
    }

    @Test
    void aMessageTakenInOrWithNoDeterminerKeepsItsOwnVoice() {
        assertEquals(List.of("memo | saying | the pier would close"), AttributionText.byCue("Reporters obtained a memo saying the pier would close.", "saying"));
        assertEquals(List.of("letter | saying | the pier would close"), AttributionText.byCue("The mayor read a letter saying the pier would close.", "saying"));
        // A participle before a message with no determiner modifies it ("published reports"); the reports speak.
        assertEquals(List.of("reports | saying | the pier would close"),
                AttributionText.byCue("The mayor pointed to published reports saying the pier would close.", "saying"));
    }
}
