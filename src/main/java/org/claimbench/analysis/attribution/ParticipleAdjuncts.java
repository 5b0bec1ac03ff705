package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.attribution.SourcePhrases.Source;
import org.claimbench.analysis.language.WordNet;

/**
 * The clause a reporting participle with no subject of its own hangs on, whose subject is the participle's source: a
 * participle clause takes the subject of its superordinate clause (Quirk et al., A Comprehensive Grammar of the English
 * Language, 1985, 15.58-15.59).
 * <ul>
 * <li>Right after the object of a verb: "Ruiz made a pitch to the voters saying …", "the union filed a lawsuit in 2019
 *     alleging …", "the governor emailed donors saying …". After an object the participle may also postmodify it (17.96);
 *     PolNeAR train annotates the verb's subject as the source either way ("sent out an email to supporters … inviting",
 *     "placed newspaper ads calling", "wrote a letter … asking": the verb's subject, not the message, the ads or the
 *     addressee). {@link Messages} read this for a message opened by a determiner alone. Verbs whose object is the
 *     participle's own subject are left out: verbs of perception, cognition and possession by their first WordNet 3.1 sense
 *     ("saw Berg talking", "found the staff waiting", "obtained a memo saying", as {@link Messages} does) and the verbs
 *     Quirk et al. 1985, 16.52-16.53 give with an object and an -ing participle as its predication ("left many residents
 *     wondering", "kept them waiting", "a video shows Berg talking").</li>
 * <li>After a reporting clause set off before its comma: "The pier will reopen, Ortiz said, adding …" (Ortiz, not the
 *     reported clause's subject).</li>
 * <li>After an adverbial opening the sentence, the main clause's subject: "When the host noted that Berg …, Lind seized on
 *     it, repeating …"; "In a letter to the council released Monday, Ruiz attacks …, arguing …".</li>
 * </ul>
 */
final class ParticipleAdjuncts {

    /** Quirk et al. 1985, 16.52-16.53: complex-transitive verbs whose object is the subject of the -ing participle after it. */
    private static final Set<String> OBJECT_PREDICATION = Set.of("leave", "keep", "have", "get", "set", "start", "catch", "find", "show",
            "depict", "picture", "imagine", "quote", "cite");

    /** Adverbial particles of phrasal verbs (a closed class, Quirk et al. 1985, 16.2-16.4): "sent out a message". */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "back", "down");

    /** Subordinators the tagger may read as adverbs ("When/ADV the host noted …"; simple subordinators, Quirk et al. 1985, 14.12). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "whenever", "while", "as", "once", "since", "after", "before", "until",
            "because", "although", "though", "if", "unless", "whereas");

    private ParticipleAdjuncts() {
    }

    /**
     * The verb whose object is the noun phrase starting at token {@code phraseStart} when a participle follows that phrase,
     * or -1: the verb right before the phrase (a particle between them at most), a verb, not an auxiliary nor a participle of
     * the passive, whose object is no subject of the participle.
     */
    static int verbOfObject(List<Token> t, int phraseStart) {
        int k = before(t, phraseStart - 1);
        for (int pp = 0; pp < 2 && k >= 1 && preposition(t.get(k)) && Phrases.nominal(t.get(k - 1)); pp++) {
            // "made a pitch to the voters saying": the object before a prepositional phrase that postmodifies it.
            k = before(t, k - 1);
        }
        if (k >= 1 && PARTICLES.contains(Phrases.lower(t.get(k))) && t.get(k - 1).is("VERB")) {
            k--;
        }
        if (k < 0 || !t.get(k).is("VERB") || t.get(k + 1).is("PRON") && !Phrases.possessive(t.get(k + 1))) {
            return -1;
        }
        Token verb = t.get(k);
        if (OBJECT_PREDICATION.contains(verb.lemma()) || k >= 1 && t.get(k - 1).is("AUX") && t.get(k - 1).lemma().equals("be")
                && !Phrases.lower(verb).endsWith("ing")) {
            return -1;
        }
        String file = WordNet.shared().lexicographerFile(verb.lemma(), WordNet.Pos.VERB);
        return file.isEmpty() || Messages.RECEIVING.contains(file) ? -1 : k;
    }

    /** A preposition, "to" included whatever its tag (the tagger reads it as the infinitive's particle before a noun phrase). */
    private static boolean preposition(Token x) {
        return x.is("ADP") && !PARTICLES.contains(Phrases.lower(x)) || Phrases.lower(x).equals("to");
    }

    /** The token before the words of a noun phrase ending at token k (its determiner, numbers, adjectives, nouns, hyphens and "$"). */
    static int before(List<Token> t, int k) {
        while (k >= 0 && (t.get(k).is("DET") || t.get(k).is("NUM") || t.get(k).is("SYM") || t.get(k).is("ADJ") || Phrases.nominal(t.get(k))
                || t.get(k).text().matches("-|\\p{L}+(-\\p{L}+)+") || Phrases.possessiveEnding(t.get(k)))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the comma at token j closes a reporting clause, a verb of the cue lexicon with its subject before it (an adverb
     * after the verb at most): "The pier will reopen, Ortiz said, adding …". A participle clause after it hangs on that clause,
     * the nearest one before it, not on the reported one (Quirk et al. 1985, 15.58; the reporting clause, 14.29); the verb
     * stands at token j - 1, the clause set off by a comma or a closing quotation mark before its subject.
     */
    static boolean afterReportingClause(Reading r, List<Token> t, int j, CueLexicon cues) {
        if (j < 3 || !t.get(j).text().equals(",") || !t.get(j - 1).is("VERB") || !cues.reportsSpeech(t.get(j - 1).lemma())
                || Phrases.lower(t.get(j - 1)).endsWith("ing")) {
            return false;
        }
        int st = Phrases.subjectPronoun(t.get(j - 2)) ? j - 2 : Phrases.canEnd(t.get(j - 2)) ? Phrases.startBefore(t, j - 2) : -1;
        // The clause is set off: a comma or a closing quotation mark before its subject.
        return st >= 1 && (t.get(st - 1).text().equals(",") || r.closes(t.get(st - 1)) != null);
    }

    /**
     * Where the main clause starts after an adverbial that opens the sentence and ends at a comma before token j: a
     * subordinate clause ("When the host noted …, Lind seized on it, repeating …") or a prepositional phrase ("In a letter to
     * the council released Monday, Ruiz attacks …, arguing …"). A participle clause with no subject takes the main clause's
     * subject (Quirk et al. 1985, 15.58), and the subject of a clause inside such an adverbial is no subject of the main clause.
     * -1 when the sentence opens otherwise or no comma ends the adverbial before j.
     */
    static int afterOpeningAdverbial(Reading r, List<Token> t, int j) {
        int first = 0;
        while (first < j && r.quoteMark(t.get(first))) {
            first++;
        }
        if (first >= j || !(t.get(first).is("SCONJ") || t.get(first).is("ADP") || SUBORDINATORS.contains(Phrases.lower(t.get(first))))) {
            return -1;
        }
        for (int c = first + 1; c < j; c++) {
            if (t.get(c).text().equals(",") && !r.quotes().inside(t.get(c).start())) {
                return c + 1 < j ? c + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The subject of the sentence's first clause before token j: the noun phrase or pronoun right before
     * its first verb or auxiliary ("Berg is pleased with …, saying …": Berg), or null; after an adverbial opening the
     * sentence ({@link #afterOpeningAdverbial}), the main clause's first.
     */
    static Source subjectOfFirstClause(Reading r, int j) {
        int main = afterOpeningAdverbial(r, r.tokens(), j);
        Source of = main > 0 ? subjectOfFirstClause(r, main, j) : null;
        return of != null ? of : subjectOfFirstClause(r, 0, j);
    }

    private static Source subjectOfFirstClause(Reading r, int from, int j) {
        List<Token> t = r.tokens();
        for (int m = from; m < j; m++) {
            Token x = t.get(m);
            if ((x.is("VERB") || x.is("AUX")) && !r.quotes().inside(x.start())) {
                int e = m - 1;
                while (e >= 0 && (t.get(e).is("ADV") || t.get(e).is("AUX"))) {
                    e--;
                }
                // "Ruiz on Saturday received …": the time between the subject and its verb is no subject.
                e = TimePhrases.beforeTime(t, e, false);
                e = e < from ? -1 : e;
                if (e < 0 && x.is("VERB") && (Phrases.lower(x).endsWith("ing") || Phrases.lower(x).endsWith("ed"))) {
                    // "Speaking in Ohio on Monday, Berg insisted …": a participle clause opening the sentence has no subject
                    // of its own; the main clause's follows its comma (Quirk et al. 1985, 15.58, supplementive clauses).
                    int comma = m + 1;
                    while (comma < j && !t.get(comma).text().equals(",")) {
                        comma++;
                    }
                    m = comma;
                    continue;
                }
                if (e < 0) {
                    return null;
                }
                if (Phrases.subjectPronoun(t.get(e))) {
                    return new Source(e, e, t.get(e).text(), false);
                }
                int st = Phrases.startBefore(t, e);
                return st < 0 ? null : new Source(st, e, Phrases.name(r.text(), t, st, e), false);
            }
        }
        return null;
    }
}
