package org.claimbench.workspace;

import java.util.List;

/**
 * Told about every committed change, on the thread that made it. Listeners in the UI hand the
 * events over to the JavaFX thread themselves.
 */
@FunctionalInterface
public interface WorkspaceListener {
    void changed(List<WorkspaceEvent> events);
}
