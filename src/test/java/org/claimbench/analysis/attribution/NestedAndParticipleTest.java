package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 9: a report of speech inside another report is an attribution of its own, and a reporting participle
 * finds the main clause's subject past a quotation closed after its comma or a participle clause opening the sentence.
 * Sentences written for this test, each with the case to leave alone.
 */
class NestedAndParticipleTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aVerbOfSpeakingInsideAnotherReportIsItsOwnAttributionBesideTheOuterOne() {
        assertEquals(List.of("union | said | the mayor announced on Monday that the harbour would close in May",
                "mayor | announced | the harbour would close in May"),
                read("The union said the mayor announced on Monday that the harbour would close in May."));
    }

    @Test
    void anyVerbOfCommunicationInsideAnotherReportIsItsOwnAttributionButAVerbOfJudgingIsNot() {
        assertEquals(List.of("clerk | said | the mayor complained that the harbour dues were far too high",
                "mayor | complained | the harbour dues were far too high"),
                read("The clerk said the mayor complained that the harbour dues were far too high."));
        assertEquals(List.of("clerk | said | the board had judged that the harbour dues were far too high"),
                read("The clerk said the board had judged that the harbour dues were far too high."));
    }

    @Test
    void aQuotationResumedAfterAnAddresseeOrAnAppositionToTheSpeakerIsOneContent() {
        assertEquals(List.of("Lena Okafor | told | The pier is not just old,” Okafor told the Gazette on Monday, “but it is unsafe in winter"),
                read("Lena Okafor leads the guild. “The pier is not just old,” Okafor told the Gazette on Monday, “but it is unsafe in winter.”"));
        assertEquals(List.of("Lena Okafor | said | The pier needs care,” said Lena Okafor, a lawyer who has worked for the guild. “If nobody"
                + " checks it, it will fall"),
                read("“The pier needs care,” said Lena Okafor, a lawyer who has worked for the guild. “If nobody checks it, it will fall.”"));
        // No quotation resumes: a clause after the addressee, or a sentence that is not quoted.
        assertEquals(List.of("Okafor | told | The pier is not just old"), read("“The pier is not just old,” Okafor told the Gazette, and the board agreed."));
        assertEquals(List.of("Okafor | said | The pier is old"), read("“The pier is old,” Okafor said, a lawyer for the guild. The board met on Friday."));
    }

    @Test
    void theAddresseeOfAVerbOfTellingIsNotTheSpeakerOfTheReportInsideItsThatClause() {
        // "assured passengers that …": "that" opens what the captain assured them of, not a relative clause on "passengers"
        // (VerbNet tell-37.2/promise-37.13 frames: Recipient, then the message), so the stewards speak, not the passengers.
        assertEquals(List.of("captain | assured | stewards trained for the route said the crossing was safe",
                "stewards | said | the crossing was safe"),
                read("The captain assured passengers that stewards trained for the route said the crossing was safe."));
        // A restrictive relative clause on a subject is still read as one: the head noun speaks.
        assertEquals(List.of("Passengers | said | the crossing was rough"),
                read("Passengers that the ferry carried on Sunday said the crossing was rough."));
    }

    @Test
    void aReportThatSomeoneDidNotSpeakGivesThemNoStatement() {
        // The baker never said it: what follows is the guild's report, no statement of the baker's (a negated verb of
        // speaking reports no speech act).
        assertEquals(List.of("guild | said | the baker never said the oven would be repaired by June"),
                read("The guild said the baker never said the oven would be repaired by June."));
        assertEquals(List.of("guild | said | the baker didn't tell anyone that the oven would be repaired by June"),
                read("The guild said the baker didn't tell anyone that the oven would be repaired by June."));
        // A denial that the baker spoke is no report of what he said either.
        assertEquals(List.of("guild | denied | the baker had promised that the oven would be repaired by June"),
                read("The guild denied the baker had promised that the oven would be repaired by June."));
    }

    @Test
    void whatAReportSaysOthersAgreedOrIntendedStaysTheOuterSpeakers() {
        // Not a verb of speaking: the agreement is the union's report.
        assertEquals(List.of("union | said | the two guilds had agreed to share the costs of the new pier"),
                read("The union said the two guilds had agreed to share the costs of the new pier."));
        // A verb of speaking with an infinitive: an intention the union reports, no statement of the mayor's.
        assertEquals(List.of("union | said | the mayor had proposed to close the old pier before the winter"),
                read("The union said the mayor had proposed to close the old pier before the winter."));
    }

    @Test
    void aParticipleAfterAQuotationClosedAfterItsCommaBelongsToTheMainClausesSubject() {
        assertEquals(List.of("guild | said | The bakery closed within a year", "guild | adding | its rent had doubled in a month"),
                read("The guild said: “The bakery closed within a year,” adding that its rent had doubled in a month."));
        // A participle with nothing reported after it is no attribution.
        assertEquals(List.of("guild | said | The bakery closed within a year"),
                read("The guild said: “The bakery closed within a year,” adding nothing more."));
    }

    @Test
    void aParticipleClauseOpeningTheSentenceIsPassedOverForTheMainClausesSubject() {
        assertEquals(List.of("Okafor | repeated | the dues were “far too high,”", "Okafor | arguing | the port would lose its trade"),
                read("Meeting the press in Leeds on Friday, Okafor repeated that the dues were “far too high,” arguing that the port would lose its trade."));
        // With no main clause there is no subject, so no speaker.
        assertEquals(List.of(), read("Speaking in Leeds on Friday, arguing that the port would lose its trade."));
    }
}
