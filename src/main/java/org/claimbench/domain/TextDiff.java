package org.claimbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed from one text of an article to another, word by word (a Myers diff of words,
 * spaces and punctuation, by java-diff-utils): a list of pieces in reading order, each kept,
 * removed (only in the old text) or added (only in the new). Kept and added pieces carry their
 * offset in the new text (UTF-16 units), so claims on the new text can be drawn over them.
 */
public final class TextDiff {

    public enum Kind { KEPT, REMOVED, ADDED }

    /** A piece of the diff; newStart is its offset in the new text, -1 for a removed piece. */
    public record Piece(Kind kind, String text, int newStart) {
    }

    /** Words, runs of white space, and single other characters, in any script: what a diff compares. */
    static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private TextDiff() {
    }

    public static List<Piece> between(String oldText, String newText) {
        List<int[]> a = tokens(oldText);
        List<int[]> b = tokens(newText);
        List<String> as = a.stream().map(t -> oldText.substring(t[0], t[1])).toList();
        List<String> bs = b.stream().map(t -> newText.substring(t[0], t[1])).toList();
        Patch<String> patch = DiffUtils.diff(as, bs);
        List<Piece> out = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int oldPos = d.getSource().getPosition();
            int newPos = d.getTarget().getPosition();
            if (newPos > newAt) {
                int from = b.get(newAt)[0];
                int to = b.get(newPos - 1)[1];
                out.add(new Piece(Kind.KEPT, newText.substring(from, to), from));
            }
            if (d.getSource().size() > 0) {
                int from = a.get(oldPos)[0];
                int to = a.get(oldPos + d.getSource().size() - 1)[1];
                out.add(new Piece(Kind.REMOVED, oldText.substring(from, to), -1));
            }
            if (d.getTarget().size() > 0) {
                int from = b.get(newPos)[0];
                int to = b.get(newPos + d.getTarget().size() - 1)[1];
                out.add(new Piece(Kind.ADDED, newText.substring(from, to), from));
            }
            oldAt = oldPos + d.getSource().size();
            newAt = newPos + d.getTarget().size();
        }
        if (newAt < b.size()) {
            int from = b.get(newAt)[0];
            out.add(new Piece(Kind.KEPT, newText.substring(from), from));
        }
        return out;
    }

    /** How many words were removed and added: "12 words removed, 3 added". */
    public static String summary(List<Piece> pieces) {
        long removed = pieces.stream().filter(p -> p.kind() == Kind.REMOVED).mapToLong(p -> words(p.text())).sum();
        long added = pieces.stream().filter(p -> p.kind() == Kind.ADDED).mapToLong(p -> words(p.text())).sum();
        if (removed == 0 && added == 0) {
            return "the same words (only spacing or punctuation differ)";
        }
        return removed + (removed == 1 ? " word" : " words") + " removed, " + added + " added";
    }

    private static long words(String s) {
        return TOKEN.matcher(s).results().filter(m -> Character.isLetterOrDigit(m.group().codePointAt(0))).count();
    }

    /** The [start, end) of every {@link #TOKEN} of a text, in UTF-16 units. */
    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
