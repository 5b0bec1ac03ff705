package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 25: "he" and "she" are singular and take no plural antecedent (a personal pronoun agrees with its
 * antecedent in number; Quirk et al. 1985, 6.10). Sentences written for this test.
 */
class PronounNumberAgreementTest {

    @Test
    void heOrSheSkipsAPluralOfPersonsForThePersonNamedBefore() {
        assertEquals(List.of("Democrats | said | the plan was too costly", "Ana Ruiz | said | the fares would rise"),
                AttributionText.read("Ana Ruiz spoke first at the harbour meeting. Democrats on the board said that the plan was too costly. "
                        + "She said the fares would rise."));
        assertEquals(List.of("Islanders | told | the ferry ran late", "Tomas Berg | said | the timetable would change"),
                AttributionText.read("Tomas Berg spoke first at the harbour meeting. Islanders told the board that the ferry ran late. "
                        + "He said that the timetable would change."));
    }

    @Test
    void aNameEndingInSIsNoPlural() {
        // "Sanders" reads as the plural of "sander", a tool, not of a noun of persons: a surname.
        assertEquals(List.of("Tomas Sanders | said | the pier was unsafe", "Tomas Sanders | said | the fares would rise"),
                AttributionText.read("Tomas Sanders said that the pier was unsafe. He said the fares would rise."));
    }
}
