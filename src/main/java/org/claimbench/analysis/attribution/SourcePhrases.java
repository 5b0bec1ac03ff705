package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * The source of a cue in its sentence (PARC 3.0's source span): the noun phrase or pronoun of the cue's
 * own clause, before the verb ("the mayor said"), after it ("…, said the mayor"), across an aside between
 * commas, dashes or brackets, the antecedent of "who", the subject of a verb the cue is coordinated with
 * or of the clause a reporting participle hangs on, and the raised subject of "is said to have warned".
 * Pronouns are left for {@link Antecedents}.
 */
final class SourcePhrases {

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;

    SourcePhrases(Reading r, CueLexicon cues) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
    }

    /** Whether token i is a verb of beginning or continuing ("continues to believe"): its subject is the cue's ({@link AspectualVerbs}). */
    boolean aspectual(int i) {
        return AspectualVerbs.at(t, i);
    }

    /** A source phrase: its tokens, its name, and whether it follows the cue ("…, said Smith"). */
    record Source(int start, int end, String name, boolean inverted, boolean borrowed) {

        Source(int start, int end, String name, boolean inverted) {
            this(start, end, name, inverted, false);
        }

        Source borrowedBy() {
            return new Source(start, end, name, inverted, true);
        }
    }

    /** The source phrase of the cue at tokens {@code cueStart}..{@code cueEnd}; null when its clause names none (a passive, an infinitive). */
    Source of(int cueStart, int cueEnd) {
        return sourceOf(cueStart, cueEnd, 0);
    }

    private Source sourceOf(int cueStart, int cueEnd, int depth) {
        int j = cueStart - 1;
        if (j >= 1 && Phrases.lower(t.get(j)).equals("to") && aspectual(j - 1)) {
            // "The council continues to believe that …": the subject of "continues".
            j -= 2;
            cueStart = j + 1;
        }
        boolean be = false;
        boolean finite = false;
        while (j >= 0 && (t.get(j).is("ADV") || t.get(j).is("AUX") || (t.get(j).is("PART") && !Phrases.lower(t.get(j)).equals("to")))) {
            be |= t.get(j).is("AUX") && t.get(j).lemma().startsWith("be");
            finite |= t.get(j).is("AUX") && !t.get(j).text().endsWith("ing");
            j--;
        }
        if (j >= 1 && FLOATING.contains(Phrases.lower(t.get(j))) && (t.get(j - 1).is("AUX") || operator(t.get(j - 1))
                || Phrases.canEnd(t.get(j - 1)) || Phrases.subjectPronoun(t.get(j - 1)) || t.get(j - 1).text().equals(")"))) {
            // "Berg and Ruiz have both argued …", "The pilots each said …": a quantifier floated after the subject or the
            // operator stands for the subject, which is who speaks (Quirk et al., A Comprehensive Grammar of the English
            // Language, 1985, on all, both and each after the subject or the operator).
            j--;
            while (j >= 0 && (t.get(j).is("ADV") || t.get(j).is("AUX") || operator(t.get(j)))) {
                be |= t.get(j).lemma().equals("be");
                finite = true;
                j--;
            }
        }
        // A cue in -ing after a finite auxiliary ("…, is pledging to …") is a progressive, the verb of its clause, not a participle
        // clause hanging on the clause before (a nonfinite clause has no finite auxiliary: Quirk et al. 1985, 3.54, 14.5).
        boolean participle = t.get(cueStart).text().endsWith("ing") && !finite;
        int timed = participle && depth < 3 ? TimePhrases.beforeTime(t, j, true) : j;
        if (timed != j && t.get(timed).is("VERB")) {
            // "A suit was filed in 2015 alleging …": a participle clause after a verb and its time adverbial hangs on that verb's
            // clause, whose subject is its own (Quirk et al. 1985, 15.58); the time says when, never who.
            Source of = sourceOf(timed, timed, depth + 1);
            return of == null ? null : of.borrowedBy();
        }
        int[] object = j >= 2 && depth == 0 ? ObjectControl.object(r, t, j) : null;
        if (object != null) {
            // "The senator forced Berg to admit that …": the object is the infinitive's subject.
            return named(object[0], object[1], false);
        }
        if (j >= 1 && emphaticReflexive(t.get(j)) && Phrases.canEnd(t.get(j - 1))) {
            // "The board itself said", "Ruiz herself told": the emphatic reflexive stands in apposition to the subject
            // (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 6.24).
            j--;
        }
        int beforeTime = TimePhrases.subjectSide(t, j);
        if (beforeTime != j) {
            // "Berg on Friday announced", "the council this week said": the time between the subject and its verb is no source.
            j = beforeTime;
            while (j >= 0 && (t.get(j).is("ADV") || t.get(j).is("AUX"))) {
                be |= t.get(j).is("AUX") && t.get(j).lemma().startsWith("be");
                j--;
            }
        }
        if (be && !t.get(cueStart).text().endsWith("ing") && depth == 0) {
            // "was told", "is expected": a passive; its subject is not who speaks. A passive the cue is coordinated with shares
            // its subject with it ("the wardens were angered by the ruling and warned …": the wardens warned).
            return null;
        }
        int to = j >= 1 && t.get(j).lemma().equals("have") && Phrases.lower(t.get(j - 1)).equals("to") ? j - 1 : j;
        if (to >= 3 && Phrases.lower(t.get(to)).equals("to") && t.get(to - 1).is("VERB") && cues.verb(t.get(to - 1).lemma()).isPresent()
                && t.get(to - 2).is("AUX") && t.get(to - 2).lemma().equals("be")) {
            // "Ruiz is said to have warned that …", "Ruiz was reported to have told …": the passive's subject is raised from
            // the cue's clause, and is who spoke.
            int e = to - 3;
            while (e >= 0 && t.get(e).is("ADV")) {
                e--;
            }
            int st = e >= 0 ? Phrases.startBefore(t, e) : -1;
            if (e >= 0 && Phrases.subjectPronoun(t.get(e))) {
                return new Source(e, e, t.get(e).text(), false);
            }
            return st < 0 ? null : named(st, e, false);
        }
        if (j >= 2 && participle && r.closes(t.get(j)) != null && t.get(j - 1).text().equals(",")) {
            // "“…,” adding that …": the comma stands inside the closing quotation mark (American usage, Chicago Manual of
            // Style 6.9); the participle hangs on the clause before as after "…”, adding".
            j--;
        }
        if (j >= 0 && depth < 3) {
            Token y = t.get(j);
            if (y.text().equals(",") && participle && j >= 2 && Phrases.canEnd(t.get(j - 1))) {
                // "…, or the harbour master, grumbling about …" / "…, and Ana Ruiz, D-Isl., saying …": a phrase set off is the subject.
                Source paren = ParentheticalNames.of(r, j - 1);
                int st = paren != null ? paren.start() : Phrases.startBefore(t, j - 1);
                boolean setOff = st > 0 && t.get(st - 1).text().equals(",") && !Postmodifiers.appositiveName(t, st, j - 1)
                        || st > 1 && t.get(st - 1).is("CCONJ") && t.get(st - 2).text().equals(",");
                if (setOff) {
                    return (paren != null ? paren : named(st, j - 1, false)).borrowedBy();
                }
            }
            if (t.get(cueStart).text().endsWith("ing") && GERUND_OPENERS.contains(Phrases.lower(y)) && j > 0) {
                // "Berg kept his offer while waiting for a reply", "Berg began by thanking them": the subject of the clause.
                Source of = ParticipleAdjuncts.subjectOfFirstClause(r, j);
                return of == null ? null : of.borrowedBy();
            }
            if (y.is("CCONJ") || (y.text().equals(",") && participle)) {
                // "Smith thanked them and said …": the subject of the verb before. "…, saying …": of the clause's verb.
                if (y.is("CCONJ")) {
                    int verb = CoordinatedVerbs.before(r, j, cueStart);
                    if (verb >= 0) {
                        Source of = sourceOf(verb, verb, depth + 1);
                        return of == null ? null : of.borrowedBy();
                    }
                } else {
                    Source of = ParticipleAdjuncts.afterReportingClause(r, t, j, cues) ? sourceOf(j - 1, j - 1, depth + 1) : null;
                    // "The pier will reopen, Ortiz said, adding …": the participle hangs on the reporting clause before its comma.
                    of = of != null ? of : ParticipleAdjuncts.subjectOfFirstClause(r, j);
                    return of == null ? null : of.borrowedBy();
                }
            }
        }
        int relativeHead = RelativeClauses.headBefore(t, j);
        int relativeStart = relativeHead < 0 ? -1 : Phrases.startBefore(t, relativeHead);
        if (relativeStart >= 0) {
            // "Officials who spoke on condition of anonymity said …": the noun a restrictive relative clause modifies.
            return named(SourceHeads.personalAntecedent(r, relativeStart, relativeHead), relativeHead, false);
        }
        if (j >= 0) {
            Token y = t.get(j);
            String w = Phrases.lower(y);
            if (y.is("PRON") && Phrases.RELATIVES.contains(w)) {
                int k = j - 1;
                if (k >= 0 && t.get(k).text().equals(",")) {
                    k--;
                }
                // "released its accounts in May, which showed …": a time phrase is no antecedent; the noun phrase before it is.
                int time = k >= 1 ? TimePhrases.beforeTime(t, k, false) : k;
                k = time != k && Phrases.canEnd(t.get(time)) ? time : k;
                int st = Phrases.startBefore(t, k);
                return st < 0 ? null : named(SourceHeads.personalAntecedent(r, st, k), k, false);
            }
            if ((w.equals("them") || w.equals("us")) && j >= 2 && Phrases.lower(t.get(j - 1)).equals("of")
                    && (QUANTIFIERS.contains(Phrases.lower(t.get(j - 2))) || t.get(j - 2).is("NUM"))) {
                // "Most of them said …": part of the group the pronoun names, resolved as its subject form.
                return new Source(j - 2, j, w.equals("them") ? "they" : "we", false);
            }
            if (y.is("VERB") && j >= 1 && Phrases.lower(t.get(j - 1)).equals("those") && w.endsWith("ed")) {
                // "Those surveyed said …": the people the participle describes.
                return new Source(j - 1, j, t.get(j - 1).text() + " " + y.text(), false);
            }
            int participleHead = Postmodifiers.participleHead(t, j, t.get(cueStart));
            if (participleHead >= 0 && Phrases.startBefore(t, participleHead) >= 0) {
                // "The growers polled said …": the noun the participle postmodifies speaks.
                int st = Phrases.startBefore(t, participleHead);
                return new Source(st, j, Phrases.name(r.text(), t, st, participleHead), false);
            }
            if (Phrases.subjectPronoun(y)) {
                return new Source(j, j, y.text(), false);
            }
            if (QUANTIFIERS.contains(w) && !y.is("ADV") && (j == 0 || !(Phrases.nominal(t.get(j - 1)) || t.get(j - 1).is("ADJ") || t.get(j - 1).is("DET")))) {
                // "Some said …", "Both told …": a quantifier standing alone is the subject, a part of those spoken of.
                return new Source(j, j, y.text(), false);
            }
            Source issuer = depth < 3 && t.get(cueStart).text().endsWith("ing") ? Messages.issuer(t, j) : null;
            if (issuer != null) {
                // "The board issued a statement Monday saying …": who issued the message says it.
                Source of = sourceOf(issuer.start(), issuer.start(), depth + 1);
                return of == null ? null : of.borrowedBy();
            }
            Source bracketed = ParentheticalNames.of(r, j);
            if (bracketed != null) {
                // "Sen. Ana Ruiz (D-Ore.) said": a party and state, or an age, in brackets after the name belong to its phrase.
                return bracketed;
            }
            if (Phrases.canEnd(y) || Postmodifiers.objectAfterPreposition(t, j)) {
                int st = Postmodifiers.objectAfterPreposition(t, j) ? j : Phrases.startBefore(t, j);
                // "tenants living near the pier said", "Berg on the radio explained": the phrase after a preposition
                // modifies the subject before it, which is who speaks.
                // "dropped a bid last year after the Treasury issued …": "after" opens the cue's clause, its subject after it.
                int head = Postmodifiers.temporalClause(t, st) && SourceHeads.canSpeak(r, st, j) ? -1 : Postmodifiers.headBefore(t, st);
                int hs = head < 0 ? st : Phrases.startBefore(t, head) < 0 ? head : Phrases.startBefore(t, head);
                int verb = participle && depth < 3 && hs >= 0 ? ParticipleAdjuncts.verbOfObject(t, hs) : -1;
                Source ofVerb = verb >= 0 ? sourceOf(verb, verb, depth + 1) : null;
                if (ofVerb != null) {
                    // "Ruiz made a pitch to the voters saying …": the participle after a verb's object hangs on its clause.
                    return ofVerb.borrowedBy();
                }
                if (head >= 0) {
                    return new Source(hs, j, Phrases.name(r.text(), t, hs, head), false);
                }
                return named(st, j, false);
            }
            if (!y.is("PUNCT")) {
                return null;
            }
        }
        // "…, said the mayor": the phrase right after the cue, ending the sentence or its clause (not a verb's object).
        // Right after a quotation, the clause of saying may hold a time before or adverbials after its subject (QuotativeAdjuncts);
        // after a verb of telling the phrase with adverbials after it is its addressee ("reminded his staff about …").
        boolean afterQuotation = j >= 0 && r.closes(t.get(j)) != null;
        int k = afterQuotation ? QuotativeAdjuncts.afterTime(t, cueEnd + 1) : cueEnd + 1;
        int e = Phrases.endAfter(t, k);
        if (cues.takesAddressee(t.get(cueStart).lemma()) && j >= 0 && t.get(j).text().equals(",") && besideAside(j) != null) {
            // "“…,” Ana Ruiz, the mayor's adviser, told the Gazette.": the phrase after a verb of telling is its addressee
            // when a subject stands before it; only a verb without one inverts ("“…,” said the mayor").
            return besideAside(j);
        }
        // "“…,” reported the Gazette": after a quotation a verb of saying inverts with its subject though it may take an
        // object elsewhere ("reported the theft"; quotative inversion, Quirk et al. 1985, 14.29 note and 18.48). It inverts a
        // noun phrase, not a pronoun: "put it", "told him" hold the cue's object.
        boolean quotative = afterQuotation && cues.reportsSpeech(t.get(cueStart).lemma());
        // "“…,” said Rep. Ana Ruiz (D-Ore.), …": the brackets after the name belong to its phrase, as before a verb.
        // "…, said a person familiar with the plans": an adjective phrase after the inverted subject's noun belongs to it.
        int b = ParentheticalNames.endAfterName(r, Postmodifiers.adjectivePhraseEnd(t, e));
        // "…, wrote Tom Berg on Facebook.": after a clause closed by a comma, a verb of saying inverts with a subject that can
        // speak and adverbials after it, as after a quotation.
        boolean afterClause = j >= 0 && t.get(j).text().equals(",") && cues.reportsSpeech(t.get(cueStart).lemma()) && e >= 0
                && SourceHeads.canSpeak(r, k, e) && verbBefore(j) && besideAside(j) == null;
        if (e >= 0 && (!cues.takesObject(t.get(cueStart).lemma()) || quotative) && !timeOnly(k, e) && !Postmodifiers.objectPronoun(t.get(k))
                && (b == t.size() - 1 || t.get(b + 1).text().equals(",") || t.get(b + 1).text().equals(".") || t.get(b + 1).text().equals(":")
                || (afterQuotation && !cues.takesAddressee(t.get(cueStart).lemma()) || afterClause) && QuotativeAdjuncts.onlyAdverbialsFrom(t, b + 1))) {
            return new Source(k, b, Phrases.name(r.text(), t, k, e), true);
        }
        int accordingAt = accordingPhraseEndingAt(j);
        if (accordingAt > 0) {
            // "Berg, according to the Gazette, criticized …" / "Berg according to the Gazette criticized …": the phrase before it.
            int last = accordingAt - 1;
            if (t.get(last).text().equals(",")) {
                last--;
            }
            int st = Phrases.startBefore(t, last);
            if (st >= 0) {
                return named(st, last, false);
            }
        }
        if (j >= 1 && t.get(j).text().equals(",") && ParentheticalNames.of(r, j - 1) != null) {
            // "Sen. Ana Ruiz (D-Ore.), said"
            return ParentheticalNames.of(r, j - 1);
        }
        if (j >= 0 && Phrases.dash(r.text(), t.get(j))) {
            // "Ruiz — after a pause — told reporters": the phrase before the aside set between dashes.
            for (int c = j - 1; c >= Math.max(1, j - ASIDE); c--) {
                if (Phrases.dash(r.text(), t.get(c))) {
                    Source before = ParentheticalNames.of(r, c - 1);
                    int st = Phrases.startBefore(t, c - 1);
                    return before != null ? before : st < 0 ? null : named(st, c - 1, false);
                }
                if (r.quoteMark(t.get(c))) {
                    break;
                }
            }
        }
        return j >= 0 && t.get(j).text().equals(",") ? besideAside(j) : null;
    }

    /**
     * The subject before an aside set between commas that ends at the comma at token j: "Smith, the mayor, said" /
     * "Smith, speaking on Monday, said" give the phrase before the aside; "the mayor's adviser, Ana Ruiz, said" the name
     * set beside it. Null when no such aside ends there.
     */
    private Source besideAside(int j) {
        // "Smith, the mayor, said" / "Smith, speaking on Monday, said": the phrase before the aside;
        // "the mayor's adviser, Ana Ruiz, said": the name set beside it.
        for (int c = j - 1; c >= Math.max(0, j - ASIDE); c--) {
            if (t.get(c).text().equals(",")) {
                c = SetOffPhrases.relativeClauseOpening(t, c, j, ASIDE, r::quoteMark);
                if (c >= 1 && ParentheticalNames.of(r, c - 1) != null) {
                    return ParentheticalNames.of(r, c - 1);
                }
                int st = Phrases.startBefore(t, c - 1);
                if (st < 0) {
                    return null;
                }
                if (Phrases.names(t, c + 1, j - 1) && !Phrases.names(t, st, c - 1)) {
                    return new Source(st, j - 1, Phrases.name(r.text(), t, c + 1, j - 1), false);
                }
                int subject = SetOffPhrases.subjectBeforeAppositive(t, st);
                // "Tom Berg, the harbour master, one of the oldest pilots, said": two appositions after the subject.
                if (subject >= 0 && SourceHeads.canSpeak(r, Phrases.startBefore(t, subject), subject)) {
                    // ("Last month, the Independent, a weekly, revealed": a time opening the sentence is no subject.)
                    return named(Phrases.startBefore(t, subject), subject, false);
                }
                return named(st, c - 1, false);
            }
            if (r.quoteMark(t.get(c))) {
                break;
            }
        }
        return null;
    }

    /** Whether a verb stands before token j: what a comma there closes is a clause ("Trade will fall, wrote …"), not an aside. */
    private boolean verbBefore(int j) {
        for (int m = 0; m < j; m++) {
            if (t.get(m).is("VERB") || t.get(m).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is a reflexive pronoun ("itself", "themselves"; a closed class), which may stand after a subject for emphasis. */
    private static boolean emphaticReflexive(Token x) {
        String w = Phrases.lower(x);
        return x.is("PRON") && (w.endsWith("self") || w.endsWith("selves"));
    }


    /**
     * Quantifiers before "of them" (a closed class: Quirk et al., A Comprehensive Grammar of the English Language, 1985, 5.24),
     * the negative and free-choice ones left out: "None of them said …" says that they did not.
     */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("all", "both", "each", "either", "some", "many", "much", "most",
            "several", "half");

    /** Quantifiers that float after the subject or the operator (a closed class): "have both argued", "each said". */
    private static final java.util.Set<String> FLOATING = java.util.Set.of("all", "both", "each");

    /** "have", "be" or "do", which the tagger may read as a main verb where it is the operator ("have/VERB all said"). */
    private static boolean operator(Token x) {
        return x.is("VERB") && (x.lemma().equals("have") || x.lemma().equals("be") || x.lemma().equals("do"));
    }

    /** Words that open an adverbial gerund clause ("while hoping", "by thanking"; closed class members). */
    private static final java.util.Set<String> GERUND_OPENERS = java.util.Set.of("while", "when", "after", "before", "by", "since", "without");

    /** How many tokens an aside between the subject and its cue may hold ("Smith, a lawyer who has … , said"). */
    private static final int ASIDE = 30;


    /** Whether the phrase from token k to e is a time alone ("Tuesday", "last week"): no one speaks in it. */
    private boolean timeOnly(int k, int e) {
        for (int m = k; m <= e; m++) {
            Token x = t.get(m);
            if (!(Phrases.calendar(x) || ClauseShapes.TIMES.contains(Phrases.lower(x)) || x.is("NUM") || x.is("DET"))) {
                return false;
            }
        }
        return true;
    }

    /** Where an "according to X" phrase ending at token j (or at the comma j) starts, or -1. */
    private int accordingPhraseEndingAt(int j) {
        int e = j >= 0 && t.get(j).text().equals(",") ? j - 1 : j;
        for (int a = Math.max(0, e - 10); a + 2 <= e; a++) {
            if (Phrases.lower(t.get(a)).equals("according") && Phrases.lower(t.get(a + 1)).equals("to") && Phrases.endAfter(t, a + 2) == e) {
                return a;
            }
        }
        return -1;
    }

    private Source named(int start, int end, boolean inverted) {
        return new Source(start, end, Phrases.name(r.text(), t, start, end), inverted);
    }
}
