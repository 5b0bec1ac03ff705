package org.claimbench.domain;

import java.util.Locale;

/**
 * Where an article's text came from: imported (a file, a page), pasted (the Paste dialog), edited in the window, a new
 * version of its file, or an earlier version restored.
 */
public enum TextOrigin {
    IMPORT, PASTE, EDIT, FILE, RESTORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the versions list names it. */
    public String label() {
        return switch (this) {
            case IMPORT -> "imported";
            case PASTE -> "pasted";
            case EDIT -> "edited";
            case FILE -> "new version of the file";
            case RESTORE -> "restored";
        };
    }

    /** Reads a stored word; null or blank is IMPORT (files written before the origin was kept). */
    public static TextOrigin parse(String code) {
        if (code == null || code.isBlank()) {
            return IMPORT;
        }
        for (TextOrigin o : values()) {
            if (o.code().equalsIgnoreCase(code.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown text origin '" + code + "' (import, paste, edit, file or restore)");
    }
}
