package org.claimbench.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.domain.Source;
import org.claimbench.domain.Verdict;

/**
 * The report's "Who said what": with the claims' articles reporting several events (Article details › Event), a
 * section per event, in the order the articles come, those with no event last; in each (or in the whole, for one
 * event) a section per topic, and in it a block per source that said something on it (sources with nothing to say on
 * a topic take no room), blocks side by side as the page's width allows, so fifty quotes of one source and none of the
 * others is a long list, not a narrow column thousands of pixels tall beside empty ones.
 */
final class WhoSaidWhat {

    /** The heading of the claims whose article names no event, when others do. */
    static final String NO_EVENT = "No event given";

    private final Map<Long, Source> sources;
    private final Map<Long, String> topics;
    private final Map<Long, Verdict> verdicts;

    WhoSaidWhat(Map<Long, Source> sources, Map<Long, String> topics, Map<Long, Verdict> verdicts) {
        this.sources = sources;
        this.topics = topics;
        this.verdicts = verdicts;
    }

    void append(StringBuilder h, List<Claim> claims, Map<Long, Article> articles) {
        h.append("<h2>Who said what</h2>\n");
        Map<String, List<Claim>> byEvent = byEvent(claims, articles);
        if (byEvent.size() <= 1) {
            appendTopics(h, claims, "h3");
            return;
        }
        for (Map.Entry<String, List<Claim>> e : byEvent.entrySet()) {
            h.append("<section class=\"event\"><h3>").append(HtmlReportExporter.esc(e.getKey())).append(" <span class=\"meta\">")
                    .append(e.getValue().size()).append(e.getValue().size() == 1 ? " claim" : " claims").append("</span></h3>\n");
            appendTopics(h, e.getValue(), "h4");
            h.append("</section>\n");
        }
    }

    /**
     * The claims by the event their article reports, an event typed in another case being the same one (as the engine
     * groups them, EventGroups, in lower case), named as the first article writes it; {@link #NO_EVENT} last.
     */
    static Map<String, List<Claim>> byEvent(List<Claim> claims, Map<Long, Article> articles) {
        Map<String, String> spelling = new LinkedHashMap<>();
        for (Article a : articles.values()) {
            String typed = a.metadata().event().strip();
            spelling.putIfAbsent(eventKey(a), typed.isEmpty() ? NO_EVENT : typed);
        }
        // The events in the order their first articles come, "no event" last.
        Map<String, List<Claim>> grouped = new LinkedHashMap<>();
        spelling.forEach((key, name) -> {
            if (!key.isEmpty()) {
                grouped.put(name, new ArrayList<>());
            }
        });
        grouped.put(NO_EVENT, new ArrayList<>());
        for (Claim c : claims) {
            Article a = articles.get(c.articleId());
            String key = a == null ? "" : eventKey(a);
            grouped.get(key.isEmpty() ? NO_EVENT : spelling.get(key)).add(c);
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }

    /** The event an article reports, as the engine compares events (ClaimFeatures: stripped, lower case); "" for none. */
    private static String eventKey(Article a) {
        return a.metadata().event().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A claim a revision touched says so where it is quoted, so a reader of this section does not take words gone from the
     * article (or reworded since) for what it says now; "Claims whose words changed or are gone" gives both wordings.
     */
    static String revisedTag(Claim c) {
        if (c.isOrphan()) {
            return " <span class=\"revised-tag\">⚠ its words are gone from the article</span>";
        }
        return c.isChanged() ? " <span class=\"revised-tag\">⚠ changed since marked</span>" : "";
    }

    private void appendTopics(StringBuilder h, List<Claim> claims, String heading) {
        // Claims with no topic come last, under a heading that says what they are; with no topic at all, one section.
        String none = claims.stream().anyMatch(c -> c.topicId() != null && topics.containsKey(c.topicId())) ? "Claims without a topic" : "All claims";
        Map<String, List<Claim>> byTopic = new java.util.TreeMap<>((x, y) -> x.equals(y) ? 0 : none.equals(x) ? 1 : none.equals(y) ? -1
                : x.compareToIgnoreCase(y) != 0 ? x.compareToIgnoreCase(y) : x.compareTo(y));
        claims.forEach(c -> byTopic.computeIfAbsent(c.topicId() == null ? none : topics.getOrDefault(c.topicId(), none),
                k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<Claim>> e : byTopic.entrySet()) {
            h.append("<section class=\"topic\"><").append(heading).append('>').append(HtmlReportExporter.esc(e.getKey())).append("</").append(heading)
                    .append("><div class=\"said\">");
            for (Source s : sources.values()) {
                List<Claim> said = e.getValue().stream().filter(c -> c.sourceId() == s.id()).toList();
                if (said.isEmpty()) {
                    continue;
                }
                h.append("<div class=\"who s").append(s.id()).append("\"><p class=\"src\">").append(HtmlReportExporter.esc(s.name()))
                        .append(" <span class=\"meta\">").append(said.size()).append("</span></p>");
                for (Claim c : said) {
                    h.append("<p class=\"quote\"><a href=\"#claim-").append(c.id()).append("\">").append(HtmlReportExporter.esc(QuoteMarks.quoted(c.exact())))
                            .append("</a>").append(c.speaker().isEmpty() ? "" : " <span class=\"speaker\">— " + HtmlReportExporter.esc(c.speaker()) + "</span>")
                            .append(revisedTag(c)).append(HtmlReportExporter.verdictTag(verdicts.get(c.id()))).append("</p>");
                }
                h.append("</div>");
            }
            h.append("</div></section>\n");
        }
    }
}
