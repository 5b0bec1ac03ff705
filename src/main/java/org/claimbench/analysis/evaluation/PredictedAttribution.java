package org.claimbench.analysis.evaluation;

import java.util.Optional;

import org.claimbench.domain.TextSpan;

/**
 * A suggestion as the attribution metrics see it.
 *
 * @param content  the suggested claim's span (UTF-16 offsets into the text)
 * @param source   the source span the engine found, if any
 * @param speaker  the speaker's name as the engine gives it
 * @param byOutlet whether the engine gives it as the outlet's own assertion (Press), not someone's attributed statement
 * @param reason   the engine's reason, for the details listing
 */
public record PredictedAttribution(TextSpan content, Optional<TextSpan> source, String speaker, boolean byOutlet, String reason) {
}
