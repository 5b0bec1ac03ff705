package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;

/**
 * A claim as the language components read it: each token's lemma and its part of speech (UD
 * UPOS). Reading a claim takes about a millisecond (OpenNLP's tagger and lemmatiser), so a
 * workspace reads each claim once in the background and stores the result ({@link #encode}); the
 * contradiction engine then never tags text while it ranks pairs. Lemmas are interned (the index
 * holds many). {@link #NONE} stands for "not read yet". Immutable.
 */
public final class ClaimReading {

    public static final ClaimReading NONE = new ClaimReading(new String[0], new String[0]);

    private final String[] lemmas;
    private final String[] tags;

    private ClaimReading(String[] lemmas, String[] tags) {
        this.lemmas = lemmas;
        this.tags = tags;
    }

    /** Reads a claim's text with the language components (loads their models on first use: never on the JavaFX thread). */
    public static ClaimReading read(String text) {
        // Curly single quotes are split off as straight ones are (the tokenizer keeps "‘agreement’" whole); one
        // character for one, so the text keeps its length.
        String plain = text.replace('‘', '\'').replace('’', '\'');
        List<Token> tokens = English.shared().analyseRange(plain, 0, plain.length()).tokens();
        String[] l = new String[tokens.size()];
        String[] t = new String[tokens.size()];
        for (int i = 0; i < l.length; i++) {
            Token tok = tokens.get(i);
            // Keep the form of a contraction kept whole ("won't": "will+not") readable as two lemmas.
            l[i] = tok.lemma().replace(' ', '_').intern();
            t[i] = tok.tag().intern();
        }
        return new ClaimReading(l, t);
    }

    /** "lemma/TAG lemma/TAG …": what the workspace stores. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lemmas.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(lemmas[i]).append('/').append(tags[i]);
        }
        return sb.toString();
    }

    /** Reads what {@link #encode} wrote; a malformed or empty string gives {@link #NONE}. */
    public static ClaimReading decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        String[] parts = stored.split(" ");
        List<String> l = new ArrayList<>(parts.length);
        List<String> t = new ArrayList<>(parts.length);
        for (String p : parts) {
            int slash = p.lastIndexOf('/');
            if (slash <= 0 || slash == p.length() - 1) {
                return NONE;
            }
            l.add(p.substring(0, slash).intern());
            t.add(p.substring(slash + 1).intern());
        }
        return new ClaimReading(l.toArray(String[]::new), t.toArray(String[]::new));
    }

    public boolean present() {
        return lemmas.length > 0;
    }

    public int size() {
        return lemmas.length;
    }

    public String lemma(int i) {
        return lemmas[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    /** Whether token i's tag is upos (or a contraction's joined tag starts with it). */
    public boolean is(int i, String upos) {
        String t = tags[i];
        return t.equals(upos) || (t.startsWith(upos) && t.length() > upos.length() && t.charAt(upos.length()) == '+');
    }
}
