package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a clause after a semicolon, or after a comma and "but", "while", "whereas", "although" or "though",
 * is coordinated with the report before it, not part of it (Quirk et al. 1985, chapters 13 and 15): an attribution whose subject
 * opens such a clause keeps its own speaker even where the report's content runs over it. After "and" the clause may be
 * reported too ("said the pier had been rebuilt and the wardens believe …"), and stays inside the report; so does a clause
 * under "according to X", an adjunct of the whole sentence. Sentences written for this test.
 */
class CoordinateClauseAttributionTest {

    @Test
    void anAttributionAfterASemicolonIsNoPartOfTheReportBeforeIt() {
        // Before: only Ruiz's attribution (the wardens' belief was taken as reported by Ruiz).
        assertEquals(List.of("Ruiz | said | the pier had been rebuilt last year; the wardens believe it will stand for decades",
                "wardens | believe | it will stand for decades"),
                AttributionText.read("Ruiz said the pier had been rebuilt last year; the wardens believe it will stand for decades."));
    }

    @Test
    void aClauseCoordinatedUnderAccordingToStaysItsReport() {
        // "According to X" covers the whole sentence, each coordinated clause with it (round 24: the claim is X's, the
        // report of saying nested in it).
        assertEquals(List.of("Gazette | According to | Ruiz insisted that the pier was safe, while Berg pushed for a quick repair of the ferry"),
                AttributionText.read("According to the Gazette, Ruiz insisted that the pier was safe, while Berg pushed for a quick repair of the ferry."));
    }

    @Test
    void anAttributionAfterAndStaysInsideTheReport() {
        assertEquals(List.of("Ruiz | said | the pier had been rebuilt and the wardens believe it will stand for decades"),
                AttributionText.read("Ruiz said the pier had been rebuilt and the wardens believe it will stand for decades."));
    }
}
