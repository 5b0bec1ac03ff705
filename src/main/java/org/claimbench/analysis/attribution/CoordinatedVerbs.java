package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * The verb a cue after "and" / "or" is coordinated with ("Berg thanked them and said …"), whose subject is the cue's.
 * Coordinated predicates share what stands before the first of them, the subject and any auxiliary (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, chapter 13, coordination): a cue in a finite form of its own ("said",
 * "warns") cannot share a modal or the "to" of an infinitive, so a verb in its base form after one ("would leave",
 * "to join") is no partner of it, and the nearest finite verb before is.
 */
final class CoordinatedVerbs {

    /** The central modals (a closed class, Quirk et al. 1985, chapter 3, the modal auxiliaries), which take a verb's base form after them. */
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must");

    private CoordinatedVerbs() {
    }

    /**
     * The token index of the verb before the conjunction at token j that the cue at token {@code cue} is coordinated with,
     * in the same quotation-free stretch and not across a semicolon; -1 when none.
     */
    static int before(Reading r, int j, int cue) {
        List<Token> t = r.tokens();
        boolean finiteCue = finite(t.get(cue));
        int verb = previous(r, t, j);
        while (verb >= 0 && finiteCue && afterModalOrTo(t, verb)) {
            // "… would formally leave the pact by March and suggested …": "suggested" shares no "would"; the verb before does.
            verb = previous(r, t, verb);
        }
        return verb >= 0 && finiteCue ? matrix(r, t, verb, cue) : verb;
    }

    /**
     * The verb whose complement clause holds the verb at token v, when both it and the cue report speech, else v: in "He
     * claimed that the port had failed and accused it of …" the cue "accused" is coordinated with "claimed", not with "failed"
     * inside the that-clause, and shares the matrix subject "He" (Quirk et al. 1985, 13.46-13.48: coordinated predicates
     * share the subject before the first of them; a that-clause is a constituent of the first predicate, 16.31-16.38). The
     * finder reads the cue as a report of its own only when the content before it ended at the conjunction, which it does
     * for a verb of speech ({@link ClauseEnds}); so it is asked of verbs of speech alone: the first WordNet 3.1 sense of each
     * is filed under verb.communication ("said", "claimed", "warned", "accused"). The clause opens with "that", "whether" or
     * "if" and holds a noun or pronoun before its verb, its own subject ("claimed that Ukraine had …"; "the report that had
     * …" is a relative clause, no complement).
     */
    private static int matrix(Reading r, List<Token> t, int v, int cue) {
        if (!speech(t.get(cue)) || v + 1 >= t.size()) {
            return v;
        }
        boolean subject = false;
        for (int m = v - 1; m >= 1; m--) {
            Token x = t.get(m);
            String w = Phrases.lower(x);
            if (COMPLEMENTISERS.contains(w) && (x.is("SCONJ") || x.is("PRON") || x.is("DET"))) {
                int v0 = subject ? previous(r, t, m) : -1;
                return v0 >= 0 && partner(t.get(v0), t.get(cue)) ? v0 : v;
            }
            if (x.is("VERB")) {
                // A clause with no "that" ("said it had halted … but accused …"): its subject right after the verb of speech.
                return subject && partner(x, t.get(cue)) ? m : v;
            }
            if (x.is("CCONJ") || w.equals(";") || r.closes(x) != null) {
                return v;
            }
            subject |= Phrases.nominal(x) || x.is("PRON");
        }
        return v;
    }

    /**
     * Whether a verb of speech can be the partner of the cue: both finite and in the same tense, a past ("claimed … and
     * accused") or a present in -s ("says … and warns"); "specified that … and demands for …" joins no two predicates.
     */
    private static boolean partner(Token v0, Token cue) {
        return speech(v0) && finite(v0) && present(v0) == present(cue);
    }

    /** Whether a finite verb is a present in -s ("warns", "says"). */
    private static boolean present(Token v) {
        String w = Phrases.lower(v);
        return w.endsWith("s") && !w.endsWith("ss");
    }

    /** The complementisers that open a reported clause (Quirk et al. 1985, 15.3-15.6). */
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if");

    /** Whether a verb's first WordNet 3.1 sense is filed under verb.communication. */
    private static boolean speech(Token v) {
        return v.is("VERB") && WordNet.shared().lexicographerFile(v.lemma().toLowerCase(java.util.Locale.ROOT), WordNet.Pos.VERB).equals("verb.communication");
    }

    /**
     * Whether a verb is in a finite form of its own: a past or third person singular in -ed or -s ("warned", "warns"), or an
     * irregular past whose lemma is no beginning of it ("said", "told"); a base form or a participle in -ing is not.
     */
    private static boolean finite(Token v) {
        String w = Phrases.lower(v);
        return w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") || !w.endsWith("ing") && !w.startsWith(v.lemma());
    }

    /**
     * Whether the verb at token v stands after a modal or the infinitive's "to", adverbs between ("would formally leave"),
     * where a verb is in its base form (its position tells; the lemmatizer does not always: "declare" → "declar").
     */
    private static boolean afterModalOrTo(List<Token> t, int v) {
        int m = v - 1;
        while (m >= 0 && t.get(m).is("ADV")) {
            m--;
        }
        return m >= 0 && (Phrases.lower(t.get(m)).equals("to") && !t.get(m).is("ADP") || t.get(m).is("AUX") && MODALS.contains(Phrases.lower(t.get(m))));
    }

    /** The nearest verb before token j, in the same quotation-free stretch, or -1. */
    private static int previous(Reading r, List<Token> t, int j) {
        for (int m = j - 1; m >= 0; m--) {
            TextSpan q = r.closes(t.get(m));
            if (q != null) {
                // Over a quotation ("declared “What a night!” and said"): its words are not the clause's.
                while (m > 0 && t.get(m - 1).start() >= q.start()) {
                    m--;
                }
                continue;
            }
            if (t.get(m).is("VERB")) {
                return m;
            }
            if (t.get(m).text().equals(";")) {
                return -1;
            }
        }
        return -1;
    }
}
