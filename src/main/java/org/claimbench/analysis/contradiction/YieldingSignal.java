package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account says a party gave in, the other denies that the party was pressed or frightened: "Petro quickly reversed his
 * refusal" against "the actions did not intimidate him". To give in is, in WordNet's own glosses, to end resistance "as under
 * pressure or force" or to consent reluctantly; an account of giving in tells the same act as the effect of pressure, which
 * the other account denies had any. The same fact told to opposite effect (framing).
 *
 * <p>Giving in: a word of one claim, not negated nor supposed, with a first WordNet 3.1 verb sense ({@link WordNet#senses})
 * in, or up to {@value WordNet#TROPONYM_STEPS} hypernym steps under ({@link WordNet#ancestors}), the synsets {@link #GIVING_IN}
 * names by a member and its sense. Pressure denied: a word the other claim negates ("did not intimidate him", "was never
 * coerced") with such a sense among {@link #PRESSING}. Two accounts of one event, alike in meaning as a denied status needs
 * ({@link TroponymDenial#LIKENESS}).
 */
final class YieldingSignal implements PairSignal {

    /**
     * The synsets of giving in, each by a member and its sense number in WordNet 3.1: yield#2 (give way: "end resistance, as under
     * pressure or force"), succumb#1 (yield, give in, knuckle under: "consent reluctantly"), relent#1 ("give in, as to influence or
     * pressure"), capitulate#1 ("surrender under agreed conditions"), submit#3 ("yield to the control of another"), about-face#2
     * ("change one's mind and assume the opposite viewpoint") and reverse#1 (change by reversal: "change to the contrary").
     */
    static final String[][] GIVING_IN = {{"yield", "2"}, {"succumb", "1"}, {"relent", "1"}, {"capitulate", "1"}, {"submit", "3"},
        {"about-face", "2"}, {"reverse", "1"}};
    /**
     * The synsets of pressing someone: coerce#1 (coerce, pressure, force, squeeze: "to cause to do through pressure or
     * necessity"), pressure#2 (blackmail: "exert pressure on someone through threats"), intimidate#1 and #2 ("make timid or
     * fearful"; "compel or deter by or as if by threats") and frighten#1 (scare).
     */
    static final String[][] PRESSING = {{"coerce", "1"}, {"pressure", "2"}, {"intimidate", "1"}, {"intimidate", "2"}, {"frighten", "1"}};

    private static volatile long[] givingIn;
    private static volatile long[] pressing;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.either(a, b, ClaimHolds.PRESSURE_DENIED);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(TroponymDenial.LIKENESS)) {
            return Optional.empty();
        }
        return gaveIn(a, b).or(() -> gaveIn(b, a));
    }

    /** Whether a claim negates a word of pressing someone ("did not intimidate him"): what {@link #gaveIn} asks of the denying claim first. */
    static boolean deniesPressure(ClaimFeatures f) {
        for (String w : f.negated) {
            if (among(w, pressing())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Signal> gaveIn(ClaimFeatures yielding, ClaimFeatures denying) {
        if (denying.negated.isEmpty()) {
            return Optional.empty();
        }
        String pressed = null;
        for (String w : denying.negated) {
            if (among(w, pressing())) {
                pressed = w;
                break;
            }
        }
        if (pressed == null) {
            return Optional.empty();
        }
        // The reading's lemmas, not the content words: the tagger takes a hyphenated noun for punctuation ("about-face").
        ClaimReading r = yielding.reading;
        for (int i = 0; i < r.size(); i++) {
            String w = r.lemma(i).toLowerCase(java.util.Locale.ROOT);
            if (w.length() > 2 && Character.isLetter(w.charAt(0)) && !yielding.negated.contains(w) && !yielding.supposed.contains(w)
                    && among(w, givingIn()) && denying.words.contains(subjectOf(r, w))) {
                String gave = w;
                String denied = pressed;
                return Optional.of(new Signal("giving in", ContradictionKind.FRAMING, 0.4,
                        () -> "“" + gave + "” in one claim, “" + denying.negationCue + " … " + denied + "” in the other: one account tells of giving in, "
                                + "the other denies the pressure.", "yield:" + denied));
            }
        }
        return Optional.empty();
    }

    /**
     * Who gives in: the nearest noun or name before the word, past its auxiliaries, adverbs, adjectives and determiners
     * ("Petro quickly reversed", "Petro did an immediate about-face"; the subject before its predicate, Quirk et al. 1985,
     * 2.3); "" when another word comes first. The other account must name it too: the party it denies was pressed.
     */
    static String subjectOf(ClaimReading r, String word) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.lemma(i).equals(word)) {
                continue;
            }
            for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
                if (r.is(k, "PROPN") || r.is(k, "NOUN")) {
                    return r.lemma(k).toLowerCase(java.util.Locale.ROOT);
                }
                // A light verb takes the act as its object ("did an about-face"; Quirk et al. 1985, 10.47, eventive objects).
                if (!(r.is(k, "AUX") || r.is(k, "ADV") || r.is(k, "ADJ") || r.is(k, "DET") || r.is(k, "PART") || LIGHT.contains(r.lemma(k)))) {
                    break;
                }
            }
        }
        return "";
    }

    /** The light verbs that take an act as their object. */
    private static final java.util.Set<String> LIGHT = java.util.Set.of("do", "make", "take", "have");

    /**
     * Whether a first sense of the verb is one of the synsets, or a kind of one within the hypernym steps; a form the
     * lemmatizer left as it stands is read by WordNet's base forms ("pressured": pressure).
     */
    private static boolean among(String word, long[] synsets) {
        WordNet wn = WordNet.shared();
        if (wn.senses(word, WordNet.Pos.VERB).length == 0) {
            for (String base : WordForms.verbBaseForms(word)) {
                if (!base.equals(word) && among(base, synsets)) {
                    return true;
                }
            }
            return false;
        }
        for (long s : wn.senses(word, WordNet.Pos.VERB)) {
            if (contains(synsets, s)) {
                return true;
            }
        }
        for (long h : wn.ancestors(word, WordNet.Pos.VERB)) {
            if (contains(synsets, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(long[] all, long s) {
        for (long x : all) {
            if (x == s) {
                return true;
            }
        }
        return false;
    }

    private static long[] givingIn() {
        long[] s = givingIn;
        if (s == null) {
            s = givingIn = synsets(GIVING_IN);
        }
        return s;
    }

    private static long[] pressing() {
        long[] s = pressing;
        if (s == null) {
            s = pressing = synsets(PRESSING);
        }
        return s;
    }

    /** The verb synsets named by member and sense number ({@link Stances#synsets}). */
    private static long[] synsets(String[][] named) {
        return Stances.synsets(WordNet.Pos.VERB, named);
    }
}
