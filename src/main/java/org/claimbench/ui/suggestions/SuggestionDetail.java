package org.claimbench.ui.suggestions;

import java.util.Locale;

import org.claimbench.domain.QuoteMarks;

/** What the detail area under the suggestions says: the chosen row in full, or, with none chosen, the keys. */
final class SuggestionDetail {

    private SuggestionDetail() {
    }

    /** A suggested claim in full (reason, source and speaker, article, words); null: the keys, with {@code sources} numbered. */
    static String of(ClaimSuggestionRow r, int sources) {
        return r == null ? "Choose a suggested claim (↑↓) to read it in full here and see it outlined in its article: A accepts it, "
                + "1–" + sources + " accept it as that source, D dismisses it, Enter shows it in its pane."
                : "Why: " + r.suggestion().reason() + "\n" + r.source() + (r.who().isEmpty() ? "" : " · " + r.who())
                + " · " + r.article() + "\n" + QuoteMarks.quoted(r.quote());
    }

    /** A suggested contradiction in full (reason first, both claims, what the score is); null: the keys. */
    static String of(ContradictionSuggestionRow r) {
        return r == null ? "Choose a suggested contradiction (↑↓) to read both claims and the reason in full here: A confirms it, "
                + "D dismisses it, Enter shows both claims side by side."
                // The reason first: the claims can be long, and the area shows its first lines without scrolling.
                : "Why: " + r.suggestion().explanation()
                // One conflict told in several pairs is listed once near the top (Diversity): the note says so.
                + (r.suggestion().retellingNote().isEmpty() ? "" : " " + r.suggestion().retellingNote()) + "\nA · " + r.sourceA() + ": " + QuoteMarks.quoted(oneLine(r.a().exact()))
                + "\nB · " + r.sourceB() + ": " + QuoteMarks.quoted(oneLine(r.b().exact()))
                // What the Score column's number is (a newcomer asked): last, under the pair.
                + "\nScore " + String.format(Locale.ROOT, "%.2f", r.suggestion().score())
                + ": how strongly the signals point to a contradiction, 0 to 1. The list: " + ReviewOrder.SAYS + "; a pair scored"
                // Since stop 56 a reviewed list keeps its rows in place when scores change (ShownSuggestions): a fact-checker
                // saw 0.12 above 0.15 under "ranked by it" (factcheck57); two sides' pairs come before one side's (stop 61).
                + " again while you review keeps its place, and new pairs come below.";
    }

    /** Line breaks of a claim as spaces (a table row and the detail's claim lines are one line each). */
    static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
