package org.claimbench.analysis.language;

/**
 * One token of a text.
 *
 * @param start where it starts in the analysed text (UTF-16 index, inclusive)
 * @param end   where it ends (UTF-16 index, exclusive)
 * @param text  its characters, exactly as in the text
 * @param tag   its Universal Dependencies part of speech (UPOS: {@code NOUN}, {@code VERB}, {@code PROPN},
 *              {@code PRON}, {@code AUX}, {@code ADP}, {@code PUNCT} …); a contraction the model keeps whole
 *              has joined tags ({@code "won't"}: {@code AUX+PART})
 * @param lemma its dictionary form, lower case ({@code "told"} → {@code "tell"}); joined with {@code +} for a
 *              contraction kept whole ({@code "will+not"})
 */
public record Token(int start, int end, String text, String tag, String lemma) {

    /** Whether the token's tag is {@code upos}, or a contraction's joined tag starts with it ({@code PRON} for "he'd"). */
    public boolean is(String upos) {
        return tag.equals(upos) || (tag.length() > upos.length() && tag.charAt(upos.length()) == '+' && tag.startsWith(upos));
    }

    /** Whether the token's lemma is {@code lemma}. */
    public boolean hasLemma(String lemma) {
        return this.lemma.equals(lemma);
    }
}
