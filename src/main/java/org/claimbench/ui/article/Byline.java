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
 * @param claims  how many claims the article has, at least 0, those whose words an edit deleted included
 * @param orphans how many of them an edit left without words (0 to {@code claims}): the pane cannot draw them, so the count
 *                says so ("8 claims (2 not in the text)"; editor55 saw "8 claims" over a text that showed 6)
 */
public record Byline(String outlet, String date, int claims, int orphans) {

    /** An outlet cut to fewer grapheme clusters than this ("The…") says nothing: it is left out instead. */
    static final int MIN_OUTLET = 6;
    /** A date is cut to no fewer grapheme clusters than this ("202…"), however narrow the pane. */
    static final int MIN_DATE = 3;
    /** What {@link ArticleMetadata#dateLine} says of an article without a date of its own or of its event. */
    static final String NO_DATE = "no date";

    public Byline {
        outlet = outlet == null ? "" : outlet.strip();
    }

    /** A byline whose claims all stand on their words. */
    public Byline(String outlet, String date, int claims) {
        this(outlet, date, claims, 0);
    }

    /** The byline of an article with {@code m} and {@code claimCount} claims, all on their words. */
    public static Byline of(ArticleMetadata m, int claimCount) {
        return new Byline(m.outlet(), m.dateLine(), claimCount, 0);
    }

    /** The byline of an article with {@code m}, {@code claimCount} claims, {@code orphans} of them without words. */
    public static Byline of(ArticleMetadata m, int claimCount, int orphans) {
        return new Byline(m.outlet(), m.dateLine(), claimCount, orphans);
    }

    /**
     * The record's own equals written out (hashCode stays generated, and agrees): a generated one is linked at its first
     * call (java.lang.runtime.ObjectMethods), 17-34 ms of processor time for the first in a JVM, and each pane's header
     * property compares its old byline with the new on the JavaFX thread on the way to the first frame
     * (ArticlePaneViewModel.updateHeader; docs/speed.md, start-up round 15).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Byline b && claims == b.claims && orphans == b.orphans && outlet.equals(b.outlet) && java.util.Objects.equals(date, b.date);
    }

    /**
     * "Reuters · 2025-07-03 · 12 claims", "no outlet · 2025-07-03 (event) · 1 claim", "no outlet · no date · 0 claims".
     * Joined, not concatenated with {@code +}: each shape of {@code +} is linked at its first run (method-handle classes
     * spun), and the panes' headers say this on the JavaFX thread on the way to the first frame (docs/speed.md, round 15).
     */
    public String line() {
        return String.join(" · ", outletText(), date, count());
    }

    /** "1 claim", "12 claims", "12 claims (2 not in the text)" (no {@code +}, as {@link #line}). */
    public String count() {
        String count = Integer.toString(claims).concat(claims == 1 ? " claim" : " claims");
        return orphans <= 0 ? count : String.join("", count, " (", Integer.toString(orphans), " not in the text)");
    }

    private String outletText() {
        return outlet.isBlank() ? "no outlet" : outlet;
    }

    /**
     * The widest one-line byline of an article with no outlet, in the widest date form and a three-digit count: where it
     * does not fit, every byline takes two lines ({@link #fit}), so that panes side by side of one width say theirs the same
     * way, whatever each one's own words.
     */
    static final String WIDEST_ONE_LINE = "no outlet · 0000-00-00 (event) · 000 claims";

    /**
     * The byline made to fit {@code room} (px, as {@code width} measures a text), always saying all three things. Where
     * {@link #WIDEST_ONE_LINE} fits, one line: whole, or with a known outlet too long for it cut with "…" ("The Harb… ·
     * 9 Feb 2024 · 12 claims"). Where it does not, two lines, the outlet (or "no outlet") and the count, then the date
     * ("no outlet · 28 claims" / "2025-07-03 (event)"); an outlet too long for its line is cut with "…", and so is a date
     * in a pane narrower still. The choice hangs on the room only, so panes of one width give every byline the same shape
     * (newcomer37: at 1024 px with three or four panes "no outlet" was left out of some headers and not others, and
     * "(event)" was cut). Lengths in grapheme clusters ({@link EllipsisCut}).
     */
    public String fit(ToDoubleFunction<String> width, double room) {
        String tail = " · " + date + " · " + count();
        if (width.applyAsDouble(WIDEST_ONE_LINE) <= room) {
            String line = line();
            if (width.applyAsDouble(line) <= room || outlet.isBlank()) {
                return line;
            }
            var cut = EllipsisCut.longestFitting(outlet, MIN_OUTLET, o -> width.applyAsDouble(o + tail) <= room);
            if (cut.isPresent()) {
                return cut.get() + tail;
            }
        }
        String counted = " · " + count();
        String first = outletText() + counted;
        if (width.applyAsDouble(first) > room) {
            first = EllipsisCut.longestFitting(outletText(), 1, o -> width.applyAsDouble(o + counted) <= room)
                    .map(o -> o + counted).orElse(first);
        }
        String second = width.applyAsDouble(date) <= room ? date
                : EllipsisCut.longestFitting(date, MIN_DATE, d -> width.applyAsDouble(d) <= room).orElse(date);
        return first + "\n" + second;
    }
}
