package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The opening face carries the theme's colour before any style sheet is applied: a dark theme's window showed one
 * white frame first (seen in frames taken every 30 ms under Xvfb) while its colour was a style.
 */
@ExtendWith(ApplicationExtension.class)
class SplashTest {

    @Test
    void theOpeningFaceIsInTheThemesColourWithNoStyleApplied() {
        for (boolean dark : new boolean[] {true, false}) {
            Region face = (Region) Splash.create(null, dark);
            assertNotNull(face.getBackground(), "set, not styled: there before the first styling pass");
            assertEquals(dark ? Color.web("#0d1117") : Color.WHITE, face.getBackground().getFills().get(0).getFill());
            assertEquals(Splash.background(dark), face.getBackground().getFills().get(0).getFill(), "the scene's fill is the same colour");
        }
    }
}
