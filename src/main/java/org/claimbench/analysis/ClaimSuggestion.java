package org.claimbench.analysis;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A likely claim: an attributed statement (its content span, with who made it and where the text names them), the outlet's
 * account of what someone did or thinks (an attribution too, its actor kept, but asserted by the outlet), or the outlet's own
 * assertion.
 *
 * @param articleId  the article
 * @param span       the claim: the attribution's content span (for a denial, and the outlet's account of someone's act or
 *                   words, the clause from its subject: "Iran denied firing missiles", "Aalto accepted a freeze", see
 *                   {@link org.claimbench.analysis.attribution.DeniedContents}), or the outlet's sentence (UTF-16 offsets)
 * @param sourceSpan where the text names the speaker or actor (the attribution's source span: "the mayor", "he"); empty
 *                   for the outlet's own assertions
 * @param speaker    who made it, or for a narrated act who did it: the speaker table's name for a speaker it knows ("Yuri
 *                   Ushakov" for "Ushakov"), else the name as the text gives it ("Lena Ortiz", "officials"; a pronoun resolved
 *                   to the name before it); {@link #OUTLET} for the outlet's own assertions
 * @param namedAs    the speaker's name as the text gives it (what the speaker table is asked about)
 * @param source     who asserts the claim: for a statement the source the speaker table maps the speaker to, empty for a
 *                   speaker the table does not know (shown as Unassigned until the user assigns them); "Press" for the
 *                   outlet's own assertions, narrated acts and headlines, whatever the table says of the actor
 * @param kind       a statement, a narrated act, a headline's account or the outlet's own assertion
 * @param reason     one sentence: how the claim was found ("Lena Ortiz “said” it; Lena Ortiz speaks for Europe"; "The outlet's
 *                   account of what Kyiv did (“accepted”): the claim is the outlet's.")
 * @param reading    how the attribution under it was read, the speaker table's source included (the statement's reason;
 *                   for a narrated act or a headline what its reason would be were it a statement; the reason for the
 *                   outlet's own): what the attribution evaluation reports
 * @param score      how sure the engine is, 0–1
 * @param content    the attribution's content span as PARC 3.0 and PolNeAR annotate it (what the attribution evaluation
 *                   measures): {@code span} but for a denial's or the outlet's claim, whose span is the clause around it
 */
public record ClaimSuggestion(long articleId, TextSpan span, Optional<TextSpan> sourceSpan, String speaker, String namedAs,
                              Optional<String> source, Kind kind, String reason, String reading, double score, TextSpan content) {

    /** A suggestion whose claim is its content span. */
    public ClaimSuggestion(long articleId, TextSpan span, Optional<TextSpan> sourceSpan, String speaker, String namedAs,
                           Optional<String> source, Kind kind, String reason, String reading, double score) {
        this(articleId, span, sourceSpan, speaker, namedAs, source, kind, reason, reading, score, span);
    }

    /** The speaker of the outlet's own assertions. */
    public static final String OUTLET = "the outlet";
    /** The source of the outlet's own assertions. */
    public static final String PRESS = org.claimbench.domain.Source.OUTLET;
    /** What the app shows for a speaker the speaker table does not know yet. */
    public static final String UNASSIGNED = "Unassigned";

    /** Who asserts a suggested claim, and why. */
    public enum Kind {
        /** Someone's reported speech or writing: the claim is the speaker's. */
        STATEMENT("statement"),
        /** What someone did, thinks or wants, as the outlet tells it: the claim is the outlet's, its actor kept. */
        NARRATED("narrated act"),
        /** A headline's account of what someone said or did: the claim is the outlet's, its actor kept. */
        HEADLINE("headline"),
        /** A sentence of the outlet's no one else is said to have made. */
        OUTLET("outlet's own");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "statement", "narrated act", "headline", "outlet's own". */
        public String label() {
            return label;
        }
    }

    /** Whether this is the outlet's own assertion (no attribution under it). */
    public boolean byOutlet() {
        return kind == Kind.OUTLET;
    }

    /** Whether the outlet asserts the claim: its own assertion, a narrated act or a headline. */
    public boolean outletsClaim() {
        return kind != Kind.STATEMENT;
    }

    /** The source's name, or "Unassigned". */
    public String sourceName() {
        return source.orElse(UNASSIGNED);
    }

    /**
     * The same suggestion with the speaker the speaker table gives now and the reading that says so; a statement takes the
     * table's source too and the reading as its reason, the outlet's claims keep theirs.
     */
    public ClaimSuggestion withSpeaker(String newSpeaker, Optional<String> tableSource, String newReading) {
        return kind == Kind.STATEMENT
                ? new ClaimSuggestion(articleId, span, sourceSpan, newSpeaker, namedAs, tableSource, kind, newReading, newReading, score, content)
                : new ClaimSuggestion(articleId, span, sourceSpan, newSpeaker, namedAs, source, kind, reason, newReading, score, content);
    }
}
