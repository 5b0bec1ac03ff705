package org.claimbench.workspace.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The claim readings and inferred article events of schema version 3, and the claims' features of version 10. */
public final class SqliteAnalysisRepository {

    /** One claim's stored reading: the quote's hash it was made from, the model, the vector's bytes, the lemmas. */
    public record ReadingRow(long claimId, long quoteHash, String model, byte[] vector, String lemmas) {
    }

    /** One claim's stored features (StoredFeatures: the form says which code made it from what). */
    public record FeaturesRow(long claimId, byte[] features) {
    }

    /** At most {@code limit} stored features of the claims whose ids are above {@code afterClaimId}, by claim id. */
    public List<FeaturesRow> featuresAfter(Connection c, long afterClaimId, int limit) throws SQLException {
        List<FeaturesRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT claim_id, features FROM claim_features WHERE claim_id > ? ORDER BY claim_id LIMIT ?")) {
            ps.setLong(1, afterClaimId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FeaturesRow(rs.getLong(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }

    /** Stores features, replacing older ones; a claim deleted meanwhile is skipped. */
    public void saveFeatures(Connection c, List<FeaturesRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO claim_features (claim_id, features) "
                + "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM claim WHERE id = ?)")) {
            for (FeaturesRow r : rows) {
                ps.setLong(1, r.claimId());
                ps.setBytes(2, r.features());
                ps.setLong(3, r.claimId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One article's inferred event: its label and keys ("|"-separated). */
    public record EventRow(long articleId, String label, String keys) {
    }

    /**
     * At most {@code limit} stored readings of the claims whose ids are above {@code afterClaimId}, by
     * claim id: a batch of a read taken in several (see AnalysisStore.forEachReading).
     */
    public List<ReadingRow> readingsAfter(Connection c, long afterClaimId, int limit) throws SQLException {
        List<ReadingRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT claim_id, quote_hash, model, vector, lemmas FROM claim_reading WHERE claim_id > ? ORDER BY claim_id LIMIT ?")) {
            ps.setLong(1, afterClaimId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** One claim's stored reading; empty when it has none. */
    public Optional<ReadingRow> reading(Connection c, long claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, quote_hash, model, vector, lemmas FROM claim_reading WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static ReadingRow row(ResultSet rs) throws SQLException {
        return new ReadingRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getString(5));
    }

    /** Stores readings, replacing older ones; a claim deleted meanwhile is skipped (its row would point at nothing). */
    public void saveReadings(Connection c, List<ReadingRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO claim_reading (claim_id, quote_hash, model, vector, lemmas) "
                + "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM claim WHERE id = ?)")) {
            for (ReadingRow r : rows) {
                ps.setLong(1, r.claimId());
                ps.setLong(2, r.quoteHash());
                ps.setString(3, r.model());
                ps.setBytes(4, r.vector());
                ps.setString(5, r.lemmas());
                ps.setLong(6, r.claimId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<EventRow> events(Connection c) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, label, keys FROM article_event ORDER BY article_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Replaces every inferred event (they are inferred for all articles at once). */
    public void replaceEvents(Connection c, List<EventRow> rows) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_event")) {
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_event (article_id, label, keys) "
                + "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM article WHERE id = ?)")) {
            for (EventRow r : rows) {
                ps.setLong(1, r.articleId());
                ps.setString(2, r.label());
                ps.setString(3, r.keys());
                ps.setLong(4, r.articleId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
