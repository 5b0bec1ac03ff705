package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;

/** The claim table. */
public final class SqliteClaimRepository {

    public List<Claim> all(Connection c) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, article_id, start, \"end\", quote, prefix, suffix, source_id, speaker, topic_id, note, created, updated"
                        + " FROM claim ORDER BY article_id, start, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Claim(rs.getLong("id"), rs.getLong("article_id"),
                        new TextSpan(rs.getInt("start"), rs.getInt("end")),
                        new TextQuote(rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix")),
                        rs.getLong("source_id"), rs.getString("speaker"), Rows.nullableLong(rs, "topic_id"),
                        rs.getString("note"), Rows.instant(rs, "created"), Rows.instant(rs, "updated")));
            }
        }
        return out;
    }

    /** Inserts a claim (id 0 lets SQLite choose; undo re-inserts with the old id) and returns its id. */
    public long insert(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO claim (id, article_id, start, \"end\", quote, prefix, suffix, source_id, speaker, topic_id, note, created, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, claim.id());
            ps.setLong(2, claim.articleId());
            ps.setInt(3, claim.start());
            ps.setInt(4, claim.end());
            ps.setString(5, claim.quote().exact());
            ps.setString(6, claim.quote().prefix());
            ps.setString(7, claim.quote().suffix());
            ps.setLong(8, claim.sourceId());
            ps.setString(9, claim.speaker());
            Rows.setNullableLong(ps, 10, claim.topicId());
            ps.setString(11, claim.note());
            ps.setString(12, claim.created().toString());
            ps.setString(13, claim.updated().toString());
            ps.executeUpdate();
            return claim.id() > 0 ? claim.id() : Rows.generatedId(ps);
        }
    }

    public void update(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE claim SET source_id = ?, speaker = ?, topic_id = ?, note = ?, updated = ? WHERE id = ?")) {
            ps.setLong(1, claim.sourceId());
            ps.setString(2, claim.speaker());
            Rows.setNullableLong(ps, 3, claim.topicId());
            ps.setString(4, claim.note());
            ps.setString(5, claim.updated().toString());
            ps.setLong(6, claim.id());
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM claim WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
