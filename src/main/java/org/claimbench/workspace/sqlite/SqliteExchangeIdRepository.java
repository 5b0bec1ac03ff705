package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The exchange_id table: the GUID an exchange format gave a row, kept so re-exports give the same one. */
public final class SqliteExchangeIdRepository {

    public Map<Long, String> ofKind(Connection c, String kind) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT row_id, guid FROM exchange_id WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    public void insert(Connection c, String kind, long rowId, String guid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_id (kind, row_id, guid) VALUES (?, ?, ?)")) {
            ps.setString(1, kind);
            ps.setLong(2, rowId);
            ps.setString(3, guid);
            ps.executeUpdate();
        }
    }
}
