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
}
