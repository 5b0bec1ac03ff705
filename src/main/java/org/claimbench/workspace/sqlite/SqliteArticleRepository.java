package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;

/** The article table. Texts are read one at a time: the list of articles never carries them. */
public final class SqliteArticleRepository {

    private static final String COLUMNS = "id, title, outlet, author, url, published, language, notes, event, length, text_sha256, imported_at, text_origin, pasted";

    public List<Article> all(Connection c) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    public Optional<String> text(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<Long> idOfText(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE text_sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Inserts an article (id 0 lets SQLite choose) and returns its id. */
    public long insert(Connection c, Article a, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article (id, title, outlet, author, url, published, language, notes, event, length, text_sha256, imported_at, text,"
                        + " text_origin, pasted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Rows.setId(ps, 1, a.id());
            bindMetadata(ps, 2, a.metadata());
            ps.setInt(10, a.length());
            ps.setString(11, a.textSha256());
            Rows.setInstant(ps, 12, a.importedAt());
            ps.setString(13, text);
            ps.setString(14, StoredOrigin.code(a.textOrigin()));
            ps.setInt(15, StoredOrigin.pasted(a.textOrigin()));
            ps.executeUpdate();
            return a.id() > 0 ? a.id() : Rows.generatedId(ps);
        }
    }

    public void updateMetadata(Connection c, long id, ArticleMetadata m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE article SET title = ?, outlet = ?, author = ?, url = ?, published = ?, language = ?, notes = ?, event = ? WHERE id = ?")) {
            bindMetadata(ps, 1, m);
            ps.setLong(9, id);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void bindMetadata(PreparedStatement ps, int first, ArticleMetadata m) throws SQLException {
        ps.setString(first, m.title());
        ps.setString(first + 1, m.outlet());
        ps.setString(first + 2, m.author());
        ps.setString(first + 3, m.url());
        ps.setString(first + 4, m.published() == null ? null : m.published().toString());
        ps.setString(first + 5, m.language());
        ps.setString(first + 6, m.notes());
        ps.setString(first + 7, m.event());
    }

    private static Article map(ResultSet rs) throws SQLException {
        ArticleMetadata m = new ArticleMetadata(rs.getString("title"), rs.getString("outlet"), rs.getString("author"),
                rs.getString("url"), Rows.date(rs, "published"), rs.getString("language"), rs.getString("notes"), rs.getString("event"));
        return new Article(rs.getLong("id"), m, rs.getInt("length"), rs.getString("text_sha256"), Rows.instant(rs, "imported_at"),
                StoredOrigin.read(rs.getString("text_origin"), rs.getInt("pasted")));
    }
}
