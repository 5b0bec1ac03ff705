package org.claimbench.analysis.attribution;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * An attribution as PARC 3.0 and PolNeAR define it: a source, a cue and a content.
 *
 * @param content the content span: what is attributed (without the quotation marks of a direct quotation)
 * @param source  the source span: the noun phrase naming who said, wrote or thought it, as the text writes it
 *                ("harbour board spokeswoman Ana Ruiz", "he", "officials"); empty when the text names no one
 * @param cue     the cue span: the words that attribute ("said", "according to", "pointed out", the colon of "Smith: …")
 * @param cueLemma the cue's lemma ("say", "according to")
 * @param speaker who the source is: a name where the phrase has one ("Ana Ruiz"), a pronoun or description
 *                resolved to the nearest fitting earlier mention ("she" → "Ana Ruiz"), else the phrase itself
 *                without its article ("officials", "Connecticut's tax commissioner")
 * @param kind    direct (the content is a quotation), mixed (partly quoted) or indirect (reported in the writer's words)
 * @param reason  one sentence for the user: how the attribution was read
 */
public record Attribution(TextSpan content, Optional<TextSpan> source, TextSpan cue, String cueLemma, String speaker, Kind kind, String reason) {

    /** How the content is given. */
    public enum Kind {
        DIRECT("direct quotation"), MIXED("partly quoted"), INDIRECT("indirect speech");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The same attribution with another speaker and reason (a pronoun resolved). */
    public Attribution withSpeaker(String newSpeaker, String newReason) {
        return new Attribution(content, source, cue, cueLemma, newSpeaker, kind, newReason);
    }
}
