package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Adverbs in -ly the tagger read as verbs: "though officials swiftly/VERB clarified that …". The suffix -ly makes adverbs of
 * adjectives (Quirk et al. 1985, 7.46; I.30), and a word in -ly that WordNet 3.1 holds as an adverb and not as a verb cannot be a
 * verb ("apply", "reply", "rely", "tally", "bully" are verbs, and stay as tagged). Such a word read as a verb made a subject,
 * its adverb and its verb ("stewards promptly clarified") read as no clause, so a report after a contrast ran on inside the
 * report before it. Read by the finder only, as {@link ClosedClassTags} is: the cue model's training reading is the tagger's
 * with {@link NameTags} and {@link VerbTags}.
 */
final class AdverbTags {

    private AdverbTags() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            String w = x.text().toLowerCase(Locale.ROOT);
            if (!x.tag().equals("VERB") || w.length() < 5 || !w.endsWith("ly") || !Character.isLowerCase(x.text().charAt(0))) {
                continue;
            }
            WordNet wn = WordNet.shared();
            if (wn.lexicographerFile(w, WordNet.Pos.ADVERB).isEmpty() || !wn.lexicographerFile(w, WordNet.Pos.VERB).isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t);
            }
            out.set(i, new Token(x.start(), x.end(), x.text(), "ADV", w));
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }
}
