package org.claimbench.ui.common;

import java.util.List;

/**
 * The app's stylesheet (claimbench.css) for windows of their own that the main window's scene does not reach: a dialog, a
 * completion list. Without it their lists showed the chosen row in Primer's faint grey, which the user could not tell from
 * its neighbours (fact-checker, stop 61: the Ctrl+L partner list and the speaker box).
 */
public final class AppStylesheet {

    /** Where the stylesheet is, as a scene's list of stylesheets names it. */
    public static final String URL = AppStylesheet.class.getResource("/org/claimbench/ui/claimbench.css").toExternalForm();

    private AppStylesheet() {
    }

    /** Adds the app's stylesheet to these stylesheets where it is not there yet. */
    public static void addTo(List<String> stylesheets) {
        if (!stylesheets.contains(URL)) {
            stylesheets.add(URL);
        }
    }
}
