package org.claimbench.ui.common;

import javafx.scene.input.KeyCode;

/** The number keys that name sources: 1 the first source of the legend, 2 the second, up to 9 (top row or keypad). */
public final class SourceKeys {

    private SourceKeys() {
    }

    /** The number of the source a key names (its digit: 1 for the first source), -1 for a key that is no digit. */
    public static int number(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char ch = name.charAt(name.length() - 1);
            return Character.isDigit(ch) ? ch - '0' : -1;
        }
        return -1;
    }
}
