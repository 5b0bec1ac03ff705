package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the launcher says when the window cannot open: a machine without GTK 3, or no display (factcheck51). */
class LauncherAdviceTest {

    @Test
    void aMissingGtkLibraryDeepInTheCausesSaysWhatToInstall() {
        Throwable failure = new RuntimeException("Application launch failed",
                new IllegalStateException("toolkit", new UnsupportedOperationException("Unable to load glass GTK library.")));
        String advice = Launcher.windowAdvice(failure);
        assertTrue(advice != null && advice.contains("libgtk-3-0") && advice.contains("start Claimbench again"), String.valueOf(advice));
    }

    @Test
    void noDisplaySaysHowToGetOne() {
        String advice = Launcher.windowAdvice(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertTrue(advice != null && advice.contains("DISPLAY") && advice.contains("Xvfb"), String.valueOf(advice));
    }

    @Test
    void anyOtherFailureIsReportedAsItIs() {
        assertNull(Launcher.windowAdvice(new IllegalStateException("something else", new RuntimeException((String) null))));
    }
}
