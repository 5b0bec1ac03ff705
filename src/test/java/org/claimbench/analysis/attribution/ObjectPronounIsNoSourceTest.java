package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 17: a pronoun in its object form, or "it" and "you", right after the cue is the cue's object ("put it",
 * "told him"), never a subject inverted after it: quotative inversion takes a noun phrase, not a pronoun (Quirk et al. 1985,
 * 18.48: "said he" is archaic). Sentences written for this test, with the case to leave alone.
 */
class ObjectPronounIsNoSourceTest {

    @Test
    void theSubjectBeforePutItSpeaks() {
        // Before: "it" spoke.
        assertEquals(List.of("Ana Ruiz | put | The pier is a ruin that nobody will pay to mend"),
                AttributionText.read("As the harbour master, Ana Ruiz, put it: “The pier is a ruin that nobody will pay to mend.”"));
        assertEquals(List.of("Ana Ruiz | put | the pier is a ruin that nobody will pay to mend"),
                AttributionText.read("As Ana Ruiz, the harbour master, recently put it, “the pier is a ruin that nobody will pay to mend.”"));
    }

    @Test
    void aNounPhraseAfterTheCueIsStillAnInvertedSubject() {
        assertEquals(List.of("harbour master | said | The pier is a ruin"), AttributionText.read("“The pier is a ruin,” said the harbour master."));
        assertEquals(List.of("he | said | The pier is a ruin"), AttributionText.read("“The pier is a ruin,” said he."));
    }
}
