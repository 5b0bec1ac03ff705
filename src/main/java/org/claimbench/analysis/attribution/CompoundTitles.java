package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;

/**
 * Titles whose adjective follows its noun ("the attorney general said …", "the surgeon general warned …", "the secretary
 * general called on …"): institutionalised expressions with a postpositive adjective (Quirk et al., A Comprehensive Grammar
 * of the English Language, 1985, 7.21). The tagger reads the adjective as one ("general/ADJ"; the noun before it as an
 * adjective, a name or even a preposition: "secretary/ADJ", "attorney/PROPN", "attorney/ADP"), so the subject has no noun to end on and the cue no
 * source. Where WordNet 3.1 holds the word and the adjective after it as one noun (the adjective also a noun of its own, so
 * the pair is looked up only then), both are read as nouns. Read by the finder only (the cue model's training reading is left as it was).
 */
final class CompoundTitles {

    private CompoundTitles() {
    }

    /** The sentence with each such title's words read as nouns; the sentence itself when it holds none. */
    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            Token before = t.get(i - 1);
            if (!x.is("ADJ") || !(before.is("NOUN") || before.is("ADJ") || before.is("ADP") || before.is("PROPN")) || !Character.isLetter(before.text().charAt(0))) {
                continue;
            }
            String first = before.text().toLowerCase(Locale.ROOT);
            String second = x.text().toLowerCase(Locale.ROOT);
            if (!WordNet.shared().lexicographerFile(second, WordNet.Pos.NOUN).isEmpty() && WordForms.compoundNoun(first, second)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i - 1, new Token(before.start(), before.end(), before.text(), "NOUN", first));
                out.set(i, new Token(x.start(), x.end(), x.text(), "NOUN", second));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }
}
