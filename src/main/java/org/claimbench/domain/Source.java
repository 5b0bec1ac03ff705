package org.claimbench.domain;

/** Who made a claim: Kremlin readout, White House, Ukraine, Europe, Press, or one the user adds. */
public record Source(long id, String name, String colour, String description, int sortOrder) {

    /**
     * The source that stands for the outlet itself, its journalists and the analysts it cites ({@link SourcePalette}'s
     * default "Press"): its claims are the outlet's own assertions, which have no speaker unless the outlet cites one.
     */
    public static final String OUTLET = "Press";

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

    /** Whether this is the outlet's own source ({@link #OUTLET}). */
    public boolean isOutlet() {
        return OUTLET.equals(name);
    }

    public Source withName(String newName) {
        return new Source(id, newName, colour, description, sortOrder);
    }

    public Source withColour(String newColour) {
        return new Source(id, name, newColour, description, sortOrder);
    }
}
