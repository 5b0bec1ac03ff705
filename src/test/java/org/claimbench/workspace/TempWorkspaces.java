package org.claimbench.workspace;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** Small helpers for tests that use real workspace files in temporary folders. */
public final class TempWorkspaces {

    private TempWorkspaces() {
    }

    public static Article addArticle(Workspace w, String title, String text) {
        return w.addArticle(new ArticleDraft(ArticleMetadata.titled(title), text)).article();
    }

    public static Workspace create(Path dir, String name) {
        return Workspace.create(dir.resolve(name + ".claimbench"));
    }

    /**
     * A workspace file as an older build left it: its schema scripts run (their names in /org/claimbench/db), its user_version
     * set, and a source, an article of {@code text} (of 92 characters or more) and a claim on its first 60 characters.
     */
    static void olderFile(Path file, List<String> scripts, int version, String text) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + org.claimbench.workspace.sqlite.Database.APPLICATION_ID);
            for (String script : scripts) {
                String sql = new String(org.claimbench.workspace.sqlite.Database.class.getResourceAsStream("/org/claimbench/db/" + script)
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
            }
            st.execute("PRAGMA user_version = " + version);
            st.execute("INSERT INTO source (id, name, colour, sort_order) VALUES (1, 'Press', '#CC79A7', 0)");
            st.execute("INSERT INTO article (id, title, text, text_sha256, length, imported_at) VALUES (1, 'Ferry', '" + text + "', 'x', "
                    + text.length() + ", 0)");
            st.execute("INSERT INTO claim (id, article_id, start, \"end\", quote, prefix, suffix, source_id, created, updated)"
                    + " VALUES (1, 1, 0, 60, '" + text.substring(0, 60) + "', '', '" + text.substring(60, 92) + "', 1, 0, 0)");
        }
    }
}
