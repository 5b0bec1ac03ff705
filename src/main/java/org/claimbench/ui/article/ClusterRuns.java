package org.claimbench.ui.article;

import java.text.BreakIterator;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The text area's style runs cut so that each grapheme cluster of more than one UTF-16 unit (an emoji, a ZWJ sequence, a
 * letter with a combining mark) or a lone mark or format character is a run of its own, in a range holding a supplementary
 * character, as the light text lays them out ({@link LightParagraph#pieces}). JavaFX's text layout slips the character
 * positions of a run holding both a combining mark and a surrogate pair by one unit (every box, hit and highlight after it);
 * a claim's or suggestion's run that happened to start between them hid it until stop 47. RichTextFX joins neighbouring
 * runs of one style, so a cluster's run carries its style with one or two ";" after it (an empty declaration: it draws the
 * same).
 */
public final class ClusterRuns {

    private ClusterRuns() {
    }

    /**
     * The spans for {@code text}'s units from {@code from} on (as many as {@code spans} covers), cut at the clusters above;
     * {@code spans} itself when that range holds no supplementary character.
     */
    public static StyleSpans<String> split(String text, int from, StyleSpans<String> spans) {
        int to = Math.min(text.length(), from + spans.length());
        if (from >= to || !hasSupplementary(text, from, to)) {
            return spans;
        }
        StyleSpansBuilder<String> out = new StyleSpansBuilder<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        int at = from;
        boolean alternate = false;
        for (StyleSpan<String> span : spans) {
            int end = Math.min(to, at + span.getLength());
            String style = span.getStyle() == null ? "" : span.getStyle();
            if (at < end) {
                clusters.setText(text.substring(at, end));
                int plain = 0;
                for (int start = 0, next = clusters.next(); next != BreakIterator.DONE; start = next, next = clusters.next()) {
                    if (next - start > 1 || LightParagraph.isMarkOrFormat(text.charAt(at + start))) {
                        if (plain > 0) {
                            out.add(style, plain);
                            plain = 0;
                        }
                        alternate = !alternate;
                        out.add(style + (alternate ? ";" : ";;"), next - start);
                    } else {
                        plain += next - start;
                    }
                }
                if (plain > 0) {
                    out.add(style, plain);
                }
            }
            int rest = at + span.getLength() - end;
            if (rest > 0) {
                out.add(style, rest);
            }
            at += span.getLength();
        }
        return out.create();
    }

    private static boolean hasSupplementary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
