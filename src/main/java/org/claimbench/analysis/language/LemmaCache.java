package org.claimbench.analysis.language;

import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas by word form and tag. The statistical lemmatizer costs about ten times the tagger when it
 * reads whole sentences; asked once per (form, tag) with the token alone, and remembered, it costs
 * next to nothing on running text, and a word's lemma no longer depends on which text came first.
 * On the PolNeAR dev texts the lemma of a token alone differed from its lemma in context for 0.6 %
 * of tokens, mostly pronouns and contractions; both readings have errors of their own.
 */
final class LemmaCache {

    /** Enough for a large news vocabulary with its tags (about 100 bytes an entry); when full it starts again. */
    private static final int CAPACITY = 200_000;

    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();

    String lemma(LemmatizerME lemmatizer, String form, String tag) {
        String key = form + '\t' + tag;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] {form}, new String[] {tag})[0];
            if (lemmas.size() >= CAPACITY) {
                lemmas.clear();
            }
            lemmas.put(key, lemma);
        }
        return lemma;
    }
}
