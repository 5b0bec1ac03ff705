package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.claimbench.domain.ArticleDraft;

/**
 * Whatever bytes reach an importer, it either imports them completely (an article with text and a
 * title) or refuses them with a message; no other exception escapes. Bytes are random, or a valid
 * file of the format with some of its bytes changed (so the parsers get past their first checks).
 */
class ImporterPropertiesTest {

    private static final byte[] HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour strike</title></head><body>"
            + "<article><h1>Strike ends</h1><p>The union said the strike had ended.</p><table><tr><td>a</td><td>b</td></tr></table>"
            + "<pre>one\ntwo</pre></article></body></html>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] MARKDOWN = "# Strike ends\n\nThe [union](https://u.example) said `it` ended.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = TestPdfs.onePage("The union said the strike had ended.");
    private static final byte[] DOCX = docx();

    private final ArticleImporter importer = new ArticleImporter();

    @Property(tries = 300)
    void anyBytesImportCompletelyOrAreRefusedWithAMessage(@ForAll("bytes") byte[] bytes, @ForAll("names") String name) {
        check(bytes, name);
    }

    @Property(tries = 150)
    void aDamagedHtmlPageImportsOrIsRefused(@ForAll("damagedHtml") byte[] bytes) {
        check(bytes, "page.html");
    }

    @Property(tries = 150)
    void aDamagedMarkdownFileImportsOrIsRefused(@ForAll("damagedMarkdown") byte[] bytes) {
        check(bytes, "notes.md");
    }

    @Property(tries = 150)
    void aDamagedPdfImportsOrIsRefused(@ForAll("damagedPdf") byte[] bytes) {
        check(bytes, "release.pdf");
    }

    @Property(tries = 150)
    void aDamagedDocxImportsOrIsRefused(@ForAll("damagedDocx") byte[] bytes) {
        check(bytes, "draft.docx");
    }

    private void check(byte[] bytes, String name) {
        try {
            ArticleDraft d = importer.importBytes(bytes, name, name, Optional.empty(), "").draft();
            assertFalse(d.text().isBlank(), "an imported article has text");
            assertFalse(d.metadata().title().isBlank(), "an imported article has a title");
            assertTrue(d.text().equals(d.text().strip()), "no blank lines around the text");
        } catch (ImportException e) {
            assertTrue(e.getMessage() != null && e.getMessage().length() > 20, "a refusal says why: " + e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a", "a.htm");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(600),
                Arbitraries.strings().all().ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().withChars("<>/=\"' abcdehlmoprtyu\n&#;!-").ofMaxLength(400).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> damagedHtml() {
        return damaged(HTML);
    }

    @Provide
    Arbitrary<byte[]> damagedMarkdown() {
        return damaged(MARKDOWN);
    }

    @Provide
    Arbitrary<byte[]> damagedPdf() {
        return damaged(PDF);
    }

    @Provide
    Arbitrary<byte[]> damagedDocx() {
        return damaged(DOCX);
    }

    /** The file with up to eight bytes changed, or cut short. */
    private static Arbitrary<byte[]> damaged(byte[] valid) {
        Arbitrary<byte[]> changed = Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                    byte[] b = valid.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        b[positions.get(i)] = values.get(i);
                    }
                    return b;
                }));
        Arbitrary<byte[]> cut = Arbitraries.integers().between(1, valid.length - 1).map(n -> java.util.Arrays.copyOf(valid, n));
        return Arbitraries.oneOf(changed, cut);
    }

    private static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("The union said the strike had ended.");
            doc.createTable(1, 2).getRow(0).getCell(0).setText("cell");
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
