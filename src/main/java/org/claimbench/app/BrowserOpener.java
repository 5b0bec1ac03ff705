package org.claimbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a written file (the report) in the user's browser and says whether that worked, so the
 * window never says "it opens in your browser" when none opened. The desktop's own opener
 * (xdg-open, open, the Windows URL handler) is run and its exit status read; one still running
 * after a few seconds has handed the file over. Slow: call it off the JavaFX thread.
 */
final class BrowserOpener {

    private BrowserOpener() {
    }

    static boolean open(Path file) {
        String uri = file.toUri().toString();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : os.contains("mac") ? List.of("open", uri) : List.of("xdg-open", uri);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(4, TimeUnit.SECONDS)) {
                return true;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
