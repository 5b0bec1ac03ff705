package org.claimbench.app;

import java.lang.management.ManagementFactory;

/**
 * Reports when the window is shown, for `claimbench bench`: with -Dclaimbench.exitWhenShown=true
 * the app prints the milliseconds since the JVM started and exits.
 */
final class StartupTimer {

    private StartupTimer() {
    }

    static void shown() {
        if (Boolean.getBoolean("claimbench.exitWhenShown")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("shown-ms " + ms);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
