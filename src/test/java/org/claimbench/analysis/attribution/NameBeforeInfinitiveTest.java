package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.junit.jupiter.api.Test;

/**
 * A capitalised word the tagger reads as an adjective right before "to" and a verb (attribution round 36, {@link NameTags}): the
 * head of a noun phrase after a determiner, and a name in a headline in title case, are read as the grammar requires; an
 * adjective that is a predicate ("Ready to …") stays one. Sentences written for this test.
 */
class NameBeforeInfinitiveTest {

    /** The tag {@link NameTags} gives the first token of the text's first sentence whose text is {@code word}. */
    private static String tagOf(String text, String word) {
        AnalysedSentence s = NameTags.of(English.shared().analyse(text).get(0));
        return s.tokens().stream().filter(t -> t.text().equals(word)).map(Token::tag).findFirst().orElseThrow();
    }

    @Test
    void aWordAfterADeterminerBeforeAnInfinitiveIsANoun() {
        assertEquals("PROPN", tagOf("The port needs a Republican to win the harbour seat.", "Republican"));
    }

    @Test
    void aNameInATitleCaseHeadlineBeforeAnInfinitiveIsAName() {
        String headline = "Fishermen Are Counting On Trump To Reopen The North Pier\n\nThe talks went on until late at the old customs house.";
        assertEquals("PROPN", tagOf(headline, "Trump"));
    }

    @Test
    void aPredicateAdjectiveBeforeAnInfinitiveStaysAnAdjective() {
        assertEquals("ADJ", tagOf("Ready to sign the treaty, the mayor left early.", "Ready"));
    }
}
