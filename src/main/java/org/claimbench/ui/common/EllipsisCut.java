package org.claimbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text shortened with "…" where it has no room, the same way everywhere (sources' short names, pane bylines, claim
 * summaries, dialogs' headers, the article list). Lengths are counted in <b>grapheme clusters</b> (what a reader sees as
 * one character: "é" written as e + a combining accent, "👍🏽", a flag, a family emoji joined by zero-width joiners are
 * one each), so a cut never splits a surrogate pair or leaves a combining mark without its letter. The "…" counts as one.
 */
public final class EllipsisCut {

    /** The mark that says a text goes on. */
    public static final String ELLIPSIS = "…";

    // \X: one extended grapheme cluster (Unicode UAX #29), as java.util.regex defines it.
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private EllipsisCut() {
    }

    /** How many grapheme clusters {@code text} has (0 for ""). */
    public static int length(String text) {
        return ends(text).size();
    }

    /**
     * {@code text} whole if it has at most {@code max} grapheme clusters; else its first {@code max − 1}, the spaces
     * before the cut dropped, and "…" (so the result has at most {@code max}).
     *
     * @throws IllegalArgumentException if {@code max} is under 1
     */
    public static String toLength(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A text cut to " + max + " characters: at least 1 is needed for the …");
        }
        List<Integer> ends = ends(text);
        if (ends.size() <= max) {
            return text;
        }
        return kept(text, ends, max - 1) + ELLIPSIS;
    }

    /**
     * The longest cut of {@code text} that {@code fits} accepts: {@code text} whole if it fits, else its first n grapheme
     * clusters and "…" for the largest n from {@code minKept} up that fits; empty when not even {@code minKept} do (a cut
     * shorter than that would say nothing). {@code fits} is asked for each candidate, longest first.
     */
    public static Optional<String> longestFitting(String text, int minKept, Predicate<String> fits) {
        if (fits.test(text)) {
            return Optional.of(text);
        }
        List<Integer> ends = ends(text);
        for (int keep = ends.size() - 1; keep >= Math.max(1, minKept); keep--) {
            String cut = kept(text, ends, keep) + ELLIPSIS;
            if (fits.test(cut)) {
                return Optional.of(cut);
            }
        }
        return Optional.empty();
    }

    /** The first {@code n} grapheme clusters of {@code text} (all of it when it has no more), nothing added. */
    public static String head(String text, int n) {
        List<Integer> ends = ends(text);
        return n <= 0 || ends.isEmpty() ? "" : text.substring(0, ends.get(Math.min(n, ends.size()) - 1));
    }

    /** The first {@code n} clusters, without the spaces that end them. */
    private static String kept(String text, List<Integer> ends, int n) {
        return n == 0 ? "" : text.substring(0, ends.get(n - 1)).stripTrailing();
    }

    /** Where each grapheme cluster ends (UTF-16 offsets), in order. */
    private static List<Integer> ends(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(text);
        while (m.find()) {
            ends.add(m.end());
        }
        return ends;
    }
}
