package org.claimbench.workspace.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions between column values and Java values shared by the repositories. */
final class Rows {

    private Rows() {
    }

    /** Times are stored as Unix epoch milliseconds: compact, and ten times faster to read than ISO text. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setLong(index, value.toEpochMilli());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setNullableDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Binds an id, or NULL for 0 so that SQLite chooses a new one. */
    static void setId(PreparedStatement ps, int index, long id) throws SQLException {
        if (id <= 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, id);
        }
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }
}
