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
    void theColourDifferenceIsCiede2000AsItsAuthorsComputeIt() {
        // Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", table 1, pairs 1, 7 and 17.
        assertEquals(2.0425, ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(2.3669, ciede2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }

    @Test
    void theFirstTwoSourcesAUserAddsAreColouredFarFromTheFiveDefaultsAndFromEachOther() {
        // ΔE00 about 1 is a just noticeable difference. A blue 14 ΔE*ab from the White House's, first before, was taken
        // for the same source; a magenta 16.7 ΔE00 from Press's pink, second before, was hard to tell from it.
        String first = SourcePalette.suggestColour(SourcePalette.DEFAULTS.size());
        String second = SourcePalette.suggestColour(SourcePalette.DEFAULTS.size() + 1);
        for (String colour : java.util.List.of(first, second)) {
            for (SourcePalette.DefaultSource d : SourcePalette.DEFAULTS) {
                double de = ciede2000(lab(colour), lab(d.colour()));
                assertTrue(de >= 18, colour + " is only " + de + " from " + d.name());
            }
        }
        assertTrue(ciede2000(lab(first), lab(second)) >= 18, first + " against " + second);
    }

    /** CIEDE2000 (CIE 142-2001), as Sharma, Wu and Dalal (2005) give it, with kL = kC = kH = 1. */
    private static double ciede2000(double[] x, double[] y) {
        double c1 = Math.hypot(x[1], x[2]);
        double c2 = Math.hypot(y[1], y[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * x[1];
        double a2 = (1 + g) * y[1];
        double c1p = Math.hypot(a1, x[2]);
        double c2p = Math.hypot(a2, y[2]);
        double h1 = c1p == 0 ? 0 : (Math.toDegrees(Math.atan2(x[2], a1)) + 360) % 360;
        double h2 = c2p == 0 ? 0 : (Math.toDegrees(Math.atan2(y[2], a2)) + 360) % 360;
        double dL = y[0] - x[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (x[0] + y[0]) / 2;
        double cMeanP = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cMeanP, 7) / (Math.pow(cMeanP, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cMeanP;
        double sh = 1 + 0.015 * cMeanP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
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
