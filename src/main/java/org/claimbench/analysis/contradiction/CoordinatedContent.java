package org.claimbench.analysis.contradiction;

import java.util.regex.Pattern;

/**
 * Two claims that are the two conjuncts of one coordination in one sentence, nothing between them but a coordinator
 * ("…, but …", "… and …", "…, yet …"): "The mayor said the date had not been set, but the council agreed to keep talking".
 * A coordinator joins units of one rank into one clause complex that its speaker asserts as a whole (Quirk et al. 1985,
 * ch. 13: "but" marks a contrast the speaker draws between two things both asserted true); a second conjunct with no
 * reporting clause of its own lies in the scope of the first's ("said that A, but B": the content clause coordinated,
 * its second "that" left out, ch. 13 and 15.33-15.35 on reported speech). So the pair is one speaker's own contrast, not
 * two accounts of one thing in conflict, whatever source each half was tagged with: a claim-suggestion step that does not
 * carry the cue over ", but" tags the second half as the outlet's. Where another reporting clause stands between them
 * ("…, but the union said …") the gap holds more than the coordinator and the pair is compared as usual.
 *
 * <p>Read from positions and the later claim's lead ({@link ClaimFacts#lead()}, the text before it from the start of the
 * sentence before its own): claims of unknown position are never joined.
 */
final class CoordinatedContent {

    /** Only a coordinator (with its comma or dash) between the two claims: "and", "but", "yet" (Quirk et al. 1985, 13.5-13.20). */
    private static final Pattern COORDINATOR_ONLY = Pattern.compile("[\\s,;\u2013\u2014-]*\\b(?:and|but|yet)\\s+",
            Pattern.CASE_INSENSITIVE);

    private CoordinatedContent() {
    }

    /** Whether two claims of one article are the two conjuncts of one coordination in one sentence (in either order). */
    static boolean conjuncts(ClaimFacts a, ClaimFacts b) {
        if (a.articleId() != b.articleId() || !a.positioned() || !b.positioned()) {
            return false;
        }
        ClaimFacts first = a.start() <= b.start() ? a : b;
        ClaimFacts second = first == a ? b : a;
        int gap = second.start() - first.end();
        // The lead ends where the later claim starts: its last characters are what stands between the two.
        if (gap <= 0 || gap > second.lead().length()) {
            return false;
        }
        String between = second.lead().substring(second.lead().length() - gap);
        return COORDINATOR_ONLY.matcher(between).matches();
    }
}
