package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML import: the page's article as a reader sees it, with the page's own encoding. All pages are written for these tests. */
class HtmlImportTest {

    private static final String STORY = "<p>The harbour authority said on Tuesday that the ferry strike had ended after eleven days, "
            + "and that the first boats would sail again on Thursday morning.</p>"
            + "<p>Union leaders, however, said the agreement covered only pay, and that the dispute about night shifts, "
            + "rest periods and the size of crews would go on in the weeks ahead.</p>"
            + "<p>Passengers waiting at the terminal said they had heard about the deal from the radio, not from the company, "
            + "which had not answered their questions for days.</p>";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void aPageWhoseBodySitsInAFormImportsItsArticle() throws Exception {
        ArticleDraft d = html("<!DOCTYPE html><html><head><title>Ferry strike ends | Harbour News</title></head><body>"
                + "<form method=\"post\" action=\"./story.aspx\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\">"
                + "<div id=\"content\"><h1>Ferry strike ends</h1>" + STORY + "</div></form>"
                + "<form class=\"search\"><input name=\"q\"><button>Search the site</button></form></body></html>");
        assertTrue(d.text().contains("the ferry strike had ended after eleven days"), d.text());
        assertTrue(d.text().contains("which had not answered their questions for days."), d.text());
        assertFalse(d.text().contains("Search the site"), d.text());
    }

    @Test
    void theArticlesOwnHeaderGivesTitleAndHeadlineAndTeasersAreNotTheArticle() throws Exception {
        ArticleDraft d = html("<!DOCTYPE html><html><head><title>Harbour News</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
                + "<aside><article><h3>Most read: a lottery winner buys a lighthouse</h3><p>The new owner plans a café.</p></article></aside>"
                + "<main><article><header><h1>Ferry strike ends after eleven days</h1><p class=\"byline\">By A. Writer</p></header>"
                + STORY + "<aside class=\"pullquote\">\u201CWe only won half of it,\u201D a union leader said.</aside></article></main>"
                + "<div class=\"sidebar\"><h3>Related</h3><p>Bridge tolls to rise, council says in a short note.</p></div></body></html>");
        assertEquals("Ferry strike ends after eleven days", d.metadata().title());
        assertTrue(d.text().startsWith("Ferry strike ends after eleven days\n\n"), d.text());
        assertTrue(d.text().contains("night shifts, rest periods"), d.text());
        assertFalse(d.text().contains("lighthouse"), d.text());
        assertFalse(d.text().contains("We only won half"), d.text());
        assertFalse(d.text().contains("Bridge tolls"), d.text());
    }

    @Test
    void aPageNestedFarBeyondTheParsersDepthLimitImportsItsArticle() throws Exception {
        // 60,000 nested wrappers: jsoup caps the tree at 512 levels and hangs the rest side by side under one parent.
        // Readability's removal of each empty one, one at a time, grew with the square of their number; the wrappers go in one pass first.
        int depth = 60_000;
        ArticleDraft d = html("<!DOCTYPE html><html><head><title>Ferry strike ends</title></head><body>"
                + "<div>".repeat(depth) + STORY + "</div>".repeat(depth) + "</body></html>");
        assertTrue(d.text().contains("the ferry strike had ended after eleven days"), d.text());
        assertTrue(d.text().contains("which had not answered their questions for days."), d.text());
    }

    @Test
    void emptyWrappersGoInOnePassAndTheWordsAReaderSeesStay() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<body><div id=\"outer\"><div><div> </div><br></div>"
                + "<section><h2></h2><hr></section><div id=\"figure\"><img src=\"map.png\" alt=\"a map\"></div>"
                + "<p>The ferries sail again.</p><div id=\"words\">Tickets are half price.</div></div></body>");
        String before = HtmlText.visibleText(page.body()).replaceAll("\\s+", " ").strip();
        assertEquals(4, EmptyWrappers.prune(page.body()), "the three empty wrappers and the section emptied with its heading");
        assertEquals(before, HtmlText.visibleText(page.body()).replaceAll("\\s+", " ").strip(), "the words a reader sees stay");
        assertEquals(1, page.select("#figure img").size(), "a wrapper holding an image is content");
        assertEquals(1, page.select("#words").size());
        assertEquals(1, page.select("#outer").size());
    }

    @Test
    void textHiddenByStyleOrAttributeIsLeftOut() throws Exception {
        ArticleDraft d = html("<!DOCTYPE html><html><head><title>Ferry strike ends after eleven days</title></head><body><article>"
                + STORY.replace("</p><p>Union", "</p><div style=\"display: none\">Loading comments failed.</div>"
                        + "<p style=\"visibility:hidden\">Screen reader skip link text.</p><p hidden>Template placeholder.</p>"
                        + "<span aria-hidden=\"true\">\u2605\u2605\u2605</span><p>Union")
                + "</article></body></html>");
        assertTrue(d.text().contains("Union leaders"), d.text());
        assertFalse(d.text().contains("Loading comments"), d.text());
        assertFalse(d.text().contains("skip link"), d.text());
        assertFalse(d.text().contains("placeholder"), d.text());
        assertFalse(d.text().contains("\u2605"), d.text());
    }

    @Test
    void preformattedTextKeepsItsLinesAndTableCellsStayApart() throws Exception {
        ArticleDraft d = html("<!DOCTYPE html><html><head><title>Strike timeline</title></head><body><article>" + STORY
                + "<pre>\nMONDAY:   talks broke off\nTUESDAY:  boats stayed in port\n</pre>"
                + "<table><tr><th>Route</th><th>Boats</th></tr><tr><td>North</td><td>4</td></tr><tr><td>South</td><td>7</td></tr></table>"
                + "</article></body></html>");
        assertTrue(d.text().contains("MONDAY:   talks broke off\nTUESDAY:  boats stayed in port"), d.text());
        assertTrue(d.text().contains("Route\tBoats\nNorth\t4\nSouth\t7"), d.text());
    }

    @Test
    void aDeclaredCharsetIsHonouredInEachOfItsForms() throws Exception {
        String russian = "Пресс-секретарь заявил, что переговоры продолжатся на следующей неделе.";
        String polish = "Rzecznik powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.";
        assertEquals(russian, htmlBytes("meta.html", ("<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>t</title></head>"
                + "<body><p>" + russian + "</p></body></html>").getBytes("windows-1251")).draft().text());
        assertEquals(russian, htmlBytes("equiv.html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"
                + "</head><body><p>" + russian + "</p></body></html>").getBytes("KOI8-R")).draft().text());
        ImportedArticle xml = htmlBytes("prolog.xhtml", ("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>" + polish + "</p></body></html>").getBytes("ISO-8859-2"));
        assertEquals(polish, xml.draft().text());
        assertEquals("read as ISO-8859-2", xml.encodingNote().orElseThrow());
    }

    @Test
    void anUndeclaredLegacyEncodingIsDetected() throws Exception {
        String russian = "Представитель министерства заявил журналистам, что делегации встретятся снова в пятницу, "
                + "а соглашение о перемирии пока не подписано. По его словам, стороны обсуждают обмен пленными.";
        ImportedArticle page = htmlBytes("undeclared.html", ("<html><body><p>" + russian + "</p></body></html>").getBytes("windows-1251"));
        assertEquals(russian, page.draft().text());
        assertEquals("read as windows-1251", page.encodingNote().orElseThrow());
        Path koi = dir.resolve("koi8.txt");
        Files.write(koi, russian.getBytes("KOI8-R"));
        ImportedArticle text = importer.importFile(koi);
        assertEquals(russian, text.draft().text());
        assertEquals("read as KOI8-R", text.encodingNote().orElseThrow());
    }

    @Test
    void aPageSavedAsUtf8KeepsItsTextWhateverItsMetaTagStillSays() throws Exception {
        String chinese = "外交部发言人表示，双方将在下周继续会谈。";
        ImportedArticle a = htmlBytes("resaved.html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>" + chinese + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals(chinese, a.draft().text());
        assertTrue(a.encodingNote().isEmpty());
    }

    @Test
    void theTitleIsReadAsReadabilityReadsIt() throws Exception {
        ArticleDraft separator = html("<html><head><title>Ferry strike ends after eleven days – Harbour News</title></head><body><article>"
                + STORY + "</article></body></html>");
        assertEquals("Ferry strike ends after eleven days", separator.metadata().title());
        ArticleDraft jsonLd = html("<html><head><title>Harbour News</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry strike ends\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Writer\"},\"datePublished\":\"2025-05-06T08:00:00Z\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"}}</script></head><body><article>"
                + STORY + "</article></body></html>");
        assertEquals("Ferry strike ends", jsonLd.metadata().title());
        assertEquals("Ana Writer", jsonLd.metadata().author());
        assertEquals("Harbour News", jsonLd.metadata().outlet());
        assertEquals(java.time.LocalDate.of(2025, 5, 6), jsonLd.metadata().published());
    }

    private ArticleDraft html(String page) throws Exception {
        return htmlBytes("page.html", page.getBytes(StandardCharsets.UTF_8)).draft();
    }

    private ImportedArticle htmlBytes(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return importer.importFile(f);
    }

}
