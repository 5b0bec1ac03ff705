package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The content of an attribution in its sentence: the cue's complement after it, or what the
 * attribution closes before it.
 * <ul>
 * <li>After the cue: a clause opened by "that", "whether" or "if"; a quotation ("said: “…”", "said in a
 *     statement, “…”"); a bare clause, a subject and its verb ("said the talks failed"); for verbs that
 *     take an object (praise, urge, accuse, want …) the object and what follows ("blasted him for …").
 *     A short adverbial may come first ("said on Monday that …"), and an addressee after verbs of
 *     telling ("told reporters that …").</li>
 * <li>Before the cue: the sentence up to the comma, dash or closing quotation mark that ends it ("…, the
 *     mayor said"); a quotation that closes there is taken whole, over the sentences and paragraphs it spans.</li>
 * <li>A quotation that ends a sentence and the quotation that opens the next sentence of the paragraph
 *     ("“A,” she said. “B.”") are one content.</li>
 * </ul>
 */
final class ContentSpans {

    /** Words that open a reported clause (a closed class). */
    static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");

    /** Prepositions that say what someone speaks or thinks about (closed class members): "joked about", "asked for". */
    private static final Set<String> TOPICS = Set.of("about", "for", "on", "against", "of");


    /** Words that turn to a contrasting clause (a closed class): "…, while Berg warned …" starts another statement. */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");

    /** Parts of a content, and their kind when the reading knows it (a quotation after the cue is direct). */
    record Content(List<TextSpan> parts, Attribution.Kind kind) {
    }

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;
    private final ClauseShapes shapes;
    private final ComplementOpeners openers;
    private final MixedQuotations mixed;
    private final ClauseEnds ends;
    private final CoordinatedThatClauses thatClauses;
    private final PostposedAddressees addressees;
    private final ObjectPhraseEnds objects;

    ContentSpans(Reading r, CueLexicon cues, ClauseShapes shapes) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
        this.shapes = shapes;
        this.openers = new ComplementOpeners(r);
        this.mixed = new MixedQuotations(r);
        this.ends = new ClauseEnds(r, cues, shapes);
        this.thatClauses = new CoordinatedThatClauses(r);
        this.addressees = new PostposedAddressees(r);
        this.objects = new ObjectPhraseEnds(r);
    }

    /**
     * The complement after an aside set off by commas from the comma at token {@code comma}: a few words
     * with no quotation and no subject of their own ("for example", "in a statement on Monday", "when
     * asked", "win or lose"), then "that" and a clause, or a clause. Null when no such aside stands there.
     */
    private Content pastAside(int comma) {
        int n = t.size();
        for (int c = comma + 1; c < Math.min(n, comma + 8); c++) {
            Token x = t.get(c);
            if (x.text().equals(",")) {
                if (c == comma + 1 || c + 1 >= n || allNames(comma + 1, c)) {
                    // "said, Walsh, the mayor, agreed": a name between commas is a subject set off, not an aside.
                    return null;
                }
                Token next = t.get(c + 1);
                if (next.is("SCONJ") && Phrases.lower(next).equals("that")) {
                    return clause(c + 2);
                }
                return shapes.startsClause(c + 1) ? clause(c + 1) : null;
            }
            if (x.is("PUNCT") && !ClauseShapes.wordTaggedAsPunctuation(x) || x.is("SCONJ") && Phrases.lower(x).equals("that")
                    || x.is("PRON") && !Phrases.possessive(x) || r.opens(x) != null) {
                return null;
            }
        }
        return null;
    }

    private boolean allNames(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!t.get(j).is("PROPN")) {
                return false;
            }
        }
        return true;
    }

    /** The cue's complement from token {@code from} on; null when the cue has none, or only a time after it. */
    Content after(int from, CueLexicon.Cue cue) {
        Content c = complement(from, cue);
        return c == null || c.parts().size() != 1 || !shapes.timeAlone(c.parts().get(0)) ? c : null;
    }

    private Content complement(int from, CueLexicon.Cue cue) {
        if (!cues.takesAddressee(cue.lemma()) || from >= t.size()) {
            return afterFrom(from, cue);
        }
        if (cues.communicates(cue.lemma()) && addressees.alone(from)) {
            // "…, Varn told The Harlow Courier.": the message is the clause before the reporting clause, not the addressee.
            return null;
        }
        int past = afterAddressee(from);
        Content c = afterFrom(past, cue);
        if (c == null && past != from && !cues.reportsSpeech(cue.lemma())) {
            // "filings show no payments since 2010": no message after the phrase, so the phrase was what is shown, not to whom
            // (show, teach, offer take either; a verb of speaking keeps its addressee: "told reporters on Monday").
            return afterFrom(from, cue);
        }
        return c;
    }

    private Content afterFrom(int k, CueLexicon.Cue cue) {
        int n = t.size();
        if (k >= n) {
            return null;
        }
        // A short adverbial ("on Monday", "in a statement") may stand before what opens the content.
        for (int m = k; m < Math.min(n, k + 9); m++) {
            Token x = t.get(m);
            String w = Phrases.lower(x);
            TextSpan q = r.opens(x);
            if (q != null) {
                if (m > k && cues.takesObject(cue.lemma()) && Phrases.endAfter(t, k) == m - 1) {
                    // "called the call “very productive”": the object and what is said of it.
                    return clause(k);
                }
                int that = openers.thatAfter(q, m);
                if (that > 0) {
                    // "told the “Evening Hour” on Friday that …": a quoted title, then the complement.
                    return clause(that + 1);
                }
                if (m > k && ComplementOpeners.opensPhrase(t.get(m - 1))) {
                    // "said Walsh’s “new depot is a folly”", "said the “plan” …": a quotation inside the clause (mixed).
                    return clause(k);
                }
                if (m > k && mixed.subjectBefore(k, m, q)) {
                    // "said the city “plainly” needed …", "says dockers “are a stubborn lot”": the quotation is part of the clause.
                    return clause(k);
                }
                if (mixed.goesOnAfter(q)) {
                    // "called the ruling “a gift” to the landlords", "blamed the delays on “bad luck” and the weather": a
                    // quoted phrase the clause goes on after is part of it (PARC 3.0's partial quotation), not the content alone.
                    return clause(k);
                }
                Content quotation = quoted(q);
                if (quotation != null || m == k) {
                    return quotation;
                }
                // "dismissed the quarrel as “silly”": a quotation of one word is part of the clause (read below).
                break;
            }
            if (x.text().equals(":")) {
                if (m + 1 < n && r.opens(t.get(m + 1)) != null) {
                    return quoted(r.opens(t.get(m + 1)));
                }
                if (m + 1 < n) {
                    return clause(m + 1);
                }
                // "Ruiz added:" closing its line: the next paragraph is what she added.
                TextSpan paragraph = r.paragraphAfter(x.end());
                if (paragraph == null) {
                    return null;
                }
                TextSpan opened = r.quotes().around(paragraph.start() - 1);
                // A quotation that is the whole paragraph (or goes on past it) is direct speech, taken as one after a cue.
                return opened != null && opened.start() == paragraph.start() - 1 && opened.end() >= paragraph.end() ? quoted(opened)
                        : new Content(List.of(paragraph), null);
            }
            if (x.is("SCONJ") && COMPLEMENTIZERS.contains(w)) {
                return clause(w.equals("that") ? m + 1 : m);
            }
            if (w.equals("that") && x.is("PRON") && m + 1 < n && (!(t.get(m + 1).is("VERB") || t.get(m + 1).is("AUX"))
                    || t.get(m + 1).is("VERB") && Phrases.lower(t.get(m + 1)).endsWith("ing"))) {
                // The tagger reads some complementizers as the pronoun: "adding that any pause must …", "argues that
                // widening the road has …" (an -ing clause as the subject of the reported clause; Quirk et al. 1985, ch. 15).
                return clause(m + 1);
            }
            if (w.equals("that") && m == k && (x.is("PRON") || x.is("DET")) && m + 1 < n && t.get(m + 1).is("AUX")) {
                // "said that is unlikely", "said that would be a mistake": the demonstrative is the clause's subject.
                return clause(m);
            }
            if (x.text().equals(",") && m + 1 < n && r.opens(t.get(m + 1)) != null) {
                continue;
            }
            if (x.text().equals(",")) {
                // "testified, for example, that …", "said, in a statement on Monday, the talks …": an adverbial aside
                // between commas, then the complement.
                Content past = pastAside(m);
                if (past != null) {
                    return past;
                }
            }
            if (x.is("VERB") || x.is("AUX") || x.is("PUNCT") || x.is("SCONJ") || x.is("CCONJ")) {
                break;
            }
        }
        Token first = t.get(k);
        if (ClauseShapes.QUESTION_WORDS.contains(Phrases.lower(first)) && (first.is("PRON") || first.is("ADV") || first.is("DET"))) {
            return clause(k);
        }
        if (shapes.startsClause(k) || shapes.gerundSubject(k)) {
            // "backed the trade pact, which cost …": a verb that takes an object, its noun phrase and a gloss set off after it.
            return cues.reportsSpeech(cue.lemma()) ? clause(k) : objectPhrase(k);
        }
        if (shapes.infinitive(k)) {
            // "promised to take action", "seeks to energize the base": the course a speaker commits to or intends; PolNeAR
            // annotates what a source says, thinks or intends (its guidelines' "internal state: thoughts, intentions").
            return clause(k);
        }
        if (shapes.gerundClause(k)) {
            // "remembered queuing at the ferry", "insisted on widening the road" (after a topic preposition, below),
            // "proposed raising the fees", "called for closing the pier": a gerund-participle clause right after the verb is
            // its object (Quirk et al. 1985, 16.38-16.40), what the verb is about.
            return clause(k);
        }
        int past = shapes.afterAdverbial(k);
        if (past > k && past < n && shapes.startsClause(past)) {
            // "said in a letter last week the tenants would stay": the clause after a place, a time or a manner.
            return clause(past);
        }
        int that = openers.thatAfterAdverbials(k);
        if (that > 0 && (t.get(k).is("ADP") || t.get(k).is("ADV") || Phrases.calendar(t.get(k)) || t.get(k).text().equals(","))) {
            return clause(that + 1);
        }
        if (openers.respondedTo(k, cue.lemma(), cues)) {
            // "responded to the council’s figures", "commented on the closure of the depot": what was answered or commented on.
            return clause(k + 1);
        }
        if (cues.takesObject(cue.lemma()) && (Phrases.nominal(first) || first.is("DET") || first.is("ADJ")
                || (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first))) || Phrases.lower(first).equals("to"))) {
            return objectPhrase(k);
        }
        if (cues.reportsSpeech(cue.lemma()) && openers.speechTopic(k)) {
            // "announced the new levy", "revealed plans for the pier", "talked about the ferry": VerbNet's say-37.7 and
            // manner_speaking-37.3 take what is said as a noun phrase (their Topic), talk-37.5 after "about".
            return objectPhrase(k);
        }
        if (!cues.reportsSpeech(cue.lemma()) && (Phrases.nominal(first) && !Phrases.calendar(first) || first.is("DET") || first.is("ADJ")
                || (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first)) && !Phrases.subjectPronoun(first))
                || TOPICS.contains(Phrases.lower(first)))) {
            // "discussed the new bridge", "joked about retiring", "asked for $40,000": what a verb of showing,
            // judging or wanting is about, as PolNeAR's annotators mark it.
            return objectPhrase(k);
        }
        return null;
    }

    /** The object noun phrase from token k, to the comma that sets off a gloss on it ({@link ObjectPhraseEnds}) or as {@link #clause}. */
    private Content objectPhrase(int k) {
        Content c = clause(k);
        if (c == null || c.parts().size() != 1 || Phrases.lower(t.get(k)).equals("to")) {
            return c;
        }
        int end = objects.end(k, c.parts().get(0).end());
        TextSpan cut = end < 0 ? null : r.trimmed(t.get(k).start(), end);
        return cut == null || r.words(cut) < 2 ? c : new Content(List.of(cut), null);
    }

    /** The content from token k to the sentence's end (or the end of a quotation opened in it), split at "and that". */
    Content clause(int k) {
        if (k >= t.size()) {
            return null;
        }
        int endOffset = r.s().end();
        TextSpan q = r.quotes().around(endOffset - 1);
        if (q != null && q.end() > r.s().end() && q.start() >= t.get(k).start()) {
            // A quotation opened in the complement goes on past the sentence: the content runs to its end.
            endOffset = q.end();
        } else {
            endOffset = Math.min(endOffset, adjunctStart(k));
        }
        TextSpan whole = r.trimmed(t.get(k).start(), endOffset);
        if (whole == null || r.words(whole) < 2) {
            return null;
        }
        return new Content(thatClauses.split(k, whole), null);
    }

    /**
     * Where a participle clause set off by a comma starts after the content (", echoing a memo …",
     * ", adding that …"): it says what the speaker did, not what they said. The sentence's end if none.
     */
    private int adjunctStart(int k) {
        int fronted = ends.frontedClauseEnd(k);
        if (fronted >= 0) {
            return fronted;
        }
        int setOff = ends.setOffClauseEnd(k);
        if (setOff >= 0) {
            return setOff;
        }
        boolean verbSeen = false;
        boolean subordinate = t.get(k).is("SCONJ") || (k + 1 < t.size() && t.get(k + 1).is("SCONJ"));
        boolean quoted = false;
        for (int m = k + 1; m + 1 < t.size(); m++) {
            Token x = t.get(m);
            Token next = t.get(m + 1);
            quoted |= r.quotes().inside(x.start());
            int outlet = quoted ? ends.outletClauseAfterQuotation(m) : -1;
            if (outlet >= 0) {
                // «that “the talks will resume,” perhaps in May, but Kerrow avoids dates»: the quoted words were the speaker's;
                // a contrasting clause with its own subject after the closing mark is the outlet's (Quirk et al. 1985, 13.5).
                return outlet;
            }
            if (r.quotes().inside(x.start()) && !(x.text().equals(",") && r.closes(next) != null)) {
                continue;
            }
            if (r.closes(next) != null && m + 2 < t.size() && t.get(m + 2).is("VERB") && t.get(m + 2).text().endsWith("ing")) {
                // «… "the pier can wait," adding …»: a participle after a quotation's closing mark.
                return next.end();
            }
            if (x.text().equals(",") && next.is("VERB") && next.text().endsWith("ing") && !r.quotes().inside(next.start())) {
                return x.start();
            }
            if (x.text().equals(",") && ends.withReport(m + 1)) {
                // "…, with the chair stating that …": another speaker's report in a supplementive clause.
                return x.start();
            }
            if (x.is("CCONJ") && next.is("VERB") && cues.verb(next.lemma()).isPresent()
                    && (!Phrases.lower(next).endsWith("ing") || cues.reportsSpeech(next.lemma())) && !ends.correlativeBefore(k, m, Phrases.lower(x))
                    && !ends.nounConjunct(m)) {
                // "thanked them and said …": the next statement is another attribution's.
                return x.start();
            }
            if (verbSeen && x.is("CCONJ") && ends.coordinatedReport(m + 1, true) || x.text().equals(",") && next.is("CCONJ") && ends.coordinatedReport(m + 2, false)) {
                // "said the inquiry was mishandled and Democrats accused the board of …", "published the video, and the family
                // released it": a clause of its own, another source's report (after a comma, whatever came before).
                return x.start();
            }
            boolean turn = next.is("CCONJ") || CONTRASTS.contains(Phrases.lower(next));
            if (verbSeen && !subordinate && x.text().equals(",") && shapes.startsClause(turn ? m + 2 : m + 1)) {
                // "…, a man yelled at him": a new clause with a subject of its own.
                return x.start();
            }
            verbSeen |= x.is("VERB") || x.is("AUX");
        }
        return r.s().end();
    }

    private Content quoted(TextSpan q) {
        TextSpan inner = inner(r.followedQuotation(q));
        return inner == null || r.words(inner) < 2 ? null : new Content(List.of(inner), Attribution.Kind.DIRECT);
    }

    /** Past the addressee of "told reporters", "warned him", "assured the committee". */
    private int afterAddressee(int k) {
        Token first = t.get(k);
        if (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first)) && !Phrases.subjectPronoun(first)) {
            return k + 1;
        }
        int[] run = Phrases.nounRun(t, k);
        int m = run[0];
        int e = run[1];
        if (e > m && e < t.size()) {
            Token next = t.get(e);
            String w = Phrases.lower(next);
            // An addressee is followed by what opens the message; else the phrase is the message's own subject.
            if (w.equals("that") || r.opens(next) != null || next.text().equals(":") || next.text().equals(",") || w.equals("to")
                    || next.is("ADP") || shapes.startsClause(e)) {
                // "urged the council to act": the addressee's course is the content, the infinitive with its "to".
                return w.equals("to") && shapes.infinitive(e) ? k : w.equals("to") ? e + 1 : e;
            }
        }
        return k;
    }

    /** A quotation's words without its marks and the punctuation that ends it inside them. */
    private TextSpan inner(TextSpan q) {
        return r.trimmed(q.start(), q.end());
    }
}
