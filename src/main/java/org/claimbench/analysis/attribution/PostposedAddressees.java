package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * The addressee of a reporting clause set after what it reports: "The ferry will run until May, Varn told The Harlow
 * Courier.", "…, Ruiz told a Senate panel on Friday." A reporting clause set after the reported clause (a comment clause)
 * has that clause as its complement (Quirk et al. 1985, 15.53-15.55), and the verbs of communication that take a Recipient
 * take it before the Topic (VerbNet 3.4 tell-37.2, transfer_mesg-37.1.1, advise-37.9). So a noun phrase that can name who
 * hears, with nothing but a time and the sentence's end after it, is that Recipient and never the message: the content is
 * the clause before. Used by {@link ContentSpans}; one per sentence reading.
 */
final class PostposedAddressees {

    private final Reading r;
    private final List<Token> t;

    PostposedAddressees(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /**
     * Whether the words from token {@code from} (right after the cue) to the sentence's end are only an addressee, and the
     * reporting clause is set after a clause of its own.
     */
    boolean alone(int from) {
        return from < t.size() && setAfterAClause(from) && phraseAlone(from);
    }

    /**
     * Whether the reporting clause whose cue ends before token {@code from} follows a clause of its own, set off by a comma, a
     * dash or a closing quotation mark: its subject (names, nouns, a title) stands between that mark and the cue, and a verb
     * before the mark.
     */
    private boolean setAfterAClause(int from) {
        for (int m = from - 2; m > 0 && m >= from - 14; m--) {
            Token x = t.get(m);
            if (x.text().equals(",") || x.text().equals("—") || x.text().equals("–") || r.closes(x) != null) {
                for (int v = m - 1; v >= 0; v--) {
                    if (t.get(v).is("VERB") || t.get(v).is("AUX")) {
                        return m < from - 2;
                    }
                }
                return false;
            }
            if (x.is("VERB") || x.is("AUX") || x.is("SCONJ") || x.is("CCONJ") || Phrases.RELATIVES.contains(Phrases.lower(x))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the tokens from k to the sentence's end are a noun phrase that can name who hears (a name, a person, a group:
     * {@link SourceHeads#canSpeak}), then only a time ("on Friday", "last week") and punctuation.
     */
    private boolean phraseAlone(int k) {
        int[] run = Phrases.nounRun(t, k);
        int m = run[0];
        int e = run[1];
        if (e == m) {
            return false;
        }
        for (int j = e; j < t.size(); j++) {
            Token x = t.get(j);
            if (!(x.is("PUNCT") && !ClauseShapes.wordTaggedAsPunctuation(x) && r.opens(x) == null) && !TimePhrases.time(x)
                    && !TimePhrases.prepositionBeforeTime(x)) {
                return false;
            }
        }
        return SourceHeads.canSpeak(r, k, e - 1);
    }

}
