package org.claimbench.ui.claims;

/** Which claims the table lists by how they stand on their text: all, those a revision changed, orphans. */
public enum ClaimStateFilter {
    ALL("All claims", "All claims"), CHANGED("Changed since marked", "Changed"), ORPHANS("Orphans (words gone)", "Orphans");

    private final String label;
    private final String brief;

    ClaimStateFilter(String label, String brief) {
        this.label = label;
        this.brief = brief;
    }

    /** The label in a word, for the box in a narrow bar. */
    public String brief() {
        return brief;
    }

    @Override
    public String toString() {
        return label;
    }
}
