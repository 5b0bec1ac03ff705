package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 46, attribution round 38: the speaker of a reporting participle is the subject of the clause it hangs on (after a
 * verb's object, after a reporting clause set off by commas, after an adverbial opening the sentence); the subject before
 * a non-restrictive relative clause that holds commas of its own; the subject before a floating quantifier. Sentences
 * written for this test, each with the case to leave alone.
 */
class ParticipleClauseSourceTest {

    @Test
    void aParticipleAfterAVerbsObjectHasTheVerbsSubjectAsItsSpeaker() {
        // Before: the object ("pitch", "donors", "lawsuit", "letter") or the noun inside it spoke.
        assertEquals(List.of("Ada Morrow | saying | a ban on drilling is hurting the harbour towns"),
                AttributionText.byCue("Senator Ada Morrow is making a pitch to the voters of the coast saying a ban on drilling is hurting the harbour towns.",
                        "saying"));
        assertEquals(List.of("Vermont governor | saying | The fight goes on"),
                AttributionText.byCue("The Vermont governor emailed donors saying: \"The fight goes on.\"", "saying"));
        assertEquals(List.of("tenants | alleging | the landlord had ignored the leaks"),
                AttributionText.byCue("The tenants' union filed a $2 million lawsuit in 2019 alleging that the landlord had ignored the leaks.", "alleging"));
        assertEquals(List.of("Mayor Ortiz | asking | the office to examine the \"mess.\""),
                AttributionText.byCue("Mayor Ortiz wrote a letter to the state auditor asking the office to examine the \"mess.\"", "asking"));
        assertEquals(List.of("Berg | saying | We won the vote tonight"),
                AttributionText.byCue("Berg sent out a text message to volunteers saying: \"We won the vote tonight.\"", "saying"));
    }

    @Test
    void anObjectThatIsTheParticiplesOwnSubjectKeepsItsVoice() {
        // A verb of perception, cognition or possession, or one whose object takes the participle as its predication.
        assertEquals(List.of("Berg | talking | about the price of the bridge"),
                AttributionText.byCue("A 2018 video shows Berg talking about the price of the bridge.", "talking"));
        assertEquals(List.of("memo | saying | the pier would close"), AttributionText.byCue("Reporters obtained a memo saying the pier would close.", "saying"));
        assertEquals(List.of("many residents | wondering | whether the pier would reopen"),
                AttributionText.byCue("The storm left many residents wondering whether the pier would reopen.", "wondering"));
        // After a preposition, no object: "published reports" speak.
        assertEquals(List.of("reports | saying | the pier would close"),
                AttributionText.byCue("The mayor pointed to published reports saying the pier would close.", "saying"));
    }

    @Test
    void aParticipleAfterAReportingClauseSetOffHasThatClausesSpeaker() {
        // Before: the reported clause's subject ("Ryan and Berg") spoke through "adding".
        assertEquals(List.of("Spicer | adding | They need to sit down and talk"),
                AttributionText.byCue("Ryan and Berg will meet next week, Spicer said, adding, \"They need to sit down and talk.\"", "adding"));
        // A verb inside the clause, not set off by a comma, is no reporting clause: the main clause's subject.
        assertEquals(List.of("Lind | noting | the piles had rotted"),
                AttributionText.byCue("Lind said that the pier was safe, a claim that the harbour engineers flatly rejected, noting that the piles had rotted.",
                        "noting"));
    }

    @Test
    void aParticipleAfterTheMainClauseHasItsSubjectNotTheOpeningAdverbials() {
        // Before: the subject of the opening subordinate clause ("host") spoke through "repeating".
        assertEquals(List.of("Lind | repeating | the tax would hurt the fishermen"),
                AttributionText.byCue("When the host noted that Berg calls it a pier tax, Lind seized on the phrase, repeating her claim that the tax would hurt"
                        + " the fishermen.", "repeating"));
        assertEquals(List.of("Ruiz | arguing | the sale favours the developers"),
                AttributionText.byCue("In a letter to council members released Monday, Ruiz attacks the plan to sell the pier, arguing that the sale favours"
                        + " the developers.", "arguing"));
        // An opening phrase with no comma of its own leaves the subject where it stands.
        assertEquals(List.of("harbour council | saying | the piles had rotted"),
                AttributionText.byCue("In the spring the harbour council voted to close the pier, saying that the piles had rotted.", "saying"));
    }

    @Test
    void theSubjectBeforeARelativeClauseWithCommasOfItsOwnSpeaks() {
        // Before: "Leeds" and "Harbourworks", the nouns before the relative clause's last comma.
        assertEquals(List.of("Ana Ruiz | said | the pier was unsafe"),
                AttributionText.byCue("Ana Ruiz, who has worked as a pilot in Leeds, York and Hull, said the pier was unsafe.", "said"));
        assertEquals(List.of("Mr. Berg | said | the council had waited too long"),
                AttributionText.byCue("Mr. Berg, whose newest firm, Harbourworks, builds floating piers, said the council had waited too long.", "said"));
        assertEquals(List.of("Tom Berg | said | the pier was unsafe"), AttributionText.byCue("Tom Berg, the harbour master, said the pier was unsafe.", "said"));
    }

    @Test
    void aFloatingQuantifierStandsForTheSubjectBeforeIt() {
        // Before: "both" and "all" were the speakers.
        assertEquals(List.of("Ruiz | argued | the pier should be rebuilt"),
                AttributionText.byCue("Berg and Ruiz have both argued that the pier should be rebuilt.", "argued"));
        assertEquals(List.of("three council members | said | the fees are too high"),
                AttributionText.byCue("The three council members have all said that the fees are too high.", "said"));
        // A quantifier that is the subject itself stays the speaker.
        assertEquals(List.of("Both | said | the pier should be rebuilt"), AttributionText.byCue("Both said the pier should be rebuilt.", "said"));
    }
}
