package org.claimbench.workspace.sqlite;

import org.claimbench.domain.TextOrigin;

/**
 * Where a text came from, as the tables keep it: the origin's word in {@code text_origin} / {@code origin}, whose CHECK
 * (schema V2) knows import, edit, file and restore only, and a pasted text as 'import' with {@code pasted} = 1 (V8).
 */
final class StoredOrigin {

    private StoredOrigin() {
    }

    /** The word stored for an origin: a paste is stored as an import (with {@link #pasted} 1). */
    static String code(TextOrigin origin) {
        return origin == TextOrigin.PASTE ? TextOrigin.IMPORT.code() : origin.code();
    }

    /** The {@code pasted} column's value: 1 for a pasted text, else 0. */
    static int pasted(TextOrigin origin) {
        return origin == TextOrigin.PASTE ? 1 : 0;
    }

    /** The origin a row holds; an import marked pasted is a paste. */
    static TextOrigin read(String code, int pasted) {
        TextOrigin o = TextOrigin.parse(code);
        return o == TextOrigin.IMPORT && pasted == 1 ? TextOrigin.PASTE : o;
    }
}
