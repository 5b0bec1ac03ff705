package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * "In the latest Harbour Gazette poll, 61 percent backed the toll.": a sentence that opens with "in" and a noun phrase headed
 * by an inquiry or a document gives the clause after the comma as what that inquiry or document found. PARC 3.0 counts
 * documents and inquiries as sources (Pareti 2016) and a preposition as a cue where it introduces one ("according to",
 * "in his view"); PolNeAR annotates this "in" as the cue and the phrase as the source. The head is a noun whose first
 * WordNet 3.1 senses are a kind of inquiry, investigation or document within three hypernym steps ("poll", "survey",
 * "report"), as headline sources are ({@link HeadlineReports#source}, which asks for inquiry and document: WordNet files
 * "survey" and "study" under investigation); a participle clause may postmodify it ("In the Gazette poll,
 * conducted in May, …", "In a survey released Sunday, …"; Quirk et al. 1985, 17.28). Read only where the sentence has no
 * other attribution, as "In his view, …" is: "In an interview, Ruiz said …" is Ruiz's.
 */
final class InquiryFindings {

    /** The most tokens a participle clause after the head may take before its comma. */
    private static final int POSTMODIFIER = 10;

    private InquiryFindings() {
    }

    /**
     * A source that is a count ("51 percent of respondents", "a majority of voters", "six in ten", "most islanders"): a
     * figure, a share or a quantifier of proportion heading the phrase (Quirk et al. 1985, 5.23-5.25 and 6.63: numerals and the
     * quantifiers). What a count of people said is a finding of whoever counted them (the poll, the survey), no statement
     * the people made: such a report stays the relaying source's, and after an opening "In" + an inquiry it is the
     * inquiry's ({@link #ofCounts}).
     */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?i)\\d|%|\\b(?:percent|per cent|majority|majorities|plurality|minority|most|half|in ten)\\b");

    /** Whether a source phrase's words are a count ({@link #COUNTED}). */
    static boolean counted(String phrase) {
        return COUNTED.matcher(phrase).find();
    }

    /**
     * "In the latest Gazette poll, 58 percent said the ferry should stay public.": reports whose sources are all counts of
     * respondents, after an opening "In" + an inquiry, are the inquiry's one finding ({@link #of}), the clause after the
     * comma; the reports as they were when any source is no count ("In an interview, Ruiz said …") or no finding is read.
     */
    static List<Attribution> ofCounts(Reading r, List<Attribution> reports) {
        if (reports.isEmpty() || openingEnd(r) < 0 || !reports.stream().allMatch(a -> a.source().isPresent()
                && counted(r.text().substring(a.source().get().start(), a.source().get().end())))) {
            return reports;
        }
        return of(r).map(List::of).orElse(reports);
    }

    /**
     * The index of the comma closing an opening "In" + an inquiry or a document (and a participle clause after it), or -1: a
     * verb before it is no cue of the sentence ("In a survey released Sunday, …": "released" postmodifies "survey").
     */
    static int openingEnd(Reading r) {
        List<Token> t = r.tokens();
        if (t.size() < 7 || !Phrases.lower(t.get(0)).equals("in")) {
            return -1;
        }
        int head = head(t);
        // A bare noun after "in" is an idiom's ("In return, …", "In fact, …"; Quirk et al. 1985, 8.89), no one's document.
        if (head < 2 || head + 2 >= t.size() || !inquiryOrDocument(t.get(head))) {
            return -1;
        }
        int comma = commaAfter(t, head);
        return comma < 0 || comma + 2 >= t.size() ? -1 : comma;
    }

    /** The attribution of a sentence opening "In" + an inquiry or a document + a comma + a clause; empty for any other. */
    static Optional<Attribution> of(Reading r) {
        List<Token> t = r.tokens();
        int comma = openingEnd(r);
        if (comma < 0) {
            return Optional.empty();
        }
        int head = head(t);
        TextSpan content = r.trimmed(t.get(comma + 1).start(), r.s().end());
        if (content == null || r.words(content) < 4 || !clause(t, comma + 1)) {
            return Optional.empty();
        }
        TextSpan source = r.span(1, head);
        String who = Phrases.name(r.text(), t, 1, head);
        return Optional.of(new Attribution(content, Optional.of(source), r.span(0, 0), "in", who, r.kindOf(content),
                "“" + r.text(r.span(0, head)) + "”: what the " + Phrases.lower(t.get(head)) + " found"));
    }

    /**
     * The head of the noun phrase after "In" (names joined by a slash are one modifier): its last noun, or a word the tagger read as a verb right after the phrase and
     * right before a comma ("In the latest Gazette poll/VERB, …": a noun before the comma that closes an opening phrase).
     */
    private static int head(List<Token> t) {
        int head = Phrases.endAfter(t, 1);
        while (head >= 1 && head + 2 < t.size() && t.get(head + 1).text().equals("/")) {
            // "the Gazette/Channel 4 poll": a slash joins two names into one modifier.
            int next = Phrases.endAfter(t, head + 2);
            if (next < 0) {
                break;
            }
            head = next;
        }
        if (head >= 1 && head + 2 < t.size() && t.get(head + 1).is("VERB") && t.get(head + 2).text().equals(",")) {
            return head + 1;
        }
        return head;
    }

    /**
     * Whether the word's first senses are a kind of inquiry, of investigation or of document in WordNet 3.1, three hypernym
     * steps or fewer ("poll", "probe", "survey", "study", "analysis", "report", "letter"); not "interview" nor "meeting".
     */
    private static boolean inquiryOrDocument(Token x) {
        if (!(x.is("NOUN") || x.is("VERB"))) {
            return false;
        }
        String lemma = x.lemma().toLowerCase(java.util.Locale.ROOT);
        WordNet wn = WordNet.shared();
        return wn.kindWithin(lemma, "inquiry", WordNet.Pos.NOUN) || wn.kindWithin(lemma, "investigation", WordNet.Pos.NOUN)
                || wn.kindWithin(lemma, "document", WordNet.Pos.NOUN);
    }

    /**
     * The comma that closes the phrase: right after its head, or after a participle clause that postmodifies it (a past
     * participle opening it, "conducted in May", "released Sunday"), set off by commas or not; -1 when none.
     */
    private static int commaAfter(List<Token> t, int head) {
        int k = head + 1;
        if (t.get(k).text().equals(",")) {
            if (!participle(t.get(k + 1))) {
                return k;
            }
            k++;
        } else if (!participle(t.get(k))) {
            return -1;
        }
        for (int m = k + 1; m < Math.min(t.size(), k + POSTMODIFIER); m++) {
            Token x = t.get(m);
            if (x.text().equals(",")) {
                return m;
            }
            if (x.is("AUX") || x.is("PRON") || x.is("SCONJ") || x.is("PUNCT") && !x.text().equals(".") && !x.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** A past participle ("conducted", "released", "taken"). */
    private static boolean participle(Token x) {
        String w = Phrases.lower(x);
        return x.is("VERB") && (w.endsWith("ed") || w.endsWith("en"));
    }

    /** Whether a finite verb follows within the clause opened at i (a clause, not a noun phrase or a list). */
    private static boolean clause(List<Token> t, int i) {
        for (int m = i; m < t.size(); m++) {
            if (t.get(m).is("VERB") || t.get(m).is("AUX")) {
                return true;
            }
        }
        return false;
    }
}
