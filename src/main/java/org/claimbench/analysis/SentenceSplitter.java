package org.claimbench.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.TextSpan;

/**
 * Splits an article into sentences: the JDK's BreakIterator within each line, then a pass that
 * joins pieces cut after an abbreviation ("U.S.", "Mr.", "Gen.", an initial), since a news
 * sentence rarely ends there. A line break always ends a sentence (headlines, captions).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt",
            "sen", "rep", "gov", "pres", "prof", "st", "jr", "sr", "no", "vs", "etc", "approx", "dept", "est", "inc", "corp", "ltd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
            "a.m", "p.m", "e.g", "i.e", "d.c");
    private static final Pattern LAST_WORD = Pattern.compile("(?<![\\p{L}.])([\\p{L}.]+)\\.\\s*$");
    /** "u.s" of "U.S.": letters with dots between them. */
    private static final Pattern DOTTED = Pattern.compile("(\\p{L}\\.)+\\p{L}");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                splitLine(text, lineStart, lineEnd, paragraph, out);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String line = text.substring(from, to);
        it.setText(line);
        int pieceStart = 0;
        int start = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            String piece = line.substring(pieceStart, end);
            boolean last = end >= line.length();
            if (!last && endsWithAbbreviation(line.substring(start, end))) {
                pieceStart = end;
                continue;
            }
            add(text, from + start, from + end, paragraph, out);
            start = end;
            pieceStart = end;
            if (piece.isEmpty()) {
                break;
            }
        }
        if (start < line.length()) {
            add(text, from + start, to, paragraph, out);
        }
    }

    private static boolean endsWithAbbreviation(String piece) {
        // Only the piece's end is looked at (the whole piece would be scanned word by word); the lookbehind sees past it.
        Matcher m = LAST_WORD.matcher(piece).region(Math.max(0, piece.length() - 48), piece.length())
                .useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        // "V." in "Vladimir V. Putin": a single capital is an initial.
        return ABBREVIATIONS.contains(word) || (m.group(1).length() == 1 && Character.isUpperCase(m.group(1).charAt(0)))
                || DOTTED.matcher(word).matches();
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(new TextSpan(start, end), paragraph, text.substring(start, end)));
        }
    }
}
