package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Source;

/** The source table and the claims' references to it. */
public final class SqliteSourceRepository {

    public List<Source> all(Connection c) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, colour, description, sort_order, outlet FROM source ORDER BY sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Source(rs.getLong("id"), rs.getString("name"), rs.getString("colour"),
                        rs.getString("description"), rs.getInt("sort_order"), rs.getInt("outlet") == 1));
            }
        }
        return out;
    }

    public long insert(Connection c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO source (id, name, colour, description, sort_order, outlet) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, s.id());
            ps.setString(2, s.name());
            ps.setString(3, s.colour());
            ps.setString(4, s.description());
            ps.setInt(5, s.sortOrder());
            ps.setInt(6, s.isOutlet() ? 1 : 0);
            ps.executeUpdate();
            return s.id() > 0 ? s.id() : Rows.generatedId(ps);
        }
    }

    public void update(Connection c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE source SET name = ?, colour = ?, description = ?, sort_order = ?, outlet = ? WHERE id = ?")) {
            ps.setString(1, s.name());
            ps.setString(2, s.colour());
            ps.setString(3, s.description());
            ps.setInt(4, s.sortOrder());
            ps.setInt(5, s.isOutlet() ? 1 : 0);
            ps.setLong(6, s.id());
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Moves the given claims to another source (used by merge and its undo). */
    public void retagClaims(Connection c, List<Long> claimIds, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE claim SET source_id = ? WHERE id = ?")) {
            for (long id : claimIds) {
                ps.setLong(1, sourceId);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
