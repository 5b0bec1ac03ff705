package org.claimbench.workspace;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteExchangeIdRepository;

/**
 * The identifiers an exchange format gives rows (REFI-QDA GUIDs): random (version 4) UUIDs, made
 * the first time a row is exported, stored in the workspace in one transaction, the same at every
 * later export. Runs under the workspace's monitor.
 */
final class ExchangeIds {

    private final Database db;
    private final SqliteExchangeIdRepository repo = new SqliteExchangeIdRepository();
    private final Map<String, Map<Long, String>> known = new HashMap<>();

    ExchangeIds(Database db) {
        this.db = db;
    }

    Map<Long, String> of(String kind, Collection<Long> rowIds) {
        Map<Long, String> ofKind = known.computeIfAbsent(kind, k -> db.read(c -> repo.ofKind(c, k)));
        Map<Long, String> made = new LinkedHashMap<>();
        for (long id : rowIds) {
            if (!ofKind.containsKey(id) && !made.containsKey(id)) {
                made.put(id, UUID.randomUUID().toString());
            }
        }
        if (!made.isEmpty()) {
            db.inTransaction(c -> {
                for (var e : made.entrySet()) {
                    repo.insert(c, kind, e.getKey(), e.getValue());
                }
                return null;
            });
            ofKind.putAll(made);
        }
        Map<Long, String> out = new HashMap<>();
        rowIds.forEach(id -> out.put(id, ofKind.get(id)));
        return out;
    }
}
