package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who speaks and what they say when a passive, an addressee or a short quotation stands inside the cue's
 * clause (sentences PolNeAR's annotators give a source that the finder used to leave as the outlet's own), on sentences
 * written for this test.
 */
class ClauseMembersTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aCueCoordinatedWithAPassiveSharesItsSubject() {
        assertEquals(List.of("Harbour officials | predicted | it would slow the repairs"),
                read("Harbour officials were alarmed by the vote and predicted it would slow the repairs."));
        // The passive cue itself names no one who speaks.
        assertEquals(List.of(), read("The tenants were told the pier would close."));
    }

    @Test
    void aSubjectBeforeAQuotationOfItsPredicateOpensTheClause() {
        assertEquals(List.of("senator | said | the city “plainly” needed a larger budget for the ferries"),
                read("The senator said the city “plainly” needed a larger budget for the ferries."));
        assertEquals(List.of("Lindqvist | says | dockers “are a stubborn lot” because many of them remember the strike"),
                read("Lindqvist says dockers “are a stubborn lot” because many of them remember the strike."));
        // A time before a quotation that is a clause of its own is no subject.
        assertEquals(List.of("Ortega | said | we are done with the pier"), read("Ortega said Tuesday “we are done with the pier.”"));
    }

    @Test
    void anAddresseeAndAnInfinitiveAreTheContentOfUrgingAndAsking() {
        assertEquals(List.of("Berg | urged | the council to focus on the harbour and its debts"),
                read("Berg urged the council to focus on the harbour and its debts."));
        assertEquals(List.of("Okafor | asked | the board to give the proceeds to local schools"),
                read("In an April letter to Moreno, Okafor asked the board to give the proceeds to local schools."));
    }

    @Test
    void aPhraseWithNoMessageAfterItIsWhatIsShownNotToWhom() {
        assertEquals(List.of("Public filings | show | no payments from him to the charity since 2010"),
                read("Public filings show no payments from him to the charity since 2010."));
    }

    @Test
    void aOneWordQuotationInsideTheObjectLeavesTheObjectTheContent() {
        assertEquals(List.of("Lena Ortiz | dismissed | the whole quarrel as “silly.”"), read("Lena Ortiz dismissed the whole quarrel as “silly.”"));
        // A one-word quotation right after the cue is too short to be a statement.
        assertEquals(List.of(), read("Ortega said “no.”"));
    }

    @Test
    void aLineOpeningWithANameReadAsANounAndAColonIsTheNamesWords() {
        // The tagger reads a lone surname at a line's start as a common noun; WordNet does not know it as one.
        assertEquals(List.of("Okafor | : | Port Levy Plan Has Failed The Tenants"), read("Okafor: Port Levy Plan Has Failed The Tenants."));
        // A word WordNet knows as a noun may be an editor's label, and names no source.
        assertEquals(List.of(), read("Update: The ferry timetable changed on Monday after the storm."));
    }
}
