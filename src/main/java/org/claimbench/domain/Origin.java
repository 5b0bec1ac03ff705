package org.claimbench.domain;

import java.util.Locale;

/** Whether a contradiction was linked by the user or accepted from a suggestion. */
public enum Origin {
    USER, SUGGESTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
