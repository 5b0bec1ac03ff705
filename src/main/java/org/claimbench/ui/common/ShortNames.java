package org.claimbench.ui.common;

import java.util.List;

/**
 * Sources' names shortened where a bar or a column has no room for them whole, the same way everywhere (the tag bar by
 * a selection, the suggested claims' Source column): a name of at most {@link #SHORT} characters stays whole; a longer
 * one becomes its first word when the rest only describes it ("Kremlin readout" → "Kremlin"), else it is cut with "…"
 * ("United Nations" → "United Nati…"). The whole
 * name is always in a tooltip beside.
 */
public final class ShortNames {

    /** The longest short name, in grapheme clusters ({@link EllipsisCut}), "…" included. */
    public static final int SHORT = 12;
    /** The longest shorter name ({@link #shorter}), in grapheme clusters, "…" included. */
    public static final int SHORTER = 8;

    private ShortNames() {
    }

    /**
     * {@code name} whole if it has at most {@link #SHORT} characters; else its first word, when the words after it are in
     * lower case (in English a proper name's words are capitalised, a description's are not), it has three letters or
     * more, at most {@link #SHORT}, and no other of {@code all} starts with the same word; else cut with "…"
     * ("European Commission" → "European Co…", "United Nations" → "United Nati…").
     */
    public static String shortName(String name, List<String> all) {
        String n = name.strip();
        if (EllipsisCut.length(n) <= SHORT) {
            return n;
        }
        String[] words = n.split("\\s+");
        String first = words[0];
        boolean shared = all.stream().map(String::strip).filter(o -> !o.equals(n)).anyMatch(o -> firstWord(o).equalsIgnoreCase(first));
        // The words after the first, all in lower case, describe it ("Kremlin readout", "Chinese foreign ministry"): the first
        // word names the source. Capitalised, they are part of one proper name ("United Nations"), which is cut instead.
        boolean described = java.util.Arrays.stream(words, 1, words.length).noneMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        if (described && EllipsisCut.length(first) >= 3 && EllipsisCut.length(first) <= SHORT && !shared) {
            return first;
        }
        return cut(n, SHORT);
    }

    /** {@code name} cut to {@link #SHORTER} grapheme clusters with "…" (whole if it is no longer). */
    public static String shorter(String name) {
        return cut(name.strip(), SHORTER);
    }

    private static String firstWord(String s) {
        return s.split("\\s+")[0];
    }

    private static String cut(String name, int max) {
        return EllipsisCut.toLength(name, max);
    }
}
