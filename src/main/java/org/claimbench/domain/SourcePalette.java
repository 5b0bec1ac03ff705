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
     * own. Each keeps at least 3:1 against both themes' backgrounds (white and #0D1117), the least a
     * swatch or a mark needs to be seen (WCAG 2.1, 1.4.11 non-text contrast; {@link #contrast}):
     * Okabe-Ito's sky blue (#56B4E9, 2.3:1 on white) and Paul Tol's teal (#44AA99, 2.8:1) are
     * darkened to 3.3:1 in their own hue; Okabe-Ito's yellow (#F0E442, 1.3:1) gave way to ColorBrewer
     * Dark2's slate blue (#7570B3); Tol's wine (#882255, 2.2:1 on the dark background) to his rose.
     * In the order that keeps each new source furthest from the five defaults and the ones added before it (the
     * greatest least colour difference ΔE00, CIEDE2000: CIE 142-2001; Sharma, Wu and Dalal 2005), so the olive first,
     * then the slate blue, and grey, which reads as "no source", last. Ordered by the older CIE 1976 ΔE*ab, the magenta
     * came second, which a newcomer could not tell from Press's pink (ΔE00 16.7, where the slate blue's least is 18.4).
     */
    public static final List<String> EXTRA = List.of("#999933", "#7570B3", "#AA4499", "#117733", "#1D96DB", "#CC6677", "#3F9D8E", "#888888");

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private SourcePalette() {
    }

    /**
     * The contrast ratio of two colours given as #RRGGBB, from 1 (the same) to 21 (black on white):
     * WCAG 2.1's relative luminance of sRGB, (lighter + 0.05) / (darker + 0.05).
     *
     * @throws IllegalArgumentException when a colour is not #RRGGBB
     */
    public static double contrast(String a, String b) {
        double la = luminance(requireHex(a));
        double lb = luminance(requireHex(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
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
