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

    /** "with President Trump": a person after a preposition and a title ("of" is left out: "Secretary of State Marco Rubio"). */
    private static final Pattern PREPOSITION_TITLE_BEFORE = Pattern.compile(
            "\\b(?:in|at|from|to|with|by|for|on|about|against|between)\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}$");

    private VerbSubjects() {
    }

    /** Whether the mention is the object of a preposition (a place, or a person someone speaks with), not a subject. */
    private static boolean objectOfPreposition(String text, Sentence s, SpeakerMention m) {
        String before = text.substring(Math.max(s.start(), m.span().start() - 40), m.span().start());
        if (!m.person()) {
            return PREPOSITION_BEFORE.matcher(before).find();
        }
        java.util.regex.Matcher title = PREPOSITION_TITLE_BEFORE.matcher(before);
        if (!title.find()) {
            return false;
        }
        // The words between the preposition and the name must be a title ("President", "Ukrainian leader" is not: "leader").
        String[] words = before.substring(title.start()).strip().split("\\s+");
        return java.util.Arrays.stream(words).skip(1).allMatch(w -> w.equals("the") || Character.isUpperCase(w.charAt(0)));
    }

    static Optional<SpeakerMention> of(String text, Sentence s, int verbStart, int verbEnd, List<SpeakerMention> mentions) {
        int closedAt = Math.max(text.lastIndexOf('"', verbStart - 1), text.lastIndexOf('”', verbStart - 1));
        List<SpeakerMention> before = mentions.stream()
                .filter(m -> m.span().end() <= verbStart && verbStart - m.span().start() <= REACH)
                .filter(m -> closedAt < s.start() || m.span().start() > closedAt)
                .filter(m -> !objectOfPreposition(text, s, m))
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
