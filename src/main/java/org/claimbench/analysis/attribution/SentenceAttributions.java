package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The attributions of one sentence: its cues, each with its source phrase ({@link SourcePhrases}) and its
 * content ({@link ContentSpans}); "according to X", "In X's view, …" and a line opening with a name and a colon ({@link LineColons}).
 */
final class SentenceAttributions {

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;
    private final ContentSpans contents;
    private final UnreadComplements unread;
    private final SurroundingContent surrounding;
    private final SourcePhrases sources;
    private final English english;
    private final CueModel model;
    private final NonReportingVerbs nonReporting;

    /** {@code model} finds cues where the rules find none in the sentence, or beside theirs in another clause; null for the rules alone. */
    SentenceAttributions(String text, AnalysedSentence s, Quotations quotes, CueLexicon cues, English english, CueModel model) {
        this.r = new Reading(text, s, quotes);
        this.t = s.tokens();
        this.cues = cues;
        this.english = english;
        this.model = model;
        ClauseShapes shapes = new ClauseShapes(r);
        this.contents = new ContentSpans(r, cues, shapes);
        this.unread = new UnreadComplements(r, contents);
        this.surrounding = new SurroundingContent(r, shapes, cues);
        this.sources = new SourcePhrases(r, cues);
        this.nonReporting = new NonReportingVerbs(r, cues);
    }

    void read(List<Attribution> out) {
        int before = out.size();
        TranscriptTurns.of(r).or(() -> LineColons.of(r)).ifPresent(out::add);
        int inquiry = InquiryFindings.openingEnd(r);
        for (int i = inquiry + 1; i < t.size(); i++) {
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
            if (i + 2 < t.size()) {
                // "made it clear": a verb and two words after it.
                cue = cues.phrasal(x.lemma(), Phrases.lower(t.get(i + 1)) + " " + Phrases.lower(t.get(i + 2)));
                if (cue.isPresent()) {
                    cueEnd = i + 2;
                }
            }
            if (cue.isEmpty() && i + 1 < t.size()) {
                cue = cues.phrasal(x.lemma(), Phrases.lower(t.get(i + 1)));
                if (cue.isPresent()) {
                    cueEnd = i + 1;
                }
            }
            if (cue.isEmpty()) {
                cue = cues.verb(x.lemma());
            }
            if (cue.isEmpty() && cues.misread(x.lemma())) {
                // The lemmatizer's first reading may be wrong ("joked" as "jok", "contended" as "contende", "alleging" left as it
                // stands): its next readings are tried.
                for (String reading : english.lemmaReadings(x)) {
                    cue = cue.or(() -> cues.verb(reading));
                }
            }
            if (cue.isEmpty() || (i > 0 && Phrases.lower(t.get(i - 1)).equals("to") && !sources.aspectual(i - 2))) {
                continue;
            }
            if (cueEnd == i && (nonReporting.at(i) || AspectualVerbs.beforeItsVerb(t, i))) {
                // An aspectual verb before its verb ("continues to grow") reports nothing: the verb after it is the predicate.
                continue;
            }
            out.addAll(fromVerb(i, cueEnd, cue.get()));
            i = cueEnd;
        }
        List<Attribution> reports = List.copyOf(out.subList(before, out.size()));
        List<Attribution> counts = InquiryFindings.ofCounts(r, reports);
        if (counts != reports) {
            // "In the latest poll, 58 percent said …": what counted respondents said is the poll's finding.
            out.subList(before, out.size()).clear();
            out.addAll(counts);
        }
        if (out.size() == before) {
            // "In his view, …" and "In the latest poll, …" only when the sentence has no cue of its own ("In his account, the
            // leader said …" has one).
            inTheirView().or(() -> InquiryFindings.of(r)).ifPresent(out::add);
        }
        if (out.size() == before) {
            for (int i = 1; i + 2 < t.size(); i++) {
                if (!r.quotes().inside(t.get(i).start())) {
                    possessedNoun(i, t.get(i).is("NOUN") ? cues.noun(t.get(i).lemma()) : Optional.empty()).ifPresent(out::add);
                }
            }
        }
        if (out.size() == before && model != null) {
            new ModelCues(r, cues, model).attributions(this::fromLearned).ifPresent(out::addAll);
        } else if (model != null) {
            // "…, though union officials clarified that …": a report in another clause whose verb only the model knows.
            out.addAll(new ModelCues(r, cues, model).besides(List.copyOf(out.subList(before, out.size())), this::fromLearned));
        }
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

    /**
     * The attributions of a cue the model finds at token i: a noun after a possessive with a that-clause or a to-infinitive
     * is the possessor's ({@link #possessedNoun}); a noun right after a name and before "that" is a verb the tagger misread ("Ortega claims
     * that …"); no other noun is a cue ("the mayor's wish for …", "drone strikes on …" name no speech). An adjective after
     * "be" ("is confident that …", "were adamant that …") gives the subject of "be" as the source, "be" and the adjective
     * as the cue; a verb is read as a cue verb. None when the rules find no source or no content.
     */
    private List<Attribution> fromLearned(int i, CueLexicon.Cue cue) {
        if (t.get(i).is("NOUN")) {
            if (!ModelCues.clauseAfterNoun(t, i)) {
                return List.of();
            }
            Optional<Attribution> owned = possessedNoun(i, Optional.of(cue));
            return owned.isPresent() ? List.of(owned.get()) : t.get(i - 1).is("PROPN") && Phrases.lower(t.get(i + 1)).equals("that") ? fromVerb(i, i, cue) : List.of();
        }
        int be = ModelCues.stativeBe(t, i, cues);
        return be >= 0 ? fromVerb(be, i, cue) : fromVerb(i, i, cue);
    }

    /**
     * "Ortega’s warning that the depot will flood …", "their claim that …": a noun cue (one of cues-polnear-train.tsv, or
     * one the model finds) after a possessive, an adjective between at most, with a that-clause after it (or, for a learned
     * cue, a to-infinitive: "her eagerness to rebuild …") gives the clause as the possessor's.
     */
    private Optional<Attribution> possessedNoun(int i, Optional<CueLexicon.Cue> cue) {
        Token x = t.get(i);
        boolean to = cue.isPresent() && "cue model".equals(cue.get().source()) && infinitive(i + 1);
        if (cue.isEmpty() || !Phrases.lower(t.get(i + 1)).equals("that") && !to) {
            return Optional.empty();
        }
        int p = t.get(i - 1).is("ADJ") && i >= 2 ? i - 2 : i - 1;
        Token owner = t.get(p);
        boolean pronoun = owner.is("PRON") && Phrases.possessive(owner);
        boolean named = owner.text().endsWith("’s") || owner.text().endsWith("'s");
        int start = p;
        int end = p;
        if (Phrases.possessiveEnding(owner) && p >= 1) {
            // "Ortega ’s": the tokenizer split the possessive off.
            named = true;
            start = end = p - 1;
        }
        if (!pronoun && !named) {
            return Optional.empty();
        }
        if (!pronoun) {
            int st = Phrases.startBefore(t, end);
            start = st >= 0 && st <= end ? st : end;
        }
        TextSpan content = r.trimmed(t.get(to ? i + 1 : i + 2).start(), nounClauseEnd(i + 2));
        if (content == null || r.words(content) < 4) {
            return Optional.empty();
        }
        String who = pronoun ? pronounOf(owner) : Phrases.name(r.text(), t, start, end).replaceAll("[’']s$", "");
        TextSpan cueSpan = r.span(i, i);
        return Optional.of(new Attribution(content, Optional.of(r.span(start, end)), cueSpan, x.lemma(), who, r.kindOf(content),
                who + "’s “" + r.text(cueSpan) + "”"));
    }

    /**
     * Where a that-clause after a noun ends: before the sentence's own verb, the first verb after the clause's verb group
     * that follows a noun, a name or an adverb ("the claim that the ferry lost money | is hard to square …"), or an auxiliary
     * right after a verb ("the hope that the depot will reopen | is …"), else at the sentence's end.
     */
    private int nounClauseEnd(int from) {
        boolean verbSeen = false;
        for (int m = from; m < t.size(); m++) {
            Token x = t.get(m);
            boolean verb = x.is("VERB") || x.is("AUX");
            if (verb && verbSeen) {
                Token prev = t.get(m - 1);
                if (Phrases.nominal(prev) || prev.is("ADV") && !(t.get(m - 2).is("AUX") || t.get(m - 2).is("VERB"))
                        || x.is("AUX") && prev.is("VERB")) {
                    return prev.end();
                }
            }
            verbSeen |= verb;
        }
        return r.s().end();
    }

    /** Whether a to-infinitive opens at token k ("the council's decision to close …"). */
    private boolean infinitive(int k) {
        return k + 1 < t.size() && Phrases.lower(t.get(k)).equals("to") && t.get(k + 1).is("VERB");
    }

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
        int tagged = Phrases.endAfter(t, srcStart);
        int srcEnd = AccordingToComplements.end(t, i, tagged);
        if (srcEnd < 0) {
            return Optional.empty();
        }
        String name = Phrases.name(r.text(), t, srcStart, tagged >= 0 ? tagged : srcEnd);
        // "according to the president's adviser, Ana Ruiz, …": the name set beside the phrase is the speaker's.
        if (srcEnd == tagged && srcEnd + 3 < t.size() && t.get(srcEnd + 1).text().equals(",")) {
            int e = Phrases.endAfter(t, srcEnd + 2);
            if (e > 0 && e + 1 < t.size() && t.get(e + 1).text().equals(",") && Phrases.names(t, srcEnd + 2, e)) {
                name = Phrases.name(r.text(), t, srcEnd + 2, e);
                srcEnd = e;
            }
        }
        TextSpan source = r.span(srcStart, srcEnd);
        TextSpan content = surrounding.aroundAccordingTo(i, srcEnd);
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(content, Optional.of(source), r.span(i, i + 1), "according to", name, r.kindOf(content),
                "“according to " + r.text(source) + "”"));
    }

    private List<Attribution> fromVerb(int i, int cueEnd, CueLexicon.Cue cue) {
        SourcePhrases.Source src = sources.of(i, cueEnd);
        if (src == null || SourceHeads.dayOfMonth(t, src.end()) && src.start() >= src.end() - 1 || !cues.indicates(cue.lemma()) && !SourceHeads.canSpeak(r, src.start(), src.end())) {
            // "Her patience explained why …": no one speaks through a phrase whose head is no possible source; what shows something
            // ("the days after the storm showed that …") is the source of a verb of indicating whatever it is, but for a day of a
            // month alone ("on May 8 says"): a date is when, never what shows.
            return List.of();
        }
        TextSpan cueSpan = r.span(i, cueEnd);
        String cueWords = r.text(cueSpan);
        String lemma = cue.lemma().replace('_', ' ');
        // "Tom Berg, the harbour master, said": the phrase set off after the name is part of the source span.
        TextSpan sourceSpan = r.span(src.start(), SourceExtents.end(r, src, i));
        int afterStart = (src.inverted() ? src.end() : cueEnd) + 1;
        // A subject borrowed from the verb before ("…, adding that …") stands elsewhere: the attribution starts at the cue.
        int attributionStart = src.inverted() || src.borrowed() ? i : src.start();
        // "“A,” Smith said, “B”": a quotation closing right before the attribution makes it an interruption of one quotation.
        boolean interrupting = attributionStart > 0 && (r.closes(t.get(attributionStart - 1)) != null
                || attributionStart > 1 && t.get(attributionStart - 1).text().equals(",") && r.closes(t.get(attributionStart - 2)) != null);
        ContentSpans.Content after = interrupting ? null : contents.after(afterStart, cue);
        if (after != null) {
            List<Attribution> out = new ArrayList<>();
            for (TextSpan c : after.parts()) {
                out.add(new Attribution(c, Optional.of(sourceSpan), cueSpan, lemma, src.name(), after.kind() == null ? r.kindOf(c) : after.kind(),
                        reason(src.name(), cueWords, after.parts().size())));
            }
            return out;
        }
        ContentSpans.Content before = src.borrowed() || src.inverted() ? null : surrounding.asClause(attributionStart, Math.max(cueEnd, src.end()));
        // "If the ferry stops, Berg said, the island will empty": an attribution inside the sentence; the statement is both sides.
        if (before == null && !src.borrowed()) {
            before = surrounding.around(attributionStart, Math.max(cueEnd, src.end()), src.inverted());
        }
        if (before == null && !src.borrowed()) {
            before = surrounding.before(attributionStart, Math.max(cueEnd, src.end()));
        }
        if (before == null && interrupting) {
            before = contents.after(afterStart, cue);
        }
        if (before == null && !interrupting) {
            before = unread.after(afterStart, cue);
        }
        if (before == null) {
            return List.of();
        }
        TextSpan c = before.parts().get(0);
        return List.of(new Attribution(c, Optional.of(sourceSpan), cueSpan, lemma, src.name(), before.kind() == null ? r.kindOf(c) : before.kind(),
                reason(src.name(), cueWords, 1)));
    }

    private static String reason(String who, String cueWords, int parts) {
        return who + " “" + cueWords + "” it" + (parts > 1 ? " (one of " + parts + " statements each opened by “that”)" : "");
    }

}
