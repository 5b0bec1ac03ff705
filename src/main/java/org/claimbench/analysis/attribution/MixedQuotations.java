package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * A quotation inside a clause rather than the whole of a content (PARC 3.0's partial or mixed quotation): a noun phrase
 * before it that is its predicate's subject ("said dockers “are a stubborn lot”"), or a clause that goes on after it
 * ("called the ruling “a gift” to the landlords").
 */
final class MixedQuotations {

    private final Reading r;
    private final List<Token> t;

    MixedQuotations(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /**
     * Whether tokens k..m-1 are a noun phrase (no time word: "said Tuesday “…”") that is the subject of a predicate the
     * quotation opened at token m holds or is followed by: the quotation opens with a verb ("dockers “are a stubborn lot”"),
     * or holds no verb and no pronoun and a verb follows its closing mark ("the city “plainly” needed …"). A mixed quotation
     * (PARC 3.0's partial quotation) inside a bare clause.
     */
    boolean subjectBefore(int k, int m, TextSpan q) {
        for (int j = k; j < m; j++) {
            Token x = t.get(j);
            if (!(x.is("DET") || x.is("ADJ") || Phrases.nominal(x)) || Phrases.calendar(x) || ClauseShapes.TIMES.contains(Phrases.lower(x))) {
                return false;
            }
        }
        int n = t.size();
        if (!Phrases.nominal(t.get(m - 1)) || m + 1 >= n) {
            return false;
        }
        if (t.get(m + 1).is("VERB") || t.get(m + 1).is("AUX")) {
            return true;
        }
        int j = m + 1;
        for (; j < n && t.get(j).start() < q.end(); j++) {
            Token x = t.get(j);
            if (x.is("VERB") || x.is("AUX") || x.is("PRON")) {
                return false;
            }
        }
        while (j < n && r.quoteMark(t.get(j))) {
            j++;
        }
        return j < n && (t.get(j).is("VERB") || t.get(j).is("AUX"));
    }

    /**
     * Whether the clause goes on after the quotation: its words end with no punctuation, and a preposition, a conjunction,
     * a relative pronoun or "to" follows its closing mark in the sentence ("“a gift” to …", "“bad luck” and …", "“a
     * veteran” who …").
     */
    boolean goesOnAfter(TextSpan q) {
        String text = r.text();
        int e = q.end() - 1;
        while (e > q.start() && "\"”»'".indexOf(text.charAt(e)) >= 0) {
            e--;
        }
        if (".?!,;:".indexOf(text.charAt(e)) >= 0 || q.end() >= r.s().end()) {
            return false;
        }
        for (int j = 0; j < t.size(); j++) {
            if (t.get(j).start() >= q.end()) {
                Token next = t.get(j);
                if (next.is("CCONJ") && j + 1 < t.size() && (t.get(j + 1).is("VERB") || t.get(j + 1).is("AUX"))) {
                    // "said “the pier is unsafe” and left": the speaker's next act, not more of the clause.
                    return false;
                }
                return next.is("ADP") || next.is("CCONJ") || next.is("PART") && Phrases.lower(next).equals("to")
                        || Phrases.RELATIVES.contains(Phrases.lower(next));
            }
        }
        return false;
    }
}
