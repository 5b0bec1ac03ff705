package org.claimbench.app;

import java.lang.management.ManagementFactory;

/**
 * Reports start-up times for `claimbench bench`: with -Dclaimbench.exitWhenShown=true the app
 * prints the milliseconds since the JVM started when its window shows ("shown-ms") and when the
 * workbench in it is laid out ("ready-ms"), then exits.
 */
final class StartupTimer {

    private StartupTimer() {
    }

    static void shown() {
        if (Boolean.getBoolean("claimbench.exitWhenShown")) {
            System.out.println("shown-ms " + sinceStart());
            System.out.flush();
        }
    }

    static void ready() {
        if (Boolean.getBoolean("claimbench.exitWhenShown")) {
            System.out.println("ready-ms " + sinceStart());
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
