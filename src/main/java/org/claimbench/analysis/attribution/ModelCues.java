package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * The attributions of a sentence's cue the {@link CueModel} finds, asked only for a sentence in which the rules find none
 * (so what the rules find keeps their precision). A verb, a noun or an adjective ({@link CueFeatures#candidate}: "made the
 * case that …", "her warning that …", "were adamant that …") is a candidate when it stands outside quotations (a quoted person's
 * own words are not attributed again), is no cue whose subject is no speaker ({@link CueLexicon#sourceless}: "seems",
 * "appears"), is not negated ("gave no sign that …": the source is not said to claim it) and has a probability of at least
 * {@link CueModel#THRESHOLD}. The most probable candidate for which the rules find a source and a content (as for a lexicon
 * cue) gives the attributions, when its content is a statement: four words or more, with a verb of its own ("… touched on
 * trade" is a phrase, no one's claim), and the verb's complement alone ({@link #complementOnly}).
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
            if (!found.isEmpty() && found.stream().allMatch(a -> r.words(a.content()) >= STATEMENT_WORDS && clause(a.content()) && complementOnly(a))) {
                return Optional.of(found.stream().map(a -> a.withSpeaker(a.speaker(), a.reason() + String.format(Locale.ROOT,
                        " (a cue the model trained on PolNeAR finds, probability %.2f)", c.probability()))).toList());
            }
        }
        return Optional.empty();
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
            if (p >= CueModel.THRESHOLD) {
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
