package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Work after the next layout: in a window that shows, after its pulse; in a scene with no window, still, and once. */
class PulsesTest {

    @Test
    void workWaitsForTheLayoutOfWhatChangedAndRunsOnce() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Double> seen = new ArrayList<>();
        Label label = new Label("before");
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(label), 300, 200));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = label.getWidth();
        WaitForAsyncUtils.asyncFx(() -> {
            label.setText("a much longer text than before");
            Pulses.afterNextLayout(stage.getScene(), () -> seen.add(label.getWidth()));
            seen.add(-1.0);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 2);
        assertEquals(-1.0, seen.get(0), "the work waited");
        assertTrue(seen.get(1) > before, "the label was laid out with its new text first: " + seen + " vs " + before);
        // The fallback timer fires too, later: the work still ran only once.
        Thread.sleep(Pulses.LATEST_MS + 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, seen.size(), seen.toString());
    }

    @Test
    void aSceneInNoWindowDoesNotHoldTheWorkBack() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> seen = new ArrayList<>();
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> Pulses.afterNextLayout(new Scene(new StackPane(), 10, 10), () -> seen.add("ran"))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 1);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= Pulses.LATEST_MS - 50, "it waited for a pulse first");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ran"), seen);
    }
}
