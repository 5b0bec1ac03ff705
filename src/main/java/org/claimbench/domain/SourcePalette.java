package org.claimbench.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours for sources, from the Okabe-Ito palette, which stays distinguishable for the common
 * forms of colour blindness. The defaults are the five sides of the story the app starts with.
 */
public final class SourcePalette {

    public record DefaultSource(String name, String colour, String description) {
    }

    public static final List<DefaultSource> DEFAULTS = List.of(
            new DefaultSource("Kremlin readout", "#D55E00", "The Kremlin's account: Putin, Ushakov, Peskov, TASS"),
            new DefaultSource("White House", "#0072B2", "The US account: Trump, the White House, US officials"),
            new DefaultSource("Ukraine", "#E69F00", "Kyiv's reaction: Zelensky, his office, ministers"),
            new DefaultSource("Europe", "#009E73", "European leaders and the EU"),
            new DefaultSource("Press", "#CC79A7", "The outlet itself, its journalists and the analysts it cites"));

    /**
     * Colours offered for sources the user adds, in order, and for topics that have none of their
     * own. Paul Tol's wine (#882255) gave way to his rose (#CC6677): 2.2:1 against the dark theme's
     * background, where rose keeps 3.7:1 in the light theme and 5.2:1 in the dark one.
     */
    public static final List<String> EXTRA = List.of("#56B4E9", "#F0E442", "#CC6677", "#44AA99", "#999933", "#AA4499", "#117733", "#888888");

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private SourcePalette() {
    }

    public static String requireHex(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("'" + colour + "' is not a colour like #0072B2");
        }
        return colour.toUpperCase(Locale.ROOT);
    }

    /** The next colour for a new source, given how many sources exist already. */
    public static String suggestColour(int existingSources) {
        int extraIndex = Math.max(0, existingSources - DEFAULTS.size());
        return EXTRA.get(extraIndex % EXTRA.size());
    }
}
