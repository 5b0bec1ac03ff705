package org.claimbench.analysis;

import static java.util.Map.entry;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content words of a claim, lower-cased and lightly stemmed, for blocking and overlap. */
final class Words {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+");
    static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "he", "she", "they", "them", "his", "her",
            "their", "we", "our", "us", "i", "my", "you", "your", "which", "who", "whom", "what", "when", "where", "than", "then", "there",
            "here", "about", "after", "before", "also", "more", "most", "very", "so", "such", "said", "says", "say", "if", "into", "over",
            "between", "both", "all", "any", "some", "no", "not", "nor", "only", "own", "other", "same", "again", "once", "just", "up",
            "out", "even", "because", "while", "during", "through", "how", "why", "one", "two");

    private Words() {
    }

    /** How many words (runs of non-space) a text has. */
    static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Content words, each string shared with every other claim's same word (the suggestion index holds many). */
    static Set<String> content(String text) {
        return content(text, true);
    }

    /** Content words; {@code shared}: interned, for words kept long (not for a passing comparison). */
    static Set<String> content(String text, boolean shared) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replace("’", "'");
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            String stem = stem(w);
            out.add(shared ? stem.intern() : stem);
        }
        return out;
    }

    /** Content words written in lower case in the text: predicates and common nouns, not names. */
    static Set<String> predicates(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!Character.isLowerCase(w.charAt(0))) {
                continue;
            }
            w = w.replace("’", "'");
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(stem(w).intern());
            }
        }
        return out;
    }

    /** Past forms that no ending rule brings back to their verb ("has made" meets "make"). */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            entry("made", "make"), entry("took", "take"), entry("taken", "take"),
            entry("gave", "give"), entry("given", "give"), entry("held", "hold"),
            entry("told", "tell"), entry("met", "meet"), entry("spoke", "speak"),
            entry("spoken", "speak"), entry("began", "begin"), entry("begun", "begin"),
            entry("sought", "seek"), entry("brought", "bring"), entry("kept", "keep"),
            entry("won", "win"), entry("lost", "lose"), entry("thought", "think"),
            entry("agreed", "agree"), entry("agreeing", "agree"), entry("ceased", "cease"),
            entry("ceasing", "cease"), entry("offered", "offer"), entry("sent", "send"));

    /** A light stem: plurals and common verb endings, enough to meet "concessions" with "concession". */
    static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
