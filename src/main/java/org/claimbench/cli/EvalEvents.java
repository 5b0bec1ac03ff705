package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.analysis.events.ArticleEvents;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.evaluation.EventPairScores;
import org.claimbench.analysis.GoldStandard;
import org.claimbench.workspace.Workspace;

/**
 * The events of {@code claimbench eval}: each article's event inferred from its text (the main figure), the gold's events
 * (only for the figure "with events given"), and, with --details, the two side by side.
 */
final class EvalEvents {

    private EvalEvents() {
    }

    /**
     * Each article's event as the engine inferred it beside the gold's event date (its "about_call"), by article, so that an
     * article put with the wrong event shows ("differs": the inferred event names another day, or none).
     */
    static void printEvents(PrintWriter details, Map<String, Long> ids, Map<Long, EventGroups.Assigned> inferred, Map<Long, String> gold) {
        Map<Long, String> files = new java.util.TreeMap<>();
        ids.forEach((file, id) -> files.put(id, file));
        files.forEach((id, file) -> {
            EventGroups.Assigned e = inferred.get(id);
            String label = e == null || e.label().isEmpty() ? "(not known)" : e.label();
            String date = gold.get(id);
            String against = date == null ? "gold: none" : "gold: " + date + ", " + agreement(label, date);
            details.println("event of article " + id + " (" + file + "): " + label + "; " + against);
        });
    }

    /** An ISO date in an event's label ("call, 2025-06-03"). */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * How an inferred event's label stands to the gold's date: "same day", "differs" (another date, or another weekday when
     * only a weekday was inferred, "call, a Tuesday"), "same weekday, no date" or "no date inferred".
     */
    static String agreement(String label, String goldDate) {
        java.util.regex.Matcher m = ISO_DATE.matcher(label);
        if (m.find()) {
            return m.group().equals(goldDate) ? "same day" : "differs";
        }
        java.time.LocalDate gold;
        try {
            gold = java.time.LocalDate.parse(goldDate);
        } catch (java.time.format.DateTimeParseException e) {
            return "gold date not read";
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            String name = d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (label.contains("a " + name)) {
                return d == gold.getDayOfWeek() ? "same weekday, no date" : "differs";
            }
        }
        return "no date inferred";
    }

    /**
     * The event-pair figures ({@link EventPairScores}): the engine's events against the gold's dates, as a map for the JSON
     * ("sameEventPairs", "groupedTogether", "recall", "differentEventPairs", "keptApart", "separation"). A report only: the
     * gold's events never reach the suggestions.
     */
    static Map<String, Object> pairFigures(Map<String, Long> ids, Map<Long, EventGroups.Assigned> inferred, Map<Long, String> gold,
                                           PrintWriter details) {
        Map<String, String> engine = new HashMap<>();
        Map<String, String> golden = new HashMap<>();
        ids.forEach((file, id) -> {
            EventGroups.Assigned e = inferred.get(id);
            engine.put(file, e == null ? "" : e.label());
            if (gold.containsKey(id)) {
                golden.put(file, gold.get(id));
            }
        });
        EventPairScores s = EventPairScores.of(engine, golden);
        if (details != null) {
            s.wronglyApart().forEach(p -> details.println("event pair kept apart (gold: one event): " + p));
            s.wronglyTogether().forEach(p -> details.println("event pair grouped together (gold: different events): " + p));
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("sameEventPairs", s.sameEventPairs());
        out.put("groupedTogether", s.groupedTogether());
        out.put("recall", s.recall());
        out.put("differentEventPairs", s.differentEventPairs());
        out.put("keptApart", s.keptApart());
        out.put("separation", s.separation());
        return out;
    }

    /** The gold's event of each imported article (the date of its "about_call"): only for the figure "with events given". */
    static Map<Long, String> goldEvents(GoldStandard g, Map<String, Long> ids) {
        Map<Long, String> events = new HashMap<>();
        for (GoldStandard.GoldArticle a : g.articles()) {
            Long id = ids.get(a.file());
            if (id != null && a.aboutCall() != null) {
                events.put(id, a.aboutCall().split("\\s")[0]);
            }
        }
        return events;
    }

    /** Each imported article's event as the engine infers it from the text, the given events winning (none for the main figure). */
    static Map<Long, EventGroups.Assigned> events(Workspace w, Map<String, Long> ids, Map<Long, String> given) {
        List<ArticleEvents.Input> inputs = new ArrayList<>();
        for (long id : ids.values()) {
            inputs.add(new ArticleEvents.Input(id, w.text(id), w.article(id).flatMap(a -> a.metadata().publishedDate()),
                    given.getOrDefault(id, "")));
        }
        return new ArticleEvents().assign(inputs);
    }
}
