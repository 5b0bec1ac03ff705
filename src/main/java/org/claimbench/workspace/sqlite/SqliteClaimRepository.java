package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Anchor;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;

/** The claim table. */
public final class SqliteClaimRepository {

    private static final String SELECT = "SELECT id, article_id, start, \"end\", quote, prefix, suffix, source_id, speaker, topic_id,"
            + " note, created, updated, anchor, marked_quote FROM claim";

    public List<Claim> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY article_id, start, id")) {
            return map(ps);
        }
    }

    /** The claims of one article, by the claim_article index. */
    public List<Claim> ofArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE article_id = ? ORDER BY start, id")) {
            ps.setLong(1, articleId);
            return map(ps);
        }
    }

    public int countOf(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM claim WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** How many claims each key (a column: source_id or article_id) has. */
    public java.util.Map<Long, Integer> countsBy(Connection c, String column) throws SQLException {
        if (!column.equals("source_id") && !column.equals("article_id")) {
            throw new IllegalArgumentException(column);
        }
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", count(*) FROM claim GROUP BY " + column);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static List<Claim> map(PreparedStatement ps) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Claim(rs.getLong(1), rs.getLong(2), new TextSpan(rs.getInt(3), rs.getInt(4)),
                        new TextQuote(rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getLong(8), rs.getString(9), Rows.nullableLong(rs, "topic_id"),
                        rs.getString(11), Rows.instant(rs, "created"), Rows.instant(rs, "updated"),
                        Anchor.parse(rs.getString(14)), rs.getString(15)));
            }
        }
        return out;
    }

    /** Inserts a claim (id 0 lets SQLite choose; undo re-inserts with the old id) and returns its id. */
    public long insert(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO claim (id, article_id, start, \"end\", quote, prefix, suffix, source_id, speaker, topic_id, note, created, updated,"
                        + " anchor, marked_quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
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
            Rows.setInstant(ps, 12, claim.created());
            Rows.setInstant(ps, 13, claim.updated());
            ps.setString(14, claim.anchor().code());
            ps.setString(15, claim.markedQuote());
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
            Rows.setInstant(ps, 5, claim.updated());
            ps.setLong(6, claim.id());
            ps.executeUpdate();
        }
    }

    /** A claim's place on its article's text: offsets, quote with its context, and how it stands there. */
    public void place(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE claim SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?, anchor = ?, marked_quote = ?, updated = ? WHERE id = ?")) {
            ps.setInt(1, claim.start());
            ps.setInt(2, claim.end());
            ps.setString(3, claim.quote().exact());
            ps.setString(4, claim.quote().prefix());
            ps.setString(5, claim.quote().suffix());
            ps.setString(6, claim.anchor().code());
            ps.setString(7, claim.markedQuote());
            Rows.setInstant(ps, 8, claim.updated());
            ps.setLong(9, claim.id());
            ps.executeUpdate();
        }
    }

    /** The ids of the claims in a state other than anchored (orphans, changed since marked), by the claim_anchor index. */
    public java.util.Map<Long, Anchor> unanchored(Connection c) throws SQLException {
        java.util.Map<Long, Anchor> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, anchor FROM claim WHERE anchor <> 'anchored'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), Anchor.parse(rs.getString(2)));
            }
        }
        return out;
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM claim WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
