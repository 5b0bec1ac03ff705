package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * "Smith: Voters are worried": a sentence that opens with one to four capitalised words (names, capitalised adjectives,
 * a name the tagger read as a noun or put in another open class) and a colon gives the rest of the sentence as their words, the headline and
 * interview-transcript form of an attribution (PolNeAR annotates the colon as the cue).
 */
final class LineColons {

    private LineColons() {
    }

    static Optional<Attribution> of(Reading r) {
        List<Token> t = r.tokens();
        int k = 0;
        while (k < t.size() && (t.get(k).is("PROPN") || Phrases.capitalisedAdjective(t.get(k)) || capitalisedNoun(t.get(k))
                || unknownName(t.get(k)) || k > 0 && surname(t, k))) {
            k++;
        }
        if (k == 0 || k > 4 || k + 4 >= t.size() || !t.get(k).text().equals(":")) {
            return Optional.empty();
        }
        TextSpan source = r.span(0, k - 1);
        if (TranscriptTurns.dateline(r.text(source))) {
            return Optional.empty();
        }
        TextSpan content = r.trimmed(t.get(k + 1).start(), r.s().end());
        return content == null ? Optional.empty()
                : Optional.of(new Attribution(content, Optional.of(source), r.span(k, k), ":", r.text(source), Attribution.Kind.INDIRECT,
                        "a line opening with " + r.text(source) + " and a colon"));
    }

    /**
     * A name the tagger did not know and put in another open class ("Bernie Sanders:" with "Sanders" read as other, "Joe
     * Scarborough:" with "Scarborough" as an adverb, "Ann Coulter:" with "Ann" as a verb): a capitalised word WordNet 3.1
     * knows in no part of speech. Not an interjection ("Hey: …"), a closed class of its own.
     */
    private static boolean unknownName(Token x) {
        if (!Character.isUpperCase(x.text().charAt(0)) || !(x.is("X") || x.is("ADV") || x.is("VERB") || x.is("NOUN"))) {
            return false;
        }
        String w = Phrases.lower(x);
        for (WordNet.Pos p : WordNet.Pos.values()) {
            if (!WordNet.shared().lexicographerFile(w, p).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised noun right after such a name: a surname that is also a common word ("Ann Coulter", "Tom Baker"). */
    private static boolean surname(List<Token> t, int k) {
        Token x = t.get(k);
        return x.is("NOUN") && Character.isUpperCase(x.text().charAt(0)) && unknownName(t.get(k - 1));
    }

    /**
     * A name the tagger read as a common noun at the start of a line ("Ortega: …"): a capitalised word WordNet 3.1 does not
     * know as a noun. A word it knows ("Update: …", "Survey: …") may be an editor's label, and is left out.
     */
    private static boolean capitalisedNoun(Token x) {
        return x.is("NOUN") && Character.isUpperCase(x.text().charAt(0))
                && WordNet.shared().lexicographerFile(x.lemma(), WordNet.Pos.NOUN).isEmpty();
    }
}
