package org.claimbench.domain;

/** Who made a claim: Kremlin readout, White House, Ukraine, Europe, Press, or one the user adds. */
public record Source(long id, String name, String colour, String description, int sortOrder) {

    public Source {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A source needs a name");
        }
        name = name.strip();
        colour = SourcePalette.requireHex(colour);
        description = description == null ? "" : description;
    }

    /** Each source's colour by its id. */
    public static java.util.Map<Long, String> coloursById(java.util.Collection<Source> sources) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        sources.forEach(s -> out.put(s.id(), s.colour()));
        return out;
    }

    public Source withName(String newName) {
        return new Source(id, newName, colour, description, sortOrder);
    }

    public Source withColour(String newColour) {
        return new Source(id, name, newColour, description, sortOrder);
    }
}
