package org.claimbench.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.EventRow;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.FeaturesRow;
import org.claimbench.workspace.sqlite.SqliteAnalysisRepository.ReadingRow;

/**
 * What the suggestion engine computed once and the workspace keeps: each claim's reading (vector
 * and lemmas) and features, and each article's inferred event. Derived data, not edits: storing it is no undo
 * step and fires no event. Reads run on the background connection; writes are one transaction
 * each. Thread-safe.
 */
public final class AnalysisStore {

    private final Database db;
    private final SqliteAnalysisRepository repo = new SqliteAnalysisRepository();
    private volatile Map<Long, EventRow> events;

    AnalysisStore(Database db) {
        this.db = db;
    }

    /** Every stored claim reading, by claim id. */
    public Map<Long, ReadingRow> readings() {
        Map<Long, ReadingRow> out = new HashMap<>();
        forEachReading(r -> out.put(r.claimId(), r));
        return out;
    }

    /**
     * Every stored claim reading, by claim id, handed over one at a time and not kept. They are read in
     * batches of {@value #READING_BATCH}: the background connection is held only while a batch is read,
     * not while {@code each} decodes it (at 100,000 claims that takes seconds, during which an article
     * opened or the workspace closed would wait). A reading saved meanwhile may or may not be among them.
     */
    public void forEachReading(Consumer<ReadingRow> each) {
        forEachReading(each, READING_BATCH);
    }

    void forEachReading(Consumer<ReadingRow> each, int batchSize) {
        inBatches((c, from) -> repo.readingsAfter(c, from, batchSize), ReadingRow::claimId, each, batchSize);
    }

    /** One batch of rows by claim id: those after a claim id, at most a batch's size. */
    private interface Batch<T> {
        List<T> after(java.sql.Connection c, long afterClaimId) throws java.sql.SQLException;
    }

    /** Rows read a batch at a time on the background connection, each handed over once, in claim order. */
    private <T> void inBatches(Batch<T> read, java.util.function.ToLongFunction<T> claimId, Consumer<T> each, int batchSize) {
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<T> batch = db.readInBackground(c -> read.after(c, from));
            batch.forEach(each);
            if (batch.size() < batchSize) {
                return;
            }
            after = claimId.applyAsLong(batch.get(batch.size() - 1));
        }
    }

    /** How many stored readings one batch of {@link #forEachReading} holds (about 700 bytes each). */
    static final int READING_BATCH = 2_000;

    /** One claim's stored reading; empty when it has none. */
    public Optional<ReadingRow> reading(long claimId) {
        return db.readInBackground(c -> repo.reading(c, claimId));
    }

    public void saveReadings(List<ReadingRow> rows) {
        saveDerived(rows, c -> repo.saveReadings(c, rows));
    }

    /** Rows the engine can compute again, in one transaction: ones finished after the workspace closed (the user opened another, or quit) are dropped, not an error. */
    private void saveDerived(List<?> rows, SqlSave save) {
        if (rows.isEmpty() || !db.isOpen()) {
            return;
        }
        try {
            db.inTransaction(c -> {
                save.save(c);
                return null;
            });
        } catch (RuntimeException e) {
            if (db.isOpen()) {
                throw e;
            }
        }
    }

    private interface SqlSave {
        void save(java.sql.Connection c) throws java.sql.SQLException;
    }

    /**
     * Every claim's stored features (StoredFeatures), by claim id, handed over one at a time in batches as
     * {@link #forEachReading} hands readings over.
     */
    public void forEachFeatures(Consumer<FeaturesRow> each) {
        inBatches((c, from) -> repo.featuresAfter(c, from, READING_BATCH), FeaturesRow::claimId, each, READING_BATCH);
    }

    /** Stores claims' features; like readings, ones finished after the workspace closed are dropped. */
    public void saveFeatures(List<FeaturesRow> rows) {
        saveDerived(rows, c -> repo.saveFeatures(c, rows));
    }

    /** The event inferred for an article, if inference has run since it was imported. */
    public Optional<EventRow> inferredEvent(long articleId) {
        return Optional.ofNullable(events().get(articleId));
    }

    /**
     * The event an article reports: the one set in Article details, else the one inferred from its text, stripped ("" when
     * neither). The article list, its Events filter and the suggested claims' same-event line all name events so.
     */
    public String eventOf(org.claimbench.domain.Article article) {
        String typed = article.metadata().event().strip();
        return typed.isEmpty() ? inferredEventLabel(article.id()).strip() : typed;
    }

    /** The label of the event inferred for an article ("meeting in Tallinn, 2031-03-14"), "" if none is inferred yet. */
    public String inferredEventLabel(long articleId) {
        return inferredEvent(articleId).map(EventRow::label).orElse("");
    }

    /** Every inferred event, by article id. */
    public Map<Long, EventRow> events() {
        Map<Long, EventRow> e = events;
        if (e == null) {
            Map<Long, EventRow> m = new HashMap<>();
            db.read(repo::events).forEach(r -> m.put(r.articleId(), r));
            events = e = m;
        }
        return e;
    }

    /** Replaces the inferred events of all articles. */
    public void saveEvents(List<EventRow> rows) {
        db.inTransaction(c -> {
            repo.replaceEvents(c, rows);
            return null;
        });
        Map<Long, EventRow> m = new HashMap<>();
        rows.forEach(r -> m.put(r.articleId(), r));
        events = m;
    }
}
