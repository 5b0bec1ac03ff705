package org.claimbench.analysis.attribution;

import java.util.ArrayList;
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
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    /** Words that open a reported question ("asked how …", "explained why …"; a closed class). */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "who", "whom", "where", "when", "which");

    /** Words that open a clause set before the main one (a closed class of English subordinators). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "as", "after", "before", "because", "if", "although", "though",
            "since", "unless", "until", "once", "whereas", "whenever", "wherever");

    /** Prepositions that say what someone speaks or thinks about (closed class members): "joked about", "asked for". */
    private static final Set<String> TOPICS = Set.of("about", "for", "on", "against", "of");

    /** Words that turn to a contrasting clause (a closed class): "…, while Merz warned …" starts another statement. */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");

    /** Parts of a content, and their kind when the reading knows it (a quotation after the cue is direct). */
    record Content(List<TextSpan> parts, Attribution.Kind kind) {
    }

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;

    ContentSpans(Reading r, CueLexicon cues) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
    }

    /** The cue's complement from token {@code from} on; null when the cue has none. */
    Content after(int from, CueLexicon.Cue cue) {
        int n = t.size();
        int k = from;
        if (cues.takesAddressee(cue.lemma()) && k < n) {
            k = afterAddressee(k);
        }
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
                return quoted(q);
            }
            if (x.text().equals(":")) {
                if (m + 1 < n && r.opens(t.get(m + 1)) != null) {
                    return quoted(r.opens(t.get(m + 1)));
                }
                return m + 1 < n ? clause(m + 1) : null;
            }
            if (x.is("SCONJ") && COMPLEMENTIZERS.contains(w)) {
                return clause(w.equals("that") ? m + 1 : m);
            }
            if (w.equals("that") && x.is("PRON") && m + 1 < n && !(t.get(m + 1).is("VERB") || t.get(m + 1).is("AUX"))) {
                // The tagger reads some complementizers as the pronoun: "adding that any pause must …".
                return clause(m + 1);
            }
            if (x.text().equals(",") && m + 1 < n && r.opens(t.get(m + 1)) != null) {
                continue;
            }
            if (x.is("VERB") || x.is("AUX") || x.is("PUNCT") || x.is("SCONJ") || x.is("CCONJ")) {
                break;
            }
        }
        Token first = t.get(k);
        if (QUESTION_WORDS.contains(Phrases.lower(first)) && (first.is("PRON") || first.is("ADV") || first.is("DET"))) {
            return clause(k);
        }
        if (startsClause(k)) {
            return clause(k);
        }
        if (cues.takesObject(cue.lemma()) && (Phrases.nominal(first) || first.is("DET") || first.is("ADJ")
                || (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first))) || Phrases.lower(first).equals("to"))) {
            return clause(k);
        }
        if (!cues.reportsSpeech(cue.lemma()) && (Phrases.nominal(first) && !Phrases.calendar(first) || first.is("DET") || first.is("ADJ")
                || (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first)) && !Phrases.subjectPronoun(first))
                || TOPICS.contains(Phrases.lower(first)))) {
            // "discussed the proposed wall", "joked about moving", "asked for $1.9 billion": what a verb of showing,
            // judging or wanting is about, as PolNeAR's annotators mark it.
            return clause(k);
        }
        return null;
    }

    /**
     * Whether a clause starts at token k: a subject and then its verb. The subject is read loosely, as
     * the words before the first verb when they are all a noun phrase's kinds of words (determiners,
     * adjectives, nouns, names, numbers, pronouns, prepositions and conjunctions between them: "his
     * campaign", "Obama's decision about the Mass", "more than a million donors", "he and his partners").
     */
    private boolean startsClause(int k) {
        if (k >= t.size()) {
            return false;
        }
        Token first = t.get(k);
        if (first.is("VERB") || first.is("AUX") || first.is("ADP") || first.is("SCONJ") || first.is("CCONJ") || first.is("PUNCT")
                || Phrases.RELATIVES.contains(Phrases.lower(first)) && !first.is("DET")) {
            return false;
        }
        boolean nominal = false;
        for (int m = k; m < Math.min(t.size(), k + 14); m++) {
            Token x = t.get(m);
            if (x.is("VERB") || x.is("AUX")) {
                return nominal && m > k;
            }
            if (r.opens(x) != null || x.text().equals(";") || x.text().equals(":") || x.is("SCONJ") || x.is("INTJ")) {
                return false;
            }
            nominal |= Phrases.nominal(x) || x.is("PRON");
            if (!(x.is("DET") || x.is("ADJ") || Phrases.nominal(x) || x.is("PRON") || x.is("ADP") || x.is("ADV") || x.is("CCONJ")
                    || x.is("PART") || x.text().equals(",") || x.text().equals("-") || x.text().equals("—"))) {
                return false;
            }
        }
        return false;
    }

    /** The content from token k to the sentence's end (or the end of a quotation opened in it), split at "and that". */
    private Content clause(int k) {
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
        return new Content(splitAtAndThat(k, whole), null);
    }

    /**
     * Where a participle clause set off by a comma starts after the content (", echoing a memo …",
     * ", adding that …"): it says what the speaker did, not what they said. The sentence's end if none.
     */
    private int adjunctStart(int k) {
        boolean verbSeen = false;
        boolean subordinate = t.get(k).is("SCONJ") || (k + 1 < t.size() && t.get(k + 1).is("SCONJ"));
        for (int m = k + 1; m + 1 < t.size(); m++) {
            Token x = t.get(m);
            Token next = t.get(m + 1);
            if (r.quotes().inside(x.start()) && !(x.text().equals(",") && r.closes(next) != null)) {
                continue;
            }
            if (r.closes(next) != null && m + 2 < t.size() && t.get(m + 2).is("VERB") && t.get(m + 2).text().endsWith("ing")) {
                // «… "more work to do," noting …»: a participle after a quotation's closing mark.
                return next.end();
            }
            if (x.text().equals(",") && next.is("VERB") && next.text().endsWith("ing") && !r.quotes().inside(next.start())) {
                return x.start();
            }
            if (x.is("CCONJ") && next.is("VERB") && (cues.verb(next.lemma()).isPresent())) {
                // "thanked them and said …": the next statement is another attribution's.
                return x.start();
            }
            boolean turn = next.is("CCONJ") || CONTRASTS.contains(Phrases.lower(next));
            if (verbSeen && !subordinate && x.text().equals(",") && startsClause(turn ? m + 2 : m + 1)) {
                // "…, a man yelled at him": a new clause with a subject of its own.
                return x.start();
            }
            verbSeen |= x.is("VERB") || x.is("AUX");
        }
        return r.s().end();
    }

    private Content quoted(TextSpan q) {
        TextSpan inner = inner(followedQuotation(q));
        return inner == null || r.words(inner) < 2 ? null : new Content(List.of(inner), Attribution.Kind.DIRECT);
    }

    /** Past the addressee of "told reporters", "warned him", "assured the committee". */
    private int afterAddressee(int k) {
        Token first = t.get(k);
        if (first.is("PRON") && !Phrases.RELATIVES.contains(Phrases.lower(first)) && !Phrases.subjectPronoun(first)) {
            return k + 1;
        }
        int m = k;
        while (m < t.size() && (t.get(m).is("DET") || t.get(m).is("ADJ"))) {
            m++;
        }
        int e = m;
        while (e < t.size() && (t.get(e).is("NOUN") || t.get(e).is("PROPN"))) {
            e++;
        }
        if (e > m && e < t.size()) {
            Token next = t.get(e);
            String w = Phrases.lower(next);
            // An addressee is followed by what opens the message; else the phrase is the message's own subject.
            if (w.equals("that") || r.opens(next) != null || next.text().equals(":") || next.text().equals(",") || w.equals("to")
                    || next.is("ADP") || startsClause(e)) {
                return w.equals("to") ? e + 1 : e;
            }
        }
        return k;
    }

    /** "that A and that B": one part per "that". */
    private List<TextSpan> splitAtAndThat(int start, TextSpan whole) {
        List<TextSpan> parts = new ArrayList<>();
        int partStart = whole.start();
        for (int m = start + 1; m + 1 < t.size() && t.get(m).start() < whole.end(); m++) {
            if (Phrases.lower(t.get(m)).equals("and") && Phrases.lower(t.get(m + 1)).equals("that") && t.get(m + 1).is("SCONJ")
                    && !r.quotes().inside(t.get(m).start())) {
                int end = m - 1;
                while (end > start && t.get(end).is("PUNCT")) {
                    end--;
                }
                TextSpan part = r.trimmed(partStart, t.get(end).end());
                if (part != null) {
                    parts.add(part);
                }
                partStart = m + 2 < t.size() ? t.get(m + 2).start() : whole.end();
            }
        }
        TextSpan last = r.trimmed(partStart, whole.end());
        if (last != null) {
            parts.add(last);
        }
        return parts.isEmpty() ? List.of(whole) : parts;
    }

    /**
     * An attribution set inside its sentence between commas, a clause after it ("If the law conflicts, Rubio
     * said, Christians must ignore it"; "Trump, Sexton said, has created …"): the whole sentence is the content.
     */
    Content around(int attributionStart, int attributionEnd) {
        int k = attributionEnd + 1;
        if (attributionStart < 1 || !t.get(attributionStart - 1).text().equals(",") || k + 1 >= t.size() || !t.get(k).text().equals(",")
                || r.quotes().inside(t.get(k).start())) {
            return null;
        }
        boolean clauseAfter = startsClause(k + 1) || t.get(k + 1).is("VERB") || t.get(k + 1).is("AUX");
        if (!clauseAfter) {
            return null;
        }
        TextSpan whole = r.trimmed(afterDateline(), r.s().end());
        return whole == null || r.words(whole) < 5 ? null : new Content(List.of(whole), null);
    }

    /**
     * What the attribution closes: "…, the mayor said", "“…,” she said", "“A,” she said, “B.”";
     * {@code attributionStart}..{@code attributionEnd} are the tokens of the source and the cue.
     */
    Content before(int attributionStart, int attributionEnd) {
        int end = attributionStart - 1;
        if (end < 0) {
            return quotationJustBefore(attributionEnd);
        }
        Token sep = t.get(end);
        if (!(sep.text().equals(",") || r.closes(sep) != null || sep.text().equals("—") || sep.text().equals("--") || sep.text().equals("–"))) {
            return null;
        }
        TextSpan closing = null;
        while (end >= 0 && t.get(end).is("PUNCT")) {
            if (closing == null) {
                closing = r.closes(t.get(end));
            }
            end--;
        }
        if (end < 0) {
            return null;
        }
        int start = afterDateline();
        if (closing == null && (t.get(0).is("SCONJ") || SUBORDINATORS.contains(Phrases.lower(t.get(0))))) {
            // "When Rubio spoke, a man yelled": a clause set before the main one says when or why, not what.
            return null;
        }
        int endOffset = t.get(end).end();
        Attribution.Kind kind = null;
        if (closing != null) {
            start = closing.start();
            endOffset = closing.end();
            kind = Attribution.Kind.DIRECT;
            // "“A,” she said, “B.”": the quotation that goes on after the attribution belongs to it too.
            int k = attributionEnd + 1;
            while (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals(":"))) {
                k++;
            }
            TextSpan more = k < t.size() ? r.opens(t.get(k)) : null;
            if (more != null) {
                endOffset = followedQuotation(more).end();
            } else if (k >= t.size() - 1) {
                TextSpan followed = followedQuotation(new TextSpan(start, r.s().end()));
                if (followed.end() > r.s().end()) {
                    endOffset = followed.end();
                }
            }
        }
        TextSpan content = r.trimmed(start, endOffset);
        if (content == null || r.words(content) < 3 || (closing == null && !hasVerb(content))) {
            // "In a blog post on Friday, Twitter said": a phrase set before the attribution is no statement.
            return null;
        }
        return new Content(List.of(content), kind);
    }

    /**
     * "“Is it all a show?” Ana Ruiz said.": the sentence detector ends a sentence at a question or
     * exclamation mark inside a quotation, so the attribution opens the next one; the quotation that
     * closes right before it is its content, when nothing follows the attribution.
     */
    private Content quotationJustBefore(int attributionEnd) {
        int k = attributionEnd + 1;
        while (k < t.size() && t.get(k).is("PUNCT")) {
            k++;
        }
        if (k < t.size()) {
            return null;
        }
        int i = r.s().start();
        String text = r.text();
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        TextSpan q = i > 0 ? r.quotes().closingAt(i) : null;
        if (q == null) {
            return null;
        }
        TextSpan inner = r.trimmed(q.start(), q.end());
        return inner == null ? null : new Content(List.of(inner), Attribution.Kind.DIRECT);
    }

    /**
     * The span extended over the quotation that opens the next sentence of the same paragraph, when
     * that quotation is whole sentences ("“A,” she said. “B. C.”"): the speaker goes on.
     */
    private TextSpan followedQuotation(TextSpan span) {
        TextSpan out = span;
        for (int hops = 0; hops < 10; hops++) {
            int i = Math.max(out.end(), r.s().end());
            String text = r.text();
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            TextSpan next = i < text.length() ? r.quotes().openingAt(i) : null;
            if (next == null || !endsASentence(next)) {
                return out;
            }
            out = new TextSpan(out.start(), next.end());
        }
        return out;
    }

    /** Whether the quotation's words end with a full stop, a question or an exclamation mark (so no "he said" follows it). */
    private boolean endsASentence(TextSpan q) {
        String text = r.text();
        int e = q.end() - 1;
        while (e > q.start() && "\"”»'".indexOf(text.charAt(e)) >= 0) {
            e--;
        }
        return ".?!".indexOf(text.charAt(e)) >= 0;
    }

    /** "according to X, A" / "A, according to X" / "A, according to X, B": the content around the attribution. */
    TextSpan aroundAccordingTo(int i, int srcEnd) {
        boolean opening = true;
        for (int m = 0; m < i; m++) {
            // Only a connective and punctuation before it ("However, according to …") and it opens the sentence.
            opening &= i <= 3 && (t.get(m).is("PUNCT") || t.get(m).is("ADV") || t.get(m).is("CCONJ"));
        }
        if (opening) {
            int after = srcEnd + 1;
            while (after < t.size() && t.get(after).is("PUNCT") && r.opens(t.get(after)) == null) {
                after++;
            }
            return after < t.size() ? r.trimmed(t.get(after).start(), r.s().end()) : null;
        }
        int end = i - 1;
        while (end >= 0 && t.get(end).is("PUNCT")) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        if (srcEnd + 2 < t.size() && t.get(srcEnd + 1).text().equals(",")
                || srcEnd + 1 < t.size() && (t.get(srcEnd + 1).is("VERB") || t.get(srcEnd + 1).is("AUX"))) {
            // "A, according to X, B" / "Berg according to the Gazette criticized …": the statement goes on after the attribution.
            return r.trimmed(r.s().start(), r.s().end());
        }
        return r.trimmed(r.s().start(), t.get(end).end());
    }

    /**
     * Where a paragraph's text starts after its dateline ("WASHINGTON — ", "KYIV, Ukraine (AP) — "): a place
     * in capitals and a dash, the wire services' convention, are no part of any statement.
     */
    private int afterDateline() {
        int start = r.s().start();
        String text = r.text();
        if (start > 0 && text.charAt(start - 1) != '\n') {
            return start;
        }
        for (int m = 0; m < Math.min(t.size(), 8); m++) {
            String w = t.get(m).text();
            if ((w.equals("—") || w.equals("--") || w.equals("–")) && m > 0) {
                boolean capitals = false;
                for (int c = 0; c < m; c++) {
                    String x = t.get(c).text();
                    capitals |= x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(x.charAt(0));
                }
                return capitals && m + 1 < t.size() ? t.get(m + 1).start() : start;
            }
        }
        return start;
    }

    private boolean hasVerb(TextSpan span) {
        for (Token x : t) {
            if (x.start() >= span.start() && x.end() <= span.end() && (x.is("VERB") || x.is("AUX"))) {
                return true;
            }
        }
        return false;
    }

    /** A quotation's words without its marks and the punctuation that ends it inside them. */
    private TextSpan inner(TextSpan q) {
        return r.trimmed(q.start(), q.end());
    }
}
