package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reported clauses and sources where the tagger's reading falls short: a subject with no noun ("said the other would …",
 * "said that is …", "said there is …", "The board itself said", "Some said"), a "that" far after the cue, a participle
 * that names its noun ("known as"). Sentences written for this test, each with the case to leave alone.
 */
class ClauseReadingTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void anAdjectiveOrDeterminerHeadingTheReportedClausesSubjectStillOpensAClause() {
        assertEquals(List.of("Ortega | said | the other would pay for the ferry"), read("Ortega said the other would pay for the ferry."));
        assertEquals(List.of("Ortega | said | many doubted the tender"), read("Ortega said many doubted the tender."));
        assertEquals(List.of("Ortega | said | each has a vote on the tender"), read("Ortega said each has a vote on the tender."));
        // An article alone is no subject: nothing is reported here.
        assertEquals(List.of(), read("Ortega said the."));
    }

    @Test
    void aDemonstrativeBeforeAnAuxiliaryIsTheSubjectNotAComplementizer() {
        assertEquals(List.of("harbour engineers | said | that is very unlikely"), read("The harbour engineers said that is very unlikely."));
        assertEquals(List.of("Ortega | said | that would be a mistake"), read("Ortega said that would be a mistake."));
        // "that" before a clause of its own subject stays the complementizer, out of the content.
        assertEquals(List.of("Ortega | said | the tender would fail"), read("Ortega said that the tender would fail."));
    }

    @Test
    void anEmphaticReflexiveAfterTheSubjectLeavesTheSubjectTheSource() {
        assertEquals(List.of("Lindqvist Ferries | said | the crossing was safe"), read("Lindqvist Ferries itself said the crossing was safe."));
        assertEquals(List.of("Ortega | told | the tender was void"), read("Ortega herself told the board that the tender was void."));
    }

    @Test
    void aQuantifierStandingAloneIsTheSubject() {
        assertEquals(List.of("Some | said | they had waited an hour at the pier"), read("Some said they had waited an hour at the pier."));
        assertEquals(List.of("Several | said | the fares were too high"), read("Several said the fares were too high."));
        // A negative quantifier says that no one spoke.
        assertEquals(List.of(), read("None said the fares were too high."));
    }

    @Test
    void existentialThereOpensTheReportedClause() {
        assertEquals(List.of("Ortega | said | there is no money left for the pier"), read("Ortega said there is no money left for the pier."));
        assertEquals(List.of("Ortega | said | there seem to be fewer tenants"), read("Ortega said there seem to be fewer tenants."));
        // "there" as a place is no subject: nothing is reported.
        assertEquals(List.of(), read("Ortega stood there."));
    }

    @Test
    void thatAfterALongAdverbialOfPlaceAndTimeOpensTheContent() {
        assertEquals(List.of("Ortega | said | the county was wrong to close the ferry"),
                read("Ortega said on Thursday during a visit to the harbour in Leeds, England, that the county was wrong to close the ferry."));
        // A verb between the cue and "that" ends the search: the "that" belongs to another clause and its speaker.
        assertFalse(read("Ortega said on Thursday during a visit to Leeds, where tenants learned that the ferry would close.")
                .contains("Ortega | said | the ferry would close"));
    }

    @Test
    void anAttributionBetweenCommasBeforeAHyphenatedWordGivesTheWholeSentence() {
        assertEquals(List.of("Ortega | said | In the county, Ortega said, first-time offenders are sent to a course"),
                read("In the county, Ortega said, first-time offenders are sent to a course."));
    }

    @Test
    void aCapitalisedInterjectionBeforeANameIsPartOfTheName() {
        assertEquals(List.of("Harbour Trust | says | Bishop Ana Ortiz has no plans to visit the port"),
                read("The Harbour Trust says Bishop Ana Ortiz has no plans to visit the port."));
    }

    @Test
    void aParticipleNamingItsNounWithAsIsNoCueAndHidesNoAttribution() {
        // Read as a cue, "known" would have closed the sentence before it and swallowed Ortega's statement.
        assertEquals(List.of("Ortega | said | the county is wrong to ban the ferry"),
                read("Ortega said the county is wrong to ban the ferry, a service known as the link."));
        // A verb of speaking after its subject stays the cue; so does a participle whose subject a relative clause gives.
        assertEquals(List.of("Ortega | said | The plan is over"), read("The plan is over, Ortega said as a joke."));
        assertEquals(List.of("harbour master | described | a deliberate act"),
                read("Crews cleared a blast that the harbour master described as “a deliberate act.”"));
    }

    @Test
    void afterAQuotationAVerbOfTellingKeepsItsSubjectAndTellsTheAddressee() {
        assertEquals(List.of("Ana Ortega | told | The pier stays open and the board will win"),
                read("“The pier stays open and the board will win,” Ana Ortega, an adviser to the mayor, told the Gazette."));
        // With no subject before it, the phrase after a verb of saying is who spoke ("…, said X").
        assertEquals(List.of("Ana Ortega | said | The pier stays open and the board will win"),
                read("“The pier stays open and the board will win,” said Ana Ortega, an adviser to the mayor."));
    }

    @Test
    void aVerbOfSpeakingGivesTheNounPhraseThatIsItsMessage() {
        assertEquals(List.of("Ortega | announced | the lawsuit against the harbour board"), read("Ortega announced the lawsuit against the harbour board."));
        assertEquals(List.of("Ortega | talked | about the ferry at length"), read("Ortega talked about the ferry at length."));
        // A time, a demonstrative or a thing moved somewhere is no message (a possessive opens one: PossessiveSpeechTopicTest).
        assertEquals(List.of(), read("Ortega said this week."));
        assertEquals(List.of(), read("Ortega repeated these themes."));
        assertEquals(List.of(), read("Ortega added a new title to her record."));
    }

    @Test
    void aTimeBetweenTheSubjectAndItsVerbIsNeverTheSource() {
        assertEquals(List.of("Ana Ortega | said | the pier would close"), read("Ana Ortega later Monday said the pier would close."));
        assertEquals(List.of("Ana Ortega | accepting | the party’s nomination for the council last month"),
                read("Ana Ortega on Saturday received her first briefing since accepting the party’s nomination for the council last month."));
        // A time after the cue stays out of the source.
        assertEquals(List.of("mayor | said | the pier would close"), read("The mayor said earlier Tuesday that the pier would close."));
    }

    @Test
    void aNounTheTaggerReadAsABareVerbRightAfterTheCueHeadsTheReportedClausesSubject() {
        assertEquals(List.of("mayor | said | praise from the governor would not affect his policy toward the port"),
                read("The mayor said praise from the governor would not affect his policy toward the port."));
        // With no finite verb after it, the phrase is no clause and the cue has no content.
        assertEquals(List.of(), read("The mayor said praise from the governor."));
    }
}
