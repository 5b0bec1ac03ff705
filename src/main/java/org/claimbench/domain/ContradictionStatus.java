package org.claimbench.domain;

import java.util.Locale;

public enum ContradictionStatus {
    OPEN("Open"), CONFIRMED("Confirmed"), DISMISSED("Dismissed");

    private final String label;

    ContradictionStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContradictionStatus parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label;
    }
}
