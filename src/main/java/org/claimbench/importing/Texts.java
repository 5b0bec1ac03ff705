package org.claimbench.importing;

import org.claimbench.domain.TextNormaliser;

/** Clean-up every format shares. */
final class Texts {

    private static final int MAX_TITLE = 160;

    private Texts() {
    }

    /** The text in Claimbench's form ({@link TextNormaliser}: NFC, one kind of line break, no invisible characters), no outer blank lines. */
    static String normalise(String s) {
        return TextNormaliser.normalise(s).strip();
    }

    /**
     * The first line that reads like a headline (four words or more, so "Skip to content" and
     * "NEWS" are passed over; a breadcrumb "Home » Title" gives its last part), else the first
     * non-blank line, shortened if need be; the file name when there is no text.
     */
    static String titleFrom(String text, String fileName) {
        String first = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int crumb = Math.max(l.lastIndexOf(" » "), l.lastIndexOf(" › "));
            if (crumb >= 0) {
                l = l.substring(crumb + 3).strip();
            }
            if (first == null) {
                first = l;
            }
            if (l.split("\\s+").length >= 4) {
                return shorten(l);
            }
        }
        return first == null ? fileName : shorten(first);
    }

    private static String shorten(String l) {
        return l.length() <= MAX_TITLE ? l : l.substring(0, MAX_TITLE - 1).strip() + "…";
    }
}
