package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * The attributions of a sentence's cue the {@link CueModel} finds, asked for a sentence in which the rules find none
 * (so what the rules find keeps their precision); in a sentence where they find some, only for a verb with a that-clause
 * outside them ({@link #besides}). A verb, a noun or an adjective ({@link CueFeatures#candidate}: "made the
 * case that …", "her warning that …", "were adamant that …") is a candidate when it stands outside quotations (a quoted person's
 * own words are not attributed again), is no cue whose subject is no speaker ({@link CueLexicon#sourceless}: "seems",
 * "appears"), is not negated ("gave no sign that …": the source is not said to claim it) and has a probability of at least
 * {@link #OBJECT_THRESHOLD}. The most probable candidate for which the rules find a source and a content (as for a lexicon
 * cue) gives the attributions, when its content is four words or more and the verb's complement alone ({@link
 * #complementOnly}), and either has a verb of its own at a probability of at least {@link CueModel#THRESHOLD} ("… touched on
 * trade" is a phrase, no one's claim) or is a verb's noun-phrase object given by an agent ({@link #objectContent}: "The city
 * sent a warning letter to the pier's owners").
 */
final class ModelCues {

    /** One verb taken as a cue: its token index and the model's probability. */
    record Candidate(int token, double probability) {
    }

    /**
     * Negators (a closed class: the negative words of Quirk et al. 1985, chapter 10, negation): "has not shown", "never made",
     * "had nothing to add": the source is not said to claim the content.
     */
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing", "none", "neither", "nor");

    /** Negative words that open a verb's object ("gave no sign", "had nothing to say", "offered none"). */
    private static final Set<String> NEGATIVE_OBJECTS = Set.of("no", "nothing", "none", "neither");

    /** The fewest words of a content a learned cue gives (as the statements PolNeAR's figures count). */
    private static final int STATEMENT_WORDS = 4;

    /**
     * The probability from which a learned cue gives its noun-phrase object as the content ({@link #objectContent}): lower than
     * {@link CueModel#THRESHOLD}, as the model weighs every verb and most verbs with an object report nothing. Chosen on
     * PolNeAR dev (attribution round 31, with the object and agent tests before the time and thing tests were added, dev
     * speakerAccuracy / precision: 0.2 0.847 / 0.792, 0.15 0.850 / 0.788, 0.1 0.855 / 0.784, 0.075 0.856 / 0.776, 0.05 0.857 /
     * 0.770); see docs/suggestions.md, round 31.
     */
    static final double OBJECT_THRESHOLD = 0.1;

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;
    private final CueModel model;

    ModelCues(Reading r, CueLexicon cues, CueModel model) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
        this.model = model;
    }

    /**
     * The attributions of the most probable candidate that gives a statement, if any.
     *
     * @param fromVerb the rules' reading of a cue verb: its token index and cue to the attributions it gives (none when they
     *                 find no source or no content)
     */
    Optional<List<Attribution>> attributions(BiFunction<Integer, CueLexicon.Cue, List<Attribution>> fromVerb) {
        for (Candidate c : ranked()) {
            Token x = t.get(c.token());
            List<Attribution> found = fromVerb.apply(c.token(), new CueLexicon.Cue(x.lemma(), "", "cue model"));
            if (!found.isEmpty() && found.stream().allMatch(a -> r.words(a.content()) >= STATEMENT_WORDS
                    && (c.probability() >= CueModel.THRESHOLD && clause(a.content()) || objectContent(c.token(), a)) && complementOnly(a)
                    && (!relation(x) || a.source().isEmpty() || agent(a.source().get(), true)))) {
                return Optional.of(found.stream().map(a -> learned(a, c.probability())).toList());
            }
        }
        return Optional.empty();
    }

    /**
     * The attributions of learned cues in a sentence where the rules found some ({@code found}): a verb of its own clause
     * with a that-clause after it ("…, though union officials clarified that …", "…, but Berg countered that …"), standing
     * outside every attribution found (its cue, source and content) and no cue of the lexicon (the rules read those). A
     * sentence of two coordinated or subordinated reports holds two attributions (Quirk et al. 1985, 13.5, 15.17); a
     * lexicon cue in one clause kept the model from the other. The verb and a that-clause is the frame of reporting and
     * thinking verbs (Quirk et al. 1985, 16.31-16.33), so only that frame is read here, at {@link CueModel#THRESHOLD}, with a
     * content of four words or more that is a clause, the complement alone and overlapping no attribution found.
     *
     * @param found    the attributions the rules found in the sentence
     * @param fromVerb the rules' reading of a cue verb, as for {@link #attributions}
     * @return the attributions added, in the order of their cues' probability; empty when none
     */
    List<Attribution> besides(List<Attribution> found, BiFunction<Integer, CueLexicon.Cue, List<Attribution>> fromVerb) {
        List<Attribution> out = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.is("VERB") || thatAfter(i) < 0 || r.quotes().inside(x.start()) || cues.verb(x.lemma()).isPresent() || cues.sourceless(x.lemma())
                    || negated(i) || covered(x, found)) {
                continue;
            }
            double p = model.probability(CueFeatures.of(r.text(), t, i, r.quotes(), cues), true);
            if (p >= CueModel.THRESHOLD) {
                candidates.add(new Candidate(i, p));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        for (Candidate c : candidates) {
            Token x = t.get(c.token());
            List<Attribution> more = fromVerb.apply(c.token(), new CueLexicon.Cue(x.lemma(), "", "cue model"));
            if (!more.isEmpty() && more.stream().allMatch(a -> r.words(a.content()) >= STATEMENT_WORDS && clause(a.content()) && complementOnly(a)
                    && !overlaps(a, found) && !overlaps(a, out) && (!relation(x) || a.source().isEmpty() || agent(a.source().get(), true)))) {
                more.forEach(a -> out.add(learned(a, c.probability())));
            }
        }
        return out;
    }

    /** The attribution with its reason saying the model found its cue, and how probably. */
    private static Attribution learned(Attribution a, double probability) {
        return a.withSpeaker(a.speaker(), a.reason() + String.format(Locale.ROOT, " (a cue the model trained on PolNeAR finds, probability %.2f)",
                probability));
    }

    /**
     * The token index of the complementizer "that" right after the verb at token i, or after a prepositional phrase of up to
     * four words ("clarified to reporters that", "countered in a statement that"), or -1.
     */
    private int thatAfter(int i) {
        for (int k = i + 1; k < Math.min(t.size() - 1, i + 6); k++) {
            Token x = t.get(k);
            if (Phrases.lower(x).equals("that") && !x.is("DET")) {
                return k;
            }
            if (k == i + 1 ? !x.is("ADP") : !(Phrases.nominal(x) || x.is("DET") || x.is("ADJ") || Phrases.possessive(x))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the token lies inside an attribution's cue, source or content. */
    private static boolean covered(Token x, List<Attribution> found) {
        for (Attribution a : found) {
            if (inside(x, a.cue()) || inside(x, a.content()) || a.source().filter(s -> inside(x, s)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Token x, TextSpan s) {
        return x.start() >= s.start() && x.end() <= s.end();
    }

    /** Whether the attribution's content or cue overlaps the content of one of the others. */
    private static boolean overlaps(Attribution a, List<Attribution> others) {
        for (Attribution o : others) {
            if (a.content().start() < o.content().end() && o.content().start() < a.content().end()
                    || a.cue().start() < o.content().end() && o.content().start() < a.cue().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a learned cue's verb names a relation, not an act: its first WordNet 3.1 sense is filed under verb.stative
     * ("involve", "include", "contain", "require"; Miller and Fellbaum's stative verbs, of being and having). With a subject
     * that is no agent ({@link SourceHeads#agent}: an act, a document, an idea: "Past agreements have involved …", "The plan
     * requires …") such a verb relates two things and no one asserts the content: the sentence is the outlet's (attribution
     * round 37). A document with a verb of its own use is still a source, as PARC 3.0 and PolNeAR take it ("the report argues
     * …", "The report also provided details …", "The ad renews accusations …": PolNeAR train annotates these, so the test is
     * the verb's sense, not the subject's alone). A cue of the lexicon is not asked: this reads only what the model adds.
     */
    private static boolean relation(Token x) {
        if (x.is("NOUN")) {
            return false;
        }
        // A participle the tagger read as an adjective ("have involved/ADJ") is read as its verb.
        WordNet wn = WordNet.shared();
        List<String> bases = WordForms.verbBaseForms(Phrases.lower(x));
        String verb = bases.isEmpty() ? x.lemma().toLowerCase(Locale.ROOT) : bases.get(0);
        return wn.lexicographerFile(verb, WordNet.Pos.VERB).equals("verb.stative");
    }

    /**
     * Whether the content of the verb at token i is its noun-phrase object, given by an agent: PolNeAR annotates acts and
     * attitudes with a noun-phrase content as attributions ("The city sent a warning letter", "The campaign has addressed
     * the plight of …"), which a learned cue gives from {@link #OBJECT_THRESHOLD}. The content opens right after the verb
     * with a word that can open a noun phrase (a determiner, a possessive, an adjective, a number, a noun or a name; not a
     * time: "presented it this Monday as …"), holds four words or more before any time in it ("opened the meeting on
     * Monday" is an act with a short object and an adverbial), its head is no concrete thing, place or time ({@link #THINGS}),
     * and the source is an agent ({@link SourceHeads#agent}: "The discussion included a ceasefire" reports no one's act).
     */
    private boolean objectContent(int i, Attribution a) {
        return t.get(i).is("VERB") && a.source().isPresent() && objectOpensAt(i + 1, a.content()) && agent(a.source().get())
                && wordsBeforeATime(i + 1, a.content()) >= STATEMENT_WORDS && !thing(i + 1, a.content());
    }

    /** The words of the content from token k up to a time in it ("the meeting on Monday": 2), punctuation not counted. */
    private int wordsBeforeATime(int k, TextSpan content) {
        int n = 0;
        for (int m = k; m < t.size() && t.get(m).end() <= content.end(); m++) {
            Token x = t.get(m);
            if (TimePhrases.time(x) || TimePhrases.prepositionBeforeTime(x) && m + 1 < t.size() && TimePhrases.time(t.get(m + 1))) {
                break;
            }
            n += x.is("PUNCT") ? 0 : 1;
        }
        return n;
    }

    /**
     * WordNet 3.1's lexicographer files of concrete things, places and times (its noun files, Miller 1990, "Nouns in WordNet"):
     * an object whose head's first sense is one of them is what an act handles, not what anyone says or thinks.
     */
    private static final Set<String> THINGS = Set.of("noun.artifact", "noun.object", "noun.location", "noun.body", "noun.plant",
            "noun.animal", "noun.food", "noun.substance", "noun.time", "noun.shape");

    /** Whether the head of the noun phrase opening at token k is a thing ({@link #THINGS}: "inspected the old bridge …"). */
    private boolean thing(int k, TextSpan content) {
        int head = -1;
        for (int m = k; m < t.size() && t.get(m).end() <= content.end(); m++) {
            Token x = t.get(m);
            if (Phrases.nominal(x)) {
                head = m;
            } else if (head >= 0 || !(x.is("DET") || x.is("ADJ") || x.is("NUM") || x.is("PRON"))) {
                break;
            }
        }
        if (head < 0 || !t.get(head).is("NOUN")) {
            return false;
        }
        return THINGS.contains(WordNet.shared().lexicographerFile(t.get(head).lemma().toLowerCase(Locale.ROOT), WordNet.Pos.NOUN));
    }

    private boolean agent(TextSpan source) {
        return agent(source, false);
    }

    /**
     * Whether the source phrase can be an agent ({@link SourceHeads#agent}); with {@code headOnly}, its words before a
     * preposition alone: the head and what stands before it ("Past agreements between Oslo and Bern": the names in the
     * postmodifier are not who acts).
     */
    private boolean agent(TextSpan source, boolean headOnly) {
        int from = -1;
        int to = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() >= source.start() && t.get(k).end() <= source.end()) {
                if (headOnly && from >= 0 && t.get(k).is("ADP")) {
                    break;
                }
                from = from < 0 ? k : from;
                to = k;
            }
        }
        return from >= 0 && SourceHeads.agent(r, from, to);
    }

    /** Whether the content opens at token k with a word that can open a noun phrase and is no time. */
    private boolean objectOpensAt(int k, TextSpan content) {
        if (k >= t.size() || t.get(k).start() != content.start()) {
            return false;
        }
        Token x = t.get(k);
        return (x.is("DET") && !Phrases.lower(x).equals("that") || x.is("NOUN") || x.is("PROPN") || x.is("ADJ") || x.is("NUM")
                || x.is("PRON") && Phrases.possessive(x)) && !Phrases.calendar(x) && !ClauseShapes.TIMES.contains(Phrases.lower(x));
    }

    /** The candidates, most probable first. */
    List<Candidate> ranked() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (!CueFeatures.candidate(x) || x.is("NOUN") && !clauseAfterNoun(t, i) || r.quotes().inside(x.start()) || cues.sourceless(x.lemma())
                    || negated(i) || AspectualVerbs.beforeItsVerb(t, i)) {
                // A noun with no clause after it gives no attribution: it is not weighed (most candidates are nouns); nor is
                // an aspectual verb before its verb ("continues to grow"): the verb after it is the candidate.
                continue;
            }
            double p = model.probability(CueFeatures.of(r.text(), t, i, r.quotes(), cues), x.is("VERB"));
            if (p >= OBJECT_THRESHOLD) {
                out.add(new Candidate(i, p));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return out;
    }

    /**
     * Whether a that-clause or a to-infinitive follows the noun at token i ("her warning that …", "their eagerness to …"),
     * the only nouns a learned cue reads: the content must be a clause.
     */
    static boolean clauseAfterNoun(List<Token> t, int i) {
        return i >= 1 && i + 2 < t.size() && (Phrases.lower(t.get(i + 1)).equals("that")
                || Phrases.lower(t.get(i + 1)).equals("to") && t.get(i + 2).is("VERB"));
    }

    /**
     * The token index of the form of "be" (adverbs between) before a predicative adjective at token i ("is confident",
     * "were adamant", "were incensed"), else -1. A participle counts when WordNet 3.1 knows it as an adjective and it is
     * no verb of the lexicon and reports no speech: "was told", "is said" stay passives, whose subject does not speak.
     */
    static int stativeBe(List<Token> t, int i, CueLexicon cues) {
        Token x = t.get(i);
        boolean adjective = x.is("ADJ") || x.is("VERB") && !WordNet.shared().lexicographerFile(Phrases.lower(x), WordNet.Pos.ADJECTIVE).isEmpty()
                && cues.verb(x.lemma()).isEmpty() && !cues.reportsSpeech(x.lemma());
        int k = i - 1;
        while (k >= 0 && t.get(k).is("ADV")) {
            k--;
        }
        return adjective && k >= 1 && t.get(k).is("AUX") && t.get(k).lemma().equals("be") ? k : -1;
    }

    /** Whether the verb is negated: a negator among the two words before it, or a negative object right after it. */
    private boolean negated(int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (NEGATORS.contains(Phrases.lower(t.get(k)))) {
                return true;
            }
        }
        return i + 1 < t.size() && NEGATIVE_OBJECTS.contains(Phrases.lower(t.get(i + 1)));
    }

    /**
     * Whether a content after its learned cue is the verb's complement alone. PolNeAR takes an object as content ("blasted the
     * agency's handling of the floods"), but an object read up to a coordinated predicate of the subject ("has made similar
     * offers before and broken them"; "and" or "or", then a verb) holds what the subject did, not what it said. A content
     * that is a clause of its own, a verb in it before the conjunction ("stressed that his client was ready to appear, but
     * would not …"), keeps its coordinated predicate: it shares the subject of the content's clause, not the cue's (Quirk et
     * al. 1985, 13.46-13.48, predicates coordinated under one subject).
     */
    private boolean complementOnly(Attribution a) {
        if (a.content().start() < a.cue().start()) {
            return true;
        }
        boolean verbSeen = false;
        for (int k = 0; k + 1 < t.size(); k++) {
            Token x = t.get(k);
            boolean inside = x.start() >= a.content().start() && x.end() <= a.content().end();
            if (inside && t.get(k + 1).end() <= a.content().end() && x.is("CCONJ")
                    && (t.get(k + 1).is("VERB") || t.get(k + 1).is("AUX")) && !verbSeen) {
                return false;
            }
            verbSeen |= inside && (x.is("VERB") || x.is("AUX"));
        }
        return true;
    }

    /**
     * Whether the span holds a verb of the sentence's (a content past the sentence, a quotation over sentences, does), or an
     * object and its complement after "as" ("painted the mayor as a friend of the builders", "cast the levy as a tax on the
     * poor"): a verbless clause that predicates the complement of the object, as "regard X as Y" does (Quirk et al. 1985,
     * 16.48, complex-transitive complementation; 14.8, verbless clauses).
     */
    private boolean clause(TextSpan span) {
        if (span.end() > r.s().end() || span.start() < r.s().start()) {
            return true;
        }
        boolean object = false;
        for (int k = 0; k + 1 < t.size(); k++) {
            Token x = t.get(k);
            if (x.start() < span.start() || x.end() > span.end()) {
                continue;
            }
            if (x.is("VERB") || x.is("AUX")) {
                return true;
            }
            if (object && Phrases.lower(x).equals("as") && t.get(k + 1).end() <= span.end() && (Phrases.nominal(t.get(k + 1))
                    || t.get(k + 1).is("DET") || t.get(k + 1).is("ADJ"))) {
                return true;
            }
            // A time is an adverbial, no object ("presented it this Monday as …" leaves the object out of the content).
            object |= (Phrases.nominal(x) || x.is("PRON") && !Phrases.possessive(x)) && !Phrases.calendar(x)
                    && !ClauseShapes.TIMES.contains(Phrases.lower(x));
        }
        return false;
    }
}
