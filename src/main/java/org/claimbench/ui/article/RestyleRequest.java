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
}
