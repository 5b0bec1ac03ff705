package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An agreement as the object of a narrated act (attribution round 36): a noun phrase whose head WordNet files under
 * agreement.n.01 (a treaty, a deal, an accord) is what the act made, signed or announced, not a message its subject asserts;
 * a clause, an attitude and a verb of wanting keep their readings. Sentences written for this test.
 */
class AgreementActTest {

    /** Each attribution of the text as "cue | reading". */
    private static List<String> read(String text) {
        return AttributionText.readings(text);
    }

    @Test
    void anAgreementSignedOrAnnouncedIsAnAct() {
        assertEquals(List.of("signed | ACT"), read("The mayor signed a treaty with the island council."));
        assertEquals(List.of("announced | ACT"), read("The mayor announced a deal with the dock unions on Monday."));
    }

    @Test
    void aThingSignedThatIsNoAgreementKeepsItsReading() {
        // "sign" is a verb of communication by its first WordNet sense: a letter signed is the signer's message.
        assertEquals(List.of("signed | SPEECH"), read("The mayor signed the letter to the island council."));
    }

    @Test
    void anAgreementWithItsInfinitiveIsANounPhraseNotAClause() {
        assertEquals(List.of("discussed | ACT"), read("Ana Ruiz discussed the agreement to share the north pier with the council."));
    }

    @Test
    void anAddresseeNamedLikeAnAgreementWithItsInfinitiveIsStillSpeech() {
        // "convention" is a treaty by its third WordNet sense; after "asked" it is the addressee of a request.
        assertEquals(List.of("asked | SPEECH"), read("The mayor asked the party convention to vote on the ferry plan."));
    }

    @Test
    void aClauseAboutAnAgreementIsStillSpeech() {
        assertEquals(List.of("announced | SPEECH"), read("The mayor announced that a deal with the dock unions was near."));
        assertEquals(List.of("said | SPEECH"), read("The mayor said the agreement with the island isn't good for the harbour."));
    }

    @Test
    void anAttitudeToAnAgreementIsSpeechAndAWishForOneAMentalState() {
        assertEquals(List.of("praised | SPEECH"), read("The mayor praised the accord with the island."));
        assertEquals(List.of("wanted | MENTAL_STATE"), read("The fishermen wanted a new deal with the harbour board."));
    }
}
