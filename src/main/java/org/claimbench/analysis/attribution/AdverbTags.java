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
 * <p>
 * The other way round ({@link #verbReadAsAdverb}): a word the tagger read as an adverb that WordNet 3.1 holds only as a verb
 * (no adverb, adjective or noun of that form), right after a plural noun and right before a preposition ("the rules
 * align/ADV with …"), is the clause's finite verb: a plural subject takes the verb's base form (Quirk et al. 1985, 3.54), and an
 * adverb between a subject and a preposition would leave the clause with no verb at all.
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
        for (int i = 1; i + 1 < t.size(); i++) {
            if (verbReadAsAdverb(t, i)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                Token x = t.get(i);
                out.set(i, new Token(x.start(), x.end(), x.text(), "VERB", x.text().toLowerCase(Locale.ROOT)));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /**
     * Whether token {@code i} is a verb the tagger read as an adverb (the class comment): tagged ADV, lower case, known to
     * WordNet 3.1 only as a verb, after a plural common noun (a form in -s that is not its lemma) and before a preposition.
     */
    static boolean verbReadAsAdverb(List<Token> t, int i) {
        Token x = t.get(i);
        if (!x.is("ADV") || i == 0 || i + 1 >= t.size() || !t.get(i + 1).is("ADP") || !Character.isLowerCase(x.text().charAt(0))) {
            return false;
        }
        Token subject = t.get(i - 1);
        String n = Phrases.lower(subject);
        if (!subject.is("NOUN") || !n.endsWith("s") || n.endsWith("ss") || n.equals(subject.lemma())) {
            return false;
        }
        String w = x.text().toLowerCase(Locale.ROOT);
        WordNet wn = WordNet.shared();
        return !wn.lexicographerFile(w, WordNet.Pos.VERB).isEmpty() && wn.lexicographerFile(w, WordNet.Pos.ADVERB).isEmpty()
                && wn.lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty() && wn.lexicographerFile(w, WordNet.Pos.NOUN).isEmpty();
    }
}
