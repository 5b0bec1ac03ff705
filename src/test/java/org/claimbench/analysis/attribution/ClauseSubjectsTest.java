package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Subjects the tagger gives no noun: of the reported clause ("said the other would …", "said that is …") and of the
 * cue ("The board itself said", "Some said"). Sentences written for this test, each with the case to leave alone.
 */
class ClauseSubjectsTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void anAdjectiveOrDeterminerHeadingTheReportedClausesSubjectStillOpensAClause() {
        assertEquals(List.of("Ortega | said | the other would pay for the ferry"), read("Ortega said the other would pay for the ferry."));
        assertEquals(List.of("Ortega | said | many doubted the tender"), read("Ortega said many doubted the tender."));
        assertEquals(List.of("Ortega | said | each has a vote on the tender"), read("Ortega said each has a vote on the tender."));
        // An article alone is no subject: nothing is reported here.
        assertEquals(List.of(), read("Ortega said the."));
    }

    @Test
    void aDemonstrativeBeforeAnAuxiliaryIsTheSubjectNotAComplementizer() {
        assertEquals(List.of("harbour engineers | said | that is very unlikely"), read("The harbour engineers said that is very unlikely."));
        assertEquals(List.of("Ortega | said | that would be a mistake"), read("Ortega said that would be a mistake."));
        // "that" before a clause of its own subject stays the complementizer, out of the content.
        assertEquals(List.of("Ortega | said | the tender would fail"), read("Ortega said that the tender would fail."));
    }

    @Test
    void anEmphaticReflexiveAfterTheSubjectLeavesTheSubjectTheSource() {
        assertEquals(List.of("Lindqvist Ferries | said | the crossing was safe"), read("Lindqvist Ferries itself said the crossing was safe."));
        assertEquals(List.of("Ortega | told | the tender was void"), read("Ortega herself told the board that the tender was void."));
    }

    @Test
    void aQuantifierStandingAloneIsTheSubject() {
        assertEquals(List.of("Some | said | they had waited an hour at the pier"), read("Some said they had waited an hour at the pier."));
        assertEquals(List.of("Several | said | the fares were too high"), read("Several said the fares were too high."));
        // A negative quantifier says that no one spoke.
        assertEquals(List.of(), read("None said the fares were too high."));
    }
}
