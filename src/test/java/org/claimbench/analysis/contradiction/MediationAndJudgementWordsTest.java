package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

class MediationAndJudgementWordsTest {

    @Test
    void aPauseBrokeredByAThirdPartyAgainstOneTheSidesAgreedDirectlyIsAConflict() {
        List<Signal> s = between(claim(1, "The league brokered the pause in the strike between the two clubs", "League"),
                claim(2, "The two clubs agreed the pause in the strike directly", "Clubs"));
        assertTrue(names(s).contains("mediation"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("broker") && x.explanation().contains("directly")), s.toString());
    }

    @Test
    void mediationInANegationsScopeSaysTheSidesDealtAlone() {
        Mediation m = claim(1, "Both clubs ended their quarrel over wages without mediation from anyone", "Clubs").mediation;
        assertNull(m.through());
        assertEquals("no mediation", m.direct());
        List<Signal> s = between(claim(2, "The league mediated between both clubs until their quarrel over wages ended", "League"),
                claim(3, "Both clubs ended their quarrel over wages without mediation from anyone", "Clubs"));
        assertTrue(names(s).contains("mediation"), s.toString());
    }

    @Test
    void twoAccountsOfTheSameMediationDoNotConflict() {
        assertFalse(names(between(claim(1, "The league brokered the pause in the strike between the two clubs", "League"),
                claim(2, "The pause in the strike was mediated by the league", "Clubs"))).contains("mediation"));
    }

    @Test
    void oneSourceSayingBothIsNoConflict() {
        assertFalse(names(between(claim(1, "The league brokered the pause in the strike between the two clubs", "League"),
                claim(2, "The two clubs agreed the pause in the strike directly", "League"))).contains("mediation"));
    }

    @Test
    void directnessAboutSomethingElseIsNoConflict() {
        assertFalse(names(between(claim(1, "The league brokered the pause in the strike between the two clubs", "League"),
                claim(2, "Fans can buy tickets directly from the box office", "Clubs"))).contains("mediation"));
    }

    @Test
    void anAdjectiveInARunBeforeANameJudgesNothing() {
        ClaimFeatures named = claim(1, "The Grand Old Opera House said it accepted the offer", "Press");
        assertEquals("", named.judgementWords);
        ClaimFeatures judged = claim(2, "The old offer was a grand gesture", "Press");
        assertTrue(judged.judgementWords.contains("grand"), judged.judgementWords);
    }

    @Test
    void aVerbThatIsAlsoAPhysicalActReportsRatherThanJudges() {
        assertFalse(WordSenses.judgingVerb("fire"), "fire: dismiss, but also shoot");
        assertFalse(WordSenses.judgingVerb("launch"), "launch: found, but also send off");
        assertTrue(WordSenses.judgingVerb("fail"));
        assertTrue(WordSenses.judgingVerb("succeed"));
    }

    @Test
    void twoAccountsThatBothNameTheMeetingJudgeTheSameThingButOneThatNamesItAloneDoesNot() {
        assertTrue(names(between(claim(1, "Aides called the meeting excellent", "City hall"),
                claim(2, "Residents left the meeting furious", "Residents"))).contains("opposite judgements"));
        assertFalse(names(between(claim(3, "Aides called the meeting excellent", "City hall"),
                claim(4, "Residents are furious about the new parking fees", "Residents"))).contains("opposite judgements"));
    }

    @Test
    void theNegatedWordCountsAmongTheWordsOfTheScopeAnotherAccountAffirms() {
        // Meaning vectors 0.35 alike: too little for one denied word alone (0.4), enough for two in the scope (0.3).
        List<Signal> s = between(withCosine(1, "The clubs agreed to a pause and to broad talks on ticket prices", "Clubs", 1),
                withCosine(2, "In its reply the league wrote of no agreement on any broad dialogue.", "League", 0.35));
        assertTrue(names(s).contains("denial"), s.toString());
        assertFalse(names(between(withCosine(3, "The clubs agreed to a pause and to broad talks on ticket prices", "Clubs", 1),
                withCosine(4, "In its reply the league wrote of no plan for any broad dialogue.", "League", 0.35))).contains("denial"),
                "one word of the scope affirmed is not enough");
    }

    /** A claim whose meaning vector has the given cosine with the first axis (1 for the axis itself). */
    private static ClaimFeatures withCosine(long id, String text, String source, double cosine) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        v[0] = (float) cosine;
        v[1] = (float) Math.sqrt(1 - cosine * cosine);
        ClaimFacts facts = new ClaimFacts(id, id, text, source, "the same event").withReading(ClaimReading.read(text), MeaningVector.of(v));
        return new ClaimFeatures(facts, new QuantityReader());
    }
}
