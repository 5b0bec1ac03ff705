package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 11: headline grammar. A title-case headline's reporting verb, which the tagger reads as part of a name,
 * is a cue. Sentences written for this test, each with the case to leave alone.
 */
class HeadlineAttributionTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aReportingVerbInATitleCaseHeadlineIsACueBeforeOrAfterItsContent() {
        assertEquals(List.of("Harbour Chief | Says | Ferry Cuts Will Hurt The Islands"),
                read("Harbour Chief Says Ferry Cuts Will Hurt The Islands\n\nThe board met on Monday."));
        assertEquals(List.of("Harbour Chief | Says | Ferry Cuts Could Hurt Islanders"),
                read("Ferry Cuts Could Hurt Islanders, Harbour Chief Says.\n\nThe board met on Monday."));
    }

    @Test
    void aCapitalisedWordIsNoCueOutsideATitleCaseLineNorInItsBaseForm() {
        // Sentence case: the capital is a name's ("Reports" a surname), not the headline style's.
        assertEquals(List.of(), read("The bakery of Maria Reports opens again on the island on Monday."));
        // Title case, but "Trust" is the base form, also a noun: not read as a verb.
        assertEquals(List.of(), read("Island Voters Trust Harbour Board Again After Ferry Vote\n\nThe board met on Monday."));
    }

    @Test
    void aHeadlinesFirstInflectedCueVerbAfterItsSubjectIsAVerbWhateverTheTaggerSays() {
        // Headline grammar drops the words that tell the tagger a verb comes; "warns" and "urges" read as plural nouns.
        assertEquals(List.of("Harbour board | warns | of longer ferry queues this winter"),
                read("Harbour board warns of longer ferry queues this winter\n\nThe board met on Monday."));
    }

    @Test
    void aHeadlinesNounAfterItsVerbStaysANoun() {
        // "quit" is the headline's verb: "claims" after it is the noun of "landlord claims", no cue.
        assertEquals(List.of(), read("Island tenants quit as landlord claims rise again\n\nThe board met on Monday."));
    }

    @Test
    void aHeadlinesNounBeforeItsOwnVerbOrAfterAPossessiveStaysANoun() {
        // The sentence's verb comes after "reports" with only a time between: "reports" heads the subject.
        assertEquals(List.of("Harbour reports | suggested | the depot had closed"),
                read("Harbour reports last week suggested that the depot had closed\n\nThe board met on Monday."));
        // "plans" after a possessive opens a noun phrase.
        assertEquals(List.of(), read("Moreau’s plans to sell the depot were dropped in May\n\nThe board met on Monday."));
    }

    @Test
    void aTitleCaseVerbInSThatTheLexiconLacksIsReadAsAVerbForTheCueModel() {
        // "Rips" and "Sums" read as a name and a plural noun; a verb's third person singular by WordNet 3.1.
        assertEquals("VERB", headlineTag("Island Mayor Rips Ferry Board As A Costly Failure", "Rips"));
        assertEquals(List.of("One Letter | Sums Up | The Anger Of The Islanders"),
                read("One Letter Sums Up The Anger Of The Islanders\n\nThe board met on Monday."));
    }

    /** Round 18: a name the tagger put in another open class before a headline's colon ("Ann" read as a verb). */
    @Test
    void aNameTheTaggerReadAsAVerbBeforeAHeadlinesColonSpeaks() {
        assertEquals(List.of("Ann Berglund | : | And Then There Was The Ferry"),
                read("Ann Berglund: And Then There Was The Ferry.\n\nThe board met on Monday."));
        // An interjection is no name.
        assertEquals(List.of(), read("Hey: Maybe I Can Send The Board A Bill.\n\nThe board met on Monday."));
    }

    @Test
    void aTitleCasePluralWhoseSingularIsNoVerbStaysANoun() {
        assertEquals("NOUN", headlineTag("Island Mayor Meets Ferry Islanders On The Pier", "Islanders"));
    }

    private static String headlineTag(String line, String word) {
        org.claimbench.analysis.language.English english = org.claimbench.analysis.language.English.shared();
        org.claimbench.analysis.language.AnalysedSentence s = english.analyse(line + "\n\nThe board met on Monday.").get(0);
        return HeadlineTags.of(s, CueLexicon.standard(), english, true).tokens().stream().filter(x -> x.text().equals(word)).findFirst()
                .orElseThrow().tag();
    }
}
