package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class SourcePaletteTest {

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, SourcePalette.contrast("#000000", "#FFFFFF"), 0.01);
        assertEquals(1.0, SourcePalette.contrast("#336699", "#336699"), 1e-9);
        // A mid grey: WCAG's worked value for #777777 on white is 4.48:1.
        assertEquals(4.48, SourcePalette.contrast("#777777", "#ffffff"), 0.01);
        assertThrows(IllegalArgumentException.class, () -> SourcePalette.contrast("red", "#FFFFFF"));
    }

    @Test
    void everyColourOfferedForAddedSourcesIsSeenOnBothThemes() {
        for (String colour : SourcePalette.EXTRA) {
            double light = SourcePalette.contrast(colour, "#FFFFFF");
            double dark = SourcePalette.contrast(colour, "#0D1117");
            assertTrue(light >= 3 && dark >= 3, colour + " has " + light + ":1 on white and " + dark + ":1 on the dark background");
        }
        assertEquals(SourcePalette.EXTRA.size(), new HashSet<>(SourcePalette.EXTRA).size(), "no colour offered twice");
    }

    @Test
    void theFirstTwoSourcesAUserAddsAreColouredFarFromTheFiveDefaults() {
        // CIELAB ΔE*ab (CIE 1976) from sRGB with a D65 white: about 2.3 is a just noticeable difference; a blue 14 from the
        // White House's was the first colour offered before, and a newcomer took the two for one source.
        for (int added = 0; added < 2; added++) {
            String colour = SourcePalette.suggestColour(SourcePalette.DEFAULTS.size() + added);
            for (SourcePalette.DefaultSource d : SourcePalette.DEFAULTS) {
                assertTrue(deltaE(colour, d.colour()) >= 25, colour + " is only " + deltaE(colour, d.colour()) + " from " + d.name());
            }
        }
    }

    private static double deltaE(String a, String b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double x = f((0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047);
        double y = f(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]);
        double z = f((0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
