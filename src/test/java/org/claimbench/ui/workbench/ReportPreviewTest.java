package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save As in the report preview writes exactly the report that is shown, and never a half-written file. */
@ExtendWith(ApplicationExtension.class)
class ReportPreviewTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void savingCopiesThePreviewedReportWhole() throws Exception {
        Path report = dir.resolve("shown.html");
        Files.writeString(report, "<!DOCTYPE html><html><head><title>R</title></head><body><p>“Quote” — 😀</p></body></html>");
        ReportPreview preview = WaitForAsyncUtils.asyncFx(() -> new ReportPreview(null, report, "ws", p -> false, new org.claimbench.ui.common.ImmediateTaskRunner())).get();
        Path target = dir.resolve("saved-report.html");
        Files.writeString(target, "an older report, replaced");
        WaitForAsyncUtils.asyncFx(() -> preview.saveTo(target)).get();
        assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(target));
        assertFalse(Files.exists(dir.resolve("saved-report.html.part")), "no partial file is left behind");

        Path nowhere = dir.resolve("missing-folder").resolve("r.html");
        // It fails before touching the window (the copy comes first), so it can be called here, off the FX thread.
        assertThrows(IOException.class, () -> preview.saveTo(nowhere), "a folder that is not there is an error the window reports");
        assertFalse(Files.exists(nowhere));
        WaitForAsyncUtils.asyncFx(() -> preview.stage().close()).get();
    }
}
