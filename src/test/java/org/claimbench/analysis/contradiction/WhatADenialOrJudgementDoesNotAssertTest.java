package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.judgedOpposite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 69: a denial verb's participle before its noun denies nothing; a negated to-infinitive is its verb's complement; an
 * evaluative word in a dependent yes-no question judges nothing.
 */
class WhatADenialOrJudgementDoesNotAssertTest {

    @Test
    void aParticipleOfADenialVerbBeforeItsNounIsAnAttributeNotADenial() {
        assertNull(claim(1, "The two towns signed a truce covering the disputed river crossing.", "Press").negationCue);
        assertNull(claim(2, "Officials reopened the rejected bridge plan on Monday.", "Press").negationCue);
        // The verb with its object after a subject still denies.
        assertTrue(claim(3, "The mayor disputed the boundary drawn by the survey.", "Press").negationCue != null);
        assertTrue(claim(4, "The council rejected plans for a second bridge.", "Press").negationCue != null);
    }

    @Test
    void aNegatedToInfinitiveIsTheComplementThatTheAgreementIsOf() {
        String refused = "The dockers had not agreed to the overtime rate, the union said.";
        // They agreed not to strike: another thing agreed than the overtime rate.
        List<Signal> other = between(claim(1, refused, "Union"),
                claim(2, "The dockers said they had agreed not to strike before the vote.", "Ministry"));
        assertFalse(other.stream().anyMatch(s -> s.pattern().equals("denial:agree")), other.toString());
        // Agreeing to the rate itself is what the union denies.
        List<Signal> same = between(claim(3, refused, "Union"),
                claim(4, "The dockers agreed to the overtime rate before the vote, the ministry said.", "Ministry"));
        assertTrue(same.stream().anyMatch(s -> s.pattern().equals("denial:agree")), same.toString());
    }

    @Test
    void aJudgementInsideADependentQuestionJudgesNothing() {
        String negative = "One delegate said the talks were very negative.";
        assertFalse(judgedOpposite("Asked whether the talks were very friendly, the mayor laughed.", "Mayor",
                negative, "Press"));
        assertFalse(judgedOpposite("When asked if the talks were very friendly, the mayor said nothing.", "Mayor",
                negative, "Press"));
        // Stated, not asked: a judgement.
        assertTrue(judgedOpposite("The mayor said the talks were very friendly.", "Mayor",
                negative, "Press"));
    }
}
