package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The file name a report is offered under comes from its title: letters, digits and hyphens, safe in every file system and terminal. */
class ReportFileNameTest {

    @Test
    void theTitleIsTheFileNameWithoutTheCharactersNoFileSystemTakes() {
        assertEquals("Harbour-talks-2026-03-02-what-each-side-said", ExportActions.fileName("Harbour talks, 2026-03-02 — what each side said"));
        assertEquals("Tolls-who-pays-and-when", ExportActions.fileName("Tolls: who pays / and when?"));
        // A cut at 80 UTF-16 units that would split a character beyond the BMP (U+20000) keeps it out whole.
        assertEquals("a".repeat(79), ExportActions.fileName("a".repeat(79) + "\uD840\uDC00" + "b".repeat(10)));
        assertEquals("report", ExportActions.fileName("???"));
        assertEquals("a-tab-and-a-line", ExportActions.fileName("  a\ttab and\na line.  "));
    }

    /** student59: the name offered held an en dash, an em dash, commas and spaces, awkward to open from a terminal. */
    @Test
    void dashesCommasSpacesAndAccentsBecomeAPlainName() {
        assertEquals("Kallas-Moreno-call-2030-02-11-what-each-side-said", ExportActions.fileName("Kallas\u2013Moreno call, 2030-02-11 \u2014 what each side said"));
        assertEquals("Cafe-owners-vs-the-city-s-new-rules", ExportActions.fileName("Caf\u00e9 owners vs. the city\u2019s new rules"));
        assertTrue(ExportActions.fileName("Spring talks: \u201cwho pays?\u201d, 2031 \u2014 what each side said").matches("[A-Za-z0-9-]+"));
    }

    @Test
    void aLongTitleIsCutToEightyCharacters() {
        String name = ExportActions.fileName("The ferry, the bridge and the tunnel: ".repeat(5));
        assertTrue(name.length() <= 80 && name.startsWith("The-ferry-the-bridge"), name);
    }

    @Test
    void aLongTitleIsCutBetweenWordsNotInsideOne() {
        String name = ExportActions.fileName("Ferry talks, 2026-03-02 and harbour talks, 2026-02-19 — what each side said about the tolls");
        assertEquals("Ferry-talks-2026-03-02-and-harbour-talks-2026-02-19", name, "cut where the last phrase within 80 ends");
        String events = ExportActions.fileName("Ferry talks, 2031-05-02 and 2 other events and 1 article of no event — what each side said (default workspace)");
        assertEquals("Ferry-talks-2031-05-02-and-2-other-events-and-1-article-of-no-event", events, "not after a phrase's first words");
        String noPhrase = ExportActions.fileName("Ferrytalks " + "harbourtalks ".repeat(8));
        assertEquals("Ferrytalks-" + "harbourtalks-".repeat(4) + "harbourtalks", noPhrase, "with no phrase ending, at the last space");
        String oneWord = ExportActions.fileName("x".repeat(120));
        assertEquals(80, oneWord.length(), "a title of one long word is cut at 80 all the same");
    }
}
