package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Verdict;

/** Verdicts on claims and the workspace's rating scale. */
public final class SqliteVerdictRepository {

    public List<Verdict> all(Connection c) throws SQLException {
        List<Verdict> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, rating, explanation, reviewer, reviewed FROM verdict");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Verdict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Rows.instant(rs, "reviewed")));
            }
        }
        return out;
    }

    public void put(Connection c, Verdict v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO verdict (claim_id, rating, explanation, reviewer, reviewed) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, v.claimId());
            ps.setString(2, v.rating());
            ps.setString(3, v.explanation());
            ps.setString(4, v.reviewer());
            Rows.setInstant(ps, 5, v.reviewed());
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM verdict WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            ps.executeUpdate();
        }
    }

    public List<String> scale(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT label FROM rating ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    public void setScale(Connection c, List<String> labels) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM rating")) {
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating (position, label) VALUES (?, ?)")) {
            for (int i = 0; i < labels.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, labels.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
