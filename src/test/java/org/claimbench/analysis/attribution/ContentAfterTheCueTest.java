package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Contents that stand after an accepted cue outside its sentence or its clause, on sentences written for this test. */
class ContentAfterTheCueTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aColonClosingTheCuesLineGivesTheNextParagraph() {
        assertEquals(List.of("Ortega | added | The ferry timetable was drawn up by the port office in a hurry. It will not last the winter"),
                read("The harbour board met on Monday.\n\nOrtega added:\n\nThe ferry timetable was drawn up by the port office in a hurry. "
                        + "It will not last the winter.\n\nThe board meets again in May."));
    }

    @Test
    void aQuotationAfterAColonClosingTheLineIsTakenWholeOverItsParagraphs() {
        // The opening mark a quotation repeats at each new paragraph stays inside it (as for any quotation over paragraphs).
        assertEquals(List.of("Berg | continued | The depot loses money every month.\n\n“Nobody on the council has read the accounts"),
                read("The council sat late.\n\nBerg continued:\n\n“The depot loses money every month.\n\n“Nobody on the council has read the accounts.”\n\nThe vote is on Friday."));
    }

    @Test
    void aColonInsideItsLineGivesWhatFollowsOnIt() {
        assertEquals(List.of("Ortega | added | the ferry timetable was drawn up in haste"),
                read("Ortega added: the ferry timetable was drawn up in haste.\n\nThe board meets again in May."));
    }

    @Test
    void aColonClosingALineWithNoCueGivesNoAttribution() {
        assertEquals(List.of(), read("The timetable for the week:\n\nFerries leave the harbour at nine and at four."));
    }

    @Test
    void whatAVerbOfResponseOrCommentAnswersAfterItsPrepositionIsTheContent() {
        assertEquals(List.of("Berg | commented | the closure of the ferry depot at the north pier"),
                read("The board met on Monday.\n\nBerg has commented on the closure of the ferry depot at the north pier."));
        assertEquals(List.of("Berg | responded | attacks on the council's budget for the harbour"),
                read("The board met on Monday.\n\nBerg responded with attacks on the council's budget for the harbour."));
        assertEquals(List.of("Berg | responded | pointing to the rise in fares since the spring"),
                read("The board met on Monday.\n\nBerg responded by pointing to the rise in fares since the spring."));
    }

    @Test
    void aTimeAfterTheVerbOfResponseOrAGerundThatIsACueIsNoContentOfIt() {
        assertEquals(List.of(), read("The board met on Monday.\n\nBerg replied on Tuesday morning after the vote."));
        // The gerund is a cue of its own: its attribution stands alone.
        assertEquals(List.of("Berg | saying | the depot would close in May"),
                read("The board met on Monday.\n\nBerg responded by saying the depot would close in May."));
    }

    @Test
    void aVerbThatIsNoVerbOfResponseGivesNoPrepositionalObject() {
        // "spoke to the crowd": the hearers, not what was said.
        assertEquals(List.of(), read("The board met on Monday.\n\nBerg spoke to the crowd at the north pier."));
    }

    @Test
    void thatReadAsAPronounBeforeAGerundOpensTheClause() {
        // Attribution round 16: the tagger reads this "that" as a pronoun; before, "distancing" as a verb after it ended the
        // search and the sentence was the outlet's own.
        assertEquals(List.of("Mr. Berg | argues | distancing from the union has never won the council any votes"),
                read("Mr. Berg argues that distancing from the union has never won the council any votes."));
        // A demonstrative subject before its auxiliary stays the clause's subject.
        assertEquals(List.of("Ruiz | said | that would be a mistake for the island"), read("Ruiz said that would be a mistake for the island."));
    }
}
