package org.claimbench.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a reporting verb's statement belongs to, among the speakers named in its sentence: the one
 * named right before the verb in the same clause ("Kremlin aide Yuri Ushakov told", "…, the White
 * House said", "as Kyiv warns"), else the clause's first ("Trump, after talking to Putin, said"), else
 * the one named right after it ("…, said Peskov"). A place after a preposition ("officials gathered
 * in Washington said") is not a speaker, nor is anyone named inside a quotation that closes before
 * the verb.
 */
final class VerbSubjects {

    /** How far before the verb the subject may start. */
    private static final int REACH = 70;
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|at|from|to|with|of|by|for|on|into|over|about|against|near|toward|towards|between|across)\\s+(?:the\\s+)?$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–()\"“”]");

    private VerbSubjects() {
    }

    static Optional<SpeakerMention> of(String text, Sentence s, int verbStart, int verbEnd, List<SpeakerMention> mentions) {
        int closedAt = Math.max(text.lastIndexOf('"', verbStart - 1), text.lastIndexOf('”', verbStart - 1));
        List<SpeakerMention> before = mentions.stream()
                .filter(m -> m.span().end() <= verbStart && verbStart - m.span().start() <= REACH)
                .filter(m -> closedAt < s.start() || m.span().start() > closedAt)
                .filter(m -> m.person() || !PREPOSITION_BEFORE.matcher(text.substring(Math.max(s.start(), m.span().start() - 12),
                        m.span().start())).find())
                .toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            SpeakerMention m = before.get(i);
            if (!CLAUSE_BREAK.matcher(text.substring(m.span().end(), verbStart)).find()) {
                return Optional.of(m);
            }
        }
        if (!before.isEmpty()) {
            return Optional.of(before.get(0));
        }
        return mentions.stream().filter(m -> m.span().start() >= verbEnd && m.span().start() - verbEnd <= 3).findFirst();
    }
}
