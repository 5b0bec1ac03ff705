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

    public List<Topic> all(Connection c) throws SQLException {
        List<Topic> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, label FROM topic ORDER BY label");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Topic(rs.getLong(1), rs.getString(2)));
            }
        }
        return out;
    }

    public long insert(Connection c, Topic t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic (id, label) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, t.id());
            ps.setString(2, t.label());
            ps.executeUpdate();
            return t.id() > 0 ? t.id() : Rows.generatedId(ps);
        }
    }
}
