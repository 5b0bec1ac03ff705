package org.claimbench.ui.common;

/** The number keys that tag a selection with a source, as the window's hints name them. */
public final class TagKeys {

    private TagKeys() {
    }

    /**
     * The keys for the first sources of a list of {@code sources}: "1–5" for five, "1–6" once a sixth is added,
     * "1" for one, "1–9" for nine or more (a source past the ninth has no key; it is tagged from the bar or menu).
     */
    public static String range(int sources) {
        int n = Math.min(9, sources);
        return n <= 1 ? "1" : "1–" + n;
    }
}
