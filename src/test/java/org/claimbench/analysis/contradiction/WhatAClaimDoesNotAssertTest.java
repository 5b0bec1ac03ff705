package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A denial needs one claim to deny what the other asserts, and some clauses assert nothing: a conditional's antecedent
 * supposes, a negative imperative asks. Each pair that must no longer be suggested has a twin that must stay.
 */
class WhatAClaimDoesNotAssertTest {

    @Test
    void aWordInsideAConditionsAntecedentIsNotAffirmed() {
        List<Signal> hypothetical = between(claim(1, "The council did not approve the harbour budget", "Council"),
                claim(2, "If the council approves the harbour budget, the library will reopen in spring", "Press"));
        assertFalse(names(hypothetical).contains("denial"), "the second only supposes the approval: " + hypothetical);
        List<Signal> asserted = between(claim(1, "The council did not approve the harbour budget", "Council"),
                claim(2, "The council approved the harbour budget, and the library will reopen in spring", "Press"));
        assertTrue(names(asserted).contains("denial"), asserted.toString());
    }

    @Test
    void aNegationInsideAConditionsAntecedentDeniesNothing() {
        List<Signal> hypothetical = between(claim(1, "If the council does not approve the harbour budget, the library will close", "Press"),
                claim(2, "The council approved the harbour budget on Friday", "Council"));
        assertFalse(names(hypothetical).contains("denial"), hypothetical.toString());
    }

    @Test
    void twoThingsNamedInTheNegationsScopeCountOnlyWhereTheOtherAssertsThem() {
        List<Signal> hypothetical = between(claim(1, "There is no chance of a fare war between Northway and Bluewater", "Northway"),
                claim(2, "Northway threatened lower fares if Bluewater started a war over the island route", "Press"));
        assertFalse(hypothetical.stream().anyMatch(x -> x.pattern().contains("war")), "the war is only supposed: " + hypothetical);
        List<Signal> asserted = between(claim(1, "There is no chance of a fare war between Northway and Bluewater", "Northway"),
                claim(2, "Northway started a fare war with Bluewater over the island route", "Press"));
        assertTrue(asserted.stream().anyMatch(x -> x.pattern().equals("denial:fare+war")), asserted.toString());
    }

    @Test
    void aNegativeImperativeAsksAndDeniesNothing() {
        List<Signal> asked = between(claim(1, "The fishing ban is now in force in the northern bay. Please do not violate it!", "Ministry"),
                claim(2, "The trawlers violated the fishing ban in the northern bay", "Coastguard"));
        assertFalse(names(asked).contains("denial"), "an appeal not to violate the ban is no denial of a violation: " + asked);
        List<Signal> denied = between(claim(1, "The trawlers did not violate the fishing ban in the northern bay", "Ministry"),
                claim(2, "The trawlers violated the fishing ban in the northern bay", "Coastguard"));
        assertTrue(names(denied).contains("denial"), denied.toString());
    }

    @Test
    void aWordInsideAnIndirectQuestionIsNotAffirmed() {
        // "whether", like "if", opens a clause that asks or supposes: the violation is neither affirmed nor denied.
        List<Signal> asked = between(claim(1, "The trawlers did not violate the fishing ban in the northern bay", "Ministry"),
                claim(2, "The coastguard asked whether the trawlers violated the fishing ban in the northern bay", "Coastguard"));
        assertFalse(names(asked).contains("denial"), "a question is no statement: " + asked);
    }

    @Test
    void aNegativeImperativeAfterPleaseAndACommaStillAsks() {
        List<Signal> asked = between(claim(1, "The fishing ban is now in force in the northern bay. Please, do not violate it!", "Ministry"),
                claim(2, "The trawlers violated the fishing ban in the northern bay", "Coastguard"));
        assertFalse(names(asked).contains("denial"), "an appeal is no denial: " + asked);
    }

    @Test
    void aDenialOfOnePartyIsNoDenialOfWhatAnotherDid() {
        List<Signal> twoParties = between(claim(1, "Eastport has not approved the harbour budget for next year", "Press"),
                claim(2, "Westport approved the harbour budget for next year", "Westport"));
        assertFalse(names(twoParties).contains("denial"), "each town speaks of its own approval: " + twoParties);
        List<Signal> oneParty = between(claim(1, "Eastport has not approved the harbour budget for next year", "Press"),
                claim(2, "Eastport approved the harbour budget for next year", "Westport"));
        assertTrue(names(oneParty).contains("denial"), oneParty.toString());
        List<Signal> denier = between(claim(1, "Eastport denied approving the harbour budget for next year", "Eastport"),
                claim(2, "The mayor of Eastport approved the harbour budget for next year", "Press"));
        assertTrue(names(denier).contains("denial"), "a denial names the denier: " + denier);
        List<Signal> joint = between(claim(1, "Eastport has not approved the harbour budget for next year", "Press"),
                claim(2, "Westport and Eastport approved the harbour budget for next year", "Westport"));
        assertTrue(names(joint).contains("denial"), "a joint approval is denied by either party: " + joint);
        List<Signal> passive = between(claim(1, "Northland did not shell the grain depot near the river", "Northland"),
                claim(2, "Millbrook says its grain depot near the river was shelled by Northland", "Millbrook"));
        assertTrue(names(passive).contains("denial"), "a passive's subject is not its doer: " + passive);
        List<Signal> leftOut = between(claim(1, "Eastport is willing, but Westport is not.", "Press"),
                claim(2, "If you are willing to share the costs, Eastport is willing to dredge the channel", "Eastport"));
        assertFalse(names(leftOut).contains("denial"), "Westport's refusal is no denial of Eastport's willingness: " + leftOut);
        List<Signal> leftOutSame = between(claim(1, "Eastport is willing, but Westport is not.", "Press"),
                claim(2, "If you are willing to share the costs, Westport is willing to dredge the channel", "Westport"));
        assertTrue(names(leftOutSame).contains("denial"), leftOutSame.toString());
    }

    @Test
    void whatANegativePronounsPhraseNamesIsPresupposedNotDenied() {
        List<Signal> presupposed = between(claim(1, "There was nothing in the mayor's long radio interview to suggest a change of course", "Press"),
                claim(2, "The mayor gave a long radio interview on Monday about the tram line", "City hall"));
        // (Without meaning vectors two claims sharing words count as alike, so the weak likeness-alone denial may still fire.)
        assertFalse(presupposed.stream().anyMatch(x -> x.explanation().contains("… interview") || x.explanation().contains("… radio")),
                "the interview took place in both, so it is not what is denied: " + presupposed);
        List<Signal> denied = between(claim(1, "The mayor gave no radio interview on Monday about the tram line", "Press"),
                claim(2, "The mayor gave a long radio interview on Monday about the tram line", "City hall"));
        assertTrue(names(denied).contains("denial"), denied.toString());
    }

    @Test
    void aNegativePronounAfterItsVerbDeniesWhatItsPhraseNames() {
        // "nothing" is the object of "knew": its "about" phrase is what the verb denies knowing, not a presupposed part.
        ClaimFeatures object = claim(1, "The harbour master knew nothing about the dredging contract", "Port");
        assertTrue(object.scoped.contains("contract") && object.scoped.contains("dredging"), object.scoped.toString());
        // A subject's phrase stays presupposed: the interview took place.
        ClaimFeatures subject = claim(2, "Nothing in the long radio interview suggests a change of course", "Press");
        assertFalse(subject.scoped.contains("interview"), subject.scoped.toString());
    }

    @Test
    void noDeniesTheHeadOfItsNounPhraseNotAParticipleBeforeIt() {
        List<Signal> head = between(claim(1, "There were no confirmed sightings of wolves near the farm", "Press"),
                claim(2, "The ranger confirmed that the fence near the farm was repaired", "Ranger"));
        assertFalse(head.stream().anyMatch(x -> x.pattern().equals("denial:confirm")), "sightings are denied, not a confirmation: " + head);
        List<Signal> verb = between(claim(1, "The ranger has not confirmed that the fence near the farm was repaired", "Press"),
                claim(2, "The ranger confirmed that the fence near the farm was repaired", "Ranger"));
        assertTrue(verb.stream().anyMatch(x -> x.pattern().equals("denial:confirm")), verb.toString());
    }

    @Test
    void neitherNorBeforeSubjectsDeniesTheVerbAfterThem() {
        List<Signal> subjects = between(claim(1, "Neither the protests of the fishermen nor the rumours of a quick new quota have stopped the fleet from sailing",
                "Press"), claim(2, "The minister called for a quick new quota for the fishermen", "Ministry"));
        assertFalse(subjects.stream().anyMatch(x -> x.name().equals("denial") && x.weight() >= 0.3), "the quota is not denied: " + subjects);
        List<Signal> predicate = between(claim(1, "The fishermen are neither ready nor willing to accept a new quota", "Press"),
                claim(2, "The fishermen are willing to accept a new quota", "Union"));
        assertTrue(names(predicate).contains("denial"), predicate.toString());
    }

    @Test
    void aNegatedNounPhraseDeniesNothingOfTheClauseBeforeIt() {
        ClaimFeatures willing = claim(1, "The union is willing to work on a framework with the port", "Union");
        // "not our fight" denies a noun phrase; the word before it, inside an "if" clause, is only supposed.
        assertTrue(names(between(willing, claim(2, "If the union is not willing, it is not our fight.", "City hall"))).stream()
                .noneMatch("denial"::equals));
        assertTrue(names(between(willing, claim(3, "But if the union is not willing, then this is not our fight any more.", "City hall"))).stream()
                .noneMatch("denial"::equals));
        // A left-out predicate after the operator is still the clause before's.
        assertTrue(names(between(willing, claim(4, "The port is willing, but the union is not.", "City hall"))).contains("denial")
                || names(between(willing, claim(4, "The port is willing, but the union is not.", "City hall"))).contains("status"));
    }

    @Test
    void aNegativePronounThatIsTheSubjectOfAComplementClauseLeavesItsPhrasePresupposed() {
        // "none of the ferries had sailed" is the complement of "said": the ferries are there, their sailing is denied.
        ClaimFeatures complement = claim(3, "The harbour master said none of the ferries had sailed before noon", "Port");
        assertFalse(complement.scoped.contains("ferry"), complement.scoped.toString());
        assertTrue(complement.scoped.contains("sail"), complement.scoped.toString());
    }
}
