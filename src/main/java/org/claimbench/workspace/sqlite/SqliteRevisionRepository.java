package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.domain.ArticleVersion;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.Claim;

/** Earlier versions of article texts and the current text itself, with where each came from. */
public final class SqliteRevisionRepository {

    /** Keeps a text that is being replaced as the article's next version; returns its number. */
    public int keepVersion(Connection c, long articleId, String text, TextOrigin origin, Instant replaced) throws SQLException {
        int next;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM article_version WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        insertVersion(c, new ArticleVersion(articleId, next, text, replaced, origin));
        return next;
    }

    public void insertVersion(Connection c, ArticleVersion v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_version (article_id, version, text, replaced, origin, pasted) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, v.articleId());
            ps.setInt(2, v.version());
            ps.setString(3, v.text());
            Rows.setInstant(ps, 4, v.replaced());
            ps.setString(5, StoredOrigin.code(v.origin()));
            ps.setInt(6, StoredOrigin.pasted(v.origin()));
            ps.executeUpdate();
        }
    }

    /** Takes back a version kept by {@link #keepVersion} (an undone revision). */
    public void deleteVersion(Connection c, long articleId, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_version WHERE article_id = ? AND version = ?")) {
            ps.setLong(1, articleId);
            ps.setInt(2, version);
            ps.executeUpdate();
        }
    }

    public List<ArticleVersion> versions(Connection c, long articleId) throws SQLException {
        List<ArticleVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, text, replaced, origin, pasted FROM article_version WHERE article_id = ? ORDER BY version")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleVersion(articleId, rs.getInt(1), rs.getString(2), Rows.instant(rs, "replaced"),
                            StoredOrigin.read(rs.getString(4), rs.getInt(5))));
                }
            }
        }
        return out;
    }

    public void replaceText(Connection c, long articleId, String text, String sha256, TextOrigin origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET text = ?, text_sha256 = ?, length = ?, text_origin = ?, pasted = ? WHERE id = ?")) {
            ps.setString(1, text);
            ps.setString(2, sha256);
            ps.setInt(3, text.length());
            ps.setString(4, StoredOrigin.code(origin));
            ps.setInt(5, StoredOrigin.pasted(origin));
            ps.setLong(6, articleId);
            ps.executeUpdate();
        }
    }

}
