package org.claimbench.ui.common;

import java.util.List;

/**
 * Sources' names shortened where the tag bar by a selection has no room for them whole (a table's column cuts a name with
 * "…" instead, never swapping it for a shorter one: SuggestionColumns): a name of at most {@link #SHORT} characters stays whole; a longer
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
     * ("European Commission" → "European Co…", "United Nations" → "United Nati…"). Where that would read the same as
     * another of {@code all}'s short name ("European Commission" and "European Council"), see {@link #apart}.
     */
    public static String shortName(String name, List<String> all) {
        return apart(name, all, SHORT);
    }

    /**
     * {@code name}'s short name cut to {@link #SHORTER} grapheme clusters with "…" (whole if it is no longer), kept apart
     * from the others' as {@link #apart} says ("European Commission" and "European Parliament": "E. Comm…", "E. Parl…",
     * where both would be "Europea…").
     */
    public static String shorter(String name, List<String> all) {
        return apart(name, all, SHORTER);
    }

    /**
     * The name of at most {@code max} clusters; where it reads the same as another of {@code all}'s, the first word goes by
     * its initial, so the words telling them apart are seen ("E. Commissi…", "E. Council"). A tooltip beside always has
     * the whole name: names alike in their first {@code max} characters after that stay alike.
     */
    private static String apart(String name, List<String> all, int max) {
        String mine = alone(name, all, max);
        String n = name.strip();
        boolean clash = all.stream().map(String::strip).filter(o -> !o.equals(n)).anyMatch(o -> alone(o, all, max).equals(mine));
        String[] words = n.split("\\s+", 2);
        if (!clash || words.length < 2) {
            return mine;
        }
        return cut(EllipsisCut.head(words[0], 1) + ". " + words[1], max);
    }

    /** The short name ({@link #SHORT}), or that cut shorter, without a look at whether another reads the same. */
    private static String alone(String name, List<String> all, int max) {
        String n = name.strip();
        if (EllipsisCut.length(n) <= SHORT) {
            return cut(n, max);
        }
        String[] words = n.split("\\s+");
        String first = words[0];
        boolean shared = all.stream().map(String::strip).filter(o -> !o.equals(n)).anyMatch(o -> firstWord(o).equalsIgnoreCase(first));
        // The words after the first, all in lower case, describe it ("Kremlin readout", "Chinese foreign ministry"): the first
        // word names the source. Capitalised, they are part of one proper name ("United Nations"), which is cut instead.
        boolean described = java.util.Arrays.stream(words, 1, words.length).noneMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        if (described && EllipsisCut.length(first) >= 3 && EllipsisCut.length(first) <= SHORT && !shared) {
            return cut(first, max);
        }
        return cut(n, Math.min(max, SHORT));
    }

    private static String firstWord(String s) {
        return s.split("\\s+")[0];
    }

    private static String cut(String name, int max) {
        return EllipsisCut.toLength(name, max);
    }
}
