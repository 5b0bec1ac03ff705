package org.claimbench.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.domain.Source;
import org.claimbench.domain.Verdict;
import org.claimbench.domain.WorkspaceContent;
import org.jsoup.nodes.Entities;

/**
 * A report people can read: one self-contained HTML file (no scripts, no outside files) that
 * opens in any browser and prints well. The articles compared; who said what, by topic and
 * source; every contradiction with both quotes side by side in their sources' colours, its kind,
 * status, note and the claims' verdicts; and the articles' texts with every claim marked, which
 * the rest of the report links to.
 */
public final class HtmlReportExporter {

    /**
     * The title a report gets unless the user gives another: the workspace's name and the event the
     * articles report (Article details › Event), "Port desk: Harbour strike talks, 2023-11-14 —
     * what each side said". Once any claim is marked, the articles with claims count (those the report reprints; the others
     * it lists as not reprinted are no event of its title); before, every article counts. Articles of two events name both, of more the one with most claims (then the one most
     * articles report) and how many others ("… and 3 other events"), so the title never claims a single event for
     * several; articles that name no event beside those that do are counted ("Harbour strike talks and 2 articles of no
     * event"), so the title never names one event for a report of more; without an event, "Port desk: what each side
     * said: 3 articles compared".
     * An event only inferred from an article's text counts where it names a year or two articles of the report share it;
     * else the article is one of no event. The workspace the app makes for itself ("default", an internal name) is not
     * named: "Spring talks, 2030-04-01 — what each side said".
     *
     * @param workspaceName the workspace file's name without ".claimbench"; blank for none
     */
    public static String defaultTitle(WorkspaceContent w, String workspaceName) {
        return defaultTitle(w, workspaceName, id -> "");
    }

    /**
     * {@link #defaultTitle(WorkspaceContent, String)}, an article with no event set counted under the event inferred from
     * its text ({@code inferred}: by article id, "" for none), as the article list and Article details show it.
     */
    public static String defaultTitle(WorkspaceContent w, String workspaceName, java.util.function.LongFunction<String> inferred) {
        ReportEvents events = ReportEvents.of(w, inferred);
        // Once claims are marked, only the articles with claims count: the report reprints those alone, and "… and 3 other
        // events" named events it says it does not reprint (student59).
        java.util.Set<Long> withClaims = w.claims().stream().map(Claim::articleId).collect(java.util.stream.Collectors.toSet());
        java.util.function.LongPredicate counted = id -> withClaims.isEmpty() || withClaims.contains(id);
        int noEvent = (int) w.articles().stream().filter(a -> counted.test(a.id()) && events.of(a.id()).isEmpty()).count();
        int n = (int) w.articles().stream().filter(a -> counted.test(a.id())).count();
        // The workspace's name as the window's title says it (the issue asks for the event and the workspace's name), but for
        // the one the app made for itself (below).
        String name = workspaceName == null || workspaceName.isBlank() ? "" : workspaceName.strip();
        java.util.Set<String> countedEvents = w.articles().stream().filter(a -> counted.test(a.id())).map(a -> events.of(a.id()))
                .collect(java.util.stream.Collectors.toSet());
        List<String> byArticles = events.ranked(w.claims()).stream().filter(countedEvents::contains).toList();
        String reported = switch (byArticles.size()) {
            case 0 -> "";
            case 1 -> byArticles.get(0);
            case 2 -> both(byArticles.get(0), byArticles.get(1));
            default -> byArticles.get(0) + " and " + (byArticles.size() - 1) + " other events";
        };
        if (!reported.isEmpty() && noEvent > 0) {
            reported += (byArticles.size() == 2 ? ", and " : " and ") + noEvent + (noEvent == 1 ? " article" : " articles") + " of no event";
        }
        String title = !reported.isEmpty() ? reported + " — what each side said"
                : (name.isEmpty() ? "What" : "what") + " each side said: " + n + (n == 1 ? " article" : " articles") + " compared";
        if (name.isEmpty()) {
            return title;
        }
        // The workspace the app makes for itself has an internal name ("default"), no name a reader would print: the title
        // leaves it out ("(default workspace)" went into a newcomer's published report, factcheck47).
        return name.equals(org.claimbench.settings.AppDirs.DEFAULT_WORKSPACE_NAME) ? capitalised(title) : name + ": " + title;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Two events named together; two of one name that differ in what follows its last comma (the day an event inference or a
     * user gives: "Ferry talks, 2031-05-02") share the name once: "Ferry talks, 2031-05-02 and 2031-06-10".
     */
    static String both(String first, String second) {
        int a = first.lastIndexOf(", ");
        int b = second.lastIndexOf(", ");
        if (a > 0 && a == b && first.regionMatches(true, 0, second, 0, a)) {
            return first + " and " + second.substring(b + 2);
        }
        return first + " and " + second;
    }

    public String render(WorkspaceContent w, String title) {
        return render(w, title, id -> "");
    }

    /**
     * The report as HTML, its table of articles naming each article's event as the default title counts it (an article with no
     * event set under the event {@code inferred} from its text: by article id, "" for none).
     */
    public String render(WorkspaceContent w, String title, java.util.function.LongFunction<String> inferred) {
        Map<Long, Source> sources = new LinkedHashMap<>();
        w.sources().forEach(s -> sources.put(s.id(), s));
        Map<Long, Article> articles = new LinkedHashMap<>();
        w.articles().forEach(a -> articles.put(a.id(), a));
        Map<Long, String> topics = new HashMap<>();
        w.topics().forEach(t -> topics.put(t.id(), t.label()));
        Map<Long, Verdict> verdicts = new HashMap<>();
        w.verdicts().forEach(v -> verdicts.put(v.claimId(), v));
        List<Claim> claims = w.claims();
        Map<Long, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));

        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n<style>")
                .append(CSS);
        for (Source s : sources.values()) {
            h.append(".s").append(s.id()).append("{--c:").append(s.colour()).append("}");
        }
        h.append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Claimbench report, ")
                .append(LocalDate.now()).append(" · ").append(articles.size()).append(articles.size() == 1 ? " article · " : " articles · ").append(claims.size())
                .append(claims.size() == 1 ? " claim · " : " claims · ").append(org.claimbench.domain.ContradictionTally.of(w.contradictions())).append("</p>\n");

        appendArticles(h, articles.values(), claims, ReportEvents.of(w, inferred));

        new WhoSaidWhat(sources, topics, verdicts).append(h, claims, articles);

        h.append("<h2>Contradictions</h2>\n");
        if (w.contradictions().isEmpty()) {
            h.append("<p class=\"meta\">None linked yet.</p>\n");
        }
        // Confirmed first, then open, then dismissed: what the desk stands by before what it set aside.
        List<ContradictionStatus> order = List.of(ContradictionStatus.CONFIRMED, ContradictionStatus.OPEN, ContradictionStatus.DISMISSED);
        List<Contradiction> ordered = w.contradictions().stream()
                .sorted(java.util.Comparator.comparingInt((Contradiction x) -> order.indexOf(x.status()))).toList();
        for (Contradiction x : ordered) {
            Claim a = byId.get(x.claimA());
            Claim b = byId.get(x.claimB());
            if (a == null || b == null) {
                continue;
            }
            h.append("<section class=\"contradiction\" id=\"contradiction-").append(x.id()).append("\"><h3>").append(esc(x.kind().label()))
                    .append(" · <span class=\"status ").append(x.status().code()).append("\">").append(esc(x.status().toString())).append("</span></h3>")
                    .append("<div class=\"pair\">").append(side(a, sources, articles, verdicts)).append(side(b, sources, articles, verdicts)).append("</div>");
            if (!x.note().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(x.note())).append("</p>");
            }
            h.append("</section>\n");
        }

        appendRevised(h, claims, sources, articles);

        h.append("<h2>The articles</h2>\n");
        // Articles without a claim are named, not reprinted: the report is about what was said.
        List<Article> unmarked = articles.values().stream().filter(a -> claims.stream().noneMatch(c -> c.articleId() == a.id())).toList();
        if (!unmarked.isEmpty()) {
            h.append("<div id=\"without-claims\"><p class=\"meta\">").append(unmarked.size() == 1 ? "One article has" : unmarked.size() + " articles have")
                    .append(" no claim marked and ").append(unmarked.size() == 1 ? "is" : "are").append(" not reprinted here:</p><ul>\n");
            for (Article a : unmarked) {
                h.append("<li id=\"article-").append(a.id()).append("\">").append(esc(a.title()))
                        .append(a.metadata().byline().isEmpty() ? "" : " <span class=\"meta\">" + esc(a.metadata().byline()) + "</span>").append("</li>\n");
            }
            h.append("</ul></div>\n");
        }
        for (Article a : articles.values()) {
            if (unmarked.contains(a)) {
                continue;
            }
            h.append("<article id=\"article-").append(a.id()).append("\"><h3>").append(esc(a.title())).append("</h3><p class=\"meta\">")
                    .append(esc(a.metadata().byline())).append("</p><div class=\"text\">");
            // An orphan has no place in the text (its offsets are only where it stood): it is listed above, never painted.
            appendMarkedText(h, w.text(a.id()), claims.stream().filter(c -> c.articleId() == a.id() && c.hasPlace()).toList());
            h.append("</div></article>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /**
     * The articles compared: a column for outlet, date and event only where some article gives one (most samples give none);
     * the event as the default title counts it, "(inferred)" beside one only inferred from the text, "no event" for an
     * article of none.
     */
    private static void appendArticles(StringBuilder h, java.util.Collection<Article> articles, List<Claim> claims, ReportEvents reported) {
        boolean outlets = articles.stream().anyMatch(a -> !a.metadata().outlet().isEmpty());
        // The date as the panes' headers say it: published, else the event's, labelled "(event)".
        boolean dates = articles.stream().anyMatch(a -> a.metadata().published() != null || a.metadata().eventDate().isPresent());
        boolean events = reported.any();
        h.append("<h2>Articles compared</h2>\n<table class=\"articles\"><thead><tr><th>Article</th>").append(outlets ? "<th>Outlet</th>" : "")
                .append(dates ? "<th>Date</th>" : "").append(events ? "<th>Event</th>" : "").append("<th>Claims</th></tr></thead>\n<tbody>\n");
        for (Article a : articles) {
            long n = claims.stream().filter(c -> c.articleId() == a.id()).count();
            h.append("<tr><td><a href=\"#article-").append(a.id()).append("\">").append(esc(a.title())).append("</a></td>");
            if (outlets) {
                h.append("<td>").append(esc(a.metadata().outlet())).append("</td>");
            }
            if (dates) {
                // As the panes' headers say it ("no date" rather than an empty cell, read as a date forgotten by the report).
                h.append(a.metadata().published() == null ? "<td class=\"date meta\">" : "<td class=\"date\">").append(esc(a.metadata().dateLine())).append("</td>");
            }
            if (events) {
                String e = reported.of(a.id());
                // An event only inferred says so, as the article list says it ("meeting, 2026-12-01 (inferred)").
                h.append(e.isEmpty() ? "<td class=\"meta\">no event" : "<td>" + esc(e)
                        + (reported.inferred(a.id()) ? " <span class=\"meta\">(inferred)</span>" : "")).append("</td>");
            }
            h.append("<td class=\"count\">").append(n).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        if (dates && articles.stream().anyMatch(a -> a.metadata().dateNote().isPresent())) {
            h.append("<p class=\"meta\">").append(esc(org.claimbench.domain.ArticleMetadata.EVENT_DATE_NOTE)).append("</p>\n");
        }
    }

    /** Claims a revision touched: changed since marked (both wordings) and orphans (their last words), so a reader sees what moved. */
    private static void appendRevised(StringBuilder h, List<Claim> claims, Map<Long, Source> sources, Map<Long, Article> articles) {
        List<Claim> touched = claims.stream().filter(c -> !c.hasPlace() || c.isChanged()).toList();
        if (touched.isEmpty()) {
            return;
        }
        h.append("<h2>Claims whose words changed or are gone</h2>\n<p class=\"meta\">The articles' texts were revised after these claims were marked.</p>\n");
        for (Claim c : touched) {
            Source s = sources.get(c.sourceId());
            Article a = articles.get(c.articleId());
            h.append("<p class=\"s").append(c.sourceId()).append(" quote revised\"");
            if (c.isOrphan()) {
                h.append(" id=\"claim-").append(c.id()).append("\"><b>Orphan</b> (its words are gone from the article): ").append(esc(QuoteMarks.quoted(c.exact())));
            } else {
                h.append("><b>Changed since marked</b>: marked as ").append(esc(QuoteMarks.quoted(c.markedQuote()))).append(", now <a href=\"#claim-")
                        .append(c.id()).append("\">").append(esc(QuoteMarks.quoted(c.exact()))).append("</a>");
            }
            h.append(" <span class=\"who\">— ").append(esc(s == null ? "" : s.name())).append(c.speaker().isEmpty() ? "" : ", " + esc(c.speaker()))
                    .append(" · ").append(esc(a == null ? "" : a.title())).append("</span></p>\n");
        }
    }

    private static String side(Claim c, Map<Long, Source> sources, Map<Long, Article> articles, Map<Long, Verdict> verdicts) {
        Source s = sources.get(c.sourceId());
        Article a = articles.get(c.articleId());
        return "<div class=\"side s" + c.sourceId() + "\"><p class=\"src\">" + esc(s == null ? "" : s.name())
                + (c.speaker().isEmpty() ? "" : " · " + esc(c.speaker())) + "</p><blockquote><a href=\"#claim-" + c.id() + "\">"
                + esc(QuoteMarks.quoted(c.exact())) + "</a></blockquote><p class=\"meta\">" + esc(a == null ? "" : a.title())
                + (c.isOrphan() ? " · orphan: its words are gone from the article" : c.isChanged() ? " · changed since marked (marked as "
                + esc(QuoteMarks.quoted(c.markedQuote())) + ")" : "") + "</p>"
                + verdictTag(verdicts.get(c.id())) + "</div>";
    }

    /** The verdict's rating, with its explanation and reviewer in the text: a printed report has no tooltips. */
    static String verdictTag(Verdict v) {
        if (v == null) {
            return "";
        }
        String why = v.explanation() == null ? "" : v.explanation().strip();
        String who = v.reviewer() == null ? "" : v.reviewer().strip();
        String said = why + (who.isEmpty() ? "" : (why.isEmpty() ? "" : " ") + "(" + who + ")");
        return " <span class=\"verdict\">" + esc(v.rating()) + "</span>" + (said.isEmpty() ? "" : " <span class=\"verdict-why\">" + esc(said) + "</span>");
    }

    /** The text with each claim in a mark; overlapping claims are closed and reopened so the HTML nests. */
    private static void appendMarkedText(StringBuilder h, String text, List<Claim> claims) {
        List<int[]> events = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            events.add(new int[] {claims.get(i).start(), 1, i});
            events.add(new int[] {claims.get(i).end(), 0, i});
        }
        events.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        List<Integer> open = new ArrayList<>();
        int at = 0;
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        for (int[] e : events) {
            h.append(paragraphs(text.substring(at, e[0])));
            at = e[0];
            for (int j = open.size() - 1; j >= 0; j--) {
                h.append("</mark>");
            }
            if (e[1] == 1) {
                open.add(e[2]);
            } else {
                open.remove(Integer.valueOf(e[2]));
            }
            for (int idx : open) {
                Claim c = claims.get(idx);
                h.append("<mark class=\"s").append(c.sourceId()).append('"');
                if (anchored.add(idx)) {
                    h.append(" id=\"claim-").append(c.id()).append('"');
                }
                h.append('>');
            }
        }
        h.append(paragraphs(text.substring(at)));
        for (int j = 0; j < open.size(); j++) {
            h.append("</mark>");
        }
    }

    private static String paragraphs(String s) {
        return esc(s).replace("\n", "<br>");
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(XmlText.clean(s));
    }

    public void write(WorkspaceContent w, String title, Path target) throws IOException {
        write(w, title, id -> "", target);
    }

    /** Writes {@link #render(WorkspaceContent, String, java.util.function.LongFunction)} to {@code target} (UTF-8, atomically). */
    public void write(WorkspaceContent w, String title, java.util.function.LongFunction<String> inferred, Path target) throws IOException {
        String html = render(w, title, inferred);
        AtomicWrite.to(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String CSS = """
            body{font:15px/1.5 Georgia,'DejaVu Serif',serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            h1,h2,h3{font-family:system-ui,'DejaVu Sans',sans-serif}h2{border-bottom:2px solid #ddd;margin-top:2em}
            table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}
            td{word-break:normal;overflow-wrap:break-word}td.date,td.count,th{white-space:nowrap}
            .event>h3{margin-bottom:0}h4{font-family:system-ui,'DejaVu Sans',sans-serif;margin:1em 0 .4em}
            .said{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px 16px;align-items:start}
            .who{border-top:4px solid var(--c);padding-top:2px}.who .src{font-family:system-ui,sans-serif;font-weight:bold;margin:0 0 .3em}
            .quote{margin:0 0 .5em;padding-left:6px;border-left:3px solid var(--c);font-size:14px}.speaker{color:#666;font-size:13px}.revised-tag{color:#8a4b00;font-size:13px}
            .meta{color:#666;font-size:13px}a{color:inherit}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}.side{border-left:5px solid var(--c);padding:4px 10px;background:#fafafa}
            .side .src{font-family:system-ui,sans-serif;font-weight:bold;color:var(--c);margin:0}blockquote{margin:.3em 0}
            .contradiction{margin:1.2em 0;page-break-inside:avoid}.note{font-style:italic}
            .verdict{font-family:system-ui,sans-serif;font-size:12px;border:1px solid #999;border-radius:3px;padding:0 4px;white-space:nowrap}
            .verdict-why{font-family:system-ui,sans-serif;font-size:12px;color:#555}
            .status.confirmed{color:#0a7}.status.dismissed{color:#999;text-decoration:line-through}.status.open{color:#c60}
            mark{background:color-mix(in srgb,var(--c) 30%,white);border-bottom:2px solid var(--c)}
            article{margin-top:1.5em}.text{font-size:14px}
            @media print{body{margin:0;max-width:none}a{text-decoration:none}h2,h3,h4,.who .src{page-break-after:avoid;break-after:avoid}
            article{page-break-before:always}thead{display:table-header-group}tr,.quote,.side{page-break-inside:avoid;break-inside:avoid}
            .said{display:block;columns:2;column-gap:16px}.who{break-inside:auto;margin-bottom:.8em}}
            """;
}
