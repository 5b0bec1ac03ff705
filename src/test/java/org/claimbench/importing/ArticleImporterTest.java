package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void plainTextKeepsItsWordsAndTakesAHeadlineAsTitle() throws Exception {
        Path f = write("call.txt", "Skip to content\r\n\r\nNEWS\r\nPutin and Trump spoke for two hours\r\nThe Kremlin said so.\r\n");
        ImportedArticle a = importer.importFile(f);
        assertEquals("Putin and Trump spoke for two hours", a.draft().metadata().title());
        assertEquals("Skip to content\n\nNEWS\nPutin and Trump spoke for two hours\nThe Kremlin said so.", a.draft().text());
        assertTrue(a.encodingNote().isEmpty());
    }

    @Test
    void markdownBecomesTheTextAReaderSees() throws Exception {
        Path f = write("call.md", "# Trump hails a productive call\n\nThe White House said the call was **very productive**.\n\n- one\n- two\n");
        ArticleDraft d = importer.importFile(f).draft();
        assertEquals("Trump hails a productive call", d.metadata().title());
        assertTrue(d.text().contains("The White House said the call was very productive."), d.text());
        assertFalse(d.text().contains("**"));
        assertFalse(d.text().contains("# "));
    }

    @Test
    void htmlKeepsVisibleTextAndReadsThePagesMetadata() throws Exception {
        Path f = write("page.html", """
                <!doctype html><html lang="en"><head>
                <title>Fallback title</title>
                <meta property="og:title" content="Putin, Trump talk for two hours">
                <meta property="og:site_name" content="The Daily Example">
                <meta name="author" content="Jane Reporter">
                <meta property="article:published_time" content="2025-03-18T21:10:00+03:00">
                <link rel="canonical" href="https://example.org/call">
                <style>p { color: red }</style><script>var tracking = 1;</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header>Subscribe now</header>
                <article><h1>Putin, Trump talk</h1><p>The Kremlin said the call lasted <b>two hours</b>.</p>
                <p>The White House called it<br>productive.</p></article>
                <footer>© Example</footer>
                </body></html>""");
        ArticleDraft d = importer.importFile(f).draft();
        assertEquals("Putin, Trump talk for two hours", d.metadata().title());
        assertEquals("The Daily Example", d.metadata().outlet());
        assertEquals("Jane Reporter", d.metadata().author());
        assertEquals(LocalDate.of(2025, 3, 18), d.metadata().published());
        assertEquals("https://example.org/call", d.metadata().url());
        assertEquals("en", d.metadata().language());
        assertEquals("Putin, Trump talk\n\nThe Kremlin said the call lasted two hours.\n\nThe White House called it\nproductive.", d.text());
    }

    @Test
    void windows1252IsDetectedAndSaid() throws Exception {
        byte[] bytes = "Zelensky\u2019s office called it \u201ctheatre\u201d \u2013 na\u00efve.".getBytes("windows-1252");
        Path f = dir.resolve("cp1252.txt");
        Files.write(f, bytes);
        ImportedArticle a = importer.importFile(f);
        assertEquals("Zelensky\u2019s office called it \u201ctheatre\u201d \u2013 na\u00efve.", a.draft().text());
        assertEquals("read as windows-1252", a.encodingNote().orElseThrow());
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkIsDetected() throws Exception {
        String text = "Песков said the call was “constructive”.";
        Path withMark = dir.resolve("bom.txt");
        Files.write(withMark, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path without = dir.resolve("nobom.txt");
        Files.write(without, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, importer.importFile(withMark).draft().text());
        assertEquals("read as UTF-16LE", importer.importFile(withMark).encodingNote().orElseThrow());
        assertEquals(text, importer.importFile(without).draft().text());
        assertEquals("read as UTF-16BE", importer.importFile(without).encodingNote().orElseThrow());
    }

    @Test
    void aBinaryFileIsRefusedByName() throws Exception {
        Path f = dir.resolve("notes.bin");
        Files.write(f, new byte[] {'B', 'I', 'N', '!', '-', '1', '.', '4', 0, 1, 2, 3, (byte) 0x9C, 0, 0, 5});
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(f));
        assertEquals("'notes.bin' is not a text, Markdown, HTML, PDF or Word file (it holds binary data). "
                + "Save it as plain text or HTML first, or copy its text and use Paste text.", e.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        Path f = write("empty.txt", "");
        assertEquals("'empty.txt' is empty. Choose a file that holds the article's text.",
                assertThrows(ImportException.class, () -> importer.importFile(f)).getMessage());
        Path blank = write("blank.html", "<html><body><script>x()</script></body></html>");
        assertTrue(assertThrows(ImportException.class, () -> importer.importFile(blank)).getMessage().contains("'blank.html' holds no readable text"));
    }

    @Test
    void aFileOver20MegabytesIsRefused() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(ArticleImporter.MAX_BYTES + 1);
        }
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(f));
        assertTrue(e.getMessage().startsWith("'huge.txt' is 20.0 MB; Claimbench imports articles up to 20 MB."), e.getMessage());
    }

    @Test
    void anUnreadablePathIsRefusedWithWhatToDo() throws Exception {
        ImportException missing = assertThrows(ImportException.class, () -> importer.importFile(dir.resolve("gone.txt")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path f = write("secret.txt", "text");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "running as a user who can read any file (root)");
        ImportException denied = assertThrows(ImportException.class, () -> importer.importFile(f));
        assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
    }

    @Test
    void aBatchImportsTheGoodFilesAndNamesTheBadOnes() throws Exception {
        Path good = write("good.txt", "Trump said the call went very well.");
        Path same = write("same.txt", "Trump said the call went very well.");
        Path empty = write("empty.txt", "");
        List<ArticleDraft> stored = new ArrayList<>();
        List<FileOutcome> outcomes = new ImportBatch(importer).run(List.of(good, empty, same), drafts -> {
            List<ArticleSink.Stored> out = new ArrayList<>();
            for (ArticleDraft d : drafts) {
                int existing = stored.stream().map(ArticleDraft::text).toList().indexOf(d.text());
                if (existing >= 0) {
                    out.add(new ArticleSink.Stored(existing + 1, d.metadata().title(), true));
                } else {
                    stored.add(d);
                    out.add(new ArticleSink.Stored(stored.size(), d.metadata().title(), false));
                }
            }
            return out;
        }, (done, total, file) -> { }, () -> false);
        assertEquals(List.of(FileOutcome.Status.FAILED, FileOutcome.Status.IMPORTED, FileOutcome.Status.DUPLICATE),
                outcomes.stream().map(FileOutcome::status).toList());
        assertEquals(1, stored.size());
        assertTrue(outcomes.get(0).line().startsWith("failed    'empty.txt' is empty"));
    }

    @Test
    void pastedHtmlFromABrowserIsRecognised() throws Exception {
        ImportedArticle a = importer.importPasted("<html><body><p>Peskov said nothing.</p></body></html>", "");
        assertEquals("Peskov said nothing.", a.draft().text());
        assertThrows(ImportException.class, () -> importer.importPasted("   ", ""));
    }

    /** Issue 14's newcomer trial: the first line of a pasted text became the title and stayed at the top of the text too. */
    @Test
    void aPastedTextsFirstLineIsItsTitleAndNoLongerPartOfItsText() throws Exception {
        ImportedArticle a = importer.pastedArticle("Ferry fares to rise\n\nThe mayor said the fares would rise in spring.\nThe union disagreed.", "");
        assertEquals("Ferry fares to rise", a.draft().metadata().title());
        assertEquals("The mayor said the fares would rise in spring.\nThe union disagreed.", a.draft().text());
        ImportedArticle typed = importer.pastedArticle("Ferry fares to rise\nThe mayor said the fares would rise in spring.", " Ferry fares to rise ");
        assertEquals("The mayor said the fares would rise in spring.", typed.draft().text(), "a title typed as the first line reads");
        ImportedArticle other = importer.pastedArticle("Ferry fares to rise\nThe mayor said the fares would rise in spring.", "Fares");
        assertTrue(other.draft().text().startsWith("Ferry fares to rise\n"), "another title given: the text is kept whole");
        ImportedArticle oneLine = importer.pastedArticle("The mayor said the fares would rise in spring.", "");
        assertEquals("The mayor said the fares would rise in spring.", oneLine.draft().text(), "a text of one line keeps it");
    }

    /** Review 13: a pasted body with no headline lost its lead paragraph, taken for the title; a short headline stayed in the text. */
    @Test
    void aPastedLeadSentenceStaysInTheTextAndAShortHeadlineIsTheTitle() throws Exception {
        ImportedArticle lead = importer.pastedArticle("The mayor said the fares would rise in spring.\nThe union disagreed with the mayor on Monday.", "");
        assertEquals("The mayor said the fares would rise in spring.\nThe union disagreed with the mayor on Monday.", lead.draft().text(),
                "a first line that ends in a full stop is the body's first sentence, not a headline");
        ImportedArticle leadIn = importer.pastedArticle("The ministry said on Monday:\n“The fares will rise in spring.”", "");
        assertTrue(leadIn.draft().text().startsWith("The ministry said on Monday:\n"), "a line ending in a colon leads into the next");
        ImportedArticle shortHead = importer.pastedArticle("Ferry fares rise\nThe mayor said the fares would rise in spring.", "");
        assertEquals("Ferry fares rise", shortHead.draft().metadata().title(), "the dialog says: the first line becomes the title");
        assertEquals("The mayor said the fares would rise in spring.", shortHead.draft().text());
        ImportedArticle cyrillic = importer.pastedArticle("Паромы подорожают\nМэр сказал, что цены вырастут весной.", "");
        assertEquals("Паромы подорожают", cyrillic.draft().metadata().title());
        assertEquals("Мэр сказал, что цены вырастут весной.", cyrillic.draft().text());
    }

    @Test
    void theSampleArticlesShipWithTheirMetadata() {
        List<ArticleDraft> samples = SampleArticles.load();
        assertEquals(5, samples.size());
        assertTrue(samples.get(0).metadata().notes().contains("3 July 2025"));
        assertTrue(samples.get(1).text().contains("Ushakovquoted"));
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
