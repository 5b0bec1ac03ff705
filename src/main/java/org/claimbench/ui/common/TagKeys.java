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

    /**
     * How to tag, said under a pane whenever no claim is under the caret, longest first, each whole (a narrow pane shows
     * the longest that fits: {@link FittingPhrasing}): "Select text, then press 1–5 or click a source to tag who said it.",
     * "Select text, press 1–5 to tag who said it.", "Select text, press 1–5 to tag."
     */
    public static java.util.List<String> paneHints(int sources) {
        String keys = range(sources);
        return java.util.List.of("Select text, then press " + keys + " or click a source to tag who said it.",
                "Select text, press " + keys + " to tag who said it.", "Select text, press " + keys + " to tag.");
    }

    /**
     * The same for the toolbar's end, longest first: "Select text, press 1–5 to tag who said it", "Select text, press
     * 1–5 to tag", "Press 1–5 to tag", then "" (nothing, where the toolbar has no room even for that: the line under
     * each pane says it too, and a hint cut to "Press 1–5 to…" says nothing).
     */
    public static java.util.List<String> toolbarHints(int sources) {
        String keys = range(sources);
        return java.util.List.of("Select text, press " + keys + " to tag who said it", "Select text, press " + keys + " to tag",
                "Press " + keys + " to tag", "");
    }
}
