package org.claimbench.analysis.attribution;

/**
 * Attributions whose content is a question or a request, not an assertion. A cue of asking reports its content as a question
 * ("Berg asked whether the pier would reopen", "asked what the fee was": an indirect question, Quirk et al. 1985, 15.5) or as
 * a request ("Berg asked the council to delay the vote", "asked for a meeting": a directive, 16.63); neither commits the
 * speaker to anything being true (Searle 1976, "A classification of illocutionary acts": questions and directives, unlike
 * assertives, have no truth value), so neither is a claim a fact-checker can check or set against another. The cues of asking
 * are the members of VerbNet 3.4's classes inquire-37.1.2 ("ask", "enquire", "inquire") and interrogate-37.1.3 ("question"),
 * read from {@link VerbClasses}. PARC 3.0 and PolNeAR annotate such an attribution all the same (a question is attributed to
 * whoever asked it): it stays an attribution, it is only not suggested as a claim. Thread-safe (no state).
 */
public final class AskedContents {

    private AskedContents() {
    }

    /** Whether the attribution's cue is a verb of asking (the VerbNet classes of the class comment), read by its lemma. */
    public static boolean asked(Attribution a) {
        String classes = VerbClasses.of(a.cueLemma());
        return classes.contains("inquire-37.1.2") || classes.contains("interrogate-37.1.3");
    }
}
