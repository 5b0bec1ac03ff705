package org.claimbench.workspace;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.claimbench.domain.DefaultSpeakers;
import org.claimbench.domain.Source;
import org.claimbench.domain.Speaker;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.sqlite.Database;
import org.claimbench.workspace.sqlite.SqliteSuggestionRepository;

/**
 * What a workspace keeps for the suggestion engine: its speaker table and the user's decisions
 * (dismissed claim spans and dismissed pairs are never suggested again). Decisions are not
 * undoable edits: they only hide suggestions. Guarded by the Workspace's monitor.
 */
final class Suggestions {

    private final Database db;
    private final Clock clock;
    private final Consumer<List<WorkspaceEvent>> fire;
    private final SqliteSuggestionRepository repo = new SqliteSuggestionRepository();
    private final Set<SqliteSuggestionRepository.DismissedSpan> dismissedSpans;
    private final Set<String> dismissedPairs = new HashSet<>();
    private List<Speaker> speakers;

    Suggestions(Database db, WorkspaceState state, Clock clock, Consumer<List<WorkspaceEvent>> fire) {
        this.db = db;
        this.dismissedSpans = state.dismissedSpans;
        this.clock = clock;
        this.fire = fire;
        db.read(c -> {
            speakers = repo.speakers(c);
            dismissedSpans.addAll(repo.dismissedSpans(c));
            dismissedPairs.addAll(repo.decidedPairs(c));
            return null;
        });
    }

    /** Fills the speaker table of a new workspace from the defaults. */
    static void seed(Database db, Map<String, Long> sourceIds) {
        SqliteSuggestionRepository repo = new SqliteSuggestionRepository();
        db.inTransaction(c -> {
            for (DefaultSpeakers.Entry e : DefaultSpeakers.all()) {
                Long source = sourceIds.get(e.source());
                if (source != null) {
                    repo.saveSpeaker(c, new Speaker(0, e.speaker(), source, e.person(), e.aliases()));
                }
            }
            return null;
        });
    }

    List<Speaker> speakers() {
        return speakers;
    }

    Speaker saveSpeaker(Speaker s, List<Source> sources) {
        if (sources.stream().noneMatch(x -> x.id() == s.sourceId())) {
            throw new WorkspaceException("Source " + s.sourceId() + " is not in this workspace.");
        }
        boolean clash = speakers.stream().anyMatch(x -> x.name().equalsIgnoreCase(s.name()) && x.id() != s.id());
        if (clash) {
            throw new WorkspaceException("There is already a speaker called '" + s.name() + "'.");
        }
        long id = db.inTransaction(c -> repo.saveSpeaker(c, s));
        Speaker saved = new Speaker(id, s.name(), s.sourceId(), s.person(), s.aliases());
        speakers = db.read(repo::speakers);
        fire.accept(List.of(new WorkspaceEvent.SuggestionsChanged(true)));
        return saved;
    }

    void deleteSpeaker(long id) {
        db.inTransaction(c -> {
            repo.deleteSpeaker(c, id);
            return null;
        });
        speakers = db.read(repo::speakers);
        fire.accept(List.of(new WorkspaceEvent.SuggestionsChanged(true)));
    }

    /** The dismissed spans of one article. */
    List<TextSpan> dismissedSpansOf(long articleId) {
        return dismissedSpans.stream().filter(d -> d.articleId() == articleId).map(SqliteSuggestionRepository.DismissedSpan::span).toList();
    }

    boolean isDismissed(long articleId, TextSpan span) {
        return dismissedSpans.contains(new SqliteSuggestionRepository.DismissedSpan(articleId, span));
    }

    void dismissClaim(long articleId, TextSpan span) {
        db.inTransaction(c -> {
            repo.dismissSpan(c, articleId, span, clock.instant());
            return null;
        });
        dismissedSpans.add(new SqliteSuggestionRepository.DismissedSpan(articleId, span));
        fire.accept(List.of(new WorkspaceEvent.SuggestionsChanged(false)));
    }

    List<org.claimbench.domain.WorkspaceContent.DismissedSpan> dismissedSpans() {
        return dismissedSpans.stream().map(d -> new org.claimbench.domain.WorkspaceContent.DismissedSpan(d.articleId(), d.span()))
                .sorted(java.util.Comparator.comparingLong(org.claimbench.domain.WorkspaceContent.DismissedSpan::articleId)
                        .thenComparingInt(d -> d.span().start()).thenComparingInt(d -> d.span().end())).toList();
    }

    /** Reads speakers and decisions again (after an import wrote them in its own transaction). */
    void reload() {
        db.read(c -> {
            speakers = repo.speakers(c);
            dismissedSpans.clear();
            dismissedSpans.addAll(repo.dismissedSpans(c));
            dismissedPairs.clear();
            dismissedPairs.addAll(repo.decidedPairs(c));
            return null;
        });
    }

    Set<String> dismissedPairs() {
        return Set.copyOf(dismissedPairs);
    }

    /** The dismissed pairs as claim id pairs, in order. */
    List<long[]> dismissedPairsInOrder() {
        return dismissedPairs.stream().sorted().map(k -> {
            String[] p = k.split(":");
            return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])};
        }).toList();
    }

    /** Pairs not to suggest: dismissed ones and those linked already, as "min:max" claim ids. */
    Set<String> notToSuggest(java.util.Collection<org.claimbench.domain.Contradiction> linked) {
        Set<String> out = new HashSet<>(dismissedPairs);
        linked.forEach(x -> out.add(x.pairKey()));
        return out;
    }

    void dismissPair(long a, long b) {
        db.inTransaction(c -> {
            repo.decidePair(c, a, b, "dismissed", clock.instant());
            return null;
        });
        dismissedPairs.add(org.claimbench.domain.Contradiction.pairKey(a, b));
        fire.accept(List.of(new WorkspaceEvent.SuggestionsChanged(false)));
    }
}
