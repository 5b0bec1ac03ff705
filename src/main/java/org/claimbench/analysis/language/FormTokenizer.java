package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learned tokenizer, asked once per whitespace-separated form instead of once per occurrence.
 *
 * <p>{@code TokenizerME.tokenizePos} splits the text at white space ({@code WhitespaceTokenizer}) and then decides, for
 * each piece of two characters or more, where inside it to split, from that piece's characters alone (its context
 * generator sees the piece and a position in it). So the splits of a piece are a function of the piece: they are read
 * once, by the tokenizer itself on the piece alone, and kept, and the spans are those {@code TokenizerME} gives, in
 * UTF-16 units of the text (checked against it on text by {@code FormTokenizerTest}).
 *
 * <p>Not thread-safe: one per thread, as {@code TokenizerME}. It keeps at most {@link #MOST_FORMS} pieces and starts again
 * when full.
 */
final class FormTokenizer {

    static final int MOST_FORMS = 10_000;

    private final TokenizerME tokenizer;
    /** A piece's tokens as start and end offsets into the piece, two ints a token. */
    private final Map<String, int[]> pieces = new HashMap<>();

    FormTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The tokens of d as spans of UTF-16 offsets into d: {@code TokenizerME.tokenizePos(d)}'s. */
    Span[] tokenizePos(String d) {
        Span[] whitespace = WhitespaceTokenizer.INSTANCE.tokenizePos(d);
        List<Span> out = new ArrayList<>(whitespace.length + whitespace.length / 4);
        for (Span s : whitespace) {
            if (s.length() < 2) {
                out.add(s);
                continue;
            }
            int[] cuts = cuts(d.substring(s.getStart(), s.getEnd()));
            if (cuts.length == 2) {
                out.add(s);
                continue;
            }
            for (int k = 0; k < cuts.length; k += 2) {
                out.add(new Span(s.getStart() + cuts[k], s.getStart() + cuts[k + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    private int[] cuts(String piece) {
        int[] cuts = pieces.get(piece);
        if (cuts == null) {
            Span[] tokens = tokenizer.tokenizePos(piece);
            cuts = new int[tokens.length * 2];
            for (int k = 0; k < tokens.length; k++) {
                cuts[2 * k] = tokens[k].getStart();
                cuts[2 * k + 1] = tokens[k].getEnd();
            }
            if (pieces.size() >= MOST_FORMS) {
                pieces.clear();
            }
            pieces.put(piece, cuts);
        }
        return cuts;
    }
}
