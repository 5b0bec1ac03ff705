package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * Cues of the cue model's nominal part (nouns and adjectives, attribution round 7), on sentences written for this test: an
 * adjective after "be" ("were adamant that …") gives the subject's statement; a passive, an adjective that reports no
 * stance, and a noun with no that-clause give none.
 */
class NominalModelCuesTest {

    private final AttributionFinder rulesAlone = new AttributionFinder(English.shared(), CueLexicon.standard(), false);

    private void learnedOnly(String text, String expected) {
        assertEquals(List.of(), rulesAlone.find(text), "the rules alone");
        assertEquals(List.of(expected), AttributionText.read(text));
    }

    @Test
    void anAdjectiveAfterBeGivesTheSubjectsStatement() {
        learnedOnly("The growers were adamant that the new canal had drained their wells.",
                "growers | were adamant | the new canal had drained their wells");
        learnedOnly("Councillor Mira Holt is confident that the library will reopen before the autumn term.",
                "Mira Holt | is confident | the library will reopen before the autumn term");
        learnedOnly("The committee is sure that the new school will be finished by March.",
                "committee | is sure | the new school will be finished by March");
    }

    @Test
    void aPassivesSubjectIsNotTheSpeaker() {
        // "told" is a cue the model rates highly; the villagers heard it, they did not say it.
        assertEquals(List.of(), AttributionText.read("Villagers were told that the road would close for a month."));
    }

    @Test
    void anAdjectiveOfNoStanceGivesNoClaim() {
        assertEquals(List.of(), AttributionText.read("The clinic was ready to open its doors on Monday morning."));
        assertEquals(List.of(), AttributionText.read("The quarry road is narrow and the bend is steep after the bridge."));
    }

    @Test
    void aNounWithoutAThatClauseIsNoCue() {
        assertEquals(List.of(), AttributionText.read(
                "Despite the rebels' attacks on its fuel depots, the army has kept every one of its positions."));
        assertEquals(List.of(), AttributionText.read("The guild's desire for a swift settlement could help the rival ports instead."));
    }
}
