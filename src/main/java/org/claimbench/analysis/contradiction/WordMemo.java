package org.claimbench.analysis.contradiction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function of a word, remembered: scoring pairs asks the same few thousand words
 * again for every pair. Thread-safe; bounded (past {@value #KEPT} words it answers without
 * remembering, so a long session cannot grow it). Values must not be null.
 */
final class WordMemo<V> {

    static final int KEPT = 100_000;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> answer;

    WordMemo(Function<String, V> answer) {
        this.answer = answer;
    }

    V get(String word) {
        V v = known.get(word);
        if (v == null) {
            v = answer.apply(word);
            if (known.size() < KEPT) {
                known.put(word, v);
            }
        }
        return v;
    }
}
