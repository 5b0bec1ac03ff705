package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown import gives the text a reader of the rendered page sees, nothing added. */
class MarkdownImportTest {

    @TempDir
    Path dir;

    @Test
    void linksImagesAndCodeReadAsTheirVisibleText() throws Exception {
        assertEquals("The mayor told Radio North that the bridge reopens. A map of the bridge shows it, "
                        + "and the notice says closed until May; see https://example.org/notice.",
                text("The mayor told [Radio North](https://radio.example/1 \"interview\") that the bridge reopens.\n"
                        + "![A map of the bridge](map.png) shows it, and the notice says `closed until May`;\n"
                        + "see <https://example.org/notice>.\n"));
        assertEquals("The council wrote on its site that repairs are done.",
                text("The council wrote on [its site][site] that repairs are done.\n\n[site]: https://council.example/news\n"));
    }

    @Test
    void blockQuotesAndEmphasisLoseOnlyTheirMarks() throws Exception {
        assertEquals("Heavy rain closed the pass\n\nThe police said: \"the road\nstays shut tonight\".\n\nDrivers were very angry.",
                text("# Heavy rain closed the pass\n\n> The police said: \"the road\\\n> stays shut tonight\".\n\n"
                        + "Drivers were **very** _angry_.\n"));
    }

    @Test
    void tablesBecomeRowsWithTheirCellsApartAndListsBecomeLines() throws Exception {
        assertEquals("Results\n\nTown\tVotes\nEastbury\t1,204\nWestmoor\t998\n\nfirst point\nsecond point",
                text("Results\n\n| Town | Votes |\n|---|---:|\n| Eastbury | 1,204 |\n| Westmoor | 998 |\n\n- first point\n- second point\n"));
    }

    @Test
    void softLineBreaksAreSpacesAndInlineHtmlShowsItsText() throws Exception {
        ArticleDraft d = draft("# Budget vote delayed\n\nThe vote was moved\nto Friday.<br>A second line&nbsp;follows.\n\n"
                + "<div class=\"note\"><p>Corrected on Monday.</p></div>\n");
        assertEquals("Budget vote delayed", d.metadata().title());
        assertEquals("Budget vote delayed\n\nThe vote was moved to Friday.\nA second line follows.\n\nCorrected on Monday.", d.text());
    }

    private String text(String markdown) throws Exception {
        return draft(markdown).text();
    }

    private ArticleDraft draft(String markdown) throws Exception {
        Path f = dir.resolve("story.md");
        Files.writeString(f, markdown);
        return new ArticleImporter().importFile(f).draft();
    }
}
