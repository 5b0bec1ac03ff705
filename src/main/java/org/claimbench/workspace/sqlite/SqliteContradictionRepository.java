package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.Origin;

/** The contradiction table. */
public final class SqliteContradictionRepository {

    public List<Contradiction> all(Connection c) throws SQLException {
        List<Contradiction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, claim_a, claim_b, kind, status, note, origin, score, created FROM contradiction ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Contradiction(rs.getLong("id"), rs.getLong("claim_a"), rs.getLong("claim_b"),
                        ContradictionKind.parse(rs.getString("kind")), ContradictionStatus.parse(rs.getString("status")),
                        rs.getString("note"), Origin.parse(rs.getString("origin")), Rows.nullableDouble(rs, "score"),
                        Rows.instant(rs, "created")));
            }
        }
        return out;
    }

    public long insert(Connection c, Contradiction x) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO contradiction (id, claim_a, claim_b, kind, status, note, origin, score, created)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, x.id());
            ps.setLong(2, x.claimA());
            ps.setLong(3, x.claimB());
            ps.setString(4, x.kind().code());
            ps.setString(5, x.status().code());
            ps.setString(6, x.note());
            ps.setString(7, x.origin().code());
            Rows.setNullableDouble(ps, 8, x.score());
            Rows.setInstant(ps, 9, x.created());
            ps.executeUpdate();
            return x.id() > 0 ? x.id() : Rows.generatedId(ps);
        }
    }

    public void update(Connection c, Contradiction x) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contradiction SET kind = ?, status = ?, note = ? WHERE id = ?")) {
            ps.setString(1, x.kind().code());
            ps.setString(2, x.status().code());
            ps.setString(3, x.note());
            ps.setLong(4, x.id());
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM contradiction WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
