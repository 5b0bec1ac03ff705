package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Topic;

/** The topic table: questions that group claims. */
public final class SqliteTopicRepository {

    /**
     * Every topic in the order they were made (their ids): the topic list and the T box number them, and a user who
     * learnt "5 How long was the call?" must find it at 5 again after a reopen (walk62 saw it become 2, alphabetical).
     */
    public List<Topic> all(Connection c) throws SQLException {
        List<Topic> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, label, colour FROM topic ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Topic(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    public long insert(Connection c, Topic t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic (id, label, colour) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, t.id());
            ps.setString(2, t.label());
            ps.setString(3, t.colour());
            ps.executeUpdate();
            return t.id() > 0 ? t.id() : Rows.generatedId(ps);
        }
    }

    public void update(Connection c, Topic t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE topic SET label = ?, colour = ? WHERE id = ?")) {
            ps.setString(1, t.label());
            ps.setString(2, t.colour());
            ps.setLong(3, t.id());
            ps.executeUpdate();
        }
    }

    /** Deletes a topic; its claims lose it (ON DELETE SET NULL), so callers move them first. */
    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM topic WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
