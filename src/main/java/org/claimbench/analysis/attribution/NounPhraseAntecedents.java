package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * The antecedent of a source "it" that is no proper name: an organisation or a document named by a definite singular noun
 * phrase ("the committee", "the state agency", "the report"). "It" refers to a non-personal antecedent of the third person
 * singular (Quirk et al. 1985, 6.14-6.16), most often the nearest fitting noun phrase before it that is a subject
 * (6.10-6.11); as the subject of a cue it must be able to speak: an organisation (a head WordNet 3.1 files, in its first
 * sense, under noun.group), a document (noun.communication: "the report shows"), or a head PolNeAR train annotates as a
 * source's ({@link SourceHeads#annotated}) that WordNet does not first file as a person (a person is "he" or "she").
 */
final class NounPhraseAntecedents {

    /**
     * A noun phrase found: the UTF-16 offsets of its words after "the" ({@code start}..{@code end}, end exclusive) and
     * those words ("state agency").
     */
    record Found(int start, int end, String words) {
    }

    private NounPhraseAntecedents() {
    }

    /**
     * The last definite singular noun phrase of an organisation or a document that is a subject, starting at or after
     * {@code from} and ending before {@code to} (UTF-16 offsets), or empty.
     */
    static Optional<Found> nearest(String text, List<AnalysedSentence> sentences, int from, int to) {
        Found best = null;
        Quotations quotes = Quotations.of(text);
        for (AnalysedSentence s : sentences) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token head = t.get(i);
                if (head.start() < from || head.end() > to || !head.is("NOUN") || i + 1 < t.size() && t.get(i + 1).is("NOUN")) {
                    continue;
                }
                int first = i;
                while (first > 0 && (t.get(first - 1).is("NOUN") || t.get(first - 1).is("PROPN") || t.get(first - 1).is("ADJ"))) {
                    first--;
                }
                boolean definite = first > 0 && Phrases.lower(t.get(first - 1)).equals("the")
                        && (first < 2 || !t.get(first - 2).is("ADP"));
                // Inside quotation marks a phrase is someone else's words, in the quoted speaker's frame of reference, not the
                // text's (the "it" of the outlet's sentence refers within the outlet's own narrative).
                if (definite && t.get(first).start() >= from && speaks(head) && subject(t, i + 1) && !quotes.inside(head.start())) {
                    best = new Found(t.get(first).start(), head.end(), text.substring(t.get(first).start(), head.end()));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a verb follows at {@code v}, adverbs and auxiliaries between: the phrase before it is the clause's subject, and a
     * singular one (no verb of plural concord).
     */
    private static boolean subject(List<Token> t, int v) {
        int w = v;
        while (w < t.size() && t.get(w).is("ADV")) {
            w++;
        }
        if (w < t.size() && PLURAL_CONCORD.contains(Phrases.lower(t.get(w)))) {
            return false;
        }
        while (v < t.size() && (t.get(v).is("ADV") || t.get(v).is("AUX") && v + 1 < t.size() && (t.get(v + 1).is("VERB") || t.get(v + 1).is("ADV")))) {
            v++;
        }
        return v < t.size() && (t.get(v).is("VERB") || t.get(v).is("AUX"));
    }

    /**
     * Verb forms that agree with a plural subject only: a collective noun they follow is taken as plural ("the crew are
     * …"), and its pronoun is "they", not "it" (notional concord, Quirk et al. 1985, 10.35-10.36).
     */
    private static final java.util.Set<String> PLURAL_CONCORD = java.util.Set.of("are", "were", "have", "'re", "’re", "'ve", "’ve");

    /** Whether a singular head noun names an organisation or a document, not a person (see the class comment). */
    private static boolean speaks(Token head) {
        // A plural's lemma is its singular ("reports" → "report"): "it" takes a singular antecedent (Quirk et al. 1985, 6.10).
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (!Phrases.lower(head).equals(lemma)) {
            return false;
        }
        String file = WordNet.shared().lexicographerFile(lemma, WordNet.Pos.NOUN);
        return file.equals("noun.group") || file.equals("noun.communication") || !file.equals("noun.person") && SourceHeads.annotated(lemma);
    }
}
