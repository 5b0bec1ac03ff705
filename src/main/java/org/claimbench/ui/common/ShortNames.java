package org.claimbench.ui.common;

import java.util.List;

/**
 * Sources' names shortened where the tag bar by a selection has no room for them whole (a table's column cuts a name with
 * "…" instead, never swapping it for a shorter one: SuggestionColumns): a name of at most {@link #SHORT} characters stays whole; a longer
 * one becomes its first word when the rest only describes it ("Kremlin readout" → "Kremlin"), else it is cut with "…"
 * ("United Nations" → "United Nati…"); at the bar's narrowest level names are elided after a whole word and kept apart
 * ({@link #shorter}). The whole name is always in a tooltip beside.
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
     * {@code name} for the tag bar's narrowest level: whole if it has at most {@link #SHORTER} grapheme clusters; else elided
     * after its last whole word that fits ("Kremlin readout" → "Kremlin…", "White House" → "White…"), a first word longer
     * than that kept whole ("Lighthouse keepers" → "Lighthouse…"; cut only past {@link #SHORT}). Never cut inside a word,
     * which a reader could not recognise. Where that would read the same as another of {@code all}'s, the first word and the
     * first word that differs are shown ("Press office Kyiv", "Press office Lviv" → "Press…Kyiv", "Press…Lviv"), or the whole
     * name: two sources never read the same. The whole name is always in the button's tooltip.
     */
    public static String shorter(String name, List<String> all) {
        String n = name.strip();
        String mine = byDifference(n, all);
        boolean alike = all.stream().map(String::strip).anyMatch(o -> !o.equalsIgnoreCase(n) && byDifference(o, all).equals(mine));
        return alike ? n : mine;
    }

    /**
     * The name {@link #elided}; where another of {@code all} elides the same, its first word and the first word in which it
     * differs from every such other (the whole name where that is its last or it has none).
     */
    private static String byDifference(String n, List<String> all) {
        String mine = elided(n);
        String[] words = n.split("\\s+");
        int differs = -1;
        for (String o : all.stream().map(String::strip).filter(o -> !o.equalsIgnoreCase(n) && elided(o).equals(mine)).toList()) {
            String[] theirs = o.split("\\s+");
            int k = 0;
            while (k < words.length && k < theirs.length && words[k].equalsIgnoreCase(theirs[k])) {
                k++;
            }
            differs = Math.max(differs, k);
        }
        if (differs < 0) {
            return mine;
        }
        if (differs == 0 || differs >= words.length) {
            return n;
        }
        String head = words[0] + (differs > 1 ? "\u2026" : " ") + words[differs];
        return differs < words.length - 1 ? head + "\u2026" : head;
    }

    /** The name elided after its last whole word within {@link #SHORTER} clusters, "…" included (see {@link #shorter}). */
    private static String elided(String n) {
        if (EllipsisCut.length(n) <= SHORTER) {
            return n;
        }
        String[] words = n.split("\\s+");
        String kept = words[0];
        if (EllipsisCut.length(kept) > SHORT - 1) {
            return cut(n, SHORT);
        }
        for (int i = 1; i < words.length && EllipsisCut.length(kept + " " + words[i]) <= SHORTER - 1; i++) {
            kept = kept + " " + words[i];
        }
        return kept.equals(n) ? n : kept + "\u2026";
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
