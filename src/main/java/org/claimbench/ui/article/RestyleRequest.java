package org.claimbench.ui.article;

/** Asks the view to restyle [from, to) of the text; serial makes two equal requests distinct. */
public record RestyleRequest(int from, int to, long serial) {
}
