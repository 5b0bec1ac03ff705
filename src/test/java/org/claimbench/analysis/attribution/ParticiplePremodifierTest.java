package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 30: a participle before its noun ("a leaked council memo", "a recently released harbor study") is a
 * modifier inside the noun phrase ({@link ParticiplePremodifiers}), not the verb that ends it. Sentences written for this test.
 */
class ParticiplePremodifierTest {

    @Test
    void aParticipleBeforeItsNounBelongsToTheSource() {
        // Before: "council memo | shows | …" (the phrase cut at "leaked") and nothing at all for the inverted one.
        assertEquals(List.of("leaked council memo | shows | the ferry lost money"),
                AttributionText.read("A leaked council memo shows that the ferry lost money."));
        assertEquals(List.of("leaked council memo | shows | The ferry lost money"),
                AttributionText.read("The ferry lost money, a leaked council memo shows."));
        assertEquals(List.of("recently released harbor study | found | the ferry lost money"),
                AttributionText.read("A recently released harbor study found that the ferry lost money."));
    }

    @Test
    void aVerbAfterItsSubjectStaysTheVerb() {
        // A participle after a noun is the clause's verb ("the board closed ferry routes"), and one after a verb opens
        // its object ("said striking pilots blocked"): neither joins a phrase before it.
        assertEquals(List.of("Ruiz | said | the board closed ferry routes last winter"),
                AttributionText.read("Ruiz said the board closed ferry routes last winter."));
        assertEquals(List.of("Ruiz | said | The board closed ferry routes last winter"),
                AttributionText.read("The board closed ferry routes last winter, Ruiz said."));
        List<String> found = AttributionText.read("The wardens said striking pilots blocked the pier.");
        assertTrue(found.equals(List.of("wardens | said | striking pilots blocked the pier")), found.toString());
    }
}
