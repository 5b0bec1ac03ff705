package org.claimbench.workspace.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL scripts in /org/claimbench/db that bring a workspace from one schema version to
 * the next, applied in order, each in one transaction (see Database). A version that needed no
 * script on main (its number taken by a branch that did not land) is an empty name: nothing to run.
 */
final class Migrations {

    /** Script of version n at index n - 1. */
    private static final List<String> SCRIPTS = List.of("V1__create.sql", "V2__anchors_versions_guids.sql", "V3__claim_readings.sql", "", "",
            "V6__topic_colour.sql", "V7__source_outlet.sql", "V8__pasted_texts.sql",
            "V9__workspace_settings.sql", "V10__claim_features.sql");

    /** The newest schema this build knows. */
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** The SQL statements of a version's script, comments and blank lines left out. */
    static List<String> statements(int version) {
        if (SCRIPTS.get(version - 1).isEmpty()) {
            return List.of();
        }
        String name = "/org/claimbench/db/" + SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : script.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

}
