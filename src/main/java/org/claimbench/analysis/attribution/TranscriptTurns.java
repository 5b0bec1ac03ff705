package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * A turn of an interview or debate transcript: a paragraph opening with its speaker's name in capitals and a colon
 * ("BERG: Let's start with the ferry. …", also inside the quotation mark a transcript quoted paragraph by paragraph
 * opens), the press's way of setting out who speaks in a transcript (AP Stylebook, "Q and A format"; the broadcast
 * transcripts news sites reprint). The whole paragraph is the speaker's words: PolNeAR annotates the label as the source,
 * the colon as the cue and the paragraph as the content.
 *
 * <p>An editor's label in capitals ("UPDATE:", "BYLINE:", "EXCLUSIVE:") has the same shape; a label is a speaker's only
 * where the text is a transcript (two or more paragraphs open with such a label) and the label is a name there: it opens
 * two or more of the paragraphs (the speakers take turns), the text writes it as a name after another capitalised word
 * ("Gov. Anna Berg" for "BERG"), or its last word is no word of WordNet 3.1 (an editor's label is a common word: update,
 * byline, exclusive, note). A label opening one paragraph whose last word WordNet files first as a place is a dateline.
 */
final class TranscriptTurns {

    /** A paragraph opening with a label in capitals and a colon, an opening quotation mark allowed before it. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*[\"“]?((?:\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?[ \\t]?){1,3}):");

    private TranscriptTurns() {
    }

    static Optional<Attribution> of(Reading r) {
        List<Token> t = r.tokens();
        String text = r.text();
        int j = t.isEmpty() || !r.quoteMark(t.get(0)) && !t.get(0).text().equals("\"") ? 0 : 1;
        if (j >= t.size() || !opensLine(text, t.get(j).start())) {
            return Optional.empty();
        }
        int k = j;
        while (k < t.size() && k - j < 3 && capitals(t.get(k).text())) {
            k++;
        }
        if (k == j || k + 1 >= t.size() || !t.get(k).text().equals(":")) {
            return Optional.empty();
        }
        TextSpan source = r.span(j, k - 1);
        String label = r.text(source);
        if (!speaker(text, label)) {
            return Optional.empty();
        }
        int end = text.indexOf('\n', t.get(k).end());
        TextSpan content = r.trimmed(t.get(k).end(), end < 0 ? text.length() : end);
        return content == null ? Optional.empty()
                : Optional.of(new Attribution(content, Optional.of(source), r.span(k, k), ":", label, Attribution.Kind.DIRECT,
                        "a transcript's turn: " + label + " and a colon open the paragraph"));
    }

    /** Whether the text is a transcript and the label names one of its speakers (see the class comment). */
    private static boolean speaker(String text, String label) {
        int labels = 0;
        int turns = 0;
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            labels++;
            if (m.group(1).strip().equals(label)) {
                turns++;
            }
        }
        if (labels < 2) {
            return false;
        }
        if (turns >= 2) {
            return true;
        }
        String[] words = label.split("\\s+");
        String last = words[words.length - 1];
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        if (dateline(label)) {
            return false;
        }
        if (java.util.Arrays.stream(WordNet.Pos.values()).allMatch(p -> WordNet.shared().lexicographerFile(lower, p).isEmpty())) {
            // No word of the language: a name ("OKAFOR").
            return true;
        }
        String name = last.charAt(0) + lower.substring(1);
        return Pattern.compile("\\p{Lu}[\\p{L}.]*\\s+" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /** A word of two letters or more, every letter a capital ("BERG", "O'NEILL", "MCCAIN"). */
    private static boolean capitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (".'’-".indexOf(c) < 0) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Whether only spaces and an opening quotation mark stand between the offset and the line's start. */
    private static boolean opensLine(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '"' || text.charAt(j) == '“')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /**
     * Whether a label before a line's colon is a dateline: every letter a capital and its last word a place (WordNet 3.1 files
     * its first noun sense in noun.location): "KARACHI: …", "NEW DELHI: …", the city in capitals that opens a story (AP
     * Stylebook, "datelines"; with a colon in much of the South Asian press), however often the text names the place.
     */
    static boolean dateline(String label) {
        String[] words = label.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return label.equals(label.toUpperCase(java.util.Locale.ROOT))
                && WordNet.shared().lexicographerFile(last, WordNet.Pos.NOUN).equals("noun.location");
    }
}
