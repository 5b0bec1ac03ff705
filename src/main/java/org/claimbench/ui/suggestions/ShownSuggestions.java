package org.claimbench.ui.suggestions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.ChangedStretch;
import org.claimbench.workspace.Workspace;

/**
 * Which claim suggestions are shown: each article's suggestions without the spans marked or dismissed already (the list
 * shows their rows, the panes draw their spans dashed). Kept in step one edit at a time: marking a claim in an article of
 * thousands of sentences looks again only at the suggestions on the words whose claims changed, and changes one row.
 */
final class ShownSuggestions {

    /**
     * What one refresh changed: every row shown (when every article was filtered again; else null), the rows that went
     * (a set by identity: the list holds the very rows given) and came, and per article the spans to draw again.
     */
    record Change(List<ClaimSuggestionRow> all, Set<ClaimSuggestionRow> gone, List<ClaimSuggestionRow> added,
                  Map<Long, List<TextSpan>> spans) {
    }

    /** The spans shown dashed per article, in the order of the article's rows: the spans of the rows shown. */
    private final Map<Long, List<TextSpan>> shown = new HashMap<>();
    /** Each article's claims when its suggestions were last filtered, to tell which words an edit changed. */
    private final Map<Long, List<Claim>> markedWhen = new HashMap<>();

    /** The spans of an article's suggestions shown now. */
    List<TextSpan> spans(long articleId) {
        return shown.getOrDefault(articleId, List.of());
    }

    /** Forgets what is shown, before the rows are replaced; what was shown, per article, to draw again. */
    Map<Long, List<TextSpan>> forget() {
        Map<Long, List<TextSpan>> had = new HashMap<>(shown);
        shown.clear();
        markedWhen.clear();
        return had;
    }

    /**
     * Filters the suggestions of some articles again. {@code suggested} holds every article's rows, unchanged since the last
     * {@link #forget()}; {@code claimIds} names the claims an edit changed (empty: any may have).
     */
    Change refresh(Workspace w, Map<Long, List<ClaimSuggestionRow>> suggested, Set<Long> articleIds, Set<Long> claimIds) {
        List<ClaimSuggestionRow> all = articleIds.containsAll(suggested.keySet()) ? new ArrayList<>() : null;
        Map<Long, List<TextSpan>> spans = new HashMap<>();
        Set<ClaimSuggestionRow> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ClaimSuggestionRow> added = new ArrayList<>();
        // Articles in the order of their ids, whatever the set's own order: every refresh of all of them lists the rows in
        // the same order (a set copied for a dismissal iterated otherwise, and whole articles' rows moved under the reviewer).
        for (long id : new java.util.TreeSet<>(articleIds)) {
            List<Claim> marked = w.claimsOf(id);
            List<Claim> before = markedWhen.put(id, marked);
            // Only the suggestions on the words of the claims named are looked at again (a suggestion is hidden by a claim on
            // mostly the same words); all of them when every article is filtered, no claim is named or the article never was.
            boolean partial = all == null && !claimIds.isEmpty() && before != null;
            TextSpan stretch = partial ? ChangedStretch.of(before, marked, claimIds) : null;
            int longest = partial && stretch == null ? 0 : marked.stream().mapToInt(c -> c.span().length()).max().orElse(0);
            // The spans shown before are walked beside the rows (they are the shown rows' spans, in order), not hashed.
            List<TextSpan> was = shown.getOrDefault(id, List.of());
            int next = 0;
            List<TextSpan> now = new ArrayList<>();
            List<TextSpan> diff = new ArrayList<>();
            for (ClaimSuggestionRow r : suggested.getOrDefault(id, List.of())) {
                TextSpan span = r.suggestion().span();
                boolean wasShown = next < was.size() && was.get(next).equals(span);
                next += wasShown ? 1 : 0;
                boolean untouched = partial && (stretch == null || span.end() <= stretch.start() || span.start() >= stretch.end());
                boolean show = untouched ? wasShown
                        : !w.decisions().isClaimDismissed(id, span) && !MarkedClaims.covered(marked, longest, span);
                if (show) {
                    now.add(span);
                    if (all != null) {
                        all.add(r);
                    } else if (!wasShown) {
                        added.add(r);
                    }
                }
                if (show != wasShown) {
                    diff.add(span);
                    if (!show) {
                        gone.add(r);
                    }
                }
            }
            shown.put(id, now);
            if (!diff.isEmpty()) {
                spans.put(id, diff);
            }
        }
        return new Change(all, gone, added, spans);
    }
}
