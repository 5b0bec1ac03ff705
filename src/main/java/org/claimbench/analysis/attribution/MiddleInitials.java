package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;

/**
 * A middle initial read as one name: the tokenizer cuts "Ana B. Ruiz" into "Ana", "B", ".", "Ruiz", and the full stop
 * ends every noun phrase the finder reads (the speaker "Ana B", or "Ruiz" alone). A personal name's initial is a capital
 * letter with a full stop between a given name and a surname (Chicago Manual of Style, 17th ed., 10.12; AP Stylebook,
 * "middle initials"; the sentence detector is kept from ending a sentence there by
 * {@code org.claimbench.analysis.language.NameInitials}): so one capital letter right after a capitalised word, with its
 * full stop written against it and a capitalised word after that, is read as one name token "B.". "I" is left out (a
 * pronoun or a Roman numeral), and so is a letter the tagger read as punctuation or a number ("Plan B.", "Title
 * I." end their sentences and are not followed by a name within it).
 */
final class MiddleInitials {

    private MiddleInitials() {
    }

    static AnalysedSentence of(AnalysedSentence s) {
        List<Token> t = s.tokens();
        List<Token> out = null;
        for (int i = 0; i < t.size(); i++) {
            if (i >= 1 && i + 2 < t.size() && initial(t, i)) {
                if (out == null) {
                    out = new ArrayList<>(t.subList(0, i));
                }
                Token x = t.get(i);
                Token stop = t.get(i + 1);
                String w = x.text() + stop.text();
                out.add(new Token(x.start(), stop.end(), w, "PROPN", w.toLowerCase(Locale.ROOT)));
                i++;
            } else if (out != null) {
                out.add(t.get(i));
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), List.copyOf(out));
    }

    private static boolean initial(List<Token> t, int i) {
        Token x = t.get(i);
        Token stop = t.get(i + 1);
        Token before = t.get(i - 1);
        Token after = t.get(i + 2);
        String w = x.text();
        return w.length() == 1 && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z' && w.charAt(0) != 'I' && !x.is("PUNCT") && !x.is("NUM")
                && stop.text().equals(".") && stop.start() == x.end()
                && capitalised(before) && after.start() > stop.end() && capitalised(after);
    }

    /** A word that starts with a capital and holds a small letter ("Ruiz", "McKay"; not "FBI", not a lone letter). */
    private static boolean capitalised(Token x) {
        String w = x.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase);
    }
}
