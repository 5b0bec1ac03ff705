package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.claimbench.domain.TextSpan;

/**
 * The quoted passages of a text: from an opening quotation mark to its closing one, across
 * sentences (a quote of several sentences is attributed once, at its end or its start). Curly
 * marks open and close; straight double quotes alternate within a paragraph.
 */
final class QuotedPassages {

    private QuotedPassages() {
    }

    static List<TextSpan> find(String text) {
        List<TextSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || c == '«') {
                open = i;
            } else if ((c == '”' || c == '»') && open >= 0) {
                add(out, open, i + 1);
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    add(out, open, i + 1);
                    open = -1;
                }
            }
        }
        return out;
    }

    private static void add(List<TextSpan> out, int start, int end) {
        if (end - start >= 3) {
            out.add(new TextSpan(start, end));
        }
    }

    /**
     * Whether the sentence is part of the quoted passage: half of it or more lies inside, or it opens inside the
     * passage (the closing sentence of a quotation: "… very soon," the vice president insisted, …).
     */
    static boolean holds(Sentence s, TextSpan q) {
        int overlap = Math.min(s.end(), q.end()) - Math.max(s.start(), q.start());
        return overlap * 2 >= s.span().length() || (q.start() <= s.start() && overlap >= 12);
    }

    /** A quotation of two words or more in the sentence: someone's words, not a word in scare quotes ("partner"). */
    static boolean statementIn(String text, Sentence s, List<TextSpan> quotes) {
        for (TextSpan q : quotes) {
            int from = Math.max(q.start(), s.start());
            int to = Math.min(q.end(), s.end());
            if (to > from && Words.count(text.substring(from, to)) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who a quoted passage belongs to: the speaker named with a reporting verb right after it
     * ("…," Trump celebrated), else the one named before it in the same sentence, else the last
     * person a statement was attributed to.
     */
    static Optional<SpeakerMention> speaker(String text, TextSpan q, SpeakerTable speakers, SpeakerMention lastSpeaker) {
        int afterEnd = Math.min(text.length(), q.end() + 80);
        int lineEnd = text.indexOf('\n', q.end());
        if (lineEnd >= 0) {
            afterEnd = Math.min(afterEnd, lineEnd);
        }
        String after = text.substring(q.end(), afterEnd);
        Matcher verb = ClaimSuggester.REPORTING.matcher(after);
        if (verb.find()) {
            // The one named between the quotation and the verb (", Trump said") or right after the verb (", said Trump"),
            // not someone named further on ("…," the vice president insisted, after speaking with Trump).
            int verbStart = q.end() + verb.start();
            int verbEnd = q.end() + verb.end();
            Optional<SpeakerMention> who = speakers.find(text, q.end(), afterEnd).stream()
                    .filter(m -> m.span().end() <= verbStart || m.span().start() - verbEnd <= 3).findFirst();
            if (who.isPresent()) {
                return who;
            }
            if (ClaimSuggester.PRONOUN.matcher(after.substring(0, verb.start())).find() && lastSpeaker != null) {
                return Optional.of(lastSpeaker);
            }
        }
        int lineStart = text.lastIndexOf('\n', q.start()) + 1;
        int beforeStart = Math.max(lineStart, q.start() - 120);
        List<SpeakerMention> before = speakers.find(text, beforeStart, q.start());
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1));
        }
        return Optional.ofNullable(lastSpeaker);
    }
}
