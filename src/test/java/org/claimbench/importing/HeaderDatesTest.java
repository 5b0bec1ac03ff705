package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file's date read from its header (analyst54: a labelled date line and a dateline, listed with "no date"). */
class HeaderDatesTest {

    @TempDir
    Path dir;

    private static Optional<LocalDate> read(String text) {
        return HeaderDates.published(text);
    }

    @Test
    void aTextFileWithALabelledDateLineIsImportedWithThatDate() throws Exception {
        Path f = dir.resolve("ferry.txt");
        Files.writeString(f, "Ferry talks stall over harbour fees\nBy Ines Varga\ndate 2025-07-27\n\n"
                + "Officials of the two island councils left the table on Saturday without an agreement.\n");
        assertEquals(Optional.of(LocalDate.of(2025, 7, 27)), new ArticleImporter().importFile(f).draft().metadata().publishedDate());
    }

    @Test
    void aTextFileWithADatelineTakesTheYearItsLeadNames() throws Exception {
        Path f = dir.resolve("dam.md");
        Files.writeString(f, "# Dam levy to rise 3 pct, says Orvik\n\nBRENNSTAD, March 4 (Northwire)--The levy will rise in the 2026 budget "
                + "year, the minister told reporters.\n");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), new ArticleImporter().importFile(f).draft().metadata().publishedDate());
    }

    @Test
    void theLabelsOfANewsPagesHeaderAreRead() {
        assertEquals(Optional.of(LocalDate.of(2024, 11, 2)), read("Harbour deal signed\nDate: November 2, 2024\n\nText."));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 2)), read("Harbour deal signed\nPublished 2 November 2024, 08:15 CET\n\nText."));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 2)), read("Harbour deal signed\nBy Tomas Ek | Published on Sat, Nov. 2, 2024\n\nText."));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 3)), read("Harbour deal signed\nUpdated: 2024-11-03 10:02\n\nText."));
    }

    @Test
    void aPublishedDateWinsOverAnUpdatedOneWhicheverComesFirst() {
        assertEquals(Optional.of(LocalDate.of(2024, 11, 2)),
                read("Harbour deal signed\nUpdated 2024-11-05 · Published 2024-11-02\n\nThe two towns signed on Friday."));
    }

    @Test
    void aDatelineGivesItsOwnYearOrNoneWhenTheLeadNamesSeveral() {
        assertEquals(Optional.of(LocalDate.of(2023, 5, 9)), read("Bridge reopens\n\nKALDOR, Norland, May 9, 2023 — The bridge reopened."));
        assertEquals(Optional.empty(), read("Bridge reopens\n\nKALDOR, May 9 (Wire) - The bridge, closed since 2021, reopened after the 2022 floods."));
        assertEquals(Optional.empty(), read("Bridge reopens\n\nKALDOR, May 9 (Wire) - The bridge reopened."));
    }

    @Test
    void aDateInTheBodyOrATimelinesEntryIsNoHeaderDate() {
        assertEquals(Optional.empty(), read("Bridge reopens\n\nOn Monday, May 9: the council voted in 2023 to reopen it."));
        assertEquals(Optional.empty(), read("Bridge reopens\n\nThe council said the bridge was dated 1911 and published its plan on May 9, 2023."));
        assertEquals(Optional.empty(), read("Bridge reopens\n\nThe figures were updated on Tuesday."));
    }

    /** The wire's datelines (our own lines): the agency after the place, the day before or after it, or on a line above. */
    @Test
    void theWiresDatelinesAreRead() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)),
                read("Quarry strike ends\n\nVELDRA, June 14 (Coastwire) - Quarry workers went back on Saturday, ending the 2025 strike."));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)),
                read("Quarry strike ends\n\nVELDRA, June 14, 2025 \u2014 Quarry workers went back on Saturday."));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)),
                read("Quarry strike ends\n\nVELDRA (Coastwire) June 14 - Quarry workers went back on Saturday, ending the 2025 strike."));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)),
                read("Quarry strike ends\nJune 14, 2025 4:12 PM GMT\n\nVELDRA (Coastwire) - Quarry workers went back on Saturday."));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)),
                read("Quarry strike ends\nSat 14 June 2025\n\nVeldra (Coastwire) \u2014 Quarry workers went back on Saturday."));
    }

    @Test
    void aWireDatelineWithNoDayAndNoDateLineAboveGivesNone() {
        assertEquals(Optional.empty(), read("Quarry strike ends\n\nVELDRA (Coastwire) - Quarry workers went back on Saturday, ending the 2025 strike."));
        assertEquals(Optional.empty(), read("Quarry strike ends\n\nThe union (Local 12) - quarry workers went back on June 14, 2025."));
        assertEquals(Optional.empty(), read("Quarry strike ends\n\nVELDRA (Coastwire) - Quarry workers went back.\nJune 14, 2025\n"),
                "a date line after the dateline is the body's, not the page's timestamp");
    }
}
