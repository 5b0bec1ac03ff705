package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.DenialVerbs;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The claim a denial makes. An attribution's content span is what its source reports (PARC 3.0, PolNeAR), but a cue of
 * negative polarity reports its content as false: "Iran denied firing missiles at Israel" commits Iran to the missiles
 * <em>not</em> having been fired (FactBank's source-introducing predicates of negative polarity, Saurí and Pustejovsky 2009;
 * {@link DenialVerbs}). Marked as a claim on its own, the content "firing missiles at Israel" says the opposite of what the
 * source says, to the user reading the Claims table and to the contradiction engine alike. So a claim suggested from a
 * denial cue standing before its content in the same sentence starts at the cue's verb group (its auxiliaries, "not" and
 * adverbs: "has flatly denied", Quirk et al. 1985, 3.22 on the verb phrase) and runs to the content's end: "denied firing
 * missiles at Israel". A content before its cue ("“We fired nothing,” Iran said, denying …") is the source's own words and
 * stays as it is. The attribution itself (its content span) is unchanged.
 *
 * <p>The same holds for a claim the outlet makes about someone (a narrated act, a mental state, a headline's report:
 * {@link NarratedActs}): the outlet asserts that Aalto accepted a freeze, not "a two-year freeze on the harbour fees", and a
 * noun phrase or an indirect object cut from its verb ("Berg the town's help in rebuilding the pier" of "Ruiz offered Berg …")
 * says nothing a reader can check. Such a claim, and a denial's, is the whole clause that holds it: from its subject (the
 * attribution's source, standing before the verb group in the cue's sentence with no verb between: the subject of the clause,
 * Quirk et al. 1985, 2.4-2.5 and 10.1; a determiner before the source span goes with it) to the content's end. A denial whose
 * subject stands elsewhere (after an aside with a verb of its own) starts at its verb group as before; a narrated act keeps its
 * content span then (attribution round 39).
 */
public final class DeniedContents {

    private DeniedContents() {
    }

    /**
     * The span a claim suggested from the attribution takes: its content span, or for a denial cue before the content in
     * the same sentence, from the start of the cue's verb group to the content's end (UTF-16 offsets into the text).
     *
     * @param a         the attribution
     * @param sentences the text's sentences with their tokens (offsets into the whole text)
     */
    public static TextSpan claimSpan(Attribution a, List<AnalysedSentence> sentences) {
        return claimSpan(a, sentences, false);
    }

    /**
     * The span a claim suggested from the attribution takes, as {@link #claimSpan(Attribution, List)}; with {@code outlets}
     * (the outlet's claim about the source: {@link NarratedActs}) the clause from its subject as for a denial.
     */
    public static TextSpan claimSpan(Attribution a, List<AnalysedSentence> sentences, boolean outlets) {
        return claimSpan(a, sentences, outlets, false);
    }

    /** {@link #claimSpan(Attribution, List, boolean)}; with {@code fromVerbGroup} a claim with no subject found starts at its verb group. */
    private static TextSpan claimSpan(Attribution a, List<AnalysedSentence> sentences, boolean outlets, boolean fromVerbGroup) {
        TextSpan content = a.content();
        boolean denial = DenialVerbs.LEMMAS.contains(a.cueLemma()) || fromVerbGroup;
        if (!denial && !outlets || a.cue().end() > content.start()) {
            return content;
        }
        for (AnalysedSentence s : sentences) {
            if (a.cue().start() < s.start() || a.cue().start() >= s.end()) {
                continue;
            }
            int cue = s.tokenAt(a.cue().start());
            if (cue < 0 || content.start() >= s.end()) {
                return content;
            }
            int from = cue;
            while (from > 0 && inVerbGroup(s.tokens().get(from - 1))) {
                from--;
            }
            int subject = subjectStart(a, s, from);
            if (subject >= 0) {
                return new TextSpan(subject, content.end());
            }
            return denial ? new TextSpan(s.tokens().get(from).start(), content.end()) : content;
        }
        return content;
    }

    /**
     * The span a statement's claim takes (a report of speech: {@link NarratedActs.Reading#SPEECH}). Its content span, unless
     * that content follows the cue in its sentence and is no clause: a noun phrase ("expressed concern about the fees"), a
     * prepositional phrase ("called for a freeze"), an infinitive ("claimed to have read it"), a gerund ("proposed raising
     * the fees") or the object and its complement of a verb of calling ("called the talks fruitful"). A finite clause has a
     * subject and a finite verb and can be true or false on its own (Quirk et al. 1985, 3.52-3.54 on finite and non-finite
     * verb phrases, 14.2-14.6 on the clause); a non-finite or verbless complement has no subject of its own, and what it
     * asserts is the reporting clause's act: "the council called for a freeze" (Quirk et al. 1985, 16.18-16.19 on
     * prepositional verbs, 16.43-16.47 on complex-transitive complementation). So such a claim runs from the cue's subject
     * (as {@link #claimSpan(Attribution, List, boolean)} finds it for the outlet's claims) to the content's end; with no
     * subject standing there (a participle clause: "…, calling for a freeze") from the cue's verb group, as a denial's. Such a report under a modal ("the board may call for a freeze") reports
     * no act, and is not offered: null. The attribution's content span is unchanged: the attribution
     * evaluation measures that (PolNeAR's convention).
     *
     * @param text      the article's text
     * @param a         an attribution read as a report of speech
     * @param sentences the text's sentences with their tokens
     */
    public static TextSpan statementSpan(String text, Attribution a, List<AnalysedSentence> sentences) {
        TextSpan content = a.content();
        if (a.cue().end() > content.start()) {
            return claimSpan(a, sentences);
        }
        for (AnalysedSentence s : sentences) {
            if (a.cue().start() < s.start() || a.cue().start() >= s.end()) {
                continue;
            }
            if (content.start() >= s.end() || finite(text, s, a)) {
                return claimSpan(a, sentences);
            }
            return modal(s, a) ? null : claimSpan(a, sentences, true, true);
        }
        return content;
    }

    /**
     * Whether the cue's verb group holds a central modal ("may consider offering …", "could call for …"): the act is possible,
     * required or predicted, not reported as done (Quirk et al. 1985, 4.49-4.55 on the modals' meanings; FactBank reads such a
     * report as not factual, Sauri and Pustejovsky 2009), so a claim made of it says nothing its source is on record as saying.
     */
    private static boolean modal(AnalysedSentence s, Attribution a) {
        int cue = s.tokenAt(a.cue().start());
        if (cue < 0 || !s.tokens().get(cue).is("VERB")) {
            return false;
        }
        for (int k = cue - 1; k >= 0 && inVerbGroup(s.tokens().get(k)); k--) {
            if (s.tokens().get(k).is("AUX") && MODALS.contains(Phrases.lower(s.tokens().get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** The central modal auxiliaries, a closed class (Quirk et al. 1985, 3.40), with their negative contractions' first parts. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "may", "might", "must", "shall", "should", "will",
            "would", "ca", "wo", "sha");

    /**
     * Whether the content after the cue is a finite clause, or words the cue sets off as one: a complementiser, a wh-word, a
     * comma, a colon or a quotation mark between the cue and the content (a direct quotation, an indirect question); a reporting
     * infinitive ("went on to say …", {@link NarratedActs}); a finite verb in the content before its first comma or relative
     * pronoun (an auxiliary or modal not after "to", or a verb after a noun or pronoun: {@link NarratedActs#clause}'s test). An
     * infinitive, a gerund with no finite verb after it ("proposed raising the fees"), an object with its infinitive ("urged
     * the board to sign") or complement ("called the talks fruitful"), a noun or prepositional phrase are not.
     */
    private static boolean finite(String text, AnalysedSentence s, Attribution a) {
        List<Token> t = s.tokens();
        int i = s.tokenAt(a.content().start());
        if (i < 0) {
            return true;
        }
        String between = text.substring(a.cue().end(), a.content().start());
        if (between.matches("(?s).*[,:;“”\"‘’(\u2013\u2014].*") || NarratedActs.opensClause(between)) {
            return true;
        }
        Token first = t.get(i);
        if (first.text().equalsIgnoreCase("to") && i + 1 < t.size() && (t.get(i + 1).is("VERB") || t.get(i + 1).is("AUX"))) {
            return NarratedActs.reportingInfinitive(s, a);
        }
        if (NarratedActs.CLAUSE_OPENERS.contains(Phrases.lower(first)) && !first.is("DET") || first.text().matches("[“\"‘:]")) {
            return true;
        }
        for (int k = i; k < t.size() && t.get(k).start() < a.content().end(); k++) {
            Token w = t.get(k);
            String lower = Phrases.lower(w);
            if (k > i && NarratedActs.RELATIVES.contains(lower)) {
                // A relative clause set off in the content belongs to a noun phrase ("the fees, which rose in May"): its verb
                // makes no clause of the content; the scan goes on after its closing comma.
                while (k + 1 < t.size() && t.get(k + 1).start() < a.content().end() && !t.get(k + 1).text().equals(",")) {
                    k++;
                }
                continue;
            }
            int p = k - 1;
            while (p > i && QUOTES.contains(t.get(p).text())) {
                p--;
            }
            boolean afterTo = k > i && Phrases.lower(t.get(p)).equals("to");
            if (afterTo || lower.endsWith("ing") || QUOTES.contains(w.text())) {
                continue;
            }
            if (w.is("AUX")) {
                return true;
            }
            Token before = k > i ? t.get(p) : null;
            if (w.is("VERB") && (!lower.equals(w.lemma()) && (before == null || !before.is("AUX"))
                    || before != null && (before.is("NOUN") || before.is("PROPN") || before.is("PRON") || before.is("NUM")))) {
                // A verb in a tensed form ("discussed", "says"; the tagger's lemma differs, the form is no participle after an
                // auxiliary), or one after a noun or pronoun, its subject.
                return true;
            }
        }
        return false;
    }

    /**
     * Where the attribution's source starts as the subject of the verb group at token {@code verbGroup}: its span lies in the
     * sentence before the verb group with no verb between (an apposition set off by commas may stand there: "Berg, the harbour
     * master, has rejected …"), a determiner before it included. -1 otherwise.
     */
    private static int subjectStart(Attribution a, AnalysedSentence s, int verbGroup) {
        if (a.source().isEmpty()) {
            return -1;
        }
        TextSpan source = a.source().get();
        List<Token> t = s.tokens();
        if (source.start() < s.start() || source.end() > t.get(verbGroup).start()) {
            return -1;
        }
        int first = s.tokenAt(source.start());
        if (first < 0) {
            return -1;
        }
        boolean relative = false;
        for (int j = first; j < verbGroup; j++) {
            Token x = t.get(j);
            relative |= x.start() < source.end() && SetOffPhrases.RELATIVES.contains(Phrases.lower(x));
            if ((x.is("VERB") || x.is("AUX")) && (x.start() >= source.end() || !relative)) {
                // A verb after the source, or in it outside a relative clause of its own ("Ortega, who chairs the board,"):
                // the source is no subject standing right before the cue's verb group.
                return -1;
            }
        }
        if (first > 0 && Phrases.lower(t.get(first - 1)).equals("how") && first + 1 < verbGroup) {
            // "no matter how much the board demands": the degree word goes with "how" (Quirk et al. 1985, 7.91), not the subject.
            first++;
        }
        while (first > 0 && t.get(first - 1).is("DET") && ARTICLES.contains(Phrases.lower(t.get(first - 1)))) {
            first--;
        }
        return t.get(first).start();
    }

    /** Quotation marks, which a clause's words may stand inside ("the rebels “have given up”"). */
    private static final java.util.Set<String> QUOTES = java.util.Set.of("“", "”", "\"", "‘", "’", "'");

    /** The articles and demonstratives, central determiners of a noun phrase (a closed class: Quirk et al. 1985, 5.12). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "this", "that", "these", "those");

    /** A word of the verb group before its main verb: an auxiliary, the negator "not" / "n't", or an adverb ("flatly", "also"). */
    private static boolean inVerbGroup(Token t) {
        return t.is("AUX") || t.is("ADV") || (t.is("PART") && (t.hasLemma("not") || t.text().equalsIgnoreCase("n't")));
    }
}
