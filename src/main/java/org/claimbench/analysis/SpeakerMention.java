package org.claimbench.analysis;

import org.claimbench.domain.TextSpan;

/**
 * A speaker found in the text: who (canonical name and source), where, and how the words were
 * matched ("exact", "misspelt 'Uyzakov'", "run together in 'Ushakovquoted'"), so the user can
 * check and correct the match.
 */
public record SpeakerMention(String speaker, String source, TextSpan span, String matched, String how, boolean person) {
}
