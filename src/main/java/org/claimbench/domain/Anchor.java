package org.claimbench.domain;

import java.util.Locale;

/**
 * How a claim stands on its article's current text.
 * <ul>
 *   <li>{@link #ANCHORED}: its span shows exactly the words it was marked on (or re-placed on);</li>
 *   <li>{@link #CHANGED}: a revision edited its words and it followed them ("changed since marked"):
 *       its span shows the new words, and the words as marked are kept beside them until the user
 *       accepts the new wording or orphans the claim;</li>
 *   <li>{@link #ORPHAN}: its words are gone from the text: it has no place (its offsets are
 *       meaningless), it keeps its last quote, and it is listed to re-place or delete.</li>
 * </ul>
 */
public enum Anchor {
    ANCHORED, CHANGED, ORPHAN;

    /** The word stored in the file and in exports: anchored, changed, orphan. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored word; null or blank is anchored (files written before this state existed). */
    public static Anchor parse(String code) {
        if (code == null || code.isBlank()) {
            return ANCHORED;
        }
        for (Anchor a : values()) {
            if (a.code().equalsIgnoreCase(code.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown claim state '" + code + "' (anchored, changed or orphan)");
    }
}
