package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Work of a moment shows no progress; work that lasts does, until it ends. */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final List<Task<?>> shown = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void workOfAMomentIsNeverShownAsLasting() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.lastingTask().addListener((o, was, now) -> shown.add(now))).get();
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(() -> runner.run("quick", p -> 1, r -> { }, e -> { })).get();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runner::idle);
        // Longer than the wait before a task counts as lasting: had one been taken for lasting, it would show by now.
        Thread.sleep((long) FxTaskRunner.LASTING.toMillis() * 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.isEmpty(), "no progress shown for work of a moment: " + shown);
    }

    @Test
    void workThatLastsIsShownWhileItRunsAndNoLonger() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.run("slow", p -> release.await(30, TimeUnit.SECONDS), r -> { }, e -> { })).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> runner.lastingTask().get() != null).get());
        assertSame(WaitForAsyncUtils.asyncFx(() -> runner.currentTask().get()).get(), WaitForAsyncUtils.asyncFx(() -> runner.lastingTask().get()).get());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runner::idle);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(WaitForAsyncUtils.asyncFx(() -> runner.lastingTask().get()).get(), "ended: its progress goes");
    }
}
