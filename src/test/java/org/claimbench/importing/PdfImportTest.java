package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF import on press releases built here with PDFBox. */
class PdfImportTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    @Test
    void aPressReleaseReadsInOrderWithoutRunningHeadersFootersOrPageNumbers() throws Exception {
        Path pdf = dir.resolve("release.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, 1, List.of(
                    List.of("Statement on the grain corridor"),
                    List.of("The ministry said that shipments through the corridor rose in the",
                            "last month and that inspections would be shortened from next week,",
                            "while the port authority expects no further delays at the entran-",
                            "ce to the harbour during the winter season.")));
            page(doc, 2, List.of(
                    List.of("Insurers were told that the cover for vessels waiting at anchorage",
                            "will be reviewed by a joint committee before the end of the year.")));
            page(doc, 3, List.of(List.of("Officials from both delegations will meet again on the 11th.")));
            doc.save(pdf.toFile());
        }
        ArticleDraft d = new ArticleImporter().importFile(pdf).draft();
        String t = d.text();
        assertFalse(t.contains("Ministry of Transport"), t);
        assertFalse(t.contains("Page 2 of 3"), t);
        assertTrue(t.contains("The ministry said that shipments through the corridor rose in the last month and that inspections"), t);
        assertTrue(t.contains("no further delays at the entrance to the harbour"), t);
        assertEquals("Statement on the grain corridor\n\n"
                + "The ministry said that shipments through the corridor rose in the last month and that inspections would be "
                + "shortened from next week, while the port authority expects no further delays at the entrance to the harbour "
                + "during the winter season.\n\n"
                + "Insurers were told that the cover for vessels waiting at anchorage will be reviewed by a joint committee "
                + "before the end of the year.\n\n"
                + "Officials from both delegations will meet again on the 11th.", t);
        assertEquals("Statement on the grain corridor", d.metadata().title());
    }

    @Test
    void aScanWithoutATextLayerIsRefusedWithWhatToDo() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(x, 50, 600, 400, 200);
            }
            doc.save(pdf.toFile());
        }
        ImportException e = assertThrows(ImportException.class, () -> new ArticleImporter().importFile(pdf));
        assertTrue(e.getMessage().startsWith("'scan.pdf' has no text layer"), e.getMessage());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithWhatToDo() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, 1, List.of(List.of("A statement that only readers with the password may see.")));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        ImportException e = assertThrows(ImportException.class, () -> new ArticleImporter().importFile(pdf));
        assertTrue(e.getMessage().contains("protected by a password"), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsRefusedNotCrashed() throws Exception {
        Path pdf = dir.resolve("cut.pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ImportException e = assertThrows(ImportException.class, () -> new ArticleImporter().importFile(pdf));
        assertTrue(e.getMessage().startsWith("'cut.pdf'"), e.getMessage());
    }

    /** A page with the running header, the paragraphs (lines 14 pt apart, paragraphs 28), and "Page N of 3" at the foot. */
    private static void page(PDDocument doc, int number, List<List<String>> paragraphs) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            line(s, 72, 800, "Ministry of Transport | Press office");
            float y = 740;
            for (List<String> p : paragraphs) {
                for (String l : p) {
                    line(s, 72, y, l);
                    y -= 14;
                }
                y -= 14;
            }
            line(s, 280, 40, "Page " + number + " of 3");
        }
    }

    private static void line(PDPageContentStream s, float x, float y, String text) throws Exception {
        s.beginText();
        s.setFont(HELVETICA, 11);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
