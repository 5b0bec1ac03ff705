package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A capital that hides a word's lemma or class ({@link CapitalisedWords}): a sentence's first word and a title-case
 * headline's verbs are read as the same words in running text are; names in a title-case line stay names.
 */
class CapitalisedWordsTest {

    private static String reading(String text) {
        return ClaimReading.read(text).encode();
    }

    @Test
    void aTitleCaseHeadlinesVerbIsReadAsAVerb() {
        assertTrue(reading("Ferry Union Denies Calling Harbour Strike").contains("deny/VERB"),
                reading("Ferry Union Denies Calling Harbour Strike"));
        assertTrue(reading("Harbour Board Agrees to Sign Dredging Lease").contains("agree/VERB"),
                reading("Harbour Board Agrees to Sign Dredging Lease"));
    }

    @Test
    void aCapitalisedFirstWordIsLemmatisedAsInRunningText() {
        assertTrue(reading("Signed at dawn, the dredging lease ended the quarrel").startsWith("sign/"),
                reading("Signed at dawn, the dredging lease ended the quarrel"));
        assertTrue(reading("Denied by the mayor, the report spread anyway").startsWith("deny/"),
                reading("Denied by the mayor, the report spread anyway"));
    }

    @Test
    void namesAndRunningTextAreReadAsBefore() {
        // "Visits" is a noun as well as a verb in WordNet: it stays as the tagger read it.
        String names = reading("Mayor Ruiz Visits Lindqvist Harbour With Ferry Chiefs");
        assertTrue(names.contains("ruiz/PROPN") && !names.contains("/VERB"), names);
        String plain = reading("Lindqvist signed the dredging lease on Monday, Ruiz said.");
        assertTrue(plain.startsWith("lindqvist/PROPN sign/VERB") && plain.contains("ruiz/PROPN"), plain);
    }

    @Test
    void aHeadlinesDenialMeetsTheAccountItDenies() {
        List<Signal> s = between(claim(1, "The ferry union called a strike at the harbour on Monday, the port authority said", "Port"),
                claim(2, "Ferry Union Denies Calling Harbour Strike", "Press"));
        assertTrue(s.stream().anyMatch(x -> x.name().equals("denial") || x.name().equals("status")), s.toString());
    }
}
