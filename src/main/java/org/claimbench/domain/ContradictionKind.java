package org.claimbench.domain;

import java.util.Locale;

public enum ContradictionKind {
    NUMERIC("Numeric", "Different numbers for the same quantity"),
    TEMPORAL("Temporal", "Different dates, times or order of events"),
    POLARITY("Polarity", "One says yes, the other no"),
    SCOPE("Scope", "Different extent of what was agreed or said"),
    FRAMING("Framing", "The same fact told to opposite effect"),
    OTHER("Other", "Any other conflict");

    private final String label;
    private final String description;

    ContradictionKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContradictionKind parse(String text) {
        for (ContradictionKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip()) || k.label.equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a kind of contradiction; use one of numeric, temporal, polarity, scope, framing, other");
    }

    @Override
    public String toString() {
        return label;
    }
}
