package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.claimbench.domain.ArticleMetadata;

/**
 * The line that says where an article comes from, under its title in a pane and in the article
 * list, the same three things for every article: its outlet or "no outlet", its date, or where it
 * has none the date of the event it reports ("3 Jul 2025 (event)") or "no date" ({@link ArticleMetadata#dateLine},
 * as the report says it), and its claims.
 */
public final class Bylines {

    private Bylines() {
    }

    /** "Reuters · 3 Jul 2025 · 12 claims", "no outlet · 3 Jul 2025 (event) · 1 claim", "no outlet · no date · 0 claims". */
    public static String of(ArticleMetadata m, int claimCount) {
        List<String> parts = new ArrayList<>();
        parts.add(m.outlet().isBlank() ? "no outlet" : m.outlet());
        parts.add(m.dateLine());
        parts.add(claimCount + (claimCount == 1 ? " claim" : " claims"));
        return String.join(" · ", parts);
    }

    /**
     * The line {@link #of} gave, made to fit {@code room} (px, as {@code width} measures a text): whole if it fits; else the
     * outlet gives way first, cut with "…" ("The Harb… · 9 Feb 2024 · 12 claims"), then left out ("9 Feb 2024 · 12 claims"),
     * then the date is cut ("9 Feb… · 12 claims"); the claims count goes last ("12 claims", then cut by the label itself).
     * The order: the count and the date tell panes side by side apart, the outlet is also in the article's details.
     */
    public static String fit(String line, ToDoubleFunction<String> width, double room) {
        if (width.applyAsDouble(line) <= room) {
            return line;
        }
        String[] parts = line.split(" · ");
        if (parts.length < 3) {
            return line;
        }
        String count = parts[parts.length - 1];
        String date = parts[parts.length - 2];
        String outlet = String.join(" · ", java.util.Arrays.copyOf(parts, parts.length - 2));
        String tail = " · " + date + " · " + count;
        // An outlet cut to fewer than six characters ("The…") says nothing: it is left out instead.
        for (int keep = outlet.length() - 1; keep >= 6; keep--) {
            String cut = outlet.substring(0, keep).stripTrailing() + "…" + tail;
            if (width.applyAsDouble(cut) <= room) {
                return cut;
            }
        }
        String dated = date + " · " + count;
        if (width.applyAsDouble(dated) <= room) {
            return dated;
        }
        for (int keep = date.length() - 1; keep >= 3; keep--) {
            String cut = date.substring(0, keep).stripTrailing() + "… · " + count;
            if (width.applyAsDouble(cut) <= room) {
                return cut;
            }
        }
        return count;
    }
}
