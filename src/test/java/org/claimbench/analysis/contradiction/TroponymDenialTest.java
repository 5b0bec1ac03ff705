package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A kind of act denied as a whole ("no communication with …") against an act of that kind affirmed by another account
 * ("announced to …": to announce is to inform, to inform is to communicate, in WordNet), round 21 of issue 11. Sentences
 * of our own.
 */
class TroponymDenialTest {

    private static final String NO_COMMUNICATION = "There has been no communication with the harbour board, the ferry company said";

    private static boolean troponymDenial(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.reason().get().contains("which the other account says never happened"));
    }

    @Test
    void anActOfTheDeniedKindAddressedToTheOtherPartyContradictsTheDenial() {
        ClaimFeatures denied = claim(1, NO_COMMUNICATION, "Ferry");
        ClaimFeatures announced = claim(2, "The ferry company announced to the harbour board that sailings would stop", "Harbour");
        assertTrue(troponymDenial(denied, announced), between(denied, announced).stream().map(s -> s.reason().get()).toList().toString());
        assertTrue(troponymDenial(announced, denied), "whichever comes first");
    }

    @Test
    void theTwoClaimsMeetWithNoWordSharedThroughTheVerbsKinds() {
        ClaimFeatures denied = claim(1, "There has been no communication with Westport", "Eastport");
        ClaimFeatures telephoned = claim(2, "Their envoys informed us twice", "Westport");
        assertTrue(new Candidates(List.of(denied, telephoned)).reached(0, 1), "to inform is to communicate");
        assertTrue(new Candidates(List.of(telephoned, denied)).reached(0, 1), "whichever comes first");
        assertFalse(new Candidates(List.of(claim(1, "There has been no communication with Westport", "Eastport"),
                claim(2, "Their envoys repaired the pier twice", "Westport"))).reached(0, 1), "repairing is no kind of communicating");
    }

    @Test
    void anActMadeInPublicDoesNotDenyACommunicationWithTheOtherParty() {
        ClaimFeatures denied = claim(1, NO_COMMUNICATION, "Ferry");
        assertFalse(troponymDenial(denied, claim(2, "The ferry company announced on Tuesday that the harbour board would meet", "Harbour")),
                "announced to no one: the harbour board need not have been told");
        assertFalse(troponymDenial(denied, claim(2, "The ferry company announced Tuesday that the harbour board would meet", "Harbour")),
                "a day's name is no addressee");
    }

    @Test
    void aDenialRestrictedToItsContentIsNotADenialOfTheKind() {
        ClaimFeatures denied = claim(1, "The harbour board made no promises to lower the ferry tolls", "Harbour");
        ClaimFeatures pledged = claim(2, "The harbour board pledged to build a ferry pier", "Ferry");
        assertFalse(troponymDenial(denied, pledged), "promises to lower the tolls, not any promise");
    }

    @Test
    void oneSourceAnotherEventOrAnotherKindOfActIsNone() {
        ClaimFeatures announced = claim(2, "The ferry company announced to the harbour board that sailings would stop", "Ferry");
        assertFalse(troponymDenial(claim(1, NO_COMMUNICATION, "Ferry"), announced), "one source");
        assertFalse(troponymDenial(claim(1, NO_COMMUNICATION, "Harbour", "another event"), announced), "two events");
        assertFalse(troponymDenial(claim(1, NO_COMMUNICATION, "Harbour"),
                claim(2, "The ferry company repaired the harbour board's pier", "Ferry")), "repairing is no kind of communicating");
    }

    /** A claim of one event with a meaning vector of the given first components (the model's other 381 zero). */
    private static ClaimFacts facts(long id, String text, String source, float... v) {
        return new ClaimFacts(id, id, -1, -1, text, "", source, "the ferry talks", List.of(), null,
                org.claimbench.analysis.meaning.MeaningVector.of(java.util.Arrays.copyOf(v, 384)));
    }

    @Test
    void anIndexBuiltBeforeEitherClaimPairsThemWhenTheOtherIsAdded() {
        // No word shared, and the two only a little alike (cosine 0.3, under the neighbourhood's floor): only the verb's kinds
        // bring them together, whichever the index holds first.
        ClaimFacts denied = facts(1, "There has been no communication with Westport", "Eastport", 1f, 0f, 0f);
        ClaimFacts informed = facts(2, "Their envoys informed us twice", "Westport", 0.3f, 0.954f, 0f);
        ContradictionIndex index = new ContradictionIndex(List.of(informed));
        index.add(denied);
        assertTrue(index.involving(1).stream().anyMatch(s -> s.claimB() == 2 || s.claimA() == 2), "the denial added");
        ContradictionIndex other = new ContradictionIndex(List.of(denied));
        other.add(informed);
        assertTrue(other.involving(2).stream().anyMatch(s -> s.claimB() == 1 || s.claimA() == 1), "the affirmed act added");
    }
}
