package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * An appositive set off after the name that "according to" takes: "According to Ana Ruiz, a senior envoy, the pier …",
 * "…, according to Tomas Berg, an analyst at the Harbour Trust." A noun phrase in apposition to a name, set off by commas,
 * describes the same person (non-restrictive apposition: Quirk et al. 1985, 17.65-17.72); it belongs to the source, as
 * PARC 3.0 and PolNeAR annotate it (PolNeAR train's Source "Brian Wieser, an analyst at Pivotal Research Group"), not to the
 * content on either side. Read only after a run of names, with the phrase a noun phrase by its tags (a determiner other
 * than a demonstrative, a possessive, an adjective or a noun first; no time: "According to Ruiz, last week, …" sets off an
 * adverbial). Opening the sentence, the phrase ends at the comma after its head, and a clause must follow; closing it, the
 * phrase runs to the sentence's end, a relative clause on its head and all ("…, a tool that tracks ferries.").
 */
final class AccordingToAppositives {

    /** Determiners that point back rather than open a new description (a closed class): "According to Ruiz, this …". */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("this", "that", "these", "those");

    /** The most tokens an appositive before the content may hold (a title, a role and a body: "a senior envoy of the board"). */
    private static final int MOST_TOKENS = 12;

    private AccordingToAppositives() {
    }

    /**
     * The last token of an appositive after the complement of "according to", or -1 when none follows.
     *
     * @param t        one sentence's tokens
     * @param srcStart the first token of the complement (after "to")
     * @param srcEnd   the complement's last token
     * @param opening  whether "according to" opens the sentence (the content follows) rather than closes it
     * @return the appositive's last token index (the sentence's last word when it closes the sentence), or -1
     */
    static int end(List<Token> t, int srcStart, int srcEnd, boolean opening) {
        int start = srcEnd + 2;
        if (start >= t.size() || !t.get(srcEnd + 1).text().equals(",") || !Phrases.names(t, srcStart, srcEnd) || !opensDescription(t.get(start))) {
            return -1;
        }
        int head = Phrases.endAfter(t, start);
        if (head < start || head - start + 1 > MOST_TOKENS || !t.get(head).is("NOUN") && !t.get(head).is("PROPN")) {
            return -1;
        }
        for (int k = start; k <= head; k++) {
            if (Phrases.calendar(t.get(k)) || ClauseShapes.TIMES.contains(Phrases.lower(t.get(k))) || TimePhrases.time(t.get(k))) {
                return -1;
            }
        }
        if (opening) {
            // The content follows the comma that closes the appositive.
            return head + 2 < t.size() && t.get(head + 1).text().equals(",") && !t.get(head + 2).is("PUNCT") ? head : -1;
        }
        int last = t.size() - 1;
        while (last > head && t.get(last).is("PUNCT")) {
            last--;
        }
        if (last == head) {
            return head;
        }
        int next = t.get(head + 1).text().equals(",") ? head + 2 : head + 1;
        // "…, an analyst who tracks the port.": a relative clause on the appositive's head is part of it.
        return next <= last && Phrases.RELATIVES.contains(Phrases.lower(t.get(next))) && !quoted(t, start, last) ? last : -1;
    }

    /** Whether a token can open a noun phrase that describes: not a pronoun of its own, not a demonstrative. */
    private static boolean opensDescription(Token x) {
        return x.is("DET") && !DEMONSTRATIVES.contains(Phrases.lower(x)) || Phrases.possessive(x) || x.is("ADJ") || x.is("NOUN")
                || x.is("PROPN");
    }

    /** Whether a quotation mark lies among the tokens (a quotation is content, never a description of its source). */
    private static boolean quoted(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = t.get(k).text();
            if (w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``")) {
                return true;
            }
        }
        return false;
    }
}
