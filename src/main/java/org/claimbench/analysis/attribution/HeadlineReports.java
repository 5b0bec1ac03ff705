package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * What a headline reports someone to have said, by the grammar of news headlines (a convention of the genre: Mårdh,
 * Headlinese, 1980; Biber et al. 1999, 4.3.2): the headline names who speaks and drops the verb of saying's frame.
 * Two shapes, read on the text's headline only (its first line, a sentence alone on it, with more text after it) where no
 * other rule found an attribution in it:
 * <ul>
 * <li>"Mayor: Fares will rise", "Harbour board: …", "Poll: …" — a noun phrase of up to four words before a colon whose head is a
 * source ({@link #source}) gives the rest of the line as its words (a line opening with a name and a colon is
 * {@link LineColons}'s on any line);</li>
 * <li>"Harbour board urges …", "Islanders rebuke …" — a subject whose head is a source and a verb of communication
 * ({@link #communicates}) give the rest of the line, after the verb, as the subject's report. A verb of another kind
 * ("Ruiz meets Berg", "Board votes to …", "Ruiz and Berg had a long talk") reports an act, not a statement, and the
 * headline stays the outlet's own.</li>
 * </ul>
 */
final class HeadlineReports {

    /** Noun phrases of a colon headline hold at most this many words ("Former harbour board chief": four). */
    private static final int COLON_WORDS = 4;

    private HeadlineReports() {
    }

    /** The headline's attribution, if it has one of the two shapes. */
    static Optional<Attribution> of(String text, AnalysedSentence s, Quotations quotes, English english, CueLexicon cues) {
        Reading r = new Reading(text, s, quotes);
        return colon(r, english).or(() -> subjectAndVerb(r, english, cues));
    }

    /** "Mayor: Fares will rise": a source's noun phrase and a colon. */
    private static Optional<Attribution> colon(Reading r, English english) {
        List<Token> t = r.tokens();
        int k = 0;
        while (k < t.size() && k <= COLON_WORDS && nominalWord(t.get(k))) {
            k++;
        }
        if (k == 0 || k > COLON_WORDS || k + 3 >= t.size() || !t.get(k).text().equals(":") || !source(r, k - 1, english, false)) {
            return Optional.empty();
        }
        TextSpan src = r.span(0, k - 1);
        TextSpan content = r.trimmed(t.get(k + 1).start(), r.s().end());
        return content == null ? Optional.empty()
                : Optional.of(new Attribution(content, Optional.of(src), r.span(k, k), ":", Phrases.name(r.text(), t, 0, k - 1),
                        r.kindOf(content), "the headline: " + r.text(src) + " and a colon, the headline's form of a report"));
    }

    /** "Harbour board urges …": a source as the subject and a verb of communication. */
    private static Optional<Attribution> subjectAndVerb(Reading r, English english, CueLexicon cues) {
        List<Token> t = r.tokens();
        boolean title = HeadlineTags.titleCase(t);
        int start = labelEnd(t);
        for (int i = start + 1; i + 2 < t.size(); i++) {
            Token x = t.get(i);
            int head = i - 1;
            while (head > start && t.get(head).is("ADV")) {
                head--;
            }
            boolean future = Phrases.lower(t.get(head)).equals("to") && head > start;
            if (future) {
                head--;
            }
            if (!(nominalWord(t.get(head)) || title && capitalised(t.get(head))) || !subject(t, start, head, title)) {
                if (x.is("VERB") || x.is("AUX") || title) {
                    return Optional.empty();
                }
                continue;
            }
            Optional<String> lemma = verb(t, i, head, title, english);
            if (lemma.isPresent() && communicates(lemma.get()) && source(r, head, english, true)) {
                // A particle the lexicon joins to the verb ("calls on", "lays out") is the cue's; what follows is the report.
                int cueEnd = cues.phrasal(lemma.get(), Phrases.lower(t.get(i + 1))).isPresent() ? i + 1 : i;
                TextSpan content = cueEnd + 1 < t.size() ? r.trimmed(t.get(cueEnd + 1).start(), r.s().end()) : null;
                if (content == null || r.words(content) < 2 || !reportOpener(t.get(cueEnd + 1))) {
                    return Optional.empty();
                }
                TextSpan src = r.span(start, head);
                return Optional.of(new Attribution(content, Optional.of(src), r.span(future ? head + 1 : i, cueEnd), lemma.get(),
                        Phrases.name(r.text(), t, start, head), r.kindOf(content),
                        "the headline: " + r.text(src) + " “" + x.text() + "”, a verb of communication with its subject (headline grammar)"));
            }
            if ((x.is("VERB") || x.is("AUX") || lemma.isPresent()) && !(title && personOrGroup(x, english))) {
                // The headline's own verb is no verb of communication: it reports an act. In title case, where the tags say
                // little, a word that reads as a person or a group heads the subject, not a verb that agrees ("Harbour Pilots
                // Rebuke …": "Pilots" not "pilot", to steer): the next word is tried.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word may open what a verb of communication reports: its object, a clause, a quotation or an infinitive; not a
     * preposition, a subordinator or a comma opening an adverbial ("Ruiz said on Monday", "Berg spoke in the town hall",
     * "said, as she left, …"), nor a time ("said this week"; {@link Phrases#calendar}, a demonstrative or "last"/"next"
     * before a unit of time).
     */
    private static boolean reportOpener(Token x) {
        String w = Phrases.lower(x);
        return !(x.is("ADP") || x.is("SCONJ") || w.equals(",") || Phrases.calendar(x)
                || w.equals("this") || w.equals("last") || w.equals("next"));
    }

    /**
     * Where the headline's clause opens: after a label and a colon or a dash ("The Latest: …", "Exclusive — …") or a phrase
     * before a comma ("In a two-front race, …"), else at its first word.
     */
    private static int labelEnd(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            if (w.equals(":") || w.equals("—") || w.equals("–") || w.equals(",") && i > 0 && !t.get(i - 1).is("PROPN")) {
                return i + 1;
            }
            if (t.get(i).is("VERB") || t.get(i).is("AUX")) {
                break;
            }
        }
        return 0;
    }

    /** Whether the words from start to head are a noun phrase (names, nouns, adjectives, numbers, articles; "X and Y", "X, Y"). */
    private static boolean subject(List<Token> t, int start, int head, boolean title) {
        for (int k = start; k <= head; k++) {
            Token y = t.get(k);
            boolean joins = k > start && k < head && (y.is("CCONJ") || y.text().equals(","));
            // In title case the tagger reads a capital as a name or a verb as it goes; the capital itself says a content word.
            if (!(nominalWord(y) || title && capitalised(y) || joins || Phrases.possessiveEnding(y))) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of an open class (a title-case line's "Who", "The", "Over" are no subject's words). */
    private static boolean capitalised(Token y) {
        return Character.isUpperCase(y.text().charAt(0)) && Character.isLetter(y.text().charAt(0))
                && !(y.is("PRON") || y.is("ADP") || y.is("SCONJ") || y.is("AUX") || y.is("PART") || y.is("DET"));
    }

    private static boolean nominalWord(Token y) {
        return y.is("PROPN") || y.is("NOUN") || y.is("ADJ") || y.is("NUM") || y.is("DET")
                || Phrases.possessive(y);
    }

    /**
     * The lemma of the headline's verb at i, if the word is one: the tagger's verb (after {@link HeadlineTags}); in a title-case
     * line, where the tagger reads the capitals as names, a word whose verb reading agrees with its subject in the headline's
     * present tense (the base form after a plural or coordinated subject, the form in -s after a singular one: Quirk et al.
     * 1985, 3.5, 10.34). A participle before "by" is a passive ("Suspect Named By Police"), no report of the subject's.
     */
    private static Optional<String> verb(List<Token> t, int i, int head, boolean title, English english) {
        Token x = t.get(i);
        if (i + 1 < t.size() && Phrases.lower(t.get(i + 1)).equals("by")) {
            return Optional.empty();
        }
        if (x.is("VERB")) {
            return Optional.of(x.lemma());
        }
        // In sentence case a plural noun may be the verb's -s form the tagger misread, where no verb of the subject's follows
        // ("Harbour chief urges/NOUN tenants to …"; {@link HeadlineTags}).
        boolean misread = !title && x.is("NOUN") && !HeadlineTags.verbAhead(t, i);
        if (!(title && Character.isUpperCase(x.text().charAt(0)) && (x.is("PROPN") || x.is("NOUN")) || misread)) {
            return Optional.empty();
        }
        String lower = x.text().toLowerCase(Locale.ROOT);
        List<String> readings = english.lemmaReadings(new Token(x.start(), x.end(), lower, "VERB", lower));
        String lemma = readings.isEmpty() ? lower : readings.get(0);
        if (WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB).isEmpty()) {
            return Optional.empty();
        }
        boolean plural = plural(t, head, english);
        boolean agrees = lower.equals(lemma) ? plural : !plural && (lower.equals(lemma + "s") || lower.equals(lemma + "es"));
        return agrees ? Optional.of(lemma) : Optional.empty();
    }

    /** Whether the subject ending at head is plural: coordinated ("Ruiz and Berg"), or its head a plural noun by its lemma. */
    private static boolean plural(List<Token> t, int head, English english) {
        for (int k = head - 1; k >= 0 && nominalWord(t.get(k)) || k >= 0 && t.get(k).is("CCONJ"); k--) {
            if (t.get(k).is("CCONJ")) {
                return true;
            }
        }
        Token h = t.get(head);
        String lower = h.text().toLowerCase(Locale.ROOT);
        if (!lower.endsWith("s")) {
            return false;
        }
        List<String> readings = english.lemmaReadings(new Token(h.start(), h.end(), lower, "NOUN", lower));
        return !readings.isEmpty() && !readings.get(0).equals(lower);
    }

    /**
     * Whether WordNet 3.1 files the verb's first sense, its most frequent (WordNet orders senses by their counts in its
     * sense-tagged corpus), under verb.communication: verbs of telling, asking, ordering, and of judging in words (urge,
     * warn, claim, praise, rebuke, demand, reveal, address). A later sense does not count: "have" is a verb of communication
     * only in its thirteenth sense ("have a word with"), "raise" in its third ("raise a question"), "send" and "score" in
     * theirs, and a headline using them mostly reports an act ("raises $2 million", "scores a win"; round 25 measured the
     * first three senses: more such acts given to the subject than reports found).
     */
    static boolean communicates(String lemma) {
        return WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB).equals("verb.communication");
    }

    /**
     * Whether the word at i heads a source as PARC 3.0 counts them (a person, a group or organisation, or a document or an
     * inquiry whose findings are reported): a noun WordNet 3.1 files, in its first sense, under noun.person or noun.group
     * ("mayor", "lawmakers", "panel", "police"), or whose first sense is a kind of inquiry or of document within three
     * hypernym steps ("poll", "survey", "report"); or a name (read as one by the tagger in a line in sentence case; else, as
     * in a title-case line, only where the text writes it with a capital inside a sentence, as running text writes names:
     * Chicago Manual of Style, 17th ed., 8.1).
     *
     * @param names whether a name counts (before a colon a name is {@link LineColons}'s, and a capitalised label such as "The
     *              Latest" is none)
     */
    static boolean source(Reading r, int i, English english, boolean names) {
        Token x = r.tokens().get(i);
        if (personOrGroup(x, english)) {
            return true;
        }
        String lemma = nounLemma(x, english);
        if (WordNet.shared().kindWithin(lemma, "inquiry", WordNet.Pos.NOUN) || WordNet.shared().kindWithin(lemma, "document", WordNet.Pos.NOUN)) {
            return true;
        }
        if (!names || !Character.isUpperCase(x.text().charAt(0))) {
            return false;
        }
        return x.is("PROPN") && !HeadlineTags.titleCase(r.tokens()) || nameInRunningText(r.text(), x.text(), r.s().end());
    }

    /** Whether WordNet 3.1 files the word's first sense as a noun (by its lemma) under noun.person or noun.group. */
    private static boolean personOrGroup(Token x, English english) {
        String file = WordNet.shared().lexicographerFile(nounLemma(x, english), WordNet.Pos.NOUN);
        return file.equals("noun.person") || file.equals("noun.group");
    }

    /** The lemmatizer's reading of the word in lower case as a noun ("Lawmakers": "lawmaker"), whatever the tagger made of it. */
    private static String nounLemma(Token x, English english) {
        String lower = x.text().toLowerCase(Locale.ROOT);
        List<String> readings = english.lemmaReadings(new Token(x.start(), x.end(), lower, "NOUN", lower));
        return readings.isEmpty() ? lower : readings.get(0);
    }

    /**
     * Whether the text writes the word with its capital inside a sentence, past the headline (offset from): after a word, a
     * number, a comma or a quotation closed by a comma, where only a name takes a capital ("said Ruiz", "Ana Ruiz", "“…,” Ruiz
     * said"), not at a sentence's or a line's start.
     */
    static boolean nameInRunningText(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int e = at + word.length();
            if (at < 2 || text.charAt(at - 1) != ' ' || e < text.length() && Character.isLetter(text.charAt(e))) {
                continue;
            }
            char b = text.charAt(at - 2);
            char bb = at >= 3 ? text.charAt(at - 3) : ' ';
            if (Character.isLetterOrDigit(b) || b == ',' || (b == '”' || b == '"' || b == '’') && bb == ',') {
                return true;
            }
        }
        return false;
    }
}
