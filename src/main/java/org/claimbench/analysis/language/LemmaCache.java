package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmas by word form and tag. The statistical lemmatizer costs about ten times the tagger when it
 * reads whole sentences; asked once per (form, tag), and remembered, it costs next to nothing on
 * running text, and a word's lemma no longer depends on which text came first. The token is read
 * between a neutral word and a full stop ("x joked ."): on the PolNeAR dev texts that reading
 * differed from the lemma in the sentence for 0.2 % of tokens (the token alone: 0.6 %, with
 * errors such as "joked" → "jok"); both readings have errors of their own. A new form is read by
 * {@link GreedyLemmatizer} (the same reading as {@code LemmatizerME} for all 11,305 forms and tags of the
 * PolNeAR dev texts, in a twelfth of the time); the three best readings by {@link LemmaBeam} ({@code LemmatizerME}'s).
 */
final class LemmaCache {

    /** Enough for a large news vocabulary with its tags (about 100 bytes an entry); when full it starts again. */
    private static final int CAPACITY = 200_000;

    /** How many readings {@link #readings} gives. */
    static final int READINGS = 3;

    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> readings = new ConcurrentHashMap<>();

    String lemma(GreedyLemmatizer lemmatizer, String form, String tag) {
        String key = form + '\t' + tag;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = clean(lemmatizer.lemma(new String[] {"x", form, "."}, new String[] {"X", tag, "PUNCT"}, 1), form);
            if (lemmas.size() >= CAPACITY) {
                lemmas.clear();
            }
            lemmas.put(key, lemma);
        }
        return lemma;
    }

    /** The lemmatizer's best readings of the form with that tag, best first, each once. */
    List<String> readings(LemmaBeam lemmatizer, String form, String tag) {
        String key = form + '\t' + tag;
        List<String> r = readings.get(key);
        if (r == null) {
            List<String> out = new ArrayList<>();
            for (String[] reading : lemmatizer.predictLemmas(READINGS, new String[] {"x", form, "."}, new String[] {"X", tag, "PUNCT"})) {
                String l = clean(reading[1], form);
                if (!out.contains(l)) {
                    out.add(l);
                }
            }
            r = List.copyOf(out);
            if (readings.size() >= CAPACITY) {
                readings.clear();
            }
            readings.put(key, r);
        }
        return r;
    }

    /** The lemmatizer's "no edit script applies" ("_" or nothing): the form itself is the best lemma. */
    private static String clean(String lemma, String form) {
        return lemma == null || lemma.isEmpty() || lemma.equals("_") ? form.toLowerCase(Locale.ROOT) : lemma;
    }
}
