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
import org.claimbench.domain.Claim;

/** Earlier versions of article texts, the current text itself, claims moved with it, and orphans. */
public final class SqliteRevisionRepository {

    public void keepVersion(Connection c, long articleId, String text, Instant replaced) throws SQLException {
        int next;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM article_version WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_version (article_id, version, text, replaced) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setInt(2, next);
            ps.setString(3, text);
            Rows.setInstant(ps, 4, replaced);
            ps.executeUpdate();
        }
    }

    public List<ArticleVersion> versions(Connection c, long articleId) throws SQLException {
        List<ArticleVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, text, replaced FROM article_version WHERE article_id = ? ORDER BY version")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleVersion(articleId, rs.getInt(1), rs.getString(2), Rows.instant(rs, "replaced")));
                }
            }
        }
        return out;
    }

    public void replaceText(Connection c, long articleId, String text, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET text = ?, text_sha256 = ?, length = ? WHERE id = ?")) {
            ps.setString(1, text);
            ps.setString(2, sha256);
            ps.setInt(3, text.length());
            ps.setLong(4, articleId);
            ps.executeUpdate();
        }
    }

    /** A claim's new place: offsets and quote with its context. */
    public void moveClaim(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE claim SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?, updated = ? WHERE id = ?")) {
            ps.setInt(1, claim.start());
            ps.setInt(2, claim.end());
            ps.setString(3, claim.quote().exact());
            ps.setString(4, claim.quote().prefix());
            ps.setString(5, claim.quote().suffix());
            Rows.setInstant(ps, 6, claim.updated());
            ps.setLong(7, claim.id());
            ps.executeUpdate();
        }
    }

    public void setOrphan(Connection c, long claimId, boolean orphan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(orphan ? "INSERT OR IGNORE INTO orphan (claim_id) VALUES (?)" : "DELETE FROM orphan WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            ps.executeUpdate();
        }
    }

    public Set<Long> orphans(Connection c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id FROM orphan"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
