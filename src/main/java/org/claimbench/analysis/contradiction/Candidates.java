package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.analysis.meaning.NeighbourIndex;

/**
 * The candidate pairs among a list of claims, without comparing every pair: two claims meet when
 * they share rare enough blocking keys (content lemmas, kinds of quantity, status, timing and
 * judgement cues within an event; each key counts 1, a "#" key 2), when one looks up a key the
 * other posts (opposites by prefix, 2), when one is among the other's nearest neighbours by
 * meaning (2), or when one follows the other in its article (2). A pair is a candidate from a
 * total of 2 on. {@link #routes} says, for one pair, which of these reached it.
 */
final class Candidates {

    private final List<ClaimFeatures> features;
    /** Where the claims deny verbs: an affirmed verb's sense keys are made only there. */
    private final SenseKeys.Denials denials;
    /**
     * Each blocking key once, numbered (its text by number in keyNames, kept only for {@link #routes}): a claim keeps its
     * keys' numbers, and the text of a key made for each claim ("#status@…", "#deny:…") is kept once, not once a claim (at
     * 100,000 claims those copies and the lists holding them were a tenth of the heap while the index is built). Once every
     * claim's keys and look-ups are numbered, the texts are dropped unless {@link #routes} is to name them (at 100,000
     * claims some 370,000 texts, about 30 MB, while the pairs are scored). Held as bytes ({@link KeyTexts}), not strings.
     */
    private KeyTexts keyNumbers = new KeyTexts();
    private List<String> keyNames;
    /**
     * Each claim's keys by number, in the order they were posted (a key posted twice counts twice); with the texts dropped,
     * only the keys that pair ({@link PairingKeys}), and a claim's row is let go once its pairs are scored ({@link #release}).
     */
    private final int[][] keys;
    /**
     * Each claim's looked-up keys ({@link BlockingKeys#lookedUp}) by number, in the order they are looked up, those only
     * that some claim posts and that are not too common to pair ({@link ContradictionSuggester#MAX_POSTINGS}).
     */
    private final int[][] lookups;
    /**
     * Claim indexes by key number in one array (compressed rows): key k's claims are postingMembers[postingStart[k] ..
     * postingStart[k + 1]), in claim order. One list object a key cost about 50 bytes more, for 460,000 keys at 100,000 claims.
     */
    private int[] postingStart;
    private final int[] postingMembers;
    /** For each claim, the claim just before it and just after it in its article's text (-1 when none or not placed). */
    private final int[] before;
    private final int[] after;
    /** Per key number: whether it only waits to be looked up (BlockingKeys.postedOnly), and whether it weighs 2 (a "#" key). */
    private final BitSet postedOnly = new BitSet();
    private final BitSet heavy = new BitSet();
    /** Keys that pair, by number ({@link PairingKeys}); null while the keys' texts are kept. */
    private BitSet pairs;
    /** For each claim, the later claims (by index) among its nearest neighbours by meaning or it among theirs, with their cosine. */
    private final int[][] near;
    private final double[][] nearCosine;
    /** For each claim, the later claims among its nearest of the other accounts of its event or it among theirs ({@link EventNeighbours}). */
    private final int[][] eventNear;
    private final int[] shared;
    private final int[] touched;
    /**
     * How many claims' keys are held at once while they are numbered (their texts made anew for each claim: at 100,000 claims
     * 4,096 claims' keys were some 6 MB at the build's highest moment, docs/speed.md round 29).
     */
    private static final int KEY_BLOCK = 1024;

    /** The candidates among features, the keys' texts kept for {@link #routes}. */
    Candidates(List<ClaimFeatures> features) {
        this(features, null, true);
    }

    /**
     * The candidates among features, the phases of finding them ended in {@code phases} when given (for the benches);
     * with {@code keepNames} false the keys' texts are dropped once numbered ({@link #routes} is then not available).
     */
    Candidates(List<ClaimFeatures> features, BuildPhases phases, boolean keepNames) {
        this.features = features;
        this.denials = SenseKeys.Denials.among(features);
        keyNames = keepNames ? new ArrayList<>() : null;
        int n = features.size();
        keys = new int[n][];
        // Each claim's keys are made on all cores (making them only reads) and numbered in claim order.
        Spread.inOrder(n, KEY_BLOCK, i -> BlockingKeys.posted(features.get(i), denials), (own, i) -> {
            int[] numbers = new int[own.size()];
            for (int t = 0; t < numbers.length; t++) {
                numbers[t] = number(own.get(t));
            }
            keys[i] = numbers;
        });
        // Each claim meets the claim just before it in its article: the article may set the two against each other. (As a
        // key of its own a pair, "#next:id", it took some 90 bytes a claim while the index is built.)
        before = new int[n];
        after = new int[n];
        java.util.Arrays.fill(before, -1);
        java.util.Arrays.fill(after, -1);
        Map<Long, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (features.get(i).facts.positioned()) {
                byArticle.computeIfAbsent(features.get(i).facts.articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> inArticle : byArticle.values()) {
            inArticle.sort((i, j) -> ClaimFeatures.TEXT_ORDER.compare(features.get(i), features.get(j)));
            for (int k = 1; k < inArticle.size(); k++) {
                ClaimFeatures previous = features.get(inArticle.get(k - 1));
                features.get(inArticle.get(k)).previousId = previous.facts.id();
                before[inArticle.get(k)] = inArticle.get(k - 1);
                after[inArticle.get(k - 1)] = inArticle.get(k);
            }
        }
        int keyCount = keyNumbers.size();
        postingStart = new int[keyCount + 1];
        for (int i = 0; i < n; i++) {
            for (int k : keys[i]) {
                postingStart[k + 1]++;
            }
        }
        for (int k = 0; k < keyCount; k++) {
            postingStart[k + 1] += postingStart[k];
        }
        // What each claim looks up, numbered now on all cores (the numbers and counts are only read): the texts can then go,
        // before the postings' array is made (the two are not held at once).
        lookups = new int[n][];
        Spread.run(0, n, (thread, i) -> lookups[i] = lookedUpNumbers(i));
        if (!keepNames) {
            keyNumbers = null;
            pairs = new BitSet(keyCount);
            postingStart = PairingKeys.starts(postingStart, lookups, postedOnly, pairs);
        }
        postingMembers = new int[postingStart[keyCount]];
        int[] filled = java.util.Arrays.copyOf(postingStart, keyCount);
        for (int i = 0; i < n; i++) {
            for (int k : keys[i]) {
                if (postingStart[k + 1] > filled[k]) {
                    postingMembers[filled[k]++] = i;
                }
            }
            if (!keepNames) {
                keys[i] = PairingKeys.pairing(keys[i], pairs);
            }
        }
        if (phases != null) {
            phases.end("candidate keys numbered");
        }
        // The cosines are only named ({@link #routes}): not made otherwise.
        NeighbourPairs meaning = NeighbourPairs.of(features, phases, keepNames);
        near = meaning.near;
        nearCosine = meaning.nearCosine;
        eventNear = NeighbourPairs.later(SideNeighbours.withEventNeighbours(EventNeighbours.of(features), SideNeighbours.of(features)));
        if (phases != null && features.stream().anyMatch(f -> f.facts.vector().present())) {
            phases.end("event neighbours looked up");
        }
        shared = new int[n];
        touched = new int[n];
    }

    /**
     * Lets claim i's own rows go (its keys, look-ups and neighbours): {@link #forEachLater} reads them only for claim i, so
     * once its pairs are scored it is not asked again (the build scores each claim once, in order; the rows are about a
     * third of what this holds). Only where the keys' texts are dropped; claim i is then neither scored nor named again.
     */
    void release(int i) {
        if (keyNames != null) {
            throw new IllegalStateException("rows are kept where routes are named");
        }
        keys[i] = PairingKeys.NONE;
        lookups[i] = PairingKeys.NONE;
        near[i] = PairingKeys.NONE;
        eventNear[i] = PairingKeys.NONE;
    }

    /** How many claim places the key postings hold (all of them while the keys' texts are kept, see {@link PairingKeys}). */
    int postingsHeld() {
        return postingMembers.length;
    }

    /** How many claims: the length of the arrays {@link #forEachLater(int, int[], int[], IntConsumer)} takes. */
    int size() {
        return features.size();
    }

    /** Calls {@code later} with each candidate j > i of claim i, once each. Not thread-safe (it reuses two arrays). */
    void forEachLater(int i, IntConsumer later) {
        forEachLater(i, shared, touched, later);
    }

    /**
     * As {@link #forEachLater(int, IntConsumer)} with a thread's own two arrays of {@link #size()} zeros (left zeros), so
     * threads may ask at once (all else it reads is no longer changed once built).
     */
    void forEachLater(int i, int[] shared, int[] touched, IntConsumer later) {
        int touchedCount = 0;
        for (int k : keys[i]) {
            int from = postingStart[k];
            int size = postingStart[k + 1] - from;
            if (size < 2 || size > ContradictionSuggester.MAX_POSTINGS || postedOnly.get(k)) {
                continue;
            }
            int weight = heavy.get(k) ? 2 : 1;
            for (int m = from, end = from + size; m < end; m++) {
                int j = postingMembers[m];
                if (j > i) {
                    if (shared[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    shared[j] += weight;
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            int j = side == 0 ? before[i] : after[i];
            if (j > i) {
                if (shared[j] == 0) {
                    touched[touchedCount++] = j;
                }
                shared[j] += 2;
            }
        }
        for (int k : lookups[i]) {
            for (int m = postingStart[k], end = postingStart[k + 1]; m < end; m++) {
                int j = postingMembers[m];
                if (j > i) {
                    if (shared[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    shared[j] += 2;
                }
            }
        }
        for (int j : near[i]) {
            if (shared[j] == 0) {
                touched[touchedCount++] = j;
            }
            shared[j] += 2;
        }
        for (int j : eventNear[i]) {
            if (shared[j] == 0) {
                touched[touchedCount++] = j;
            }
            shared[j] += 2;
        }
        for (int t = 0; t < touchedCount; t++) {
            int j = touched[t];
            if (shared[j] >= 2) {
                later.accept(j);
            }
            shared[j] = 0;
        }
    }

    /**
     * What brings claims i and j together, one phrase a route ("shared words: ceasefire, energy",
     * "nearest neighbours by meaning (cosine 0.63)", "next in its article"); empty when nothing does,
     * and a lone shared word (weight 1 of the 2 needed) is named with "alone".
     */
    List<String> routes(int i, int j) {
        if (keyNames == null) {
            throw new IllegalStateException("the keys' texts were dropped (Candidates built without keepNames)");
        }
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        List<String> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        List<String> tooCommon = new ArrayList<>();
        if (after[lo] == hi || after[hi] == lo) {
            out.add("next in its article");
        }
        for (int k : keys[lo]) {
            if (has(hi, k) && !postedOnly.get(k)) {
                String f = keyNames.get(k);
                int size = postingCount(k);
                if (size > ContradictionSuggester.MAX_POSTINGS) {
                    tooCommon.add(f);
                } else if (f.startsWith("#")) {
                    cues.add(f);
                } else {
                    words.add(f);
                }
            }
        }
        if (!words.isEmpty()) {
            out.add("shared word" + (words.size() > 1 ? "s: " : ": ") + String.join(", ", words) + (words.size() == 1 ? " (alone)" : ""));
        }
        if (!cues.isEmpty()) {
            out.add("shared cue: " + String.join(", ", cues));
        }
        for (int[] p : new int[][] {{lo, hi}, {hi, lo}}) {
            for (String f : BlockingKeys.lookedUp(features.get(p[0]), denials)) {
                int k = keyNumbers.get(f);
                if (k >= 0 && has(p[1], k) && postingCount(k) <= ContradictionSuggester.MAX_POSTINGS
                        && !(SenseKeys.is(f) && out.contains(SenseKeys.ROUTE))) {
                    out.add(f.startsWith("#deny:") ? "a word denied in one, affirmed in the other: " + f.substring(6)
                            : SenseKeys.is(f) ? SenseKeys.ROUTE
                            : f.startsWith("#opp:") ? "opposite by prefix: " + f.substring(5)
                            : f.startsWith("#only:") || f.startsWith("#listed:") ? "one thing alone in one, listed with others in the other: "
                                    + f.substring(f.indexOf(':') + 1)
                            : "a word of one is denied in, or the antonym of a word of, the other: " + f);
                }
            }
        }
        for (int k = 0; k < near[lo].length; k++) {
            if (near[lo][k] == hi) {
                out.add(String.format(Locale.ROOT, "nearest neighbours by meaning (cosine %.2f)", nearCosine[lo][k]));
            }
        }
        for (int later : eventNear[lo]) {
            if (later == hi) {
                out.add(String.format(Locale.ROOT, "nearest among the other accounts of its event (cosine %.2f)",
                        features.get(lo).facts.vector().cosine(features.get(hi).facts.vector())));
            }
        }
        if (!tooCommon.isEmpty()) {
            out.add("too common to pair: " + String.join(", ", tooCommon));
        }
        return out;
    }

    /** A key's number, given the next one when it is new. */
    private int number(String key) {
        int next = keyNumbers.size();
        int k = keyNumbers.numberOf(key);
        if (k == next) {
            if (keyNames != null) {
                keyNames.add(key);
            }
            // Set only when true (a new key's bits are clear): clearing a bit runs BitSet's loop counting down its words,
            // which traps in C2's code (see Clauses.agents).
            if (BlockingKeys.postedOnly(key)) {
                postedOnly.set(k);
            }
            if (key.startsWith("#")) {
                heavy.set(k);
            }
        }
        return k;
    }

    /** How many times key number k is posted (by how many claims, a claim posting it twice counted twice). */
    private int postingCount(int k) {
        return postingStart[k + 1] - postingStart[k];
    }

    /**
     * Claim i's looked-up keys by number, in order and each time it is looked up: those some claim posts and that are not
     * too common to pair (the others pair nothing).
     */
    private int[] lookedUpNumbers(int i) {
        List<String> looked = BlockingKeys.lookedUp(features.get(i), denials);
        int[] out = new int[looked.size()];
        int count = 0;
        for (String f : looked) {
            int k = keyNumbers.get(f);
            if (k >= 0 && postingCount(k) <= ContradictionSuggester.MAX_POSTINGS) {
                out[count++] = k;
            }
        }
        return count == out.length ? out : count == 0 ? PairingKeys.NONE : java.util.Arrays.copyOf(out, count);
    }

    /** Whether claim i posts key number k. */
    private boolean has(int i, int k) {
        for (int own : keys[i]) {
            if (own == k) {
                return true;
            }
        }
        return false;
    }

    /** Whether claims i and j are a candidate pair. */
    boolean reached(int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        boolean[] found = {false};
        forEachLater(lo, k -> found[0] |= k == hi);
        return found[0];
    }
}
