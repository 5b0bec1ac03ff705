package org.claimbench.analysis.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.contradiction.ClaimReading;

/**
 * A proposed name for each group of claims: its most characteristic words by class-based TF-IDF, as BERTopic names its
 * topics (Grootendorst 2022, "BERTopic: Neural topic modeling with a class-based TF-IDF procedure", eq. 1): the claims of
 * a group are one document (a class), and word t weighs {@code tf(t, c) · log(1 + A / f(t))} in class c, where f(t) is t's
 * frequency over all classes and A the mean number of words of a class. The claims not grouped are one more class, so that
 * their words count in f(t) as BERTopic counts its outliers' topic. Words are the lemmas of the open-class parts of speech
 * of Universal Dependencies (NOUN, PROPN, VERB, ADJ; ADV left out as mostly grammatical), from the claims' stored readings.
 */
public final class GroupNames {

    /** The words a name is made of. */
    public static final int WORDS = 3;
    private static final Set<String> OPEN_CLASSES = Set.of("NOUN", "PROPN", "VERB", "ADJ");

    private GroupNames() {
    }

    /** The content words of a claim: its open-class lemmas, lower-cased but for proper nouns, letters only, two or more. */
    public static List<String> contentWords(ClaimReading reading) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            String tag = reading.tag(i);
            String lemma = reading.lemma(i);
            if (!OPEN_CLASSES.contains(tag) || lemma.length() < 2 || !lemma.chars().allMatch(Character::isLetter)) {
                continue;
            }
            out.add(tag.equals("PROPN") ? lemma : lemma.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * A name per group, in the groups' order: its {@link #WORDS} words of highest c-TF-IDF weight (ties: the more frequent
     * in the group, then the first in alphabetical order), joined by ", "; "" for a group of no content words.
     * {@code words} are the claims' content words by their places; {@code groups} the places of each group's claims;
     * {@code rest} the places of the claims in no group.
     */
    public static List<String> names(List<List<String>> words, List<List<Integer>> groups, List<Integer> rest) {
        List<List<Integer>> classes = new ArrayList<>(groups);
        classes.add(rest);
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> f = new HashMap<>();
        long totalWords = 0;
        for (List<Integer> c : classes) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i : c) {
                for (String w : words.get(i)) {
                    counts.merge(w, 1, Integer::sum);
                    f.merge(w, 1, Integer::sum);
                    totalWords++;
                }
            }
            tf.add(counts);
        }
        double a = classes.isEmpty() ? 0 : (double) totalWords / classes.size();
        List<String> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = tf.get(g);
            List<String> ranked = new ArrayList<>(counts.keySet());
            Map<String, Double> weight = new HashMap<>();
            for (String w : ranked) {
                weight.put(w, counts.get(w) * Math.log(1 + a / f.get(w)));
            }
            ranked.sort(java.util.Comparator.<String>comparingDouble(weight::get).reversed()
                    .thenComparing(java.util.Comparator.<String>comparingInt(counts::get).reversed())
                    .thenComparing(java.util.Comparator.naturalOrder()));
            out.add(String.join(", ", ranked.subList(0, Math.min(WORDS, ranked.size()))));
        }
        return out;
    }
}
