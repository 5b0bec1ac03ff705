package org.claimbench.workspace;

import java.util.HashMap;
import java.util.Map;

import org.claimbench.domain.Source;
import org.claimbench.domain.SourcePalette;
import org.claimbench.domain.Verdict;
import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteSourceRepository;
import org.claimbench.workspace.sqlite.SqliteVerdictRepository;

/** What a new workspace file starts with: the default sources, the speaker table that maps to them, the default rating scale. */
final class WorkspaceSeed {

    private WorkspaceSeed() {
    }

    static void seed(Database db) {
        Map<String, Long> sourceIds = db.inTransaction(c -> {
            Map<String, Long> ids = new HashMap<>();
            int order = 0;
            for (SourcePalette.DefaultSource d : SourcePalette.DEFAULTS) {
                ids.put(d.name(), new SqliteSourceRepository().insert(c, new Source(0, d.name(), d.colour(), d.description(), order++, d.name().equals(Source.OUTLET))));
            }
            return ids;
        });
        Suggestions.seed(db, sourceIds);
        db.inTransaction(c -> {
            new SqliteVerdictRepository().setScale(c, Verdict.DEFAULT_SCALE);
            return null;
        });
    }
}
