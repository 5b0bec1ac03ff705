package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A contact denied in one account, a message addressed to a person reported in the other (ContactDeniedAgainstMessage). */
class ContactDeniedAgainstMessageTest {

    private static final String ASSURED = "Governor Halvorsen assured me that the Brackwater smelter will close in the spring";
    private static final String NOT_AWARE = "The ministry is not aware of any conversation between Governor Halvorsen and the mayor about the smelter";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("denial:contact-message"));
    }

    @Test
    void aContactDeniedAgainstAMessageToAPersonIsAConflictBothWays() {
        List<Signal> s = between(claim(1, ASSURED, "Mayor"), claim(2, NOT_AWARE, "Ministry"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“not … conversation” in one claim, “assure” someone in the other: "
                + "one account reports what was said to a person, the other denies that they spoke at all.")), s.toString());
        assertTrue(fires(between(claim(3, NOT_AWARE, "Ministry"), claim(4, ASSURED, "Mayor"))));
        // "no phone conversation took place" (a compounded noun before the contact), "promised him" (the Recipient in the
        // lemmatizer's subject form), "unaware of any such call".
        assertTrue(fires(between(claim(5, "The mayor said Governor Halvorsen promised him the smelter would close", "Mayor"),
                claim(6, "The ministry said no phone conversation about the smelter took place between the governor and the mayor", "Ministry"))));
        assertTrue(fires(between(claim(7, "Governor Halvorsen told us the smelter will close", "Mayor"),
                claim(8, "The ministry said it was unaware of any such call from Governor Halvorsen about the smelter", "Ministry"))));
    }

    @Test
    void aPronounThatIsNoRecipientOrAContactInsideAnotherWordsComplementIsNone() {
        // The pronoun is the subject of the complement clause: no one is told anything.
        assertFalse(fires(between(claim(1, "Governor Halvorsen announced he would close the smelter in the spring", "Mayor"),
                claim(2, NOT_AWARE, "Ministry"))));
        // The negation denies a plan; the call is inside its complement.
        assertFalse(fires(between(claim(3, ASSURED, "Mayor"),
                claim(4, "There is no plan for a call between Governor Halvorsen and the mayor about the smelter", "Ministry"))));
        // A message denied is no message reported.
        assertFalse(fires(between(claim(5, "Governor Halvorsen never assured me that the smelter will close", "Mayor"),
                claim(6, NOT_AWARE, "Ministry"))));
        // One source's own two claims are one account.
        assertFalse(fires(between(claim(7, ASSURED, "Ministry"), claim(8, NOT_AWARE, "Ministry"))));
    }
}
