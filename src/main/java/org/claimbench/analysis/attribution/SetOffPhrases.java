package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * A phrase set off by commas right after the subject's head, before the clause's verb: a noun phrase in apposition ("Ana
 * Ruiz, a harbour pilot, notes that …"; non-restrictive apposition, Quirk et al. 1985, 17.65-17.72), a non-restrictive
 * relative clause ("The board, which met on Monday, says …"; 17.22) or a participle clause postmodifying the head ("The
 * fee, set by the council in May, allows …"; 17.53). The verb after the closing comma is the clause's finite verb, so a
 * cue verb's -s form the tagger read there as a plural noun is the verb ({@link VerbTags}).
 */
final class SetOffPhrases {

    /** The farthest the opening comma is looked for before the closing one (tokens). */
    private static final int MOST = 16;

    /** The relative pronouns that open a non-restrictive relative clause (Quirk et al. 1985, 17.13; "that" opens none). */
    static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /** What an appositive noun phrase opens with (Universal Dependencies tags): a determiner, an adjective, a name, a number. */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("DET", "ADJ", "PROPN", "NUM");

    /** Closing quotation marks (the typographic one and the straight ones of plain text). */
    private static final Set<String> QUOTE_CLOSERS = Set.of("”", "\"", "''");

    private SetOffPhrases() {
    }

    /**
     * Whether the comma at token c closes a phrase set off after the subject's head (the class comment): an opening comma
     * within {@value #MOST} tokens before it, a name or a noun right before that comma, and between the two an appositive
     * noun phrase with no verb, a relative clause opened by who, whom, whose or which, or a clause opened by a participle in
     * -ed or -en. Shapes: t is a sentence's tokens, c an index into it holding ",".
     */
    static boolean closesAfterSubject(List<Token> t, int c) {
        int open = -1;
        for (int j = c - 1; j >= Math.max(1, c - MOST); j--) {
            if (t.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 1 || open + 1 >= c || !(t.get(open - 1).is("PROPN") || t.get(open - 1).is("NOUN"))) {
            return false;
        }
        Token first = t.get(open + 1);
        if (RELATIVES.contains(Phrases.lower(first))) {
            return true;
        }
        if (first.is("VERB")) {
            String w = Phrases.lower(first);
            return w.endsWith("ed") || w.endsWith("en");
        }
        if (!APPOSITIVE_OPENERS.contains(first.tag())) {
            return false;
        }
        for (int k = open + 1; k < c; k++) {
            if (t.get(k).is("VERB") || t.get(k).is("AUX") || t.get(k).is("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last token of the subject before a second apposition, or -1: when the phrase at token st, which stood before the
     * aside that ends at the cue, is itself an appositive set off by a comma after a noun phrase that opens the sentence
     * ("Tom Berg, the harbour master of Leeds, one of the towns that own the pier, said …"), that first phrase is the subject,
     * and both phrases are in apposition to it (multiple apposition, Quirk et al. 1985, 17.65-17.72). An appositive opens
     * with a determiner, an adjective or a number; the first phrase must open the sentence (only punctuation before it), so
     * that a fronted adverbial ("In Leeds, the harbour master, a pilot, said") is not read as a subject; or follow a quotation
     * and its comma.
     */
    static int subjectBeforeAppositive(List<Token> t, int st) {
        if (st < 2 || !t.get(st - 1).text().equals(",") || !(t.get(st).is("DET") || t.get(st).is("ADJ") || t.get(st).is("NUM"))) {
            return -1;
        }
        int e = st - 2;
        int first = Phrases.startBefore(t, e);
        if (first < 0) {
            return -1;
        }
        // "“…,” Tom Berg, the harbour master, one of …, said": after a quotation and its comma the clause of saying opens.
        boolean afterQuotation = first >= 2 && (t.get(first - 1).text().equals(",") && QUOTE_CLOSERS.contains(t.get(first - 2).text())
                || QUOTE_CLOSERS.contains(t.get(first - 1).text()) && t.get(first - 2).text().equals(","));
        for (int k = 0; k < first && !afterQuotation; k++) {
            if (!t.get(k).is("PUNCT")) {
                return -1;
            }
        }
        return e;
    }

    /**
     * The comma that opens a non-restrictive relative clause holding the comma at token c, or c: a comma followed by who, whom,
     * whose or which between the sentence's start (or a quotation mark) and c, within {@code most} tokens before {@code end}.
     * A relative clause may hold commas of its own ("Berg, who served in Leeds, York and Hull, said …"; "Ruiz, whose company,
     * Harbourworks, builds piers, said …"); the subject is the phrase before its opening comma (Quirk et al. 1985, 17.22).
     */
    static int relativeClauseOpening(List<Token> t, int c, int end, int most, java.util.function.Predicate<Token> quoteMark) {
        for (int d = c; d >= Math.max(1, end - most); d--) {
            if (quoteMark.test(t.get(d))) {
                break;
            }
            if (t.get(d).text().equals(",") && d + 1 < end && RELATIVES.contains(Phrases.lower(t.get(d + 1)))) {
                return d;
            }
        }
        return c;
    }
}
