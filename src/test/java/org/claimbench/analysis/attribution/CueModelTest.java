package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.language.English;
import org.junit.jupiter.api.Test;

/**
 * The cue model trained on PolNeAR train, on sentences written for this test: it finds cues the lexicon lacks where the
 * rules find nothing, and leaves the outlet's own assertions, hedges and negated verbs alone.
 */
class CueModelTest {

    private final AttributionFinder rulesAlone = new AttributionFinder(English.shared(), CueLexicon.standard(), false);

    private static List<String> read(AttributionFinder finder, String text) {
        return finder.find(text).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }

    private void learnedOnly(String text, String expected, String cueLemma) {
        assertTrue(CueLexicon.standard().verb(cueLemma).isEmpty(), cueLemma + " is in the lexicon: the test would not test the model");
        assertEquals(List.of(), read(rulesAlone, text), "the rules alone");
        assertEquals(List.of(expected), AttributionText.read(text));
    }

    @Test
    void theModelFindsACueVerbTheLexiconLacksWithItsSourceAndContent() {
        learnedOnly("Mayor Ines Gallo persuaded the council that the ferry needed a second boat.",
                "Ines Gallo | persuaded | the ferry needed a second boat", "persuade");
        learnedOnly("Professor Ada Quill has long maintained that the river's floods are getting worse.",
                "Ada Quill | maintained | the river's floods are getting worse", "maintain");
        learnedOnly("Councillor Rafe Lund retweeted a claim that the bridge tolls would double next year.",
                "Rafe Lund | retweeted | the bridge tolls would double next year", "retweet");
    }

    @Test
    void aLightVerbWithItsNounCanBeACue() {
        String text = "The dockers' union made the case that the depot should stay open through the winter.";
        assertEquals(List.of(), read(rulesAlone, text));
        List<Attribution> found = new AttributionFinder().find(text);
        assertEquals(1, found.size());
        assertEquals("made", text.substring(found.get(0).cue().start(), found.get(0).cue().end()));
        assertEquals("the depot should stay open through the winter", text.substring(found.get(0).content().start(), found.get(0).content().end()));
        assertTrue(found.get(0).reason().contains("model trained on PolNeAR"), found.get(0).reason());
    }

    @Test
    void theOutletsOwnAssertionStaysTheOutlets() {
        assertEquals(List.of(), AttributionText.read("The ferry carried four hundred passengers across the bay on Sunday morning."));
        assertEquals(List.of(), AttributionText.read("The museum reopened its east wing after a year of repairs to the roof."));
    }

    @Test
    void aHedgeOrANegatedVerbGivesNoOneAClaim() {
        // "seem" is a cue PolNeAR mostly gives no source: the subject is not speaking.
        assertEquals(List.of(), AttributionText.read("The ferry company seems to have raised its fares again this spring."));
        assertEquals(List.of(), AttributionText.read("The ferry company has given no sign that it will lower its fares this year."));
        assertEquals(List.of(), AttributionText.read("The ferry company did not make the case that its fares were too low."));
    }

    @Test
    void theStandardModelHoldsFeatureWeightsForAndAgainstACue() {
        List<CueModel.Weight> strongest = CueModel.standard().strongest(5);
        assertEquals(10, strongest.size());
        assertTrue(strongest.get(0).weight() > 0 && strongest.get(9).weight() < 0, strongest.toString());
        assertTrue(strongest.stream().allMatch(w -> !w.feature().contains(" ")), "features are single words or tags: " + strongest);
    }
}
