package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 22: a capitalised word the tagger read as an adverb where a name stands ("Scarborough/ADV also asked
 * …"), which WordNet 3.1 holds as no adverb, is a name. Sentences written for this test, with the cases to leave alone.
 */
class NameReadAsAdverbTest {

    @Test
    void aNameReadAsAnAdverbBeforeItsVerbSpeaks() {
        assertEquals(List.of("Scarborough | asked | whether the pier would reopen"),
                AttributionText.read("Scarborough also asked the mayor whether the pier would reopen."));
        assertEquals(List.of("Twitter | acknowledged | the ban had been applied unevenly"),
                AttributionText.read("Twitter acknowledged that the ban had been applied unevenly."));
    }

    @Test
    void aWhAdverbOrAnAdverbOpeningTheSentenceIsNoName() {
        assertEquals(List.of("Ruiz | said | it would reopen in May"),
                AttributionText.read("When asked about the pier, Ruiz said it would reopen in May."));
        assertEquals(List.of("Ruiz | said | Firstly, the pier is unsafe"), AttributionText.read("Firstly, the pier is unsafe, Ruiz said."));
    }
}
