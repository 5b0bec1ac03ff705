package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * The complement of "say" that the rules could not read. "Say" is a verb whose object, what was said, is not left out
 * (Quirk et al. 1985, ch. 16, verb complementation), so where nothing before or after it reads as its content, the rest of
 * the sentence is: "said just because the gate was open did not mean …", "said because the pier is old, the council must
 * …", "say keeping the channel open matters …" are clauses {@link ClauseShapes} does not read as one, and in "say the
 * council's new quota favours …" the tagger read the verb as a noun (a word in -s right after a noun that WordNet 3.1
 * holds as a verb counts as one). Taken when it has four words or more and a verb, negated or not (PolNeAR annotates
 * "haven't said much about …"), and does not open with a preposition, a coordinator or a comma ("said as much in …",
 * "said and did …", "said, as she left, nothing"), a finite verb (a relative clause's gap) or a subordinate clause with
 * nothing after it ("said after the clerk failed to appear.").
 */
final class UnreadComplements {

    private final Reading r;
    private final List<Token> t;
    private final ContentSpans contents;

    UnreadComplements(Reading r, ContentSpans contents) {
        this.r = r;
        this.t = r.tokens();
        this.contents = contents;
    }

    /** The rest of the sentence from token k as the content of a verb of saying; null when it is no report. */
    ContentSpans.Content after(int k, CueLexicon.Cue cue) {
        if (!cue.lemma().equals("say") || k >= t.size() || t.get(k).is("ADP") || t.get(k).is("CCONJ")
                || t.get(k).is("PUNCT") && r.opens(t.get(k)) == null) {
            // A comma after "say" sets off a subject, an aside or an address ("said, Walsh, the mayor, agreed", "said, as she
            // left the hall, nothing"), which ContentSpans reads or leaves; a verb's object follows it with no comma.
            return null;
        }
        Token first = t.get(k);
        if (first.is("AUX") || first.is("VERB") && !Phrases.lower(first).endsWith("ing")) {
            // "Everything Ruiz says is checked twice": the object of "say" is the relative clause's gap, and what follows is
            // the sentence's own predicate. ("which he said gives …", a subject's gap, is left to the report around it.)
            return null;
        }
        boolean verb = false;
        int comma = -1;
        for (int m = k; m < t.size(); m++) {
            verb |= t.get(m).is("VERB") || t.get(m).is("AUX") || t.get(m).tag().endsWith("+AUX") || m > k && verbReadAsNoun(m);
            if (comma < 0 && t.get(m).text().equals(",")) {
                comma = m;
            }
        }
        if (first.is("SCONJ") && (comma < 0 || comma + 2 >= t.size())) {
            // "said after the clerk failed to appear.": an adverbial clause alone, with no report after it.
            return null;
        }
        ContentSpans.Content c = verb ? contents.clause(k) : null;
        return c == null || r.words(c.parts().get(0)) < 4 ? null : c;
    }

    /**
     * Whether token m is a verb in -s the tagger read as a plural noun right after the noun that is its subject: "the new quota
     * favours …" (a word WordNet 3.1 also holds as a verb).
     */
    private boolean verbReadAsNoun(int m) {
        Token x = t.get(m);
        String w = Phrases.lower(x);
        Token before = t.get(m - 1);
        return x.tag().equals("NOUN") && w.endsWith("s") && !w.endsWith("ss") && (before.tag().equals("NOUN") || before.is("PROPN"))
                && !Phrases.possessiveEnding(before) && !WordNet.shared().lexicographerFile(x.lemma(), WordNet.Pos.VERB).isEmpty();
    }
}
