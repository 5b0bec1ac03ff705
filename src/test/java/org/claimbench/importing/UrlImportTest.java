package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Articles fetched by URL from a server on the loopback address, started by each test. */
class UrlImportTest {

    private static final String RUSSIAN = "Представитель порта сообщил, что паромы снова выйдут в море в четверг утром.";

    private LoopbackServer server;
    private final ArticleImporter importer = new ArticleImporter();

    @BeforeEach
    void serve() throws Exception {
        server = LoopbackServer.start()
                .page("/story", 200, "text/html; charset=KOI8-R", ("<html><head><title>Ferries sail again on Thursday</title></head>"
                        + "<body><article><p>" + RUSSIAN + "</p></article></body></html>").getBytes("KOI8-R"))
                .redirect("/old-address", "/story")
                .page("/missing", 404, "text/html", "<html><body>Not here</body></html>".getBytes(StandardCharsets.UTF_8))
                .page("/release", 200, "application/pdf", TestPdfs.onePage("The port authority confirmed the new timetable."))
                .page("/photo", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageIsReadInTheCharsetItsServerNamesAndKeepsItsAddressAndFetchTime() throws Exception {
        ImportedArticle a = importer.importUrl(server.url("/story"));
        ArticleDraft d = a.draft();
        assertEquals(RUSSIAN, d.text());
        assertEquals("Ferries sail again on Thursday", d.metadata().title());
        assertEquals(server.url("/story"), d.metadata().url());
        assertTrue(d.metadata().notes().matches("Fetched from " + java.util.regex.Pattern.quote(server.url("/story"))
                + " on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\."), d.metadata().notes());
        assertEquals("read as KOI8-R", a.encodingNote().orElseThrow());
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() throws Exception {
        ArticleDraft d = importer.importUrl(server.url("/old-address")).draft();
        assertEquals(RUSSIAN, d.text());
        assertEquals(server.url("/story"), d.metadata().url());
    }

    @Test
    void aPdfByItsUrlIsReadAsPdf() throws Exception {
        assertEquals("The port authority confirmed the new timetable.", importer.importUrl(server.url("/release")).draft().text());
    }

    @Test
    void errorsSayWhatHappenedAndWhatToDo() throws Exception {
        ImportException missing = assertThrows(ImportException.class, () -> importer.importUrl(server.url("/missing")));
        assertTrue(missing.getMessage().startsWith("The server answered 404 for " + server.url("/missing") + " (no such page)"), missing.getMessage());
        ImportException photo = assertThrows(ImportException.class, () -> importer.importUrl(server.url("/photo")));
        assertTrue(photo.getMessage().contains("is not an article (the server sent image/png)"), photo.getMessage());
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ImportException offline = assertThrows(ImportException.class, () -> importer.importUrl("http://127.0.0.1:" + closed + "/story"));
        assertTrue(offline.getMessage().startsWith("Cannot reach 127.0.0.1:" + closed + "."), offline.getMessage());
        ImportException notWeb = assertThrows(ImportException.class, () -> importer.importUrl("ftp://127.0.0.1/story"));
        assertTrue(notWeb.getMessage().contains("is not a web address"), notWeb.getMessage());
    }
}
