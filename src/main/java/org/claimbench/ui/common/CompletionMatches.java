package org.claimbench.ui.common;

import java.util.List;
import java.util.Locale;

/** Which labels a completion box offers for the words typed ({@link CompletionPopup}). */
final class CompletionMatches {

    private CompletionMatches() {
    }

    /**
     * The labels that hold the words typed (in any case), the typed words themselves left out; those that begin with them
     * first (a question's first letters typed complete it), each part in the labels' order.
     */
    static List<String> matches(List<String> labels, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> found = labels.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains(t) && !l.strip().equalsIgnoreCase(t)).distinct().toList();
        return java.util.stream.Stream.concat(found.stream().filter(l -> l.strip().toLowerCase(Locale.ROOT).startsWith(t)),
                found.stream().filter(l -> !l.strip().toLowerCase(Locale.ROOT).startsWith(t))).toList();
    }

    /**
     * What ↓ offers: the labels that hold the words typed, or every label when nothing is typed or no label holds them (a
     * combo box's ↓ shows its whole list).
     */
    static List<String> offered(List<String> labels, String typed) {
        List<String> found = matches(labels, typed);
        return found.isEmpty() ? labels.stream().distinct().toList() : found;
    }
}
