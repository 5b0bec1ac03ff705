package org.claimbench.ui.article;

/**
 * Asks the view to restyle [from, to) of the text; serial makes two equal requests distinct.
 * drawn: the text came with its styles already applied (prepared off the JavaFX thread), so
 * there is nothing to compute; the request still tells listeners the text is styled.
 */
public record RestyleRequest(int from, int to, long serial, boolean drawn) {

    public RestyleRequest(int from, int to, long serial) {
        this(from, to, serial, false);
    }

    /**
     * The same components, compared as a record's own equals compares them, written out: a record's
     * generated equals is linked at its first call (java.lang.runtime.ObjectMethods), and the first such
     * link in a JVM costs 25-45 ms of processor time; JavaFX calls this one from the JavaFX thread on
     * the way to the first frame (a property's change listeners compare the new value with the old).
     * hashCode stays the record's own, which agrees with it (the same components).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RestyleRequest r && from == r.from && to == r.to && serial == r.serial && drawn == r.drawn;
    }
}
