package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * A quotation in brackets right after a name: "… echoed by the harbour master, Ana Ruiz ("we cannot wait another
 * season")". The press sets a person's words in a parenthesis after the name as an aside that gives them without a
 * reporting verb (a parenthetical apposition, Quirk et al. 1985, 17.65 and 17.93: the bracketed unit is co-referent with
 * or glosses the name before it; a quotation there is the named one's words). Only a quotation that is a clause (a verb
 * or auxiliary and four words or more) is taken: a bracketed nickname or slogan after a name ("Rubio (“Little Marco”)",
 * in PolNeAR train) is a noun phrase someone else gave the named one, not the named one's words. The source span is the
 * name's noun phrase, the cue the opening bracket (PolNeAR annotates punctuation as a cue, as a colon); stateless.
 */
final class ParentheticalQuotations {

    private ParentheticalQuotations() {
    }

    /** The attributions of the sentence's bracketed quotations after a name, in text order. */
    static List<Attribution> find(String text, AnalysedSentence s, Quotations quotes) {
        List<Token> t = s.tokens();
        List<Attribution> out = new ArrayList<>();
        for (int p = 1; p + 1 < t.size(); p++) {
            if (!t.get(p).text().equals("(") || !t.get(p - 1).is("PROPN")) {
                continue;
            }
            TextSpan q = quotes.openingAt(t.get(p + 1).start());
            if (q == null || !closedRightAfter(text, q.end())) {
                continue;
            }
            TextSpan content = Spans.trimmed(text, q.start() + 1, q.end() - 1);
            if (content == null || !clause(t, content)) {
                continue;
            }
            int st = Phrases.startBefore(t, p - 1);
            if (st < 0) {
                continue;
            }
            TextSpan source = new TextSpan(t.get(st).start(), t.get(p - 1).end());
            String name = Phrases.name(text, t, st, p - 1);
            out.add(new Attribution(content, Optional.of(source), new TextSpan(t.get(p).start(), t.get(p).end()), "(", name,
                    Attribution.Kind.DIRECT, name + "'s words in brackets after the name"));
        }
        return out;
    }

    /** Whether a closing bracket follows the quotation's closing mark (spaces and a final period or comma inside allowed). */
    private static boolean closedRightAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == ')';
    }

    private static boolean clause(List<Token> t, TextSpan content) {
        int words = 0;
        boolean verb = false;
        for (Token x : t) {
            if (x.start() >= content.start() && x.end() <= content.end() && !x.is("PUNCT")) {
                words++;
                verb |= x.is("VERB") || x.is("AUX");
            }
        }
        return verb && words >= 4;
    }
}
