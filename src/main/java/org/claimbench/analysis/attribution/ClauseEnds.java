package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Where a content read after its cue ends before the sentence does, at the edge of a clause that is no part of it: the
 * comma closing an adverbial clause that opens the sentence and holds the cue, the comma closing a relative or participle
 * clause set off after the subject that holds it, and a coordinated clause that reports
 * another source's words, a supplementive clause of "with" that reports another speaker's words, and a correlative pair that
 * joins two verbs of one clause. Used by {@link ContentSpans}; one per
 * sentence reading.
 */
final class ClauseEnds {

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;
    private final ClauseShapes shapes;

    ClauseEnds(Reading r, CueLexicon cues, ClauseShapes shapes) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
        this.shapes = shapes;
    }

    /**
     * Whether a clause coordinated with the content opens at token j with a subject that can speak and a finite verb of the
     * cue lexicon ("… and Democrats accused the board of …", "… and the union has warned that …"): a report of its own, with
     * its own source, which PARC 3.0 and PolNeAR annotate as an attribution of its own, not as part of the first one's content
     * (clause coordination: Quirk et al. 1985, 13.5-13.9). The content before the conjunction holds a verb of its own, so
     * "the council and the union agreed" joins two noun phrases, not two clauses. With {@code speech}, for a conjunction with
     * no comma before it, the verb must report speech (VerbNet 3.4 class 37, or a first WordNet 3.1 sense under
     * verb.communication: "accused", "warned"): a belief or a feeling coordinated so ("said the pier was rebuilt and the
     * wardens believe …") may still be what the first source reports (round 20).
     */
    boolean coordinatedReport(int j, boolean speech) {
        if (!shapes.startsClause(j)) {
            return false;
        }
        int v = j;
        while (v < Math.min(t.size(), j + 14) && !(t.get(v).is("VERB") || t.get(v).is("AUX"))) {
            v++;
        }
        if (v == j || v >= t.size()) {
            return false;
        }
        int subjectEnd = v - 1;
        while (v + 1 < t.size() && (t.get(v).is("AUX") || t.get(v).is("ADV")) && (t.get(v + 1).is("AUX") || t.get(v + 1).is("ADV") || t.get(v + 1).is("VERB"))) {
            v++;
        }
        Token verb = t.get(v);
        return verb.is("VERB") && !Phrases.lower(verb).endsWith("ing") && cues.verb(verb.lemma()).isPresent()
                && (!speech || cues.communicates(verb.lemma()) || WordNet.shared().lexicographerFile(verb.lemma(), WordNet.Pos.VERB).equals("verb.communication"))
                && !Phrases.lower(t.get(v - 1)).equals("to") && SourceHeads.canSpeak(r, j, subjectEnd);
    }

    /**
     * Where the adverbial clause that opens the sentence ends, when the content from token k lies inside it: "While Ruiz
     * talked about the ferry, Berg stressed that …", "After the board criticized the plan, Berg shot back …". A subordinate
     * clause set before its main clause is closed by a comma (Quirk et al. 1985, 15.13-15.15, 15.24); what its cue reports
     * ends there, and the main clause after the comma, with a subject of its own, is the writer's or another speaker's. The
     * offset of that comma, or -1 when the sentence opens with no subordinator or a comma stands before k.
     */
    int frontedClauseEnd(int k) {
        int first = 0;
        while (first < k && t.get(first).is("PUNCT")) {
            first++;
        }
        if (first >= k || !SurroundingContent.SUBORDINATORS.contains(Phrases.lower(t.get(first)))) {
            return -1;
        }
        for (int m = first + 1; m < k; m++) {
            if (t.get(m).text().equals(",") && !r.quotes().inside(t.get(m).start())) {
                return -1;
            }
        }
        for (int m = k + 1; m + 1 < t.size(); m++) {
            Token x = t.get(m);
            if (x.text().equals(",") && !r.quotes().inside(x.start()) && r.opens(t.get(m + 1)) == null && shapes.startsClause(m + 1)) {
                return x.start();
            }
        }
        return -1;
    }

    /**
     * Where a clause set off after the sentence's subject ends, when the content from token k lies inside it: "The harbour
     * master, who calls the ferry line a “partner”, is not willing …", "The board, which threatens to sell the pier, appears
     * divided", "The two towns, condemned to share one harbour, make …". A non-restrictive relative clause or a participle
     * clause postmodifying the subject is set off by a comma on either side (Quirk et al. 1985, 17.22 and 17.53-17.54); the
     * comma after it is followed by the main clause's verb, which is no part of what the cue in the postmodifier reports.
     * So when the stretch before the comma that opens the postmodifier (a relative pronoun or a participle right after it)
     * holds no verb, it is the subject, and the content ends at the first comma after k followed by a verb (an adverb may come
     * first). The offset of that comma, or -1.
     */
    int setOffClauseEnd(int k) {
        int open = -1;
        for (int m = k - 1; m > 0; m--) {
            if (t.get(m).text().equals(",") && !r.quotes().inside(t.get(m).start())) {
                open = m;
                break;
            }
        }
        if (open < 1 || open + 1 >= k) {
            return -1;
        }
        Token opener = t.get(open + 1);
        boolean relative = SetOffPhrases.RELATIVES.contains(Phrases.lower(opener));
        boolean participle = opener.is("VERB") && !Phrases.lower(opener).equals(opener.lemma());
        if (!relative && !participle) {
            return -1;
        }
        for (int m = 0; m < open; m++) {
            if ((t.get(m).is("VERB") || t.get(m).is("AUX")) && !r.quotes().inside(t.get(m).start())) {
                return -1;
            }
        }
        for (int m = k + 1; m + 1 < t.size(); m++) {
            Token x = t.get(m);
            if (!x.text().equals(",") || r.quotes().inside(x.start())) {
                continue;
            }
            int v = m + 1;
            while (v < t.size() && t.get(v).is("ADV")) {
                v++;
            }
            if (v < t.size() && (t.get(v).is("AUX") || t.get(v).is("VERB") && !Phrases.lower(t.get(v)).endsWith("ing"))) {
                return x.start();
            }
        }
        return -1;
    }

    /**
     * Whether the word after the conjunction at token m, read as a verb, is the second conjunct of a noun phrase: "protect
     * the towns from missiles and drones", "asked about fees and charges." Coordination joins constituents of one kind
     * (Quirk et al. 1985, 13.15-13.17: conjoins are alike in function and form); after a plural noun, a word in -s that
     * WordNet 3.1 holds as a noun, with nothing of a predicate after it (the sentence's or clause's end: a full stop, a comma, a
     * semicolon, a closing quotation or bracket; or a preposition), is a plural noun the tagger read as a verb. A verb in -s
     * coordinated as a predicate of its own takes its object or complement ("and warns that …", "and claims the pier").
     */
    boolean nounConjunct(int m) {
        if (m < 1 || m + 1 >= t.size()) {
            return false;
        }
        Token before = t.get(m - 1);
        Token word = t.get(m + 1);
        String b = Phrases.lower(before);
        String w = Phrases.lower(word);
        if (!before.is("NOUN") || !b.endsWith("s") || b.endsWith("ss") || !w.endsWith("s") || w.endsWith("ss")
                || WordNet.shared().lexicographerFile(w.substring(0, w.length() - 1), WordNet.Pos.NOUN).isEmpty() && WordNet.shared().lexicographerFile(w, WordNet.Pos.NOUN).isEmpty()) {
            return false;
        }
        if (m + 2 >= t.size()) {
            return true;
        }
        Token after = t.get(m + 2);
        String a = after.text();
        return a.equals(".") || a.equals(",") || a.equals(";") || a.equals(")") || r.closes(after) != null || after.is("ADP") && !Phrases.lower(after).equals("that");
    }

    /**
     * Whether the conjunction at token m is the second member of a correlative pair whose first member stands
     * right before a verb between tokens k and m ("she neither signed nor read it", "either resign or apologise"):
     * it then joins two verbs of one clause and starts no statement of its own. "said both options were costly
     * and added that …" is two statements: "both" qualifies a noun there.
     */
    boolean correlativeBefore(int k, int m, String conjunction) {
        String first = switch (conjunction) {
            case "nor" -> "neither";
            case "or" -> "either";
            case "and" -> "both";
            default -> null;
        };
        if (first == null) {
            return false;
        }
        for (int j = k; j + 1 < m; j++) {
            if (Phrases.lower(t.get(j)).equals(first) && (t.get(j + 1).is("VERB") || t.get(j + 1).is("AUX"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a supplementive clause of "with", a subject and a participle of a verb of speaking opens at token m ("…, with
     * the chair stating that …", "…, with Peru adding that …"): a nonfinite clause with a subject of its own, an adverbial of
     * the whole sentence (Quirk et al. 1985, 15.58-15.59 and 14.12), which reports another speaker's words. PolNeAR annotates
     * its participle as a cue of its own, and the content before it ends at the comma. The subject is a noun phrase of up
     * to eight words (names, nouns, adjectives, determiners, possessives) with no verb in it; the participle's lemma is a verb of
     * communication ({@link CueLexicon#communicates}, {@link CueLexicon#reportsSpeech}) followed by "that", a quotation or a clause.
     */
    boolean withReport(int m) {
        if (m + 2 >= t.size() || !Phrases.lower(t.get(m)).equals("with")) {
            return false;
        }
        int v = m + 1;
        while (v < Math.min(t.size(), m + 10) && (t.get(v).is("PROPN") || t.get(v).is("NOUN") || t.get(v).is("ADJ") || t.get(v).is("DET")
                || t.get(v).is("PART") || t.get(v).is("NUM") || Phrases.possessive(t.get(v)))) {
            v++;
        }
        while (v < t.size() && t.get(v).is("ADV")) {
            v++;
        }
        if (v == m + 1 || v >= t.size()) {
            return false;
        }
        Token verb = t.get(v);
        if (!verb.is("VERB") || !Phrases.lower(verb).endsWith("ing") || !cues.communicates(verb.lemma()) && !cues.reportsSpeech(verb.lemma())
                || v + 1 >= t.size()) {
            return false;
        }
        // The participle takes what a verb of speaking reports: "that", a quotation or a clause ("with prices rising", "with the
        // economy adding jobs" report nothing).
        Token after = t.get(v + 1);
        return (Phrases.lower(after).equals("that") || r.opens(after) != null || shapes.startsClause(v + 1)) && SourceHeads.canSpeak(r, m + 1, v - 1);
    }

    /** Conjunctions that turn to a contrasting or conceding clause (closed classes: Quirk et al. 1985, 13.5 "but", "yet"; 15.8 "although", "though", "while", "whereas"). */
    private static final java.util.Set<String> CONTRASTING = java.util.Set.of("but", "yet", "although", "though", "while", "whereas");

    /**
     * Where a clause of the outlet's own opens at token m, after the closing mark of a quotation in the content: a comma (before
     * or after the closing mark) then a contrasting or conceding conjunction and a clause with its own subject, an adverbial
     * allowed first ("…,” perhaps in May, but the mayor avoids dates", "“true,” but in its report the board …"), or a
     * semicolon and such a clause. Coordinated or concessive clauses with a subject of their own after a quotation are not part
     * of it (Quirk et al. 1985, 13.5, 15.8; PARC 3.0's guidelines end a content where the source's words end) unless a
     * reporting frame governs them: "but said that …", "but that …" (no subject of their own) are not taken here. The offset
     * (UTF-16 units) the content ends at, or -1.
     */
    int outletClauseAfterQuotation(int m) {
        Token x = t.get(m);
        boolean inside = r.quotes().inside(x.start()) && r.closes(x) == null;
        if (inside || m + 2 >= t.size()) {
            return -1;
        }
        if (x.text().equals(";")) {
            return clauseWithSubject(m + 1) && !backshifted(m + 1) ? x.start() : -1;
        }
        boolean comma = x.text().equals(",") || r.closes(x) != null && t.get(m - 1).text().equals(",");
        if (!comma || !CONTRASTING.contains(Phrases.lower(t.get(m + 1))) || !clauseWithSubject(m + 2) || backshifted(m + 2)) {
            return -1;
        }
        return x.text().equals(",") ? x.start() : x.end();
    }

    /** The past forms of the modals, which backshift "will", "can", "may", "shall" in reported speech (Quirk et al. 1985, 14.31). */
    private static final java.util.Set<String> BACKSHIFTED_MODALS = java.util.Set.of("would", "could", "might", "should");

    /**
     * Whether the clause from token j on has its first verb backshifted — a past modal ("the toll would rise") or a past
     * perfect ("the crews had not been paid"): the tense of indirect speech under a reporting verb (Quirk et al. 1985,
     * 14.31), so the clause is still the speaker's words, reported, and not the outlet's own.
     */
    private boolean backshifted(int j) {
        for (int k = j; k < Math.min(t.size(), j + 10); k++) {
            Token w = t.get(k);
            if (!w.is("AUX") && !w.is("VERB")) {
                if (w.is("PUNCT")) {
                    return false;
                }
                continue;
            }
            String word = Phrases.lower(w);
            if (BACKSHIFTED_MODALS.contains(word)) {
                return true;
            }
            if (!word.equals("had")) {
                return false;
            }
            for (int v = k + 1; v < Math.min(t.size(), k + 4); v++) {
                Token next = t.get(v);
                if (next.is("VERB") || next.is("AUX")) {
                    return true;
                }
                if (!next.is("ADV") && !next.is("PART")) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    private boolean clauseWithSubject(int j) {
        if (shapes.startsClause(j)) {
            return true;
        }
        int past = shapes.afterAdverbial(j);
        return past > j && shapes.startsClause(past);
    }
}
