package org.claimbench.analysis.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimbench.analysis.speakers.SpeakerNames.Kind;
import org.junit.jupiter.api.Test;

/** Which speakers the speaker table may remember: names, not pronouns, quantifiers or bare descriptions. */
class SpeakerNamesTest {

    @Test
    void pronounsAndQuantifiersStandingAloneAreNoNameInAnyCase() {
        for (String s : new String[] {"they", "They", "Both", "Many", "some of them", "All of us", "the two", "Each", "Neither", "none", "We", "3"}) {
            assertEquals(Kind.PRONOUN, SpeakerNames.kind(s), s);
        }
    }

    @Test
    void commonNounsWithoutAProperNounAreADescription() {
        for (String s : new String[] {"presidents", "two sides", "the officials", "dozens of growers", "some farmers"}) {
            assertEquals(Kind.DESCRIPTION, SpeakerNames.kind(s), s);
        }
    }

    @Test
    void aProperNounMakesAName() {
        for (String s : new String[] {"Lena Ortiz", "the Port Authority", "Ortiz's", "Both Ortiz and Hale", "the Veltrian ministry"}) {
            assertEquals(Kind.NAME, SpeakerNames.kind(s), s);
        }
    }

    @Test
    void aCapitalThatOpensASentenceIsACommonNounWhereTheTextWritesTheWordInLowerCase() {
        String text = "Growers said the frost cost them a month. Analysts expect prices to rise, and the growers agree.";
        assertEquals(Kind.DESCRIPTION, SpeakerNames.kind("Growers", text, 0), "“growers” is written in lower case later");
        String named = "Growers said the frost cost them a month. Hollis said the harvest would be late.";
        assertEquals(Kind.NAME, SpeakerNames.kind("Hollis", named, named.indexOf("Hollis")), "a name the text never writes in lower case");
        String later = "The frost came early, said the growers' union. The union said Growers Bank would help.";
        assertEquals(Kind.NAME, SpeakerNames.kind("Growers Bank", later, later.indexOf("Growers Bank")), "inside a sentence, a capital makes a name");
    }

    @Test
    void aPluralNounForPeopleOrAnAdjectiveBeforeALowerCaseWordOpeningASentenceIsNoNameThoughWrittenNowhereElse() {
        String text = "Wardens said the gates would stay shut. Senior clerks said the files were lost. Okafor agreed.";
        assertEquals(Kind.DESCRIPTION, SpeakerNames.kind("Wardens", text, 0), "a plural of a noun for people (WordNet noun.person)");
        assertEquals(Kind.DESCRIPTION, SpeakerNames.kind("Senior clerks", text, text.indexOf("Senior")), "an adjective before a common noun");
        String names = "Hastings said the gates would stay shut. Baker said so too. Adams agreed on Monday.";
        assertEquals(Kind.NAME, SpeakerNames.kind("Hastings", names, 0), "a surname in -s that is no plural of a noun for people");
        assertEquals(Kind.NAME, SpeakerNames.kind("Baker", names, names.indexOf("Baker")), "a singular noun for people may be a surname");
        assertEquals(Kind.NAME, SpeakerNames.kind("Adams", names, names.indexOf("Adams")), "a name WordNet holds as a word of its own");
    }

    /**
     * Review of round 11: a surname that is also an adjective ("Brown", "Young") opening a sentence is a name before a word
     * that is no noun ("Brown and Hale said"): only before a common noun it modifies ("Young voters said") is it an adjective.
     */
    @Test
    void aSurnameThatIsAlsoAnAdjectiveIsANameBeforeAWordThatIsNoNoun() {
        String text = "Brown and Hale said the ferry would run again. The harbour board agreed.";
        assertEquals(Kind.NAME, SpeakerNames.kind("Brown and Hale", text, 0));
        String of = "Young of the harbour board said the ferry would run again.";
        assertEquals(Kind.NAME, SpeakerNames.kind("Young of the harbour board", of, 0));
        String voters = "Young voters said the ferry would run again.";
        assertEquals(Kind.DESCRIPTION, SpeakerNames.kind("Young voters", voters, 0), "an adjective before the noun it modifies");
    }

    /** The words of a text read once give what a search of the whole text for each word gives (letters and numbers of any script). */
    @Test
    void aTextReadOnceWritesExactlyTheWordsASearchFinds() {
        String[] texts = {"The growers' union met.", "naïve clerks, 2nd floor; Ⅻ men and x²y", "o'brien said; O’Neill too.", "", "ßtraße"};
        String[] words = {"growers", "union", "naïve", "clerks", "2nd", "floor", "ⅻ", "Ⅻ", "x", "y", "x²y", "men", "o'brien", "o", "brien",
            "o’neill", "neill", "the", "grow", "ßtraße", "traße"};
        for (String t : texts) {
            SpeakerNames.Text read = SpeakerNames.Text.of(t);
            for (String w : words) {
                boolean searched = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w)
                        + "(?![\\p{L}\\p{N}])").matcher(t).find();
                assertEquals(searched, read.writes(w), "“" + w + "” in “" + t + "”");
            }
        }
    }
}
