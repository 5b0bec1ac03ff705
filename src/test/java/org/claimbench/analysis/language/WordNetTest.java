package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordNetTest {

    private final WordNet wn = WordNet.shared();

    @Test
    void wordsThatShareAFrequentSenseAreSynonyms() {
        assertTrue(wn.synonyms("stop", "halt", WordNet.Pos.VERB));
        assertTrue(wn.synonyms("talks", "negotiation", WordNet.Pos.NOUN));
        assertFalse(wn.synonyms("stop", "start", WordNet.Pos.VERB));
        assertFalse(wn.synonyms("harbour", "budget", WordNet.Pos.NOUN));
        assertFalse(wn.synonyms("nonsenseword", "halt", WordNet.Pos.VERB), "a word WordNet lacks is no one's synonym");
    }

    @Test
    void antonymsAreTheWordsOwnNotThoseOfItsSynonyms() {
        assertTrue(wn.antonyms("accept", WordNet.Pos.VERB).contains("reject"), wn.antonyms("accept", WordNet.Pos.VERB).toString());
        assertTrue(wn.antonyms("success", WordNet.Pos.NOUN).contains("failure"));
        assertTrue(wn.antonyms("direct", WordNet.Pos.ADJECTIVE).contains("indirect"));
        assertEquals(List.of(), wn.antonyms("harbour", WordNet.Pos.NOUN));
    }

    @Test
    void theFirstSensesFileSaysWhatKindOfVerbItIs() {
        assertEquals("verb.social", wn.lexicographerFile("fail", WordNet.Pos.VERB));
        assertEquals("verb.contact", wn.lexicographerFile("kill", WordNet.Pos.VERB));
        assertEquals("", wn.lexicographerFile("nonsenseword", WordNet.Pos.VERB));
    }

    @Test
    void tagsOfTheLanguageComponentsMapToWordNetsPartsOfSpeech() {
        assertEquals(WordNet.Pos.ADJECTIVE, WordNet.Pos.ofUpos("ADJ").orElseThrow());
        assertTrue(WordNet.Pos.ofUpos("PROPN").isEmpty());
    }

    @Test
    void aCompoundWrittenSolidIsTheHyphenatedLemmaWordNetSpells() {
        // WordNet 3.1 spells it "cease-fire"; news writes it solid.
        assertTrue(wn.synonyms("ceasefire", "truce", WordNet.Pos.NOUN));
        assertFalse(wn.synonyms("ceasefire", "harbour", WordNet.Pos.NOUN));
        assertFalse(wn.synonyms("nonsenseword", "halt", WordNet.Pos.NOUN), "a word of no split WordNet knows stays unknown");
    }
}
