package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 26: a sentence opening with "in" and a noun phrase headed by an inquiry or a document, then a comma and a
 * clause, gives the clause to the inquiry or document ({@link InquiryFindings}). Sentences written for this test.
 */
class InquiryFindingsTest {

    @Test
    void aClauseAfterInAPollIsWhatThePollFound() {
        assertEquals(List.of("latest Harbour Gazette poll | In | Ortega rose two points since the debate while Berg fell"),
                AttributionText.read("In the latest Harbour Gazette poll, Ortega rose two points since the debate while Berg fell."));
        assertEquals(List.of("survey | In | two in three tenants rode the ferry to work every day"),
                AttributionText.read("In this survey, two in three tenants rode the ferry to work every day."));
    }

    @Test
    void aParticipleClauseAfterTheHeadPostmodifiesIt() {
        assertEquals(List.of("earlier Gazette regional poll | In | Ortega led Berg by five points among likely voters"),
                AttributionText.read("In the earlier Gazette regional poll, conducted in early May, Ortega led Berg by five points among likely voters."));
        assertEquals(List.of("earlier Gazette/Channel 4 poll | In | Ortega led Berg by five points among likely voters"),
                AttributionText.read("In the earlier Gazette/Channel 4 poll, conducted in early May, Ortega led Berg by five points among likely voters."));
        assertEquals(List.of("survey | In | two in three tenants rode the ferry to work every day"),
                AttributionText.read("In a survey released Sunday, two in three tenants rode the ferry to work every day."));
    }

    @Test
    void aPlaceATimeOrAnActIsNoSource() {
        assertEquals(List.of(), AttributionText.read("In the harbour town, two in three tenants rode the ferry to work every day."));
        assertEquals(List.of(), AttributionText.read("In the spring of that year, the ferry lost money on every crossing."));
        assertEquals(List.of(), AttributionText.read("In the meeting, the two mayors spoke about the bridge and the ferry."));
        assertEquals(List.of(), AttributionText.read("In return, the pilots will stop the ferry for two days every month."));
    }

    @Test
    void aSentenceWithACueOfItsOwnIsTheCuesClaim() {
        assertEquals(List.of("Ortega | said | the toll would stay until the bridge is paid for"),
                AttributionText.read("In an interview with the Gazette, Ortega said the toll would stay until the bridge is paid for."));
    }
}
