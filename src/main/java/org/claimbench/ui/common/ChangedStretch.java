package org.claimbench.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;

/**
 * The stretch of an article's text whose claims changed from one list of its claims to the next: every claim added,
 * removed or changed, at its old place and its new one. Offsets are UTF-16 units of the article's text.
 */
public final class ChangedStretch {

    private ChangedStretch() {
    }

    /**
     * The stretch over the claims named (an edit's {@code WorkspaceEvent.ClaimsChanged} names the claims it touched), or
     * over every claim when {@code ids} is empty; null when none of them changed. Naming the claims spares comparing all of
     * an article's claims (thousands in a long text) for each one marked.
     */
    public static TextSpan of(List<Claim> before, List<Claim> now, Set<Long> ids) {
        Map<Long, Claim> old = new HashMap<>();
        for (Claim c : before) {
            if (ids.isEmpty() || ids.contains(c.id())) {
                old.put(c.id(), c);
            }
        }
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Claim c : now) {
            if (!ids.isEmpty() && !ids.contains(c.id())) {
                continue;
            }
            Claim was = old.remove(c.id());
            if (!Objects.equals(was, c)) {
                from = Math.min(from, c.start());
                to = Math.max(to, c.end());
                if (was != null) {
                    // A claim that moved (re-placed, or followed a revision) leaves words to draw plain again.
                    from = Math.min(from, was.start());
                    to = Math.max(to, was.end());
                }
            }
        }
        for (Claim gone : old.values()) {
            from = Math.min(from, gone.start());
            to = Math.max(to, gone.end());
        }
        return to > from ? new TextSpan(from, to) : null;
    }
}
