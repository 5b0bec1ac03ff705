package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A verb of saying inverted with its subject after the clause it reports, the subject with an adjective phrase after its noun
 * or adverbials after it (attribution round 32), on sentences written for this test.
 */
class InvertedSubjectAdjunctsTest {

    @Test
    void anAdjectivePhraseAfterTheInvertedSubjectBelongsToIt() {
        assertEquals(List.of("person | said | The ferry fares will rise in the spring"),
                AttributionText.read("The ferry fares will rise in the spring, said a person familiar with the budget."));
        assertEquals(List.of("two officials | said | The bridge will stay shut until May"),
                AttributionText.read("The bridge will stay shut until May, said two officials aware of the survey."));
    }

    @Test
    void adverbialsAfterTheInvertedSubjectLeaveItTheSpeaker() {
        assertEquals(List.of("Tom Berg | wrote | The night ferry will stop running in the autumn"),
                AttributionText.read("The night ferry will stop running in the autumn, wrote Tom Berg in a letter to the council."));
        assertEquals(List.of("mayor | said | The harbour will reopen next week"),
                AttributionText.read("The harbour will reopen next week, said the mayor on the radio on Friday."));
    }

    @Test
    void noInversionAfterAnAsideOrWithAnObject() {
        assertEquals(List.of(), AttributionText.read("The tenants protested, wrote a letter to the council and went home."));
        assertEquals(List.of("Ana Berg | noted | the rule in the interview last week"),
                AttributionText.read("Ana Berg, the mayor's eldest daughter, noted the rule in the interview last week."));
    }
}
