package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.Token;

/**
 * A name's phrase with the parenthetical the press sets after it: a party and a state ("Sen. Ana Ruiz (D-Ore.)", "Ana Ruiz,
 * D-Isl.,"; The Associated Press Stylebook, "party affiliation") or an age ("Tomas Berg (62)"), which belongs to the name's
 * phrase before the cue and after it. Used by {@link SourcePhrases}; stateless.
 */
final class ParentheticalNames {

    /** A party and a state's abbreviation as the press writes them after a name ("D-Ore.", "R-Ky.", "I-Vt.", "R-N.M.", "D-W.Va."). */
    private static final Pattern PARTY_STATE = Pattern.compile("[DRI]-([A-Z][A-Za-z]{0,4}\\.?|[A-Z]\\.[A-Z][a-z]?\\.)");

    private ParentheticalNames() {
    }

    /**
     * The noun phrase ending with a parenthetical at token e ("Sen. Ana Ruiz (D-Ore.)", "Tomas Berg (62)"): the phrase
     * before the brackets, its name taken without them; null when token e closes no short parenthetical after a name.
     */
    static SourcePhrases.Source of(Reading r, int e) {
        List<Token> t = r.tokens();
        if (e >= 3 && PARTY_STATE.matcher(t.get(e).text()).matches() && t.get(e - 1).text().equals(",") && t.get(e - 2).is("PROPN")) {
            // "Ana Ruiz, D-Isl., said": the party and state set off by commas belong to the name's phrase.
            int st = Phrases.startBefore(t, e - 2);
            return st < 0 ? null : new SourcePhrases.Source(st, e, Phrases.name(r.text(), t, st, e - 2), false);
        }
        if (e < 2 || !t.get(e).text().equals(")")) {
            return null;
        }
        for (int p = e - 1; p >= Math.max(1, e - 8); p--) {
            if (t.get(p).text().equals("(")) {
                int st = Phrases.startBefore(t, p - 1);
                return st < 0 || !(t.get(p - 1).is("PROPN") || Phrases.capitalisedAdjective(t.get(p - 1))) ? null
                        : new SourcePhrases.Source(st, e, Phrases.name(r.text(), t, st, p - 1), false);
            }
        }
        return null;
    }

    /**
     * Where the name's phrase ending at token e ends with the parenthetical set right after it ("said Rep. Ana Ruiz (D-Ore.)"):
     * the closing bracket's index; e when no short parenthetical follows a name there.
     */
    static int endAfterName(Reading r, int e) {
        List<Token> t = r.tokens();
        if (e < 1 || e + 1 >= t.size() || !t.get(e + 1).text().equals("(") || !(t.get(e).is("PROPN") || Phrases.capitalisedAdjective(t.get(e)))) {
            return e;
        }
        int close = closeAfter(t, e + 1);
        return close > 0 && of(r, e + 1 + close) != null ? e + 1 + close : e;
    }

    /** How many tokens after the opening bracket at i its closing one stands (within eight), or 0. */
    private static int closeAfter(List<Token> t, int i) {
        for (int p = i + 1; p < Math.min(t.size(), i + 9); p++) {
            if (t.get(p).text().equals(")")) {
                return p - i;
            }
        }
        return 0;
    }
}
