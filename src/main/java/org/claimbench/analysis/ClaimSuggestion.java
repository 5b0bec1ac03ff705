package org.claimbench.analysis;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A likely claim: an attributed statement (its content span, with who made it and where the text
 * names them) or the outlet's own assertion.
 *
 * @param articleId  the article
 * @param span       the claim: the attribution's content span (for a denial, from its cue: "denied firing missiles", see
 *                   {@link org.claimbench.analysis.attribution.DeniedContents}), or the outlet's sentence (UTF-16 offsets)
 * @param sourceSpan where the text names the speaker (the attribution's source span: "the mayor", "he"); empty
 *                   for the outlet's own assertions
 * @param speaker    who made it: the speaker table's name for a speaker it knows ("Yuri Ushakov" for "Ushakov"), else
 *                   the name as the text gives it ("Lena Ortiz", "officials"; a pronoun resolved to the name before it);
 *                   {@link #OUTLET} for the outlet's own assertions
 * @param namedAs    the speaker's name as the text gives it (what the speaker table is asked about)
 * @param source     the source the speaker table maps the speaker to; empty for a speaker the table does not
 *                   know (shown as Unassigned until the user assigns them); "Press" for the outlet's own
 * @param byOutlet   whether this is the outlet's own assertion rather than someone's attributed statement
 * @param reason     one sentence: how the claim was found ("Lena Ortiz “said” it; Lena Ortiz speaks for Europe")
 * @param score      how sure the engine is, 0–1
 */
public record ClaimSuggestion(long articleId, TextSpan span, Optional<TextSpan> sourceSpan, String speaker, String namedAs,
                              Optional<String> source, boolean byOutlet, String reason, double score) {

    /** The speaker of the outlet's own assertions. */
    public static final String OUTLET = "the outlet";
    /** The source of the outlet's own assertions. */
    public static final String PRESS = org.claimbench.domain.Source.OUTLET;
    /** What the app shows for a speaker the speaker table does not know yet. */
    public static final String UNASSIGNED = "Unassigned";

    /** The source's name, or "Unassigned". */
    public String sourceName() {
        return source.orElse(UNASSIGNED);
    }

    /** The same suggestion with the speaker and source the speaker table gives now. */
    public ClaimSuggestion withSpeaker(String newSpeaker, Optional<String> newSource, String newReason) {
        return new ClaimSuggestion(articleId, span, sourceSpan, newSpeaker, namedAs, newSource, byOutlet, newReason, score);
    }
}
