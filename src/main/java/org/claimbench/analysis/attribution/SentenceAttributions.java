package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The attributions of one sentence: its cues, and for each the source phrase in the cue's clause;
 * the content is {@link ContentSpans}' business.
 */
final class SentenceAttributions {

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;
    private final ContentSpans contents;
    private final English english;

    SentenceAttributions(String text, AnalysedSentence s, Quotations quotes, CueLexicon cues, English english) {
        this.r = new Reading(text, s, quotes);
        this.t = s.tokens();
        this.cues = cues;
        this.english = english;
        this.contents = new ContentSpans(r, cues);
    }

    void read(List<Attribution> out) {
        int before = out.size();
        headlineColon().ifPresent(out::add);
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (r.quotes().inside(x.start())) {
                continue;
            }
            if (Phrases.lower(x).equals("according") && i + 1 < t.size() && Phrases.lower(t.get(i + 1)).equals("to")) {
                accordingTo(i).ifPresent(out::add);
                continue;
            }
            if (!x.is("VERB")) {
                continue;
            }
            int cueEnd = i;
            Optional<CueLexicon.Cue> cue = Optional.empty();
            if (i + 1 < t.size()) {
                cue = cues.phrasal(x.lemma(), Phrases.lower(t.get(i + 1)));
                if (cue.isPresent()) {
                    cueEnd = i + 1;
                }
            }
            if (cue.isEmpty()) {
                cue = cues.verb(x.lemma());
            }
            if (cue.isEmpty() && cues.stem(x.lemma())) {
                // The lemmatizer's first reading may be wrong ("joked" as "jok"): its next readings are tried.
                for (String reading : english.lemmaReadings(x)) {
                    cue = cue.or(() -> cues.verb(reading));
                }
            }
            if (cue.isEmpty() || (i > 0 && Phrases.lower(t.get(i - 1)).equals("to") && !aspectual(i - 2))) {
                continue;
            }
            out.addAll(fromVerb(i, cueEnd, cue.get()));
            i = cueEnd;
        }
        if (out.size() == before) {
            // "In his view, …" only when the sentence has no cue of its own ("In his account, the leader said …" has one).
            inTheirView().ifPresent(out::add);
        }
    }

    /**
     * Whether token i is a verb of beginning or continuing ("continues to think", "began to argue"):
     * VerbNet's aspectual classes begin-55.1 and continue-55.3. Its subject is the cue's.
     */
    private boolean aspectual(int i) {
        return i >= 0 && t.get(i).is("VERB") && ASPECTUAL.contains(t.get(i).lemma());
    }

    /** Members of VerbNet 3.4 begin-55.1 and continue-55.3 used before "to" (the classes' other members take no infinitive). */
    private static final java.util.Set<String> ASPECTUAL = java.util.Set.of("begin", "start", "continue", "proceed", "resume", "commence");

    /** "Smith: Voters are worried": a line that opens with a name and a colon gives the name's words. */
    private Optional<Attribution> headlineColon() {
        int k = 0;
        while (k < t.size() && (t.get(k).is("PROPN") || Phrases.capitalisedAdjective(t.get(k)))) {
            k++;
        }
        if (k == 0 || k > 4 || k + 4 >= t.size() || !t.get(k).text().equals(":")) {
            return Optional.empty();
        }
        TextSpan source = r.span(0, k - 1);
        TextSpan content = r.trimmed(t.get(k + 1).start(), r.s().end());
        return content == null ? Optional.empty()
                : Optional.of(new Attribution(content, Optional.of(source), r.span(k, k), ":", r.text(source), Attribution.Kind.INDIRECT,
                        "a line opening with " + r.text(source) + " and a colon"));
    }

    /**
     * "In his view, …", "In Ana Ruiz's words, …": a sentence opening with "in" and a phrase that is
     * someone's (a possessive) gives the rest of the sentence as theirs.
     */
    private Optional<Attribution> inTheirView() {
        if (t.size() < 6 || !Phrases.lower(t.get(0)).equals("in")) {
            return Optional.empty();
        }
        int e = Phrases.endAfter(t, 1);
        if (e < 1 || e + 2 >= t.size() || !t.get(e + 1).text().equals(",")) {
            return Optional.empty();
        }
        int possessor = -1;
        for (int i = 1; i < e; i++) {
            Token x = t.get(i);
            if (x.is("PRON") && Phrases.possessive(x) || (x.text().endsWith("'s") || x.text().endsWith("’s")) && Phrases.nominal(x)) {
                possessor = i;
            }
        }
        if (possessor < 0 || !VIEW_NOUNS.contains(t.get(e).lemma())) {
            return Optional.empty();
        }
        TextSpan content = r.trimmed(t.get(e + 2).start(), r.s().end());
        if (content == null || r.words(content) < 4) {
            return Optional.empty();
        }
        Token p = t.get(possessor);
        String who = p.is("PRON") ? pronounOf(p) : Phrases.name(r.text(), t, 1, e);
        TextSpan cue = r.span(0, e);
        return Optional.of(new Attribution(content, Optional.of(r.span(possessor, possessor)), cue, "in view", who, r.kindOf(content),
                "“" + r.text(cue) + "”"));
    }

    /**
     * The nouns of "in X's view": the nouns PolNeAR train annotates as cues in such phrases (view 25 times,
     * word 7, mind 5, opinion 4, account 3).
     */
    private static final java.util.Set<String> VIEW_NOUNS = java.util.Set.of("view", "opinion", "word", "words", "mind", "account");

    /** The subject pronoun of a possessive determiner ("his" → "he"), so it is resolved as one. */
    private static String pronounOf(Token possessive) {
        return switch (Phrases.lower(possessive)) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            case "its" -> "it";
            default -> possessive.text();
        };
    }

    /** "according to X, A" / "A, according to X". */
    private Optional<Attribution> accordingTo(int i) {
        int srcStart = i + 2;
        int srcEnd = Phrases.endAfter(t, srcStart);
        if (srcEnd < 0) {
            return Optional.empty();
        }
        String name = Phrases.name(r.text(), t, srcStart, srcEnd);
        // "according to the president's adviser, Ana Ruiz, …": the name set beside the phrase is the speaker's.
        if (srcEnd + 3 < t.size() && t.get(srcEnd + 1).text().equals(",")) {
            int e = Phrases.endAfter(t, srcEnd + 2);
            if (e > 0 && e + 1 < t.size() && t.get(e + 1).text().equals(",") && Phrases.names(t, srcEnd + 2, e)) {
                name = Phrases.name(r.text(), t, srcEnd + 2, e);
                srcEnd = e;
            }
        }
        TextSpan source = r.span(srcStart, srcEnd);
        TextSpan content = contents.aroundAccordingTo(i, srcEnd);
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(content, Optional.of(source), r.span(i, i + 1), "according to", name, r.kindOf(content),
                "“according to " + r.text(source) + "”"));
    }

    private List<Attribution> fromVerb(int i, int cueEnd, CueLexicon.Cue cue) {
        Source src = sourceOf(i, cueEnd);
        if (src == null) {
            return List.of();
        }
        TextSpan cueSpan = r.span(i, cueEnd);
        String cueWords = r.text(cueSpan);
        String lemma = cue.lemma().replace('_', ' ');
        TextSpan sourceSpan = r.span(src.start, src.end);
        int afterStart = (src.inverted ? src.end : cueEnd) + 1;
        // A subject borrowed from the verb before ("…, adding that …") stands elsewhere: the attribution starts at the cue.
        int attributionStart = src.inverted || src.borrowed ? i : src.start;
        // "“A,” Smith said, “B”": a quotation closing right before the attribution makes it an interruption of one quotation.
        boolean interrupting = attributionStart > 0 && (r.closes(t.get(attributionStart - 1)) != null
                || attributionStart > 1 && t.get(attributionStart - 1).text().equals(",") && r.closes(t.get(attributionStart - 2)) != null);
        ContentSpans.Content after = interrupting ? null : contents.after(afterStart, cue);
        if (after != null) {
            List<Attribution> out = new ArrayList<>();
            for (TextSpan c : after.parts()) {
                out.add(new Attribution(c, Optional.of(sourceSpan), cueSpan, lemma, src.name, after.kind() == null ? r.kindOf(c) : after.kind(),
                        reason(src.name, cueWords, after.parts().size())));
            }
            return out;
        }
        // "If the law conflicts, Rubio said, Christians must ignore it": an attribution inside the sentence; the statement is both sides.
        ContentSpans.Content before = src.borrowed ? null : contents.around(attributionStart, Math.max(cueEnd, src.end));
        if (before == null && !src.borrowed) {
            before = contents.before(attributionStart, Math.max(cueEnd, src.end));
        }
        if (before == null && interrupting) {
            before = contents.after(afterStart, cue);
        }
        if (before == null) {
            return List.of();
        }
        TextSpan c = before.parts().get(0);
        return List.of(new Attribution(c, Optional.of(sourceSpan), cueSpan, lemma, src.name, before.kind() == null ? r.kindOf(c) : before.kind(),
                reason(src.name, cueWords, 1)));
    }

    private static String reason(String who, String cueWords, int parts) {
        return who + " “" + cueWords + "” it" + (parts > 1 ? " (one of " + parts + " statements joined by “and that”)" : "");
    }

    /** A source phrase: its tokens, its name, and whether it follows the cue ("…, said Smith"). */
    private record Source(int start, int end, String name, boolean inverted, boolean borrowed) {

        Source(int start, int end, String name, boolean inverted) {
            this(start, end, name, inverted, false);
        }

        Source borrowedBy() {
            return new Source(start, end, name, inverted, true);
        }
    }

    private Source sourceOf(int cueStart, int cueEnd) {
        return sourceOf(cueStart, cueEnd, 0);
    }

    private Source sourceOf(int cueStart, int cueEnd, int depth) {
        int j = cueStart - 1;
        if (j >= 1 && Phrases.lower(t.get(j)).equals("to") && aspectual(j - 1)) {
            // "The administration continues to think that …": the subject of "continues".
            j -= 2;
            cueStart = j + 1;
        }
        boolean be = false;
        while (j >= 0 && (t.get(j).is("ADV") || t.get(j).is("AUX") || (t.get(j).is("PART") && !Phrases.lower(t.get(j)).equals("to")))) {
            be |= t.get(j).is("AUX") && t.get(j).lemma().startsWith("be");
            j--;
        }
        if (be && !t.get(cueStart).text().endsWith("ing")) {
            // "was told", "is expected": a passive; its subject is not who speaks.
            return null;
        }
        if (j >= 0 && depth < 3) {
            Token y = t.get(j);
            if (y.text().equals(",") && t.get(cueStart).text().endsWith("ing") && j >= 2 && Phrases.canEnd(t.get(j - 1))) {
                // "…, or the spokesperson, complaining about …": a phrase set off on its own is the participle's subject.
                int st = Phrases.startBefore(t, j - 1);
                boolean setOff = st > 0 && t.get(st - 1).text().equals(",")
                        || st > 1 && t.get(st - 1).is("CCONJ") && t.get(st - 2).text().equals(",");
                if (setOff) {
                    return named(st, j - 1, false).borrowedBy();
                }
            }
            if (y.is("CCONJ") || (y.text().equals(",") && t.get(cueStart).text().endsWith("ing"))) {
                // "Smith thanked them and said …": the subject of the verb before. "…, saying …": of the clause's verb.
                if (y.is("CCONJ")) {
                    int verb = previousVerb(j);
                    if (verb >= 0) {
                        Source of = sourceOf(verb, verb, depth + 1);
                        return of == null ? null : of.borrowedBy();
                    }
                } else {
                    Source of = subjectOfFirstClause(j);
                    return of == null ? null : of.borrowedBy();
                }
            }
        }
        if (j >= 0) {
            Token y = t.get(j);
            String w = Phrases.lower(y);
            if (y.is("PRON") && Phrases.RELATIVES.contains(w)) {
                int k = j - 1;
                if (k >= 0 && t.get(k).text().equals(",")) {
                    k--;
                }
                int st = Phrases.startBefore(t, k);
                return st < 0 ? null : named(st, k, false);
            }
            if (Phrases.subjectPronoun(y)) {
                return new Source(j, j, y.text(), false);
            }
            if (Phrases.canEnd(y)) {
                int st = Phrases.startBefore(t, j);
                // "officials gathered in Washington said", "Zelensky on X expressed": the phrase after a preposition
                // modifies the subject before it, which is who speaks.
                int head = -1;
                int m = st - 1;
                if (m >= 1 && t.get(m).is("ADP") && !Phrases.lower(t.get(m)).equals("of")) {
                    int before = m - 1;
                    if (t.get(before).is("VERB") && before >= 1 && Phrases.canEnd(t.get(before - 1)) && !t.get(before).text().endsWith("s")) {
                        before--;
                    }
                    if (Phrases.canEnd(t.get(before))) {
                        head = before;
                    }
                }
                if (head >= 0) {
                    int hs = Phrases.startBefore(t, head);
                    return new Source(hs, j, Phrases.name(r.text(), t, hs, head), false);
                }
                return named(st, j, false);
            }
            if (!y.is("PUNCT")) {
                return null;
            }
        }
        // "…, said the mayor": the phrase right after the cue, ending the sentence or its clause (not a verb's object).
        int k = cueEnd + 1;
        int e = Phrases.endAfter(t, k);
        if (e >= 0 && !cues.takesObject(t.get(cueStart).lemma())
                && (e == t.size() - 1 || t.get(e + 1).text().equals(",") || t.get(e + 1).text().equals(".") || t.get(e + 1).text().equals(":"))) {
            return named(k, e, true);
        }
        int accordingAt = accordingPhraseEndingAt(j);
        if (accordingAt > 0) {
            // "Merz, according to the Post, criticized …" / "Merz according to the Post criticized …": the phrase before it.
            int last = accordingAt - 1;
            if (t.get(last).text().equals(",")) {
                last--;
            }
            int st = Phrases.startBefore(t, last);
            if (st >= 0) {
                return named(st, last, false);
            }
        }
        if (j >= 0 && t.get(j).text().equals(",")) {
            // "Smith, the mayor, said" / "Smith, speaking on Monday, said": the phrase before the aside;
            // "the mayor's adviser, Ana Ruiz, said": the name set beside it.
            for (int c = j - 1; c >= Math.max(0, j - 15); c--) {
                if (t.get(c).text().equals(",")) {
                    int st = Phrases.startBefore(t, c - 1);
                    if (st < 0) {
                        return null;
                    }
                    if (Phrases.names(t, c + 1, j - 1) && !Phrases.names(t, st, c - 1)) {
                        return new Source(st, j - 1, Phrases.name(r.text(), t, c + 1, j - 1), false);
                    }
                    return named(st, c - 1, false);
                }
                if (r.quoteMark(t.get(c))) {
                    break;
                }
            }
        }
        return null;
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

    /** The nearest verb before token j, in the same quotation-free stretch, or -1. */
    private int previousVerb(int j) {
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

    /**
     * The subject of the sentence's first clause before token j: the noun phrase or pronoun right before
     * its first verb or auxiliary ("Trump is excited about …, saying …": Trump), or null.
     */
    private Source subjectOfFirstClause(int j) {
        for (int m = 0; m < j; m++) {
            Token x = t.get(m);
            if ((x.is("VERB") || x.is("AUX")) && !r.quotes().inside(x.start())) {
                int e = m - 1;
                while (e >= 0 && (t.get(e).is("ADV") || t.get(e).is("AUX"))) {
                    e--;
                }
                if (e < 0) {
                    return null;
                }
                if (Phrases.subjectPronoun(t.get(e))) {
                    return new Source(e, e, t.get(e).text(), false);
                }
                int st = Phrases.startBefore(t, e);
                return st < 0 ? null : named(st, e, false);
            }
        }
        return null;
    }

    private Source named(int start, int end, boolean inverted) {
        return new Source(start, end, Phrases.name(r.text(), t, start, end), inverted);
    }
}
