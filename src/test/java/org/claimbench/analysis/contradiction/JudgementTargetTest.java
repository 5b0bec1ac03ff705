package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedTargets;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Opposite judgements conflict only when both are said of one thing (see JudgementTargets). */
class JudgementTargetTest {

    @Test
    void anAdjectiveJudgesTheNounItModifiesOrItsSubject() {
        assertEquals(List.of("plan"), judgedTargets("The council unveiled an ambitious plan for the river"));
        assertEquals(List.of("hearing"), judgedTargets("The hearing with the tenants was useless"));
        assertEquals(List.of("hearing"), judgedTargets("Aides described the hearing as excellent"));
        assertEquals(List.of(""), judgedTargets("Frankly, it went brilliantly."));
    }

    @Test
    void aVerbJudgesItsObjectOrAThingThatIsItsSubjectButNotAPerson() {
        assertEquals(List.of("strike"), judgedTargets("The new offer will help end the strike at the docks"));
        assertEquals(List.of("vote"), judgedTargets("The union sabotaged the vote on the contract"));
        assertEquals(List.of(""), judgedTargets("The mayor failed again"));
    }

    @Test
    void oppositeJudgementsOfTheSameThingConflictAndTheReasonNamesIt() {
        List<Signal> s = between(claim(1, "The committee called the hearing excellent", "Committee"),
                claim(2, "Tenants said the hearing was useless", "Tenants"));
        assertTrue(names(s).contains("opposite judgements"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("judge the hearing “excellent” and “useless")), s.toString());
    }

    @Test
    void oppositeJudgementsOfTwoDifferentThingsAreNoConflict() {
        // Twins of a pair that stays: both name the meeting (which alone let a judgement pair fire before), but the words are
        // said of two other things.
        ClaimFeatures library = claim(1, "At the meeting the mayor praised the excellent new library", "City hall");
        ClaimFeatures rents = claim(2, "At the meeting tenants called the rents useless", "Tenants");
        assertTrue(library.namesTheEvent && rents.namesTheEvent);
        assertFalse(names(between(library, rents)).contains("opposite judgements"));
        assertFalse(names(between(claim(3, "After the meeting the council kept its ambitious targets for the river", "Press"),
                claim(4, "In the meeting he said the contractors had sabotaged earlier deals", "Council"))).contains("opposite judgements"));
        assertFalse(names(between(claim(5, "At the meeting he said the new offer will help end the strike at the docks", "Union"),
                claim(6, "The meeting was meant to halt dangerous rumours about a rise in fares", "Press"))).contains("opposite judgements"));
        // The pair that stays: the same words said of the meeting itself.
        assertTrue(names(between(claim(7, "Aides called the meeting excellent", "City hall"),
                claim(8, "At the meeting tenants called it useless", "Tenants"))).contains("opposite judgements"));
    }

    @Test
    void twoNounsOfTheEventOrSynonymsAreOneTarget() {
        assertTrue(names(between(claim(1, "Aides called the conversation excellent", "City hall"),
                claim(2, "Residents said the meeting was useless", "Residents"))).contains("opposite judgements"));
        assertTrue(names(between(claim(3, "The lawyers praised the excellent negotiations", "Lawyers"),
                claim(4, "The tenants found the talks useless", "Tenants"))).contains("opposite judgements"));
    }
}
