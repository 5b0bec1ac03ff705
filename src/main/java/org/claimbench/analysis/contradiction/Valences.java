package org.claimbench.analysis.contradiction;

import java.util.Map;
import java.util.Optional;

import org.claimbench.analysis.language.AdjectiveClusters;

/**
 * The valence of an evaluative word, from -4 to +4: the VADER lexicon's ({@link Lexicons#valence()}), or, for an adjective
 * it lacks, the one its WordNet cluster gives ({@link AdjectiveClusters}): the mean valence of the VADER words its first sense
 * is similar to or sees also, each antonym's counted with its sign turned (Hu and Liu 2004, "Mining and summarizing customer
 * reviews", KDD, grew an opinion lexicon so, through WordNet's synonyms and antonyms). The diplomatic register of readouts
 * ("productive", "constructive", "substantive") is missing from VADER, a lexicon of social-media text: "productive" is similar
 * to "successful" (2.8) and sees also "profitable" (1.9), "creative" (1.9); "constructive" sees also "positive" (2.6) and is
 * the antonym of "destructive" (-3.0). One step only, from the word itself: its neighbours' neighbours are not read.
 */
final class Valences {

    /** How many VADER words of one sign a cluster needs to lend its valence: one neighbour is too thin ("first": original, 1.3). */
    static final int NEIGHBOURS = 2;

    /** Verbs that link a subject to a predicative adjective (Quirk et al. 1985, 16.21-16.22: current and resulting copulas). */
    private static final java.util.Set<String> COPULAS = java.util.Set.of("be", "seem", "appear", "remain", "prove", "sound", "look",
            "become", "stay");

    private Valences() {
    }

    /**
     * The valence of the word at token {@code i}: VADER's; for an adjective VADER lacks, its cluster's, in a judging use only
     * (see {@link #judgingUse}) and not a word of factuality ({@link Factuality}); empty when it has none.
     */
    static Optional<Double> at(ClaimReading r, int i) {
        if (weighsTheSpeakersPoints(r, i)) {
            return Optional.empty();
        }
        Double known = Lexicons.valence().get(r.lemma(i));
        if (known != null || !r.is(i, "ADJ")) {
            return Optional.ofNullable(known);
        }
        // A word of status or stance ("willing", "possible") says what is so for a party, which the factuality signal reads.
        boolean status = Factuality.of(r.lemma(i)).isPresent();
        return !status && judgingUse(r, i) ? ofCluster(r.lemma(i)) : Optional.empty();
    }

    /**
     * Whether the adverb at token {@code i} is a disjunct in the comparative or superlative set off by a comma ("…, but more
     * importantly, we will …", "and, most significantly, the end of the strike"): it comments on the speaker's own statement,
     * ranking it above the one before (Quirk et al. 1985, 8.121-8.127: content disjuncts stand outside the clause they comment
     * on), and judges nothing that the claim reports.
     */
    static boolean weighsTheSpeakersPoints(ClaimReading r, int i) {
        return r.is(i, "ADV") && i > 0 && (r.lemma(i - 1).equals("more") || r.lemma(i - 1).equals("most"))
                && i + 1 < r.size() && r.lemma(i + 1).equals(",");
    }

    /**
     * Whether an adjective at token {@code i} is used as a judgement: predicative (after a copula: "the talks were productive"),
     * graded (after a degree adverb: "very productive"), or in a list with another adjective ("positive and constructive"); and
     * with no to-infinitive after it, which makes it the subject's disposition to an act ("willing to work", "ready to sign":
     * Quirk et al. 1985, 16.75-16.78), not a judgement. Central adjectives are gradable and predicative (Quirk 7.2-7.3); an
     * attributive one without a degree word is mostly classifying ("the first call", "new sanctions", "a joint statement").
     */
    static boolean judgingUse(ClaimReading r, int i) {
        if (i + 1 < r.size() && r.lemma(i + 1).equals("to")) {
            return false;
        }
        // Past quotation marks and a negator ("were not productive": the negation turns the judgement, ClaimFeatures); counted
        // up by distance (see Clauses.agents).
        int back = 1;
        while (back <= i && (Clauses.QUOTES.contains(r.lemma(i - back)) || Lexicons.NEGATORS.contains(r.lemma(i - back)))) {
            // A contracted negated copula ("wasn't": "be+not") is the copula itself.
            String l = r.lemma(i - back);
            if (l.endsWith("+not") && COPULAS.contains(l.substring(0, l.length() - 4))) {
                return true;
            }
            back++;
        }
        int j = i - back;
        if (j < 0) {
            return false;
        }
        if (r.is(j, "ADV") || COPULAS.contains(r.lemma(j))) {
            return true;
        }
        boolean listed = r.lemma(j).equals("and") || r.lemma(j).equals(",") || r.lemma(j).equals("or");
        return listed && j > 0 && r.is(j - 1, "ADJ");
    }

    /**
     * The valence an adjective's WordNet cluster gives it: the mean of its VADER neighbours', an antonym's turned, when at least
     * {@value #NEIGHBOURS} have one and all of one sign; empty otherwise.
     */
    static Optional<Double> ofCluster(String adjective) {
        Map<String, Double> vader = Lexicons.valence();
        AdjectiveClusters.Neighbours n = AdjectiveClusters.shared().of(adjective);
        double sum = 0;
        int positive = 0;
        int negative = 0;
        for (String s : n.similar()) {
            Double v = vader.get(s);
            if (v != null) {
                sum += v;
                positive += v > 0 ? 1 : 0;
                negative += v < 0 ? 1 : 0;
            }
        }
        for (String o : n.opposite()) {
            Double v = vader.get(o);
            if (v != null) {
                sum -= v;
                positive += v < 0 ? 1 : 0;
                negative += v > 0 ? 1 : 0;
            }
        }
        boolean oneSign = positive == 0 || negative == 0;
        int count = positive + negative;
        return count >= NEIGHBOURS && oneSign ? Optional.of(sum / count) : Optional.empty();
    }
}
