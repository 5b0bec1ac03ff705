package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.domain.Speaker;
import org.claimbench.domain.TextSpan;

/** The speaker table and the user's decisions on suggestions. */
public final class SqliteSuggestionRepository {

    /** A dismissed claim suggestion: a span of an article. */
    public record DismissedSpan(long articleId, TextSpan span) {
    }

    public List<Speaker> speakers(Connection c) throws SQLException {
        List<Speaker> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, source_id, person, aliases FROM speaker ORDER BY source_id, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String aliases = rs.getString(5);
                out.add(new Speaker(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4) != 0,
                        aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|"))));
            }
        }
        return out;
    }

    public long saveSpeaker(Connection c, Speaker s) throws SQLException {
        String aliases = String.join("|", s.aliases());
        if (s.id() > 0) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE speaker SET name = ?, source_id = ?, person = ?, aliases = ? WHERE id = ?")) {
                ps.setString(1, s.name());
                ps.setLong(2, s.sourceId());
                ps.setInt(3, s.person() ? 1 : 0);
                ps.setString(4, aliases);
                ps.setLong(5, s.id());
                ps.executeUpdate();
                return s.id();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO speaker (name, source_id, person, aliases) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.name());
            ps.setLong(2, s.sourceId());
            ps.setInt(3, s.person() ? 1 : 0);
            ps.setString(4, aliases);
            ps.executeUpdate();
            return Rows.generatedId(ps);
        }
    }

    /** Inserts a speaker keeping its id (a workspace reproduced from an export). */
    public void insertSpeaker(Connection c, Speaker s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO speaker (id, name, source_id, person, aliases) VALUES (?, ?, ?, ?, ?)")) {
            Rows.setId(ps, 1, s.id());
            ps.setString(2, s.name());
            ps.setLong(3, s.sourceId());
            ps.setInt(4, s.person() ? 1 : 0);
            ps.setString(5, String.join("|", s.aliases()));
            ps.executeUpdate();
        }
    }

    public void deleteAllSpeakers(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM speaker")) {
            ps.executeUpdate();
        }
    }

    public void deleteSpeaker(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM speaker WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public List<DismissedSpan> dismissedSpans(Connection c) throws SQLException {
        List<DismissedSpan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, start, \"end\" FROM dismissed_claim_suggestion");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DismissedSpan(rs.getLong(1), new TextSpan(rs.getInt(2), rs.getInt(3))));
            }
        }
        return out;
    }

    /** A dismissed span of one article with the time it was dismissed (milliseconds since the epoch). */
    public record DismissedRow(TextSpan span, long decided) {
    }

    /** The dismissed spans of one article, in text order. */
    public List<DismissedRow> dismissedRows(Connection c, long articleId) throws SQLException {
        List<DismissedRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT start, \"end\", decided FROM dismissed_claim_suggestion WHERE article_id = ? ORDER BY start, \"end\"")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DismissedRow(new TextSpan(rs.getInt(1), rs.getInt(2)), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /** Replaces the dismissed spans of one article (two rows on one span become one). */
    public void replaceDismissedRows(Connection c, long articleId, List<DismissedRow> rows) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM dismissed_claim_suggestion WHERE article_id = ?")) {
            del.setLong(1, articleId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO dismissed_claim_suggestion (article_id, start, \"end\", decided) VALUES (?, ?, ?, ?)")) {
            for (DismissedRow r : rows) {
                ps.setLong(1, articleId);
                ps.setInt(2, r.span().start());
                ps.setInt(3, r.span().end());
                ps.setLong(4, r.decided());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void dismissSpan(Connection c, long articleId, TextSpan span, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO dismissed_claim_suggestion (article_id, start, \"end\", decided) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setInt(2, span.start());
            ps.setInt(3, span.end());
            Rows.setInstant(ps, 4, now);
            ps.executeUpdate();
        }
    }

    /** Pairs decided on, as "min:max" claim ids. */
    public List<String> decidedPairs(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_a, claim_b FROM suggestion_decision");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(org.claimbench.domain.Contradiction.pairKey(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }

    public void decidePair(Connection c, long a, long b, String decision, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO suggestion_decision (claim_a, claim_b, decision, decided) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, Math.min(a, b));
            ps.setLong(2, Math.max(a, b));
            ps.setString(3, decision);
            Rows.setInstant(ps, 4, now);
            ps.executeUpdate();
        }
    }
}
