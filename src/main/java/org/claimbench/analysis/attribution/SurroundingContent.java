package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The content of an attribution that does not follow its cue: what the attribution closes ("…, the mayor said",
 * "“…,” she said", "“A,” she said, “B.”"), the whole sentence around an attribution set between commas, the main
 * clause of "as X noted", and the statement on either side of "according to X".
 */
final class SurroundingContent {

    /** Words that open a clause set before the main one (a closed class of English subordinators). */
    static final Set<String> SUBORDINATORS = Set.of("when", "while", "as", "after", "before", "because", "if", "although", "though",
            "since", "unless", "until", "once", "whereas", "whenever", "wherever");

    private final Reading r;
    private final List<Token> t;
    private final ClauseShapes shapes;
    private final CueLexicon cues;

    SurroundingContent(Reading r, ClauseShapes shapes, CueLexicon cues) {
        this.r = r;
        this.t = r.tokens();
        this.shapes = shapes;
        this.cues = cues;
    }

    /**
     * "As the Times noted, the senator raised …" / "…, as the Times noted.": an attribution in a clause of "as" gives the
     * main clause, after it or before it; null when the attribution is not opened by "as".
     */
    ContentSpans.Content asClause(int attributionStart, int attributionEnd) {
        int as = attributionStart - 1;
        if (as < 0 || !Phrases.lower(t.get(as)).equals("as")) {
            return null;
        }
        boolean opening = true;
        for (int m = 0; m < as; m++) {
            opening &= t.get(m).is("PUNCT") || t.get(m).is("CCONJ") || t.get(m).is("ADV");
        }
        if (opening) {
            for (int m = attributionEnd + 1; m < Math.min(t.size() - 1, attributionEnd + 12); m++) {
                if (t.get(m).text().equals(",")) {
                    TextSpan c = r.trimmed(t.get(m + 1).start(), r.s().end());
                    return c == null || r.words(c) < 4 || !shapes.hasVerb(c) ? null : new ContentSpans.Content(List.of(c), null);
                }
                if (t.get(m).is("VERB") || r.opens(t.get(m)) != null) {
                    return null;
                }
            }
            return null;
        }
        if (as >= 2 && t.get(as - 1).text().equals(",")) {
            TextSpan c = r.trimmed(shapes.afterDateline(), t.get(as - 2).end());
            int k = attributionEnd + 1;
            if (c != null && !shapes.hasVerb(c) && k + 1 < t.size() && t.get(k).text().equals(",") && !r.quotes().inside(t.get(k).start())) {
                // "The pier, as Ruiz noted, has never been safe": a comment clause set between the subject and the rest of the
                // main clause (Quirk et al. 1985, 15.53-15.55) interrupts it; the statement is the whole sentence, as around a
                // report set between commas.
                TextSpan whole = r.trimmed(shapes.afterDateline(), r.s().end());
                return whole == null || r.words(whole) < 5 || !shapes.hasVerb(r.trimmed(t.get(k + 1).start(), r.s().end())) ? null
                        : new ContentSpans.Content(List.of(whole), null);
            }
            return c == null || r.words(c) < 4 || !shapes.hasVerb(c) ? null : new ContentSpans.Content(List.of(c), null);
        }
        return null;
    }

    /**
     * An attribution set inside its sentence between commas, a clause after it ("If the ferry stops, Berg
     * said, the island will empty"; "The pier, Ruiz said, has cost too much"): the whole sentence is the content. After a
     * subject inverted with its cue ({@code inverted}), a noun phrase with a relative clause is an apposition to it, no
     * clause ({@link #appositionWithRelativeClause}).
     */
    ContentSpans.Content around(int attributionStart, int attributionEnd, boolean inverted) {
        int k = attributionEnd + 1;
        if (attributionStart < 1 || !t.get(attributionStart - 1).text().equals(",") || k + 1 >= t.size() || !t.get(k).text().equals(",")
                || r.quotes().inside(t.get(k).start())) {
            return null;
        }
        int verbAt = k + 1;
        while (verbAt + 1 < t.size() && t.get(verbAt).is("ADV") && !r.quotes().inside(t.get(verbAt).start())) {
            // "The two towns, Berg said, now have …": an adverb in the clause's medial position before its verb (Quirk et al.
            // 1985, 8.20).
            verbAt++;
        }
        boolean clauseAfter = shapes.startsClause(k + 1) || t.get(verbAt).is("VERB") || t.get(verbAt).is("AUX");
        if (!clauseAfter || inverted && appositionWithRelativeClause(k + 1)) {
            return null;
        }
        TextSpan whole = r.trimmed(shapes.afterDateline(), r.s().end());
        return whole == null || r.words(whole) < 5 ? null : new ContentSpans.Content(List.of(whole), null);
    }

    /** Relative pronouns that open a relative clause after a noun (a closed class; Quirk et al. 1985, 17.9-17.15). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

    /**
     * Whether the words from token k to the sentence's end, after a subject inverted with its cue, are a noun phrase
     * postmodified by a relative clause: an apposition to that subject ("…, said Tom Berg, an adviser who runs the port's
     * plan."), not the clause of a report set between commas ("If the ferry stops, said Berg, the men who run it will
     * leave"). The relative clause's verb group is the relative pronoun's; an auxiliary after it (a modal, "be", "have",
     * "do") is the verb of a clause of the phrase's own. (Lexical verbs after the relative clause are not counted: the UD
     * tagger reads plural nouns after a verb as verbs, "to keep fares low".)
     */
    private boolean appositionWithRelativeClause(int k) {
        int rel = -1;
        for (int m = k; m < t.size() && rel < 0; m++) {
            Token x = t.get(m);
            if (RELATIVE_PRONOUNS.contains(Phrases.lower(x)) && m > k && Phrases.nominal(t.get(m - 1))) {
                rel = m;
            } else if (x.is("VERB") || x.is("AUX") || x.is("PUNCT") || x.is("SCONJ") || r.quotes().inside(x.start())) {
                return false;
            }
        }
        if (rel < 0) {
            return false;
        }
        int m = rel + 1;
        boolean verb = false;
        while (m < t.size() && (t.get(m).is("AUX") || t.get(m).is("ADV") || t.get(m).is("PART") || t.get(m).is("VERB"))) {
            verb |= t.get(m).is("VERB") || t.get(m).is("AUX");
            m++;
        }
        for (; verb && m < t.size(); m++) {
            String before = Phrases.lower(t.get(m - 1));
            if (t.get(m).is("AUX") && !t.get(m).text().matches("[’']s") && !RELATIVE_PRONOUNS.contains(before) && !before.equals("that")) {
                return false;
            }
        }
        return verb;
    }

    /**
     * What the attribution closes: "…, the mayor said", "“…,” she said", "“A,” she said, “B.”";
     * {@code attributionStart}..{@code attributionEnd} are the tokens of the source and the cue.
     */
    ContentSpans.Content before(int attributionStart, int attributionEnd) {
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
        int start = shapes.afterDateline();
        if (closing == null && (t.get(0).is("SCONJ") || SUBORDINATORS.contains(Phrases.lower(t.get(0)))) && !mainClauseAfterComma(end)) {
            // "When Berg arrived, the tenants cheered": a clause set before the main one says when or why, not what; with its main
            // clause ("If the ferry stops, the island will empty, Berg said") the two are the statement.
            return null;
        }
        int endOffset = t.get(end).end();
        Attribution.Kind kind = null;
        if (closing != null) {
            int clause = clauseBefore(closing);
            start = clause >= 0 ? clause : closing.start();
            endOffset = closing.end();
            kind = clause >= 0 ? Attribution.Kind.MIXED : Attribution.Kind.DIRECT;
            // "“A,” she said, “B.”": the quotation that goes on after the attribution belongs to it too.
            int k = attributionEnd + 1;
            while (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals(":"))) {
                k++;
            }
            TextSpan more = k < t.size() ? r.opens(t.get(k)) : null;
            int resumed = more == null ? resumedAfterAside(k) : -1;
            if (resumed >= 0) {
                // "“A,” she told the board on Monday, “but B.”": the quotation goes on after an addressee or a time.
                more = r.opens(t.get(resumed));
            }
            if (more != null) {
                endOffset = r.followedQuotation(more).end();
            } else if (k >= t.size() - 1 || appositionToTheEnd(k)) {
                // "“A,” said Berg, a lawyer who has argued such cases. “B.”": the speaker goes on in the next sentence.
                TextSpan followed = r.followedQuotation(new TextSpan(start, r.s().end()));
                if (followed.end() > r.s().end()) {
                    endOffset = followed.end();
                }
            }
        }
        TextSpan content = r.trimmed(start, endOffset);
        if (content == null || r.words(content) < 3 || (closing == null && !finiteVerb(content))) {
            // "In a letter on Monday, the council said": a phrase set before the attribution is no statement, nor is one whose
            // only verbs are non-finite ("Despite rising costs, leading to queues, the council ruled out …").
            return null;
        }
        return new ContentSpans.Content(List.of(content), kind);
    }

    /**
     * Whether the span holds a finite verb: an auxiliary, or a verb neither in -ing nor after "to", outside a phrase that a
     * preposition opens (up to its comma). A reported clause set before its reporting clause is a finite clause (Quirk et al.
     * 1985, 14.3-14.6 and 15.53); a phrase whose only verbs are participles or infinitives ("…, leading to long queues, …") is
     * an adverbial of the clause after it, and so is a prepositional phrase set off by a comma before the rest of the span
     * ("Despite mounting losses, …", 8.13), whatever the tagger reads inside it ("losses/VERB"); without a comma after it the
     * preposition may open the clause's own adverbial ("In the end the plan failed, Berg said"). A subordinator opens a clause,
     * not a phrase ("After the vote failed, …").
     */
    private boolean finiteVerb(TextSpan span) {
        boolean phrase = false;
        boolean opening = true;
        for (int m = 0; m < t.size(); m++) {
            Token x = t.get(m);
            if (x.start() < span.start() || x.end() > span.end()) {
                continue;
            }
            if (x.text().equals(",")) {
                phrase = false;
                opening = true;
                continue;
            }
            if (opening) {
                phrase = x.is("ADP") && !SUBORDINATORS.contains(Phrases.lower(x)) && commaBefore(m, span.end());
                opening = false;
            }
            if (!phrase && (x.is("AUX") || x.is("VERB") && !Phrases.lower(x).endsWith("ing")
                    && !(m > 0 && Phrases.lower(t.get(m - 1)).equals("to")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma stands after token {@code m} and before the offset {@code end}. */
    private boolean commaBefore(int m, int end) {
        for (int k = m + 1; k < t.size() && t.get(k).end() <= end; k++) {
            if (t.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause that a quotation closes began, when the quotation opens inside the sentence after words of that clause
     * ("Yet the pier is a “danger to everyone,” Ruiz said.", "The islanders are fans of “Harbour Lights,” Okafor said."): the
     * reporting clause after it reports the whole clause, partly quoted, and PARC 3.0 (Pareti 2016) annotates such a mixed
     * quotation's content as the whole reported clause, the words before the quotation with it (the reporting clause in final
     * position, Quirk et al. 1985, 14.31). -1 when the quotation opens the sentence or opened in a sentence before, or when
     * what stands before it frames it as a whole quotation: a colon or a comma ("…: “…,” he said"), a quotation mark, or a verb
     * of the cue lexicon with its own report ("said “…,” she said").
     */
    private int clauseBefore(TextSpan quotation) {
        int from = shapes.afterDateline();
        if (quotation.start() <= from || r.opens(t.get(0)) != null) {
            return -1;
        }
        for (int m = 0; m < t.size(); m++) {
            Token x = t.get(m);
            if (x.start() >= quotation.start()) {
                return x.start() == quotation.start() && m > 0 && !t.get(m - 1).text().equals(",") ? from : -1;
            }
            if (x.start() >= from && (x.text().equals(":") || r.quoteMark(x) || x.is("VERB") && cues.reportsSpeech(x.lemma()))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token of the quotation mark that resumes an interrupted quotation after an addressee, a time or a place
     * ("“A,” she told the board on Monday, “but B.”"): a comma and an opening mark within eight words, no verb between; -1
     * when there is none.
     */
    private int resumedAfterAside(int k) {
        for (int m = k; m + 1 < t.size() && m < k + 8; m++) {
            Token x = t.get(m);
            if (x.is("VERB") || x.is("AUX") || r.quoteMark(x)) {
                return -1;
            }
            if (x.text().equals(",") && r.opens(t.get(m + 1)) != null) {
                return m + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence from token k on is an apposition to the source that runs to its end, with no quotation in it
     * ("said Berg, a lawyer who has argued such cases."): the attribution then closes the sentence.
     */
    private boolean appositionToTheEnd(int k) {
        if (k >= t.size() || !t.get(k - 1).text().equals(",") && !t.get(k).text().equals(",")) {
            return false;
        }
        for (int m = k; m < t.size(); m++) {
            if (r.quoteMark(t.get(m))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma before token {@code end} is followed by a clause of its own (the main clause after a fronted one). */
    private boolean mainClauseAfterComma(int end) {
        for (int m = 1; m < end; m++) {
            if (t.get(m).text().equals(",") && !r.quotes().inside(t.get(m).start()) && shapes.startsClause(m + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“Is it all a show?” Ana Ruiz said.": the sentence detector ends a sentence at a question or
     * exclamation mark inside a quotation, so the attribution opens the next one; the quotation that
     * closes right before it is its content, when nothing follows the attribution.
     */
    private ContentSpans.Content quotationJustBefore(int attributionEnd) {
        int k = shapes.afterAdverbial(attributionEnd + 1);
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
        return inner == null ? null : new ContentSpans.Content(List.of(inner), Attribution.Kind.DIRECT);
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
                || srcEnd + 1 < t.size() && (t.get(srcEnd + 1).is("VERB") || t.get(srcEnd + 1).is("AUX")) && !t.get(i - 1).text().equals(",")) {
            // "A, according to X, B" / "Berg according to the Gazette criticized …": the statement goes on after the attribution.
            // After a comma, a verb right after X postmodifies it ("…, according to a poll released Thursday").
            return r.trimmed(r.s().start(), r.s().end());
        }
        return r.trimmed(r.s().start(), t.get(end).end());
    }
}
