package org.claimbench.domain;

/**
 * Who made a claim: Kremlin readout, White House, Ukraine, Europe, Press, or one the user adds. {@code outlet}: whether it
 * stands for the outlet itself, its journalists and the analysts it cites (the default "Press", by whatever name it is
 * given later): its claims are the outlet's own assertions, which have no speaker unless the outlet cites one.
 */
public record Source(long id, String name, String colour, String description, int sortOrder, boolean outlet) {

    /** The outlet's source's default name ({@link SourcePalette}), and the name the suggestion engine gives the outlet's own claims. */
    public static final String OUTLET = "Press";

    /** A source that is not the outlet's own. */
    public Source(long id, String name, String colour, String description, int sortOrder) {
        this(id, name, colour, description, sortOrder, false);
    }

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

    /** The outlet's own source among these (a workspace has one; empty if the user deleted it). */
    public static java.util.Optional<Source> outletAmong(java.util.Collection<Source> sources) {
        return sources.stream().filter(Source::isOutlet).findFirst();
    }

    /** Whether this is the outlet's own source (stored with it: a renamed "Press" still is). */
    public boolean isOutlet() {
        return outlet;
    }

    public Source withName(String newName) {
        return new Source(id, newName, colour, description, sortOrder, outlet);
    }

    public Source withColour(String newColour) {
        return new Source(id, name, newColour, description, sortOrder, outlet);
    }
}
