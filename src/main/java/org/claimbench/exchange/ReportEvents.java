package org.claimbench.exchange;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.WorkspaceContent;

/**
 * The event each article of a report is counted under: the one its report's default title counts and its table of articles
 * names, so that the two cannot say different things (student-run56: a title of one event over a table of five articles of
 * four events).
 *
 * <p>An article's event is the one set in Article details, else the one inferred from its text. An event typed in another
 * case is the same event, as the engine groups it (EventGroups, lower case): named as the first article writes it. An event
 * only inferred counts where a reader could place it: it names a year, or another article has it too; else the article is
 * one of no event ("meeting, a Tuesday", inferred from an editor's own draft, was counted as an event, factcheck47).
 */
final class ReportEvents {

    /** A year in an event's label ("Ferry talks, 2031-05-02", "talks in May 2031"): a reader can place the event. */
    private static final Pattern PLACED = Pattern.compile("\\b\\d{4}\\b");

    /** By article id (in the workspace's order): its event, "" for none. */
    private final Map<Long, String> byArticle;
    /** The articles whose event is only inferred from their text (none set in Article details). */
    private final java.util.Set<Long> inferredOnly;

    private ReportEvents(Map<Long, String> byArticle, java.util.Set<Long> inferredOnly) {
        this.byArticle = byArticle;
        this.inferredOnly = inferredOnly;
    }

    /**
     * The events of every article of {@code w}.
     *
     * @param inferred the event inferred from an article's text, by article id ("" for none)
     */
    static ReportEvents of(WorkspaceContent w, LongFunction<String> inferred) {
        Map<String, String> spelling = new HashMap<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        Map<String, Integer> inferredOnly = new HashMap<>();
        java.util.Set<String> set = new java.util.HashSet<>();
        for (Article a : w.articles()) {
            String own = a.metadata().event().strip();
            String given = own.isEmpty() ? inferred.apply(a.id()).strip() : own;
            String e = spelling.computeIfAbsent(given.toLowerCase(Locale.ROOT), k -> given);
            typed.put(a.id(), e);
            if (!own.isEmpty()) {
                set.add(e);
            } else if (!e.isEmpty() && !PLACED.matcher(e).find()) {
                inferredOnly.merge(e, 1, Integer::sum);
            }
        }
        Map<Long, String> byArticle = new LinkedHashMap<>();
        java.util.Set<Long> inferredIds = new java.util.HashSet<>();
        for (Article a : w.articles()) {
            String e = typed.get(a.id());
            boolean unplaced = a.metadata().event().isBlank() && inferredOnly.containsKey(e);
            String reported = unplaced && inferredOnly.get(e) < 2 && !set.contains(e) ? "" : e;
            byArticle.put(a.id(), reported);
            if (a.metadata().event().isBlank() && !reported.isEmpty()) {
                inferredIds.add(a.id());
            }
        }
        return new ReportEvents(byArticle, inferredIds);
    }

    /** The article's event as the report names it, "" for none. */
    String of(long articleId) {
        return byArticle.getOrDefault(articleId, "");
    }

    /**
     * Whether the article's event is only inferred from its text, none set in Article details: the report says so beside it
     * ("(inferred)"), as the article list does (editor58: an event the editor never gave, in the report as if given).
     */
    boolean inferred(long articleId) {
        return inferredOnly.contains(articleId);
    }

    /** Whether some article is of an event. */
    boolean any() {
        return byArticle.values().stream().anyMatch(e -> !e.isEmpty());
    }

    /** How many articles are of no event. */
    int withoutEvent() {
        return (int) byArticle.values().stream().filter(String::isEmpty).count();
    }

    /**
     * The events, the one with most claims first (what each side said is mostly about it), then the one most articles report;
     * ties in the order of the articles.
     */
    List<String> ranked(List<Claim> claims) {
        Map<String, long[]> weight = new LinkedHashMap<>();
        byArticle.forEach((id, e) -> {
            if (!e.isEmpty()) {
                weight.computeIfAbsent(e, k -> new long[2])[1]++;
            }
        });
        for (Claim c : claims) {
            String e = of(c.articleId());
            if (!e.isEmpty()) {
                weight.get(e)[0]++;
            }
        }
        return weight.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, long[]>>comparingLong(x -> -x.getValue()[0]).thenComparingLong(x -> -x.getValue()[1]))
                .map(Map.Entry::getKey).toList();
    }
}
