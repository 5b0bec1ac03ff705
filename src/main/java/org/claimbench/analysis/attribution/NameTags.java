package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;

/**
 * Names the tagger did not know. The UD English model, trained on web text, tags some surnames
 * as adjectives or verbs ("Trump said" as ADJ VERB, "Trump, writing …" as VERB). A capitalised
 * word tagged so, standing where a name stands (before a verb, an adverb or punctuation, not
 * before the noun an adjective would qualify: "German Chancellor"), is read as a proper noun.
 */
final class NameTags {

    private NameTags() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (mistagged(t, i)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), "PROPN", x.text().toLowerCase(Locale.ROOT)));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    private static boolean mistagged(List<Token> t, int i) {
        Token x = t.get(i);
        String w = x.text();
        if (!(x.is("ADJ") || x.tag().equals("VERB")) || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                || w.equals(w.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (i + 1 >= t.size()) {
            return i > 0;
        }
        Token next = t.get(i + 1);
        boolean nameSlot = next.is("VERB") || next.is("AUX") || next.is("ADV") || next.text().equals(",") || next.text().equals(".")
                || next.text().equals(":") || next.is("PROPN") && i > 0 && t.get(i - 1).is("PROPN");
        // A capitalised verb opening the sentence before an adverb may be an imperative ("Listen carefully"); before a verb
        // or a comma it is a name ("Trump said", "Trump, writing …").
        return nameSlot && !(x.tag().equals("VERB") && i == 0 && next.is("ADV"));
    }
}
