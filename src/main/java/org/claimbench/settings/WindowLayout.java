package org.claimbench.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the window was laid out for one workspace, to put back when it is opened again: the
 * window's place and size, the articles side by side (one per pane, 0 for an empty pane), the
 * divider positions (between the panes, between the panes and the lists, beside the sidebar), and
 * the tab shown below the panes, the sticky tag and topic (a source's id, -1 for none; a topic's label, "" for none)
 * that every new claim gets, and where each pane was scrolled to (the offset, in UTF-16 units of its article's text, of
 * the first character of the paragraph at its top; none for a line written before they were kept), the pane the user
 * worked in (its index from the left, 0 for a line written before it was kept), and the article list's place: the article
 * at its top and the one selected (article ids, 0 for none) and the event it is filtered by ("" for all events, and for
 * a line written before it was kept), and the column widths the user set by dragging in a table, by the table's id (px,
 * left to right, 0 for a hidden column; none for a table whose widths are the window's own, and for a line written before
 * they were kept), and whether the suggested topics' dialog (G) shows every group's claims in one list (false for a line
 * written before it was kept). Kept in the user's settings, not in the workspace file: a file handed to a colleague opens in their
 * layout, not the sender's.
 */
public record WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                           double listDivider, double sidebarDivider, int tab, long stickySource, String stickyTopic,
                           List<Integer> paneTops, int activePane, long listTop, long listSelected, String listEvent,
                           Map<String, List<Double>> columnWidths, boolean topicGroupsAll) {

    public WindowLayout {
        articles = List.copyOf(articles);
        paneDividers = List.copyOf(paneDividers);
        paneTops = List.copyOf(paneTops);
        stickyTopic = stickyTopic == null ? "" : stickyTopic.strip();
        listEvent = listEvent == null ? "" : listEvent;
        Map<String, List<Double>> widths = new TreeMap<>();
        (columnWidths == null ? Map.<String, List<Double>>of() : columnWidths).forEach((table, w) -> {
            if (table.matches("[A-Za-z0-9_-]+") && !w.isEmpty()) {
                widths.put(table, List.copyOf(w));
            }
        });
        columnWidths = java.util.Collections.unmodifiableMap(widths);
    }

    /** A layout whose topics dialog shows one group's claims at a time. */
    public WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                        double listDivider, double sidebarDivider, int tab, long stickySource, String stickyTopic,
                        List<Integer> paneTops, int activePane, long listTop, long listSelected, String listEvent,
                        Map<String, List<Double>> columnWidths) {
        this(x, y, width, height, articles, paneDividers, listDivider, sidebarDivider, tab, stickySource, stickyTopic, paneTops, activePane,
                listTop, listSelected, listEvent, columnWidths, false);
    }

    /** A layout whose tables' column widths are the window's own. */
    public WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                        double listDivider, double sidebarDivider, int tab, long stickySource, String stickyTopic,
                        List<Integer> paneTops, int activePane, long listTop, long listSelected, String listEvent) {
        this(x, y, width, height, articles, paneDividers, listDivider, sidebarDivider, tab, stickySource, stickyTopic, paneTops, activePane,
                listTop, listSelected, listEvent, Map.of());
    }

    /** A layout with the article list showing all events. */
    public WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                        double listDivider, double sidebarDivider, int tab, long stickySource, String stickyTopic,
                        List<Integer> paneTops, int activePane, long listTop, long listSelected) {
        this(x, y, width, height, articles, paneDividers, listDivider, sidebarDivider, tab, stickySource, stickyTopic, paneTops, activePane,
                listTop, listSelected, "");
    }

    /** A layout with the first pane worked in and the article list at its top, nothing selected in it. */
    public WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                        double listDivider, double sidebarDivider, int tab, long stickySource, String stickyTopic, List<Integer> paneTops) {
        this(x, y, width, height, articles, paneDividers, listDivider, sidebarDivider, tab, stickySource, stickyTopic, paneTops, 0, 0, 0, "");
    }

    /** A layout with no sticky tag or topic. */
    public WindowLayout(double x, double y, double width, double height, List<Long> articles, List<Double> paneDividers,
                        double listDivider, double sidebarDivider, int tab) {
        this(x, y, width, height, articles, paneDividers, listDivider, sidebarDivider, tab, -1, "", List.of());
    }

    /** Where a pane was scrolled to: the offset at its top (UTF-16 units), 0 (the article's top) if not known. */
    public int paneTop(int pane) {
        return pane >= 0 && pane < paneTops.size() ? Math.max(0, paneTops.get(pane)) : 0;
    }

    /**
     * One line: "x,y,w,h|article,article|divider,divider|list|sidebar|tab|sticky source|sticky topic|top,top|active
     * pane|list's top article,list's selected article|list's event|table=width,width;table=width,…|all groups (1 or 0)", the topic and the
     * event URL-encoded (UTF-8) so that no label can break the line (a table's id is letters, digits, "-" and "_" only).
     */
    public String encode() {
        String widths = String.join(";", columnWidths.entrySet().stream().map(e -> e.getKey() + "="
                + String.join(",", e.getValue().stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).toList())).toList());
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f|%s|%s|%.4f|%.4f|%d|%d|%s|%s|%d|%d,%d|%s|%s|%d", x, y, width, height,
                String.join(",", articles.stream().map(String::valueOf).toList()),
                String.join(",", paneDividers.stream().map(d -> String.format(Locale.ROOT, "%.4f", d)).toList()), listDivider, sidebarDivider, tab,
                stickySource, java.net.URLEncoder.encode(stickyTopic, java.nio.charset.StandardCharsets.UTF_8),
                String.join(",", paneTops.stream().map(String::valueOf).toList()), activePane, listTop, listSelected,
                java.net.URLEncoder.encode(listEvent, java.nio.charset.StandardCharsets.UTF_8), widths, topicGroupsAll ? 1 : 0);
    }

    /** The layout a line holds; empty if the line is damaged (a layout is never worth a failed start). */
    public static Optional<WindowLayout> decode(String line) {
        if (line == null) {
            return Optional.empty();
        }
        try {
            String[] part = line.split("\\|", -1);
            double[] box = Arrays.stream(part[0].split(",")).mapToDouble(Double::parseDouble).toArray();
            List<Long> articles = new ArrayList<>();
            for (String a : part[1].split(",")) {
                if (!a.isBlank()) {
                    articles.add(Long.parseLong(a.strip()));
                }
            }
            List<Double> dividers = new ArrayList<>();
            for (String d : part[2].split(",")) {
                if (!d.isBlank()) {
                    dividers.add(Double.parseDouble(d.strip()));
                }
            }
            if (box.length != 4 || articles.isEmpty() || articles.size() > 4) {
                return Optional.empty();
            }
            // Lines written before the sticky tag and topic were remembered end at the tab.
            long stickySource = part.length > 6 ? Long.parseLong(part[6].strip()) : -1;
            String stickyTopic = part.length > 7 ? java.net.URLDecoder.decode(part[7], java.nio.charset.StandardCharsets.UTF_8) : "";
            // ... and those written before the panes' scroll positions were kept, at the topic.
            List<Integer> tops = new ArrayList<>();
            for (String t : part.length > 8 ? part[8].split(",") : new String[0]) {
                if (!t.isBlank()) {
                    tops.add(Integer.parseInt(t.strip()));
                }
            }
            // ... and those written before the active pane and the article list's place were kept, at the tops.
            int active = part.length > 9 ? Integer.parseInt(part[9].strip()) : 0;
            String[] list = part.length > 10 ? part[10].split(",") : new String[0];
            long listTop = list.length > 0 ? Long.parseLong(list[0].strip()) : 0;
            long listSelected = list.length > 1 ? Long.parseLong(list[1].strip()) : 0;
            // ... and those written before the list's event filter was kept, at the list's place: all events.
            String listEvent = part.length > 11 ? java.net.URLDecoder.decode(part[11], java.nio.charset.StandardCharsets.UTF_8) : "";
            // ... and those written before the tables' column widths were kept, at the event: the window's own widths.
            Map<String, List<Double>> widths = new TreeMap<>();
            for (String table : part.length > 12 ? part[12].split(";") : new String[0]) {
                int eq = table.indexOf('=');
                if (eq > 0) {
                    widths.put(table.substring(0, eq), Arrays.stream(table.substring(eq + 1).split(",")).map(String::strip)
                            .map(Double::valueOf).toList());
                }
            }
            // ... and those written before the topics dialog's view was kept, at the widths: one group at a time.
            boolean allGroups = part.length > 13 && "1".equals(part[13].strip());
            return Optional.of(new WindowLayout(box[0], box[1], box[2], box[3], articles, dividers, Double.parseDouble(part[3]),
                    Double.parseDouble(part[4]), Integer.parseInt(part[5].strip()), stickySource, stickyTopic, tops,
                    active >= 0 && active < articles.size() ? active : 0, listTop, listSelected, listEvent, widths, allGroups));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
