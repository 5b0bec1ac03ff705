package org.claimbench.workspace;

import java.util.Map;
import java.util.Optional;

import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteSettingRepository;

/**
 * The workspace's own settings (the table workspace_setting, schema version 9): a text value by key, kept in the
 * workspace file so that they travel with it and outlive the app. Read once, then answered from memory; each change is
 * one transaction, committed at once, and memory follows only once it is committed (a failed write changes nothing).
 * Settings are not edits of the work: no undo step, no event. Each call locks the workspace, like every other access.
 */
public final class WorkspaceSettings {

    /** The title the user gave the report (File › Export Report), when it is not the default made from the work. */
    public static final String REPORT_TITLE = "report.title";

    private final Object monitor;
    private final Database db;
    private final SqliteSettingRepository repo = new SqliteSettingRepository();
    private Map<String, String> known;

    WorkspaceSettings(Object monitor, Database db) {
        this.monitor = monitor;
        this.db = db;
    }

    public Optional<String> get(String key) {
        synchronized (monitor) {
            return Optional.ofNullable(known().get(key));
        }
    }

    /** Sets a value (a blank key is refused); committed before this returns. */
    public void put(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("a setting needs a key and a value");
        }
        synchronized (monitor) {
            if (value.equals(known().get(key))) {
                return;
            }
            db.inTransaction(c -> {
                repo.put(c, key, value);
                return null;
            });
            known.put(key, value);
        }
    }

    /** Removes a value, if there is one; committed before this returns. */
    public void remove(String key) {
        synchronized (monitor) {
            if (!known().containsKey(key)) {
                return;
            }
            db.inTransaction(c -> {
                repo.delete(c, key);
                return null;
            });
            known.remove(key);
        }
    }

    private Map<String, String> known() {
        if (known == null) {
            known = db.read(repo::all);
        }
        return known;
    }
}
