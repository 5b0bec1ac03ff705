package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account reports an armed attack, the other denies that any fighting took place, in other words: "the militia launched
 * attacks on three villages" against "no gunfire was heard in the valley". The words of fighting are those WordNet 3.1 files
 * under one of a few synsets, by their first sense or up to {@link WordNet#TROPONYM_STEPS} hypernyms above it: the nouns
 * attack#1 (military), military action#1, fight#1 (fighting, combat), shooting#1 (gunfire is one) and assault#1, the verbs
 * attack#1 (assail), assail#1 (assault) and fire#1 and #2 (open fire, discharge a weapon). Fighting denied: a word of fighting
 * first in the claim's negation scope ({@link ClaimFeatures#scoped}), after adjectives, a compounded noun, the words of
 * knowing ("no knowledge of any attack") or the verbs that start or carry out an act (Mel'čuk's lexical functions Oper1 and
 * IncepOper1 of "attack": launch, carry out, mount, stage, initiate, conduct). A negative determiner before a noun of an act
 * denies every act of its kind (Quirk et al. 1985, 10.59), so the two cannot both hold. Fighting affirmed: a word of fighting
 * in the other claim, not negated, denied or supposed. Two accounts of one event ({@link Pair#oneEvent}), somewhat alike in
 * meaning ({@link TroponymDenial#LIKENESS}).
 */
final class HostileActDenied implements PairSignal {

    private static final String[][] NOUNS = {{"attack", "1"}, {"military action", "1"}, {"fight", "1"}, {"shooting", "1"}, {"assault", "1"}};
    private static final String[][] VERBS = {{"attack", "1"}, {"assail", "1"}, {"fire", "1"}, {"fire", "2"}};
    /** The verbs that start or carry out an act (Mel'čuk, Explanatory Combinatorial Dictionary, Oper1 and IncepOper1 of "attack"). */
    private static final Set<String> CARRY_OUT = Set.of("launch", "carry", "mount", "stage", "initiate", "conduct", "open", "start");
    /** The words of knowing a source's denial is put in (as "not aware of", "no knowledge of"; Kiparsky and Kiparsky 1970, factives). */
    private static final Set<String> KNOWING = Set.of("aware", "awareness", "know", "knowledge", "record");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return mayDeny(a) || mayDeny(b);
    }

    private static boolean mayDeny(ClaimFeatures f) {
        return f.negationCue != null && !f.negatesAReport;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(TroponymDenial.LIKENESS)) {
            return Optional.empty();
        }
        return denied(a, b).or(() -> denied(b, a));
    }

    private static Optional<Signal> denied(ClaimFeatures denying, ClaimFeatures affirming) {
        if (!mayDeny(denying) || affirming.openCondition) {
            return Optional.empty();
        }
        String fighting = deniedFighting(denying);
        if (fighting == null) {
            return Optional.empty();
        }
        String reported = affirmedFighting(affirming);
        if (reported == null) {
            return Optional.empty();
        }
        String cue = denying.negationCue;
        return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.3,
                () -> "“" + cue + " … " + fighting + "” in one claim, “" + reported + "” in the other: one account reports an armed "
                        + "attack, the other denies that any fighting took place.", "denial:hostile-act"));
    }

    /** The word of fighting that opens the claim's negation scope; null if none. */
    static String deniedFighting(ClaimFeatures f) {
        List<String> scope = f.scoped;
        for (int k = 0; k < scope.size(); k++) {
            String w = scope.get(k);
            String tag = f.tagOf(w);
            if (fighting(w, tag)) {
                return w;
            }
            boolean compound = tag.equals("NOUN") && k + 1 < scope.size() && fighting(scope.get(k + 1), f.tagOf(scope.get(k + 1)))
                    && adjacent(f.reading, w, scope.get(k + 1));
            if (!(tag.equals("ADJ") || KNOWING.contains(w) || tag.equals("VERB") && CARRY_OUT.contains(w) || compound)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a token of lemma {@code first} stands right before one of lemma {@code second} (a noun compounded with the next). */
    private static boolean adjacent(ClaimReading r, String first, String second) {
        for (int i = 0; i + 1 < r.size(); i++) {
            if (r.lemma(i).equalsIgnoreCase(first) && r.lemma(i + 1).equalsIgnoreCase(second)) {
                return true;
            }
        }
        return false;
    }

    /** The claim's word of fighting, affirmed; null if none. */
    static String affirmedFighting(ClaimFeatures f) {
        for (int i = 0; i < f.words.size(); i++) {
            String w = f.words.get(i);
            if (f.negated.contains(w) || f.scoped.contains(w) || f.supposed.contains(w)) {
                continue;
            }
            if (fighting(w, f.wordTags.get(i))) {
                return w;
            }
        }
        return null;
    }

    private static boolean fighting(String word, String tag) {
        WordNet wn = WordNet.shared();
        if (tag.equals("NOUN")) {
            return meets(wn.senses(word, WordNet.Pos.NOUN), Senses.NOUNS) || meets(wn.ancestors(word, WordNet.Pos.NOUN), Senses.NOUNS);
        }
        if (tag.equals("VERB")) {
            return meets(wn.senses(word, WordNet.Pos.VERB), Senses.VERBS) || meets(wn.ancestors(word, WordNet.Pos.VERB), Senses.VERBS);
        }
        return false;
    }

    private static boolean meets(long[] in, long[] set) {
        for (long x : in) {
            for (long s : set) {
                if (x == s) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The synsets named above by offset, looked up once when first used; a sense WordNet does not have is -1 and meets nothing. */
    private static final class Senses {
        static final long[] NOUNS = java.util.Arrays.stream(HostileActDenied.NOUNS).mapToLong(n -> sense(n, WordNet.Pos.NOUN)).toArray();
        static final long[] VERBS = java.util.Arrays.stream(HostileActDenied.VERBS).mapToLong(n -> sense(n, WordNet.Pos.VERB)).toArray();
    }

    private static long sense(String[] named, WordNet.Pos pos) {
        long[] senses = WordNet.shared().senses(named[0], pos);
        int n = Integer.parseInt(named[1]) - 1;
        return n < senses.length ? senses[n] : -1;
    }
}
