package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sources' short names: whole when short, the first word when it says which, else cut with "…". */
class ShortNamesTest {

    private static final List<String> ALL = List.of("Kremlin readout", "White House", "Harbour board", "Harbour workers' union",
            "Port authority of the northern coast", "Lighthouse keepers", "Union", "United Nations", "Chinese foreign ministry");

    @Test
    void aShortNameStaysWhole() {
        assertEquals("White House", ShortNames.shortName("White House", ALL));
        assertEquals("Union", ShortNames.shortName("Union", ALL));
    }

    @Test
    void aLongNameGoesByItsFirstWordWhenNoOtherSourceSharesIt() {
        assertEquals("Kremlin", ShortNames.shortName("Kremlin readout", ALL));
        assertEquals("Port", ShortNames.shortName("Port authority of the northern coast", ALL));
        assertEquals("Lighthouse", ShortNames.shortName("Lighthouse keepers", ALL));
    }

    @Test
    void aProperNameOfSeveralCapitalisedWordsIsCutNotTakenByItsFirstWord() {
        assertEquals("United Nati…", ShortNames.shortName("United Nations", ALL));
        assertEquals("Chinese", ShortNames.shortName("Chinese foreign ministry", ALL));
    }

    @Test
    void twoSourcesOfOneFirstWordAreCutApartWithAnEllipsis() {
        assertEquals("Harbour boa…", ShortNames.shortName("Harbour board", ALL));
        assertEquals("Harbour wor…", ShortNames.shortName("Harbour workers' union", ALL));
    }

    @Test
    void theShorterNameIsElidedAfterAWholeWordNeverInsideOne() {
        assertEquals("White…", ShortNames.shorter("White House", ALL));
        assertEquals("Kremlin…", ShortNames.shorter("Kremlin readout", ALL));
        assertEquals("Ukraine", ShortNames.shorter("Ukraine", ALL));
        assertEquals("Lighthouse", ShortNames.shorter("Lighthouse", ALL), "one word of ten letters is kept whole, not “Lightho…”");
        assertEquals("Lighthouse…", ShortNames.shorter("Lighthouse keepers", ALL));
    }

    /** Issue 14: at the tag bar's narrowest level two sources read "Press o…" (and, kept apart, "P. offi…") both. */
    @Test
    void twoSourcesNeverReadTheSameAtTheNarrowestLevel() {
        List<String> all = List.of("Kremlin readout", "White House", "Press office Kyiv", "Press office Lviv", "Press office", "Kremlin aide");
        List<String> shown = all.stream().map(n -> ShortNames.shorter(n, all)).toList();
        assertEquals(List.of("Kremlin readout", "White…", "Press…Kyiv", "Press…Lviv", "Press office", "Kremlin aide"), shown);
        assertEquals(all.size(), shown.stream().distinct().count(), "no two read the same: " + shown);
    }

    @Test
    void aFlagOrAnAccentInANameIsNeverCutInTwo() {
        // A flag is two regional indicators (four UTF-16 units): cut by units, "Kyiv " and one of them would remain.
        assertEquals("Kyiv \uD83C\uDDFA\uD83C\uDDE6…", ShortNames.shorter("Kyiv \uD83C\uDDFA\uD83C\uDDE6 Independent", ALL));
        // "Zoë's Journal" with a combining diaeresis has 13 characters to the reader, not 14: cut to 12, not 11.
        assertEquals("Zoe\u0308's Journ…", ShortNames.shortName("Zoe\u0308's Journal Daily", ALL));
    }

    @Test
    void namesThatWouldReadTheSameAreKeptApartByTheWordsThatDiffer() {
        List<String> all = List.of("Europe", "European Commission", "European Council", "European Parliament");
        assertEquals("E. Commissi…", ShortNames.shortName("European Commission", all), "not “European Co…” twice");
        assertEquals("E. Council", ShortNames.shortName("European Council", all));
        assertEquals("European Pa…", ShortNames.shortName("European Parliament", all), "no other reads the same");
        assertEquals("European Commission", ShortNames.shorter("European Commission", all), "not “European…” three times");
        assertEquals("European Council", ShortNames.shorter("European Council", all));
        assertEquals("European Parliament", ShortNames.shorter("European Parliament", all));
        assertEquals("Europe", ShortNames.shorter("Europe", all));
    }
}
