package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round attr58: source spans that cannot be a source. The anticipatory "it" of an extraposed clause ({@link
 * ExtraposedSubjects}), a day of a month, an institution's name cut at its "of" or "and" ({@link InstitutionNames}), and the
 * antecedent of "who" that is no person ({@link SourceHeads#personalAntecedent}). Sentences written for this test.
 */
class ImpossibleSourcesTest {

    @Test
    void theAnticipatoryItOfAnExtraposedClauseIsNoSource() {
        // Before: "It | is understood | the ferry contract …" and "It | remains | whether the ferry contract …".
        assertEquals(List.of(), AttributionText.read("It is understood that the ferry contract has been delayed by the port authority."));
        assertEquals(List.of(), AttributionText.read("It remains unclear whether the ferry contract will be signed this year."));
    }

    @Test
    void anItWithAnActiveReportingVerbStillSpeaks() {
        List<String> found = AttributionText.read("The port authority met on Friday. It said the ferry would keep running.");
        assertEquals(List.of("It | said | the ferry would keep running"), found);
    }

    @Test
    void aDayOfAMonthIsNoSource() {
        // Before: "3 | says | the ferry will keep running".
        List<String> found = AttributionText.read("A joint memo signed by the two mayors in Lisbon on March 3 says only that the ferry will keep running.");
        assertTrue(found.stream().noneMatch(a -> a.startsWith("3 |")), found.toString());
    }

    @Test
    void anInstitutionsNameWithOfAndAndIsOneSource() {
        // Before: "International Trade | said …" and "Valdorian Ministry | rejected …".
        assertEquals(List.of("Ministry of Foreign Affairs and International Trade | said | the border was calm"),
                AttributionText.read("Valdoria's Ministry of Foreign Affairs and International Trade said on Monday that the border was calm."));
        assertEquals(List.of("Norland Ministry of Coastal Defence | said | the patrols had stopped"),
                AttributionText.read("The Norland Ministry of Coastal Defence on Monday said the patrols had stopped."));
    }

    @Test
    void theNounAfterATitlesOfCompletesTheTitle() {
        // Before: "State Ivo Lenz | said".
        assertEquals(List.of("Ivo Lenz | said"), AttributionText.speakerAndCue("Norland Secretary of State Ivo Lenz said the pier would reopen in May.", "said"));
    }

    @Test
    void aPersonOfAPlaceIsStillThePerson() {
        assertEquals(List.of("Marta Oyelaran | said | the pier was unsafe"), AttributionText.read("Marta Oyelaran of Brightwater said the pier was unsafe."));
        assertEquals(List.of("Jerry Oduya | said | the pier was unsafe"),
                AttributionText.read("Jerry Oduya of Brightwater and Lena Voss said the pier was unsafe."));
        // A country after "and" is a conjunct of its own, not a field the republic's name covers.
        assertEquals(List.of("Valdoria | said | the border was calm"), AttributionText.read("The Republic of Norland and Valdoria said the border was calm."));
    }

    @Test
    void aNameEndingInAMonthsNameStillSpeaks() {
        assertEquals(List.of("Norland Prime Minister Ana May | said"), AttributionText.speakerAndCue(
                "Norland Prime Minister Ana May said this week that the country would leave the pact by March.", "said"));
    }

    @Test
    void whoRefersToThePersonInTheOfComplementOfAState() {
        // Before: "presence of Harbour Commissioner Lena Voss | said | …".
        assertEquals(List.of("Harbour Commissioner Lena Voss | said"), AttributionText.speakerAndCue(
                "The two ministers signed the accord in the presence of Harbour Commissioner Lena Voss, who said the pier would reopen in May.", "said"));
        assertEquals(List.of("spokesman of the union | said"), AttributionText.speakerAndCue(
                "The mayor met the spokesman of the union, who said the strike would end on Friday.", "said"));
    }
}
