package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * What stands at a token of one sentence, as the content readers ask it: whether a clause (a subject and its
 * verb), a to-infinitive or a gerund subject starts there, where a short adverbial after a cue ends, and where
 * the sentence's own words start after a dateline. Read from the parts of speech only.
 */
final class ClauseShapes {

    /** Words that open a reported question ("asked how …", "explained why …"; a closed class). */
    static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "who", "whom", "where", "when", "which");

    private final Reading r;
    private final List<Token> t;

    ClauseShapes(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /** Whether token k opens a to-infinitive: "to" and a verb, adverbs between ("to quickly end"). */
    boolean infinitive(int k) {
        if (k + 1 >= t.size() || !Phrases.lower(t.get(k)).equals("to") || !(t.get(k).is("PART") || t.get(k).is("ADP"))) {
            return false;
        }
        int m = k + 1;
        while (m < t.size() && t.get(m).is("ADV")) {
            m++;
        }
        return m < t.size() && (t.get(m).is("VERB") || t.get(m).is("AUX"));
    }

    /** Whether a gerund-participle clause opens at token k, adverbs in -ly before its verb at most ("immediately deducting"). */
    boolean gerundClause(int k) {
        int g = k;
        while (g < t.size() && t.get(g).is("ADV") && Phrases.lower(t.get(g)).endsWith("ly")) {
            g++;
        }
        return g < t.size() && t.get(g).is("VERB") && Phrases.lower(t.get(g)).endsWith("ing");
    }

    /**
     * Whether a gerund clause is the subject of a clause starting at token k ("said selling the farm has been
     * hard"): a verb in -ing, then a finite verb or auxiliary before any comma.
     */
    boolean gerundSubject(int k) {
        Token first = t.get(k);
        if (!first.is("VERB") || !Phrases.lower(first).endsWith("ing")) {
            return false;
        }
        for (int m = k + 1; m < Math.min(t.size(), k + 12); m++) {
            Token x = t.get(m);
            if (x.is("PUNCT") || x.is("SCONJ") || Phrases.RELATIVES.contains(Phrases.lower(x))) {
                return false;
            }
            if (x.is("AUX") && !Phrases.lower(x).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past a short adverbial after the cue: prepositional phrases ("in a statement", "on CNN"), days and times
     * ("Thursday night"), adverbs. Returns k when none stands there.
     */
    int afterAdverbial(int k) {
        int m = k;
        for (int guard = 0; guard < 4 && m < t.size(); guard++) {
            Token x = t.get(m);
            if (x.is("ADV") && !QUESTION_WORDS.contains(Phrases.lower(x))) {
                m++;
            } else if (x.is("ADP") && !Phrases.lower(x).equals("that") && m + 1 < t.size()) {
                int e = Phrases.endAfter(t, m + 1);
                if (e < 0 || t.get(m + 1).is("PRON") && !Phrases.possessive(t.get(m + 1))) {
                    return m;
                }
                m = e + 1;
            } else if (Phrases.calendar(x) || TIMES.contains(Phrases.lower(x))) {
                m++;
            } else {
                return m;
            }
        }
        return m;
    }

    /**
     * Whether the span is an adverbial of time alone ("Monday morning", "on Wednesday", "late last week"): a time adjunct
     * says when, never what was said (adverbials of time, Quirk et al. 1985, 8.49-8.62), so it is no cue's content ("…, a
     * spokesman announced Monday morning.").
     */
    boolean timeAlone(TextSpan content) {
        int j = 0;
        while (j < t.size() && t.get(j).start() < content.start()) {
            j++;
        }
        if (j >= t.size() || t.get(j).start() != content.start()) {
            return false;
        }
        int m = j;
        while (m < t.size() && (TimePhrases.time(t.get(m)) || TimePhrases.prepositionBeforeTime(t.get(m)))) {
            m++;
        }
        return m > j && TimePhrases.time(t.get(m - 1)) && (m >= t.size() || t.get(m).start() >= content.end());
    }

    /** Parts of the day and words of time that follow a day ("Thursday night", "last week"; closed class members). */
    static final Set<String> TIMES = Set.of("morning", "afternoon", "evening", "night", "last", "this", "next", "week", "month",
            "year", "weekend");

    /**
     * Prepositions that qualify a number or a quantity rather than open a phrase of their own ("about half of …", "over
     * 200 tenants …"): approximators (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 7.56).
     */
    private static final java.util.Set<String> APPROXIMATORS = java.util.Set.of("about", "around", "over", "under", "nearly", "almost", "roughly");

    /**
     * The first members of correlative coordinators, which open a coordinated subject ("both the mayor and the
     * council have …"): a closed class (Quirk et al. 1985, 13.33).
     */
    private static final Set<String> CORRELATIVES = Set.of("both", "either", "neither");

    /**
     * Whether the word at k is an approximator qualifying the number or quantity after it ("over 200 tenants",
     * "about half of"), not a preposition opening a phrase of its own ("under pressure", "over the weekend").
     */
    private boolean approximator(int k) {
        if (!APPROXIMATORS.contains(Phrases.lower(t.get(k))) || k + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.is("NUM") || QUANTITY_WORDS.contains(Phrases.lower(next));
    }

    /** Words of quantity an approximator may qualify (closed class members): "about half", "nearly a third", "over a dozen". */
    private static final Set<String> QUANTITY_WORDS = Set.of("half", "a", "one", "two", "three", "dozen", "dozens", "hundreds", "thousands",
            "millions", "quarter", "third");

    /** A word the tagger read as punctuation: a hyphenated compound such as "first-time" or "long-term" has letters. */
    static boolean wordTaggedAsPunctuation(Token x) {
        return x.is("PUNCT") && x.text().chars().anyMatch(Character::isLetter);
    }

    /**
     * Whether a clause starts at token k: a subject and then its verb. The subject is read loosely, as
     * the words before the first verb when they are all a noun phrase's kinds of words (determiners,
     * adjectives, nouns, names, numbers, pronouns, prepositions and conjunctions between them: "his
     * campaign", "the mayor's plan for the harbour", "more than a thousand tenants", "she and her neighbours").
     */
    boolean startsClause(int k) {
        if (k >= t.size()) {
            return false;
        }
        Token first = t.get(k);
        if (first.is("CCONJ") && CORRELATIVES.contains(Phrases.lower(first)) && k + 1 < t.size() && !t.get(k + 1).is("PUNCT")) {
            return startsClause(k + 1);
        }
        if (Phrases.lower(first).equals("there") && k + 1 < t.size() && (t.get(k + 1).is("AUX") || t.get(k + 1).is("VERB") && EXISTENTIAL.contains(t.get(k + 1).lemma()))) {
            // "said there is no money", "said there seem to be fewer": the existential subject, which the tagger reads as an adverb.
            return true;
        }
        if (first.is("PRON") && first.tag().endsWith("+AUX") && !Phrases.RELATIVES.contains(Phrases.lower(first))) {
            // "he’ll", "they’re": a subject and its auxiliary in one token.
            return true;
        }
        if (first.is("VERB") && k > 0 && t.get(k - 1).is("VERB") && k + 1 < t.size() && (t.get(k + 1).is("ADP") || t.get(k + 1).is("NOUN")) && Phrases.lower(first).equals(first.lemma())
                && !WordNet.shared().lexicographerFile(first.lemma(), WordNet.Pos.NOUN).isEmpty()) {
            // "said praise from the board would not sway her": no bare verb opens a reported clause right after the cue; a word
            // WordNet 3.1 also knows as a noun, a phrase after it, is the subject's head the tagger misread. A finite verb must
            // follow. (After a comma, "to end the levy, stop the toll and …", a bare verb goes on a coordination.)
            return subjectUpTo(k + 1, k, true);
        }
        if (first.is("VERB") || first.is("AUX") || first.is("ADP") && !approximator(k) || first.is("SCONJ")
                || first.is("CCONJ") || first.is("PUNCT") && !wordTaggedAsPunctuation(first) || Phrases.RELATIVES.contains(Phrases.lower(first)) && !first.is("DET")) {
            return false;
        }
        return subjectUpTo(k, k, false);
    }

    /** Whether tokens from {@code from} on are a subject (a clause opened at k) up to its finite verb, within 14 words of k. */
    private boolean subjectUpTo(int from, int k, boolean nominalSeen) {
        boolean nominal = nominalSeen;
        for (int m = from; m < Math.min(t.size(), k + 14); m++) {
            Token x = t.get(m);
            if (x.is("VERB") && m > k && (t.get(m - 1).is("DET") || t.get(m - 1).is("ADJ")) && m + 1 < t.size() && t.get(m + 1).is("NOUN")) {
                // "the increased office space was …": a participle qualifying the noun after it, inside the subject.
                continue;
            }
            if (x.is("VERB") || x.is("AUX")) {
                return (nominal || fusedHead(m - 1, k)) && m > k;
            }
            if (r.opens(x) != null && nominal && m > k) {
                // "said the board’s members “will not sign”": a quotation that goes on with the subject's verb (mixed).
                continue;
            }
            if (r.opens(x) != null || x.text().equals(";") || x.text().equals(":") || x.is("SCONJ") || x.is("INTJ")) {
                return false;
            }
            nominal |= Phrases.nominal(x) || x.is("PRON") || x.is("NUM");
            if (!(x.is("DET") || wordTaggedAsPunctuation(x) || x.is("ADJ") || Phrases.nominal(x) || x.is("PRON") || x.is("ADP") || x.is("ADV") || x.is("CCONJ")
                    || x.is("PART") || x.is("NUM") || x.is("SYM") || x.text().equals(",") || x.text().equals("-") || x.text().equals("—"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word before a verb heads a noun phrase of its own though it is an adjective or a determiner: a
     * fused head ("the other would …", "many doubted …", "each has …"; Huddleston and Pullum, The Cambridge Grammar of
     * the English Language, 2002, 5.9). An article ("the", "a") never stands alone.
     */
    private boolean fusedHead(int m, int k) {
        if (m < k) {
            return false;
        }
        Token x = t.get(m);
        String w = Phrases.lower(x);
        return x.is("ADJ") && (m == k || t.get(m - 1).is("DET")) || x.is("DET") && !ARTICLES.contains(w) && !w.equals("no")
                || x.is("ADV") && QUANTIFIERS.contains(w) && adverbsOnly(k, m);
    }

    /**
     * The quantifiers that head a noun phrase alone, which the tagger reads as adverbs when degree adverbs modify them ("said
     * too much is made of …", "says far too little is known"; Quirk et al. 1985, 5.23 and 6.54, "much", "little" and their
     * comparatives as pronouns).
     */
    private static final Set<String> QUANTIFIERS = Set.of("much", "little", "more", "less", "enough");

    private boolean adverbsOnly(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.get(i).is("ADV")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verbs after existential "there" besides "be" (Quirk et al., A Comprehensive Grammar of the English Language, 1985,
     * 18.44-18.50: raising verbs and verbs of existence and motion).
     */
    private static final Set<String> EXISTENTIAL = Set.of("be", "seem", "appear", "remain", "exist", "come", "follow", "arise");

    /** The articles (a closed class), which never head a noun phrase alone. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /**
     * Where a paragraph's text starts after its dateline ("WASHINGTON — ", "KYIV, Ukraine (AP) — ", "OSLO (Reuters) - ",
     * "TROMSO, Norway, March 3 (Reuters) - "): a place in capitals, perhaps its country, a date and the agency, then a dash
     * or a hyphen standing alone between spaces (the AP Stylebook's and Reuters' dateline conventions), are no part of
     * any statement.
     */
    int afterDateline() {
        int start = r.s().start();
        String text = r.text();
        if (start > 0 && text.charAt(start - 1) != '\n') {
            return start;
        }
        for (int m = 0; m < Math.min(t.size(), 12); m++) {
            if (Phrases.dash(text, t.get(m)) && m > 0) {
                return datelineBefore(m) && m + 1 < t.size() ? t.get(m + 1).start() : start;
            }
        }
        return start;
    }

    /** Words that join the parts of a place's name in a dateline ("Bosnia and Herzegovina", "Isle of Man"). */
    private static final Set<String> NAME_LINKS = Set.of("and", "of");

    /**
     * Whether tokens 0 to m-1 are a dateline: the place in capitals first ("OSLO", "KYIV,"), then only capitalized names,
     * numbers (a date), joining words of a name and punctuation, with anything inside parentheses (the agency:
     * "(Reuters)", "(dpa)"). A lower-case word outside them ("UN inspectors -", "The EU budget for 2031 -") makes it a
     * sentence, whatever acronym it holds.
     */
    private boolean datelineBefore(int m) {
        String place = t.get(0).text();
        if (place.length() < 2 || !Character.isLetter(place.charAt(0)) || !place.equals(place.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        int depth = 0;
        for (int c = 1; c < m; c++) {
            String x = t.get(c).text();
            if (x.equals("(")) {
                depth++;
            } else if (x.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLowerCase(x.charAt(0)) && !NAME_LINKS.contains(x)) {
                return false;
            }
        }
        return true;
    }

    boolean hasVerb(TextSpan span) {
        for (Token x : t) {
            if (x.start() >= span.start() && x.end() <= span.end() && (x.is("VERB") || x.is("AUX"))) {
                return true;
            }
        }
        return false;
    }
}
