package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.TitleCase;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A claim's tokens with the lemmas and tags its capitals hid. English capitalises a sentence's first word; headline style
 * capitalises every word but short function words, and posts are often written in capitals ({@link TitleCase}): there a
 * capital says nothing of a word's class. The tagger and the lemmatizer, trained on running text, read it as a name's: a
 * capitalised "Signed", "Denied" or "Largest" keeps its inflection as its lemma, and a title-case headline's verbs are read
 * as names ("Ferry Union Denies Strike": "Denies" a proper noun). Two readings are mended, so that a headline's or a
 * sentence-initial word meets the same word in running text ("deny", "sign"):
 * <ol>
 * <li>a capitalised word not read as a name whose lemma is the word itself lower-cased is lemmatised again in lower case
 * ("Signed"/VERB → "sign");</li>
 * <li>in a line in title case or in capitals, a word read as a name or a noun that the line lower-cased reads as a verb, an
 * adjective or an adverb with that lemma in WordNet takes that reading, and so does an inflected form read as a noun whose
 * lemma WordNet has as a verb only ("Denies"/PROPN → "deny"/VERB); a name the lower-cased line misreads ("putin" as a verb)
 * has no WordNet lemma and stays a name.</li>
 * </ol>
 * Offsets and token text stay the claim's own (UTF-16 units); lower-casing keeps one character for one.
 */
final class CapitalisedWords {

    private CapitalisedWords() {
    }

    /** The tokens of {@code text} (as {@link English#analyseRange} read them) with the two readings above mended. */
    static List<Token> mended(String text, List<Token> tokens) {
        List<Token> out = null;
        Map<Long, Token> lowered = TitleCase.of(tokens) ? byPlace(lowerCased(text)) : null;
        for (int i = 0; i < tokens.size(); i++) {
            Token x = tokens.get(i);
            Token m = lowered == null ? null : asPredicate(x, lowered.get(place(x)));
            if (m == null) {
                m = relemmatised(x);
            }
            if (m != x) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, m);
            }
        }
        return out == null ? tokens : out;
    }

    /** Reading 1: the token, or a copy with its lemma read from its lower-cased form. */
    private static Token relemmatised(Token x) {
        String lower = x.text().toLowerCase(Locale.ROOT);
        if (x.is("PROPN") || x.text().isEmpty() || !Character.isUpperCase(x.text().charAt(0)) || !x.lemma().equals(lower)) {
            return x;
        }
        List<String> readings = English.shared().lemmaReadings(new Token(x.start(), x.end(), lower, x.tag(), x.lemma()));
        String lemma = readings.isEmpty() ? x.lemma() : readings.get(0);
        return lemma.equals(x.lemma()) ? x : new Token(x.start(), x.end(), x.text(), x.tag(), lemma);
    }

    /** Reading 2: the lower-cased line's reading of a name or noun, if it is a verb, adjective or adverb WordNet has; else null. */
    private static Token asPredicate(Token x, Token low) {
        if (low == null || !(x.is("PROPN") || x.is("NOUN"))) {
            return null;
        }
        WordNet w = WordNet.shared();
        // Headline grammar drops the words that tell a tagger a verb comes: "union denies …" lower-cased is still read as a
        // noun. An inflected form whose lemma WordNet has as a verb only ("denies": deny) is the verb.
        if (low.is("NOUN") && !low.lemma().equals(low.text()) && w.senses(low.lemma(), WordNet.Pos.VERB).length > 0
                && w.senses(low.lemma(), WordNet.Pos.NOUN).length == 0) {
            return new Token(x.start(), x.end(), x.text(), "VERB", low.lemma());
        }
        if (!(low.is("VERB") || low.is("AUX") || low.is("ADJ") || low.is("ADV"))) {
            return null;
        }
        if (!low.is("AUX")) {
            WordNet.Pos pos = WordNet.Pos.ofUpos(low.tag()).orElse(null);
            if (pos == null || w.senses(low.lemma(), pos).length == 0) {
                return null;
            }
        }
        return new Token(x.start(), x.end(), x.text(), low.tag(), low.lemma());
    }

    private static List<Token> lowerCased(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        String low = new String(c);
        return English.shared().analyseRange(low, 0, low.length()).tokens();
    }

    private static Map<Long, Token> byPlace(List<Token> tokens) {
        Map<Long, Token> m = new HashMap<>();
        for (Token t : tokens) {
            m.put(place(t), t);
        }
        return m;
    }

    private static long place(Token t) {
        return ((long) t.start() << 32) | t.end();
    }
}
