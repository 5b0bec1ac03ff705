package org.claimbench.importing;

import java.util.Optional;

import org.claimbench.domain.LineEnds;

/**
 * Whether a pasted text opens with a headline: the usual shape of news text copied from a page or a wire, a headline
 * line over the body. Its first line is one when it is short, has no sentence-final stop ({@link LineEnds#asSentence}:
 * headlines take no full stop, colon, semicolon or comma at their end) and body text follows it. A first line that is a
 * sentence, or runs past a headline's length, is the body's lead (editor58: a whole first sentence offered as the
 * title), and a text of one line is all body.
 */
final class PastedHeadline {

    /**
     * The most words a headline line has here. News headlines are short, most under 15 words (a print line or two, a
     * page title cut near 60 characters); 20 leaves room for a long one, and is still short of a lead sentence's usual
     * 25–35 words.
     */
    static final int MAX_WORDS = 20;

    private PastedHeadline() {
    }

    /** The headline {@code text} opens with (its first non-blank line, stripped); empty when it opens with none. */
    static Optional<String> of(String text) {
        String[] lines = text.strip().split("\n", 2);
        String first = lines[0].strip();
        boolean bodyFollows = lines.length == 2 && !lines[1].isBlank();
        if (first.isEmpty() || !bodyFollows || LineEnds.asSentence(first) || first.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.of(first);
    }
}
