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
}
