package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 25: what a headline reports someone to have said, by headline grammar ({@link HeadlineReports}). A source's
 * noun phrase before a colon, and a source as the subject of a verb of communication, give the rest of the headline as the
 * source's; a headline reporting an act stays the outlet's. Sentences written for this test.
 */
class HeadlineReportTest {

    private static final String BODY = "\n\nThe harbour board met on Monday, and Ortega spoke after Berg.";

    private static List<String> read(String headline) {
        return AttributionText.read(headline + BODY);
    }

    @Test
    void aGroupOrAPersonBeforeAHeadlinesColonSpeaks() {
        assertEquals(List.of("Harbour board | : | Ferry fares will rise next spring"), read("Harbour board: Ferry fares will rise next spring"));
        assertEquals(List.of("Islanders | : | The winter timetable leaves us stranded"),
                read("Islanders: The winter timetable leaves us stranded"));
    }

    @Test
    void aPollBeforeAHeadlinesColonReportsItsFindings() {
        assertEquals(List.of("Poll | : | Islanders Turn Against Ferry Fares"), read("Poll: Islanders Turn Against Ferry Fares"));
    }

    @Test
    void aLabelBeforeAColonIsNoSource() {
        // "Update" names news, not who speaks: the headline stays the outlet's.
        assertEquals(List.of(), read("Update: Ferry timetable changes after the winter storm"));
        assertEquals(List.of(), read("The Latest: Ferry timetable changes after the winter storm"));
    }

    @Test
    void aSourceAsTheSubjectOfAVerbOfCommunicationSpeaks() {
        // A noun phrase after the verb is no content the cue lexicon's rules take; the headline's verb gives it.
        assertEquals(List.of("Ortega | addresses | islanders on the ferry cuts"), read("Ortega addresses islanders on the ferry cuts"));
        assertEquals(List.of("Islanders | petition | board over the winter timetable"), read("Islanders petition board over the winter timetable"));
    }

    @Test
    void inTitleCaseASourceNounHeadsTheSubjectAndTheVerbAgreesWithIt() {
        // "Pilots" also reads as a verb ("to pilot"); a noun of persons heads the subject, and "Rebuke" agrees with a plural.
        assertEquals(List.of("Harbour Pilots | Rebuke | Board Over Winter Timetable"), read("Harbour Pilots Rebuke Board Over Winter Timetable"));
        assertEquals(List.of("Ortega | Chides | Board Over Winter Timetable"), read("Ortega Chides Board Over Winter Timetable"));
    }

    @Test
    void aHeadlineReportingAnActStaysTheOutlets() {
        // "meet", "have" and "vote" are verbs of communication in none of their first senses in WordNet ("have a word" is the
        // thirteenth): the headline reports what was done.
        assertEquals(List.of(), read("Ortega and Berg had a long phone conversation about the ferries"));
        assertEquals(List.of(), read("Island Mayor Meets Harbour Pilots Who Criticise The Board"));
        assertEquals(List.of(), read("Ortega meets harbour pilots over the winter timetable"));
    }

    @Test
    void anAdverbialAfterTheVerbIsNoReport() {
        // "spoke" is a verb of communication, but where and when is not what was said.
        assertEquals(List.of(), read("Ortega spoke in the town hall after the ferry vote"));
        assertEquals(List.of(), read("Harbour board talks this week about the ferry contract"));
    }

    @Test
    void aSubjectThatIsNoSourceDoesNotSpeak() {
        // "timetable" names a thing, not a person, a group or an inquiry.
        assertEquals(List.of(), read("New timetable promises later ferries for the islands"));
    }
}
