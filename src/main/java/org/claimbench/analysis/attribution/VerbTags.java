package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Cue verbs the tagger read as nouns. The UD English model reads many a verb in the third person singular as a
 * plural noun after a name or a noun ("Ruiz notes that …", "The survey shows …", "Berg tells the board …"), and many
 * a plural verb as a noun after a plural subject ("Tenants insist …"): a word whose lemma is a cue verb, ending in "s"
 * right after a word that can end a subject (a name, a noun or a subject pronoun; no possessive: "Ruiz’s plans"), or in
 * its own form right after a plural noun or a plural pronoun, followed neither by a verb of its own ("Voter calls flooded …" stays a
 * noun) nor by "of" ("the claims of …"), and followed by what a complement opens with ("that", an article, a pronoun,
 * a name, a colon, a comma, a quotation, "to" and a verb) or by "that" or a quotation within six words ("tells reporters on Monday that"; "drone
 * attacks on the depot" stays a noun), is read as a verb.
 * <p>
 * The finder's reading ({@link #ofFinder}) reads four shapes more, left out of the cue model's training reading so the
 * committed model stays what it was trained on: such a word before its object and a to-infinitive ("the rule permits
 * tenants to …", "the mayor urges voters to …": the verbs of VerbNet's urge-58.1 and allow-64 take an object and an
 * infinitive, Quirk et al. 1985, 16.63); the verb in -s closing its sentence after a subject set off by a comma ("…, the
 * Gazette reports.": the reporting clause after the reported one, Quirk et al. 1985, 14.31); and a capitalised word the
 * tagger read as a verb before such a word and "that" ("Ruiz claims that …"), which is the subject, a name; and the other
 * way round, a subject's head noun read as a verb before a finite cue verb ("The Harbour poll also suggests that …").
 */
final class VerbTags {

    private VerbTags() {
    }

    /** The cue model's training reading: the sentence with the cue verbs read as nouns read as verbs. */
    static AnalysedSentence of(AnalysedSentence s, CueLexicon cues) {
        return of(s, cues, null);
    }

    /**
     * The finder's reading: {@link #of} and the four shapes of the finder's alone (the class comment); a word whose noun
     * lemma is no cue is looked up by its verb lemmas as well ("urges" is left as it stands as a noun, "urge" as a verb).
     */
    static AnalysedSentence ofFinder(AnalysedSentence s, CueLexicon cues, English english) {
        return of(s, cues, english);
    }

    private static AnalysedSentence of(AnalysedSentence s, CueLexicon cues, English english) {
        boolean finder = english != null;
        List<Token> t = s.tokens();
        List<Token> out = null;
        // A noun's verb lemma, looked up once: as the next word's (the swap below), then as this word's.
        String nextLemma = null;
        for (int i = finder ? 0 : 1; i < t.size(); i++) {
            Token x = t.get(i);
            String carried = nextLemma;
            String swapped = finder && i + 1 < t.size() && t.get(i + 1).tag().equals("NOUN") ? verbLemma(t.get(i + 1), cues, english) : null;
            nextLemma = swapped;
            boolean swap = swapped != null && swappedWithItsVerb(t, i, swapped, cues);
            if (swap || finder && nounReadAsVerb(t, i, cues)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                String noun = WordNet.shared().lexicographerFile(x.lemma(), WordNet.Pos.NOUN).isEmpty() ? Phrases.lower(x) : x.lemma();
                out.set(i, new Token(x.start(), x.end(), x.text(), "NOUN", noun));
                if (swap) {
                    nextLemma = null;
                    Token v = t.get(++i);
                    out.set(i, new Token(v.start(), v.end(), v.text(), "VERB", swapped));
                }
                continue;
            }
            if (i == 0) {
                continue;
            }
            String lemma = finder && x.tag().equals("NOUN") ? (carried != null ? carried : verbLemma(x, cues, english)) : x.lemma();
            boolean name = finder && nameReadAsVerb(t, i, lemma, cues);
            if (name || mistagged(t, i, lemma, cues, finder)) {
                if (out == null) {
                    out = new ArrayList<>(t);
                }
                out.set(i, new Token(x.start(), x.end(), x.text(), "VERB", lemma));
                if (name) {
                    Token n = t.get(i - 1);
                    out.set(i - 1, new Token(n.start(), n.end(), n.text(), "PROPN", n.text()));
                }
            }
        }
        return out == null ? s : new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), out);
    }

    /**
     * "Ruiz claims that …" read as a verb and a plural noun: a capitalised word read as a verb, in a sentence not in title
     * case, right before a cue verb's -s form read as a noun and "that". A verb is not followed by a verb in -s and a
     * that-clause of its own; the word is the subject.
     */
    private static boolean nameReadAsVerb(List<Token> t, int i, String lemma, CueLexicon cues) {
        Token x = t.get(i);
        Token before = t.get(i - 1);
        String w = Phrases.lower(x);
        return x.tag().equals("NOUN") && w.endsWith("s") && !w.endsWith("ss") && cues.verb(lemma).isPresent()
                && before.is("VERB") && Character.isUpperCase(before.text().charAt(0)) && i + 1 < t.size()
                && Phrases.lower(t.get(i + 1)).equals("that") && !HeadlineTags.titleCase(t);
    }

    /**
     * "The Monmouth poll also suggests that …", "Exit polling showed …", "Public polls show …" read with the subject's head as
     * a verb: a lexical verb is not followed by a finite cue verb of its own clause (only an auxiliary or a catenative's
     * non-finite verb follows a verb; Quirk et al. 1985, 3.49-3.56), so a word read as a verb right before a cue verb
     * in -s or -ed (adverbs between; the base form after a plural in -s), itself after the opening of a noun phrase (a
     * determiner, an adjective, a name, a noun, a number, or nothing), is the subject's head when WordNet 3.1 knows it as a
     * noun. Not a participle in -ed ("the residents polled said"), which postmodifies the noun before it. The same for a word
     * read as an adjective or, hyphenated, as punctuation ("The cable/ADJ indicated …", "One official/ADJ even suggested
     * …", "the front-runner/PUNCT said …"): an adjective after a determiner is attributive, with its head after it, or
     * predicative, after a copula (Quirk et al. 1985, 7.2-7.3); right before the clause's finite verb it can be neither,
     * and is the head.
     */
    private static boolean nounReadAsVerb(List<Token> t, int i, CueLexicon cues) {
        // The cheap tests first (tags, then the cue lexicon's verb after the adverbs): this runs on every token.
        Token x = t.get(i);
        if (!(x.is("VERB") || x.is("ADJ") || x.is("PUNCT") && x.text().length() > 2)
                || i > 0 && !NOUN_PHRASE.contains(t.get(i - 1).tag()) && !t.get(i - 1).is("CCONJ")) {
            return false;
        }
        int k = i + 1;
        while (k < t.size() && t.get(k).is("ADV")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).is("VERB") || x.is("PUNCT") && !ClauseShapes.wordTaggedAsPunctuation(x)
                || cues.verb(t.get(k).lemma()).isEmpty()) {
            return false;
        }
        String w = Phrases.lower(x);
        if (w.endsWith("ed")) {
            return false;
        }
        String v = Phrases.lower(t.get(k));
        boolean finite = v.endsWith("s") && !v.endsWith("ss") || v.endsWith("ed") || !v.equals(t.get(k).lemma()) && !v.endsWith("ing")
                || w.endsWith("s") && !w.endsWith("ss");
        return finite && !v.endsWith("ing") && nounForm(x);
    }

    /**
     * "…, a Harbour Weekly poll shows." read the other way round, the head noun as a verb and the verb in -s as a plural noun:
     * a word WordNet 3.1 knows as a noun, read as a verb after the opening of a noun phrase, before a cue verb's -s form read
     * as a noun that closes the sentence or has "that" after it.
     */
    private static boolean swappedWithItsVerb(List<Token> t, int i, String verbLemma, CueLexicon cues) {
        Token x = t.get(i);
        String w = Phrases.lower(x);
        String v = Phrases.lower(t.get(i + 1));
        if (!x.is("VERB") || w.endsWith("ed") || w.endsWith("ing") || i == 0 || !NOUN_PHRASE.contains(t.get(i - 1).tag())
                || !v.endsWith("s") || v.endsWith("ss") || cues.verb(verbLemma).isEmpty() || i + 2 >= t.size()) {
            return false;
        }
        String after = Phrases.lower(t.get(i + 2));
        return (".!?".contains(after) && !after.isEmpty() || after.equals("that"))
                && nounForm(x);
    }

    /**
     * Whether the word has a noun's form: WordNet 3.1 holds it as a noun, or it is its lemma or its plural in -s or -es and
     * WordNet holds the lemma as a noun ("polls"); not a verb's irregular form that happens to share a lemma with a noun
     * ("told": "tell" is also a noun).
     */
    private static boolean nounForm(Token x) {
        String w = Phrases.lower(x);
        String l = x.lemma();
        return !WordNet.shared().lexicographerFile(w, WordNet.Pos.NOUN).isEmpty()
                || (w.equals(l) || w.equals(l + "s") || w.equals(l + "es")) && !WordNet.shared().lexicographerFile(l, WordNet.Pos.NOUN).isEmpty();
    }

    /** The parts of speech that open or run on a noun phrase before its head (Universal Dependencies tags). */
    private static final java.util.Set<String> NOUN_PHRASE = java.util.Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM");

    /** The noun's lemma when it is a cue verb's, else its first reading as a verb that is one, else the noun's lemma. */
    static String verbLemma(Token x, CueLexicon cues, English english) {
        if (cues.verb(x.lemma()).isPresent()) {
            return x.lemma();
        }
        String lower = Phrases.lower(x);
        for (String reading : english.lemmaReadings(new Token(x.start(), x.end(), lower, "VERB", lower))) {
            if (cues.verb(reading).isPresent()) {
                return reading;
            }
        }
        return x.lemma();
    }

    private static boolean mistagged(List<Token> t, int i, String lemma, CueLexicon cues, boolean finder) {
        Token x = t.get(i);
        if (!x.tag().equals("NOUN") || cues.verb(lemma).isEmpty() && !phrasal(t, i, cues)) {
            return false;
        }
        String w = Phrases.lower(x);
        Token before = t.get(i - 1);
        boolean subjectEnd;
        if (before.text().endsWith("'s") || before.text().endsWith("’s") || before.text().endsWith("s'") || before.text().endsWith("s’")
                || Phrases.possessiveEnding(before)) {
            // "Ruiz’s plans", "the tenants’ hope": a possessive opens a noun phrase.
            subjectEnd = false;
        } else if (finder && before.text().equals(",") && w.endsWith("s") && !w.endsWith("ss")) {
            // "Ana Ruiz, a harbour pilot, notes that …": the subject's head, then a phrase set off by commas.
            subjectEnd = SetOffPhrases.closesAfterSubject(t, i - 1);
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            subjectEnd = before.is("PROPN") || before.tag().equals("NOUN") || before.is("PRON") && SUBJECTS.contains(Phrases.lower(before));
        } else {
            // The plural ("Tenants insist …", "they acknowledge that …"): the verb's own form after a plural subject.
            String b = Phrases.lower(before);
            subjectEnd = w.equals(lemma) && ((before.tag().equals("NOUN") || before.is("PROPN")) && b.endsWith("s") && !b.endsWith("ss")
                    || before.is("PRON") && PLURAL_SUBJECTS.contains(b));
        }
        if (!subjectEnd || i + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(i + 1);
        // "the budget cuts hurt" and "the plans of the board" are nouns.
        if (next.is("VERB") || next.is("AUX") || Phrases.lower(next).equals("of") || Phrases.possessiveEnding(next)) {
            return false;
        }
        if (next.is("ADV") && adverbsThenCueVerb(t, i + 1, cues)) {
            // "Refugee advocates also said …": the clause's finite verb comes after the adverbs; the noun is its subject.
            return false;
        }
        // What a complement opens with ("notes that", "says the", "tells him", "argues: …"), or, after an addressee or a
        // phrase of time or place, "that", "how", "whether", "why" or a quotation soon after ("tells reporters on Monday that";
        // not "attacks on its roads").
        if (next.is("SCONJ") || next.is("DET") || next.is("PRON") || next.is("PROPN") || next.is("NUM") || next.is("ADV")
                || OPENERS.contains(next.text())) {
            return true;
        }
        if (Phrases.lower(next).equals("to") && i + 2 < t.size() && t.get(i + 2).is("VERB")) {
            // "The council plans to sell the depot": an infinitive after it.
            return true;
        }
        if (finder && (objectThenInfinitive(t, i + 1) || closesAfterSetOffSubject(t, i))) {
            return true;
        }
        for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX")) {
                // "Press reports last week suggested that …": the sentence's verb comes first; the noun is its subject.
                return false;
            }
            String word = Phrases.lower(t.get(k));
            if (word.equals("that") || INTERROGATIVES.contains(word) || QUOTES.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether adverbs from token k run to a cue verb ("also said", "justifiably complained"): a clause has one finite verb
     * phrase, and an adverb between two verbs of the lexicon does not make the first a verb of its own (Quirk et al. 1985,
     * 2.13, 8.15: adjuncts stand between the subject and its verb), so the word before the adverbs is the subject's head.
     */
    private static boolean adverbsThenCueVerb(List<Token> t, int k, CueLexicon cues) {
        int m = k;
        while (m < t.size() && t.get(m).is("ADV")) {
            m++;
        }
        return m < t.size() && t.get(m).is("VERB") && cues.verb(t.get(m).lemma()).isPresent();
    }

    /**
     * Whether a noun phrase of nouns and adjectives (a determiner first at most; no name, which the rule above reads) runs
     * from token k to "to" and a verb: "urges voters to …", "permits small lenders to …".
     */
    private static boolean objectThenInfinitive(List<Token> t, int k) {
        int m = k;
        while (m < t.size() && m < k + 4 && (t.get(m).tag().equals("NOUN") || t.get(m).is("ADJ"))) {
            m++;
        }
        return m > k && t.get(m - 1).tag().equals("NOUN") && m + 1 < t.size() && Phrases.lower(t.get(m)).equals("to") && t.get(m + 1).is("VERB");
    }

    /**
     * Whether the word in -s closes its sentence (end punctuation, closing marks, nothing else after it) after a subject
     * set off by a comma: "…, the Gazette reports.", "…, Ruiz writes."
     */
    private static boolean closesAfterSetOffSubject(List<Token> t, int i) {
        if (!Phrases.lower(t.get(i)).endsWith("s") || !".!?".contains(t.get(i + 1).text()) || t.get(i + 1).text().isEmpty()) {
            return false;
        }
        for (int k = i + 2; k < t.size(); k++) {
            if (!t.get(k).is("PUNCT")) {
                return false;
            }
        }
        int start = Phrases.startBefore(t, i - 1);
        return start > 0 && t.get(start - 1).text().equals(",");
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of(":", ",", "“", "\"", "‘");

    private static final java.util.Set<String> QUOTES = java.util.Set.of("“", "\"");

    /**
     * Words that open an indirect question only, as "that" opens a reported statement ("shows in detail how …", "asks
     * again whether …"; Quirk et al. 1985, 15.5); "what", "where" and "when" open relative clauses as well.
     */
    private static final java.util.Set<String> INTERROGATIVES = java.util.Set.of("how", "whether", "why");

    private static boolean phrasal(List<Token> t, int i, CueLexicon cues) {
        return i + 1 < t.size() && cues.phrasal(t.get(i).lemma(), Phrases.lower(t.get(i + 1))).isPresent();
    }

    /** The subject pronouns of the plural and of the first and second person (a closed class). */
    private static final java.util.Set<String> PLURAL_SUBJECTS = java.util.Set.of("they", "we", "i", "you", "who", "others", "many", "some");

    /** The subject pronouns of the third person singular (a closed class). */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("he", "she", "it", "who", "that", "which", "one", "everyone",
            "nobody", "someone");
}
