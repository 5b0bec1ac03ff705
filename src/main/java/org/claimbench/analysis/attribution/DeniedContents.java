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
        TextSpan content = a.content();
        if (!DenialVerbs.LEMMAS.contains(a.cueLemma()) || a.cue().end() > content.start()) {
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
            return new TextSpan(s.tokens().get(from).start(), content.end());
        }
        return content;
    }

    /** A word of the verb group before its main verb: an auxiliary, the negator "not" / "n't", or an adverb ("flatly", "also"). */
    private static boolean inVerbGroup(Token t) {
        return t.is("AUX") || t.is("ADV") || (t.is("PART") && (t.hasLemma("not") || t.text().equalsIgnoreCase("n't")));
    }
}
