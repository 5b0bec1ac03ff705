package org.claimbench.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for commands that render without a display (screenshot, bench): on
 * Monocle's headless platform with software rendering, unless told to use the real screen.
 */
final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    static synchronized void start(boolean headless, int width, int height) {
        if (started) {
            return;
        }
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch latch = new CountDownLatch(1);
        Platform.startup(latch::countDown);
        Platform.setImplicitExit(false);
        await(latch);
        started = true;
    }

    /**
     * Closes every window and stops the toolkit, waiting for its threads to finish their last
     * pulse: a JVM that exits in the middle of one prints a RejectedExecutionException.
     */
    static synchronized void stop() {
        if (!started) {
            return;
        }
        try {
            call(() -> {
                for (javafx.stage.Window w : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
                    w.hide();
                }
                return null;
            });
        } catch (Exception e) {
            // Stopping anyway.
        }
        Platform.exit();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.startsWith("QuantumRenderer") || name.equals("Event Thread") || name.startsWith("JavaFX Application")) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        started = false;
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                error.set(e);
            } finally {
                latch.countDown();
            }
        });
        await(latch);
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** Lets the toolkit run a few pulses (layout, CSS, rendering) before a snapshot. */
    static void settle(int pulses) throws Exception {
        for (int i = 0; i < pulses; i++) {
            call(() -> null);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not answer within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
