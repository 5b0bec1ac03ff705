package org.claimbench.ui.article;

import java.util.function.ToDoubleFunction;

import org.claimbench.domain.ArticleMetadata;
import org.claimbench.ui.common.EllipsisCut;

/**
 * The line that says where an article comes from, under its title in a pane and in the article list, the same three
 * things for every article, kept as its parts so that a line too long for its room can drop or cut one of them: its
 * outlet (blank: "no outlet"), its date, or where it has none the date of the event it reports ("2025-07-03 (event)") or
 * "no date" ({@link ArticleMetadata#dateLine}, as the report says it), and its claims count.
 *
 * @param outlet the outlet, blank when unknown
 * @param date   what the date part says ({@link ArticleMetadata#dateLine})
 * @param claims how many claims the article has, at least 0
 */
public record Byline(String outlet, String date, int claims) {

    /** An outlet cut to fewer grapheme clusters than this ("The…") says nothing: it is left out instead. */
    static final int MIN_OUTLET = 6;
    /** A date cut to fewer than this ("3 J…") says nothing: the count stands alone instead. */
    static final int MIN_DATE = 3;
    /** What {@link ArticleMetadata#dateLine} says of an article without a date of its own or of its event. */
    static final String NO_DATE = "no date";

    public Byline {
        outlet = outlet == null ? "" : outlet.strip();
    }

    /** The byline of an article with {@code m} and {@code claimCount} claims. */
    public static Byline of(ArticleMetadata m, int claimCount) {
        return new Byline(m.outlet(), m.dateLine(), claimCount);
    }

    /** "Reuters · 2025-07-03 · 12 claims", "no outlet · 2025-07-03 (event) · 1 claim", "no outlet · no date · 0 claims". */
    public String line() {
        return outletText() + " · " + date + " · " + count();
    }

    /** "1 claim", "12 claims". */
    public String count() {
        return claims + (claims == 1 ? " claim" : " claims");
    }

    private String outletText() {
        return outlet.isBlank() ? "no outlet" : outlet;
    }

    /**
     * The line made to fit {@code room} (px, as {@code width} measures a text): whole if it fits; else the outlet gives way
     * first: an unknown one ("no outlet") is left out, a known one is cut with "…" ("The Harb… · 9 Feb 2024 · 12 claims")
     * and left out when fewer than {@value #MIN_OUTLET} of its characters would stay; then the date: "no date" is left out,
     * a date is cut ("9 Feb… · 12 claims"); the claims count goes last ("12 claims", then cut by the label itself). The
     * order: the count and the date tell panes side by side apart, the outlet is also in the article's details. Lengths
     * in grapheme clusters ({@link EllipsisCut}).
     */
    public String fit(ToDoubleFunction<String> width, double room) {
        String line = line();
        if (width.applyAsDouble(line) <= room) {
            return line;
        }
        String tail = " · " + date + " · " + count();
        if (!outlet.isBlank()) {
            var cut = EllipsisCut.longestFitting(outlet, MIN_OUTLET, o -> width.applyAsDouble(o + tail) <= room);
            if (cut.isPresent()) {
                return cut.get() + tail;
            }
        }
        String dated = date + " · " + count();
        if (width.applyAsDouble(dated) <= room) {
            return dated;
        }
        if (date.equals(NO_DATE)) {
            return count();
        }
        return EllipsisCut.longestFitting(date, MIN_DATE, d -> width.applyAsDouble(d + " · " + count()) <= room)
                .map(d -> d + " · " + count()).orElse(count());
    }
}
