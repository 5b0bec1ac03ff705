package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Word drafts built here with Apache POI. */
class DocxImportTest {

    @TempDir
    Path dir;

    @Test
    void headingsParagraphsListsAndTablesReadInOrder() throws Exception {
        Path f = dir.resolve("draft.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("Council rejects the bus plan");
            doc.createParagraph().createRun().setText("The council voted against the new bus routes on Monday.");
            for (String item : new String[] {"fares stay as they are", "the night line is cut"}) {
                XWPFParagraph li = doc.createParagraph();
                li.setNumID(BigInteger.ONE);
                li.createRun().setText(item);
            }
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("Party");
            t.getRow(0).getCell(1).setText("Votes");
            t.getRow(1).getCell(0).setText("Greens");
            t.getRow(1).getCell(1).setText("12");
            XWPFParagraph last = doc.createParagraph();
            last.createRun().setText("A new vote is planned ");
            last.createRun().addTab();
            last.createRun().setText("for June.");
            doc.write(out);
        }
        ArticleDraft d = new ArticleImporter().importFile(f).draft();
        assertEquals("Council rejects the bus plan", d.metadata().title());
        assertEquals("Council rejects the bus plan\n\nThe council voted against the new bus routes on Monday.\n\n"
                + "fares stay as they are\nthe night line is cut\n\nParty\tVotes\nGreens\t12\n\nA new vote is planned \tfor June.", d.text());
    }

    @Test
    void trackedChangesAreTakenAsTheCurrentText() throws Exception {
        Path f = dir.resolve("tracked.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFParagraph p = doc.createParagraph();
            CTP ctp = p.getCTP();
            ctp.addNewR().addNewT().setStringValue("The union said that ");
            CTRunTrackChange del = ctp.addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("Editor");
            del.addNewR().addNewDelText().setStringValue("a deal was close");
            CTRunTrackChange ins = ctp.addNewIns();
            ins.setId(BigInteger.TWO);
            ins.setAuthor("Editor");
            ins.addNewR().addNewT().setStringValue("no agreement was reached");
            ctp.addNewR().addNewT().setStringValue(".");
            doc.write(out);
        }
        assertEquals("The union said that no agreement was reached.", new ArticleImporter().importFile(f).draft().text());
    }

    @Test
    void aBrokenDocxIsRefusedWithWhatToDo() throws Exception {
        Path f = dir.resolve("broken.docx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 'w', 'o', 'r', 'd', '/', 0, 0, 0, 9, 9, 9});
        ImportException e = assertThrows(ImportException.class, () -> new ArticleImporter().importFile(f));
        assertTrue(e.getMessage().startsWith("'broken.docx'"), e.getMessage());
    }
}
