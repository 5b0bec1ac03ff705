package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The line under a pane says what the claim the user is on is, and nothing when they are on none (issue 14, item 5). In a
 * real window (audit r57), after every start the line under a pane whose article begins with a claim said "● Press · no
 * contradictions" though the user had chosen nothing there and the claim was scrolled out of sight: the area that takes
 * the light text's place put its caret at the text's start, and the line read the claim there.
 */
@ExtendWith(ApplicationExtension.class)
class LightFirstFrameInfoLineUiTest {

    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");

    @TempDir
    Path home;

    private FirstFrameDriver driver;

    @Start
    void start(Stage stage) {
        this.driver = new FirstFrameDriver(stage);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aClaimAtTheArticlesStartIsNotNamedUnderThePaneWhenTheUserChoseNothing() throws Exception {
        driver.startAndInTheFirstFrame(home, scene -> {
            Workspace w = driver.ctx().model().workspace().orElseThrow();
            long article = driver.firstPane().viewModel().article().orElseThrow().id();
            // The article's first words made a claim, as an article whose headline the user marked.
            Matcher m = Pattern.compile("\\p{L}+(\\s+\\p{L}+){2}").matcher(w.text(article));
            assertTrue(m.find(), "the first pane shows an article");
            w.markClaim(article, new TextSpan(m.start(), m.end()), w.sourceNamed("Press").orElseThrow().id(), "", "");
        });
        driver.areaAfterTheSwap();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Label line = onFx(() -> (Label) driver.firstPane().lookup(".claim-info"));
        assertTrue(onFx(() -> line.getPseudoClassStates().contains(HINT)),
                "the line under the pane gives the hint, not a claim the user never chose: " + onFx(line::getText));
    }
}
