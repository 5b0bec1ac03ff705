package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 37: a cue's subject that names no one who can speak. "They" stands for a plural noun phrase of persons or
 * groups named before, not for one of acts or documents; "it" for an organisation named with "the" in the same sentence or
 * the one before, else it stays "it" (a pronoun the user gives a source for that claim alone); a learned cue whose verb names
 * a relation (WordNet's verb.stative) gives no attribution to a subject that is no agent. Sentences written for this test, each
 * with the case to leave alone.
 */
class SpeakersThatAreNoSpeakersTest {

    @Test
    void theyStandsForPersonsNamedBeforeNotForAPluralOfThings() {
        List<String> read = AttributionText.read("Harbour pilots argue that the channel is too narrow for the new ferries. "
                + "Earlier reports described the dredging as costly. They believe the council will pay for a second survey.");
        assertEquals("Harbour pilots | believe | the council will pay for a second survey", read.get(read.size() - 1));
    }

    @Test
    void theyWithAPluralOfPersonsBeforeItStillResolves() {
        List<String> read = AttributionText.read("The wardens said the gate would stay shut. They warned that the path was flooded.");
        assertEquals("wardens | warned | the path was flooded", read.get(read.size() - 1));
    }

    @Test
    void itStandsForAnOrganisationNamedWithTheNearBy() {
        List<String> read = AttributionText.read("The Port Authority closed the north pier on Friday. "
                + "It said the late sailings would end in March.");
        assertEquals(List.of("Port Authority | said | the late sailings would end in March"), read);
    }

    @Test
    void itStandsForACountryAsItsGovernment() {
        List<String> read = AttributionText.read("Norway has closed its northern ports to the trawlers. It said the ban would last a year.");
        assertEquals("Norway | said | the ban would last a year", read.get(read.size() - 1));
    }

    @Test
    void itWithNoOrganisationNearStaysAPronoun() {
        // A person is never an "it": the name before is no antecedent, and the speaker stays the article's word.
        List<String> read = AttributionText.read("Mara Olsen spoke to the crews at length. It said the late sailings would end in March.");
        assertEquals("It | said | the late sailings would end in March", read.get(read.size() - 1));
    }

    @Test
    void aPluralOfActsWithAVerbOfRelationIsNoSource() {
        // "involve" is a stative verb (WordNet's verb.stative): the agreements assert nothing; the names after "between" are not
        // who acts.
        List<String> read = AttributionText.read("Past agreements between Norway and Sweden have involved refraining from winter "
                + "fishing, and Norway has routinely engaged in catch swaps to protect the cod stocks.");
        assertEquals(List.of(), read.stream().filter(x -> x.contains("involved")).toList());
    }

    @Test
    void anAgentWithTheSameVerbAndADocumentWithAVerbOfItsOwnUseKeepTheirAttributions() {
        assertEquals(List.of("fishermen | involved | refraining from winter fishing, and Norway has routinely engaged in catch swaps "
                + "to protect the cod stocks"), AttributionText.read("The fishermen between Norway and Sweden have involved refraining "
                + "from winter fishing, and Norway has routinely engaged in catch swaps to protect the cod stocks."));
        assertEquals(List.of("new survey | provided | details of the repairs the crews had skipped on the old quay"),
                AttributionText.read("The new survey also provided details of the repairs the crews had skipped on the old quay."));
    }
}
