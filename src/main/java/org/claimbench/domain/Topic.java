package org.claimbench.domain;

/**
 * An optional question that groups claims, e.g. "How long was the call?". colour: "#RRGGBB", or
 * "" when none was chosen (the window then gives one from the palette by the topic's place).
 */
public record Topic(long id, String label, String colour) {

    public Topic {
        colour = colour == null ? "" : colour.strip();
    }

    public Topic(long id, String label) {
        this(id, label, "");
    }

    public Topic withLabel(String newLabel) {
        return new Topic(id, newLabel, colour);
    }

    public Topic withColour(String newColour) {
        return new Topic(id, label, newColour);
    }
}
