package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * The adverbials of a clause of saying around its inverted subject ("“…,” said on Monday the council", "“…,” said the
 * mayor on Monday", "… wrote the harbour master in a letter to tenants"): a clause's adverbials may stand before or after
 * its subject (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 8.13 and 18.48), and neither a time
 * nor a prepositional phrase is the one who speaks. Token indexes into a sentence's tokens.
 */
final class QuotativeAdjuncts {

    private QuotativeAdjuncts() {
    }

    /**
     * The index of the first token after the time phrase that starts at token k ("Monday", "yesterday", "late on Friday",
     * "this week"), or k when none starts there. "May" before a name is a name ("May Ruiz").
     */
    static int afterTime(List<Token> t, int k) {
        int i = k;
        while (i < t.size()) {
            Token x = t.get(i);
            boolean nameAfter = i + 1 < t.size() && t.get(i + 1).is("PROPN");
            // A day, month or "yesterday" whatever the tagger made of it (Phrases.calendar), or a word of time.
            if ((TimePhrases.time(x) || Phrases.calendar(x)) && !(Phrases.lower(x).equals("may") && nameAfter)) {
                i++;
            } else if (TimePhrases.prepositionBeforeTime(x) && i + 1 < t.size() && (TimePhrases.time(t.get(i + 1))
                    || TimePhrases.prepositionBeforeTime(t.get(i + 1)))) {
                // "on Monday", "late on Monday".
                i++;
            } else {
                break;
            }
        }
        // A time ends in its noun: "this" or "last" alone opens a noun phrase ("said this reporter").
        return i > k && (TimePhrases.time(t.get(i - 1)) && !Phrases.lower(t.get(i - 1)).matches("last|this|next|past")
                || Phrases.calendar(t.get(i - 1))) ? i : k;
    }

    /**
     * Whether the tokens from i to the sentence's end, or to the comma, full stop or colon that closes the clause, are
     * adverbials only: times and prepositional phrases ("on Monday", "in a letter to tenants", "late on Friday"), with no
     * verb of a clause of their own. False when there are none.
     */
    static boolean onlyAdverbialsFrom(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && !closes(t.get(k))) {
            int after = afterTime(t, k);
            if (after > k) {
                k = after;
                continue;
            }
            if (!t.get(k).is("ADP") || Phrases.lower(t.get(k)).equals("that")) {
                return false;
            }
            int end = Phrases.endAfter(t, k + 1);
            if (end < 0) {
                return false;
            }
            k = end + 1;
        }
        return k > i;
    }

    private static boolean closes(Token x) {
        return x.text().equals(",") || x.text().equals(".") || x.text().equals(":");
    }
}
