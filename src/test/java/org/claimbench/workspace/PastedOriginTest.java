package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextOrigin;
import org.claimbench.exchange.JsonExporter;
import org.claimbench.exchange.JsonImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted article is known as pasted: reopened, after its text is edited (its first version), and through the JSON export. */
class PastedOriginTest {

    @TempDir
    Path dir;

    @Test
    void aPastedTextStaysPastedWhenReopenedEditedAndExported() throws Exception {
        Path file = dir.resolve("w.claimbench");
        Path json = dir.resolve("w.json");
        long pasted;
        long imported;
        try (Workspace w = Workspace.create(file)) {
            pasted = w.addArticle(new ArticleDraft(ArticleMetadata.titled("Ferry fares"), "The mayor said the fares would rise.", TextOrigin.PASTE))
                    .article().id();
            imported = TempWorkspaces.addArticle(w, "Harbour dues", "The council said the dues would stay as they are.").id();
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(TextOrigin.PASTE, w.article(pasted).orElseThrow().textOrigin(), "reopened, it was pasted");
            assertEquals(TextOrigin.IMPORT, w.article(imported).orElseThrow().textOrigin(), "an imported one stays imported");
            w.reviseArticle(pasted, "The mayor said on Monday the fares would rise.", TextOrigin.EDIT);
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(TextOrigin.EDIT, w.article(pasted).orElseThrow().textOrigin());
            assertEquals(TextOrigin.PASTE, w.versions(pasted).get(0).origin(), "the text it replaced was the pasted one");
            new JsonExporter().write(w, json);
        }
        // In the file the text's origin is kept in the column its CHECK allows, beside the flag.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT origin, pasted FROM article_version WHERE article_id = " + pasted)) {
            rs.next();
            assertEquals("import", rs.getString(1));
            assertEquals(1, rs.getInt(2));
        }
        try (Workspace w = Workspace.create(dir.resolve("copy.claimbench"))) {
            w.importBundle(new JsonImporter().read(json));
            Article back = w.articles().stream().filter(a -> a.title().equals("Ferry fares")).findFirst().orElseThrow();
            assertEquals(TextOrigin.PASTE, w.versions(back.id()).get(0).origin(), "the JSON export carries it");
        }
    }
}
