package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The attributions of a sentence's cue the {@link CueModel} finds, asked only for a sentence in which the rules find none
 * (so what the rules find keeps their precision). A verb is a candidate when it stands outside quotations (a quoted person's
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
            if (!x.is("VERB") || r.quotes().inside(x.start()) || cues.sourceless(x.lemma()) || negated(i)) {
                continue;
            }
            double p = model.probability(CueFeatures.of(r.text(), t, i, r.quotes(), cues));
            if (p >= CueModel.THRESHOLD) {
                out.add(new Candidate(i, p));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return out;
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
     * offers before and broken them"; "and" or "or", then a verb) holds what the subject did, not what it said.
     */
    private boolean complementOnly(Attribution a) {
        if (a.content().start() < a.cue().start()) {
            return true;
        }
        for (int k = 0; k + 1 < t.size(); k++) {
            Token x = t.get(k);
            if (x.start() >= a.content().start() && t.get(k + 1).end() <= a.content().end() && x.is("CCONJ")
                    && (t.get(k + 1).is("VERB") || t.get(k + 1).is("AUX"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the span holds a verb of the sentence's (a content past the sentence, a quotation over sentences, does). */
    private boolean clause(TextSpan span) {
        if (span.end() > r.s().end() || span.start() < r.s().start()) {
            return true;
        }
        for (Token x : t) {
            if (x.start() >= span.start() && x.end() <= span.end() && (x.is("VERB") || x.is("AUX"))) {
                return true;
            }
        }
        return false;
    }
}
