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
        TextSpan content = a.content();
        boolean denial = DenialVerbs.LEMMAS.contains(a.cueLemma());
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

    /** The articles and demonstratives, central determiners of a noun phrase (a closed class: Quirk et al. 1985, 5.12). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "this", "that", "these", "those");

    /** A word of the verb group before its main verb: an auxiliary, the negator "not" / "n't", or an adverb ("flatly", "also"). */
    private static boolean inVerbGroup(Token t) {
        return t.is("AUX") || t.is("ADV") || (t.is("PART") && (t.hasLemma("not") || t.text().equalsIgnoreCase("n't")));
    }
}
