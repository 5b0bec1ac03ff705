package org.claimbench.analysis.attribution;

/**
 * Attributions whose content the source does not assert: a question, a request or a wish. PARC 3.0 and PolNeAR annotate them
 * as attributions all the same (a question is attributed to whoever asked it); they stay attributions here and are only not
 * suggested as claims, since none commits the speaker to anything being true, so none is a claim a fact-checker can check or
 * set against another (Searle 1976, "A classification of illocutionary acts": questions and directives, unlike assertives,
 * have no truth value). Read from the cue's VerbNet 3.4 classes ({@link VerbClasses}):
 * <ul>
 * <li>a cue of asking, VerbNet inquire-37.1.2 ("ask", "enquire", "inquire") and interrogate-37.1.3 ("question"), reports a
 * question ("Berg asked whether the pier would reopen": an indirect question, Quirk et al. 1985, 15.5) or a request ("asked
 * the council to delay the vote", "asked for a meeting": a directive, 16.63);</li>
 * <li>a cue of desire, VerbNet want-32.1 and long-32.2 ("want", "desire", "prefer", "hope", "wish"; the nouns "hope", "wish"
 * and "desire" by the same lemma), reports what the source wants, not what it holds true: FactBank reads the event under
 * such a predicate as uncommitted (Saurí and Pustejovsky 2009, source-introducing predicates of volition). VerbNet's wish-62
 * is left out: it holds verbs of intention and expectation ("plan", "expect", "propose") whose content the source does put
 * forward.</li>
 * </ul>
 * Thread-safe (no state).
 */
public final class UnassertedContents {

    private UnassertedContents() {
    }

    /** Whether the attribution's content is no assertion of its source: its cue asks or wishes (the class comment's classes). */
    public static boolean unasserted(Attribution a) {
        return asked(a) || wished(a);
    }

    /** Whether the attribution's cue is a verb of asking (VerbNet inquire-37.1.2, interrogate-37.1.3), read by its lemma. */
    static boolean asked(Attribution a) {
        String classes = VerbClasses.of(a.cueLemma());
        return classes.contains("inquire-37.1.2") || classes.contains("interrogate-37.1.3");
    }

    /** Whether the attribution's cue is a verb or noun of desire (VerbNet want-32.1, long-32.2), read by its lemma. */
    static boolean wished(Attribution a) {
        String classes = VerbClasses.of(a.cueLemma());
        return classes.contains("want-32.1") || classes.contains("long-32.2");
    }
}
