package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the app's start-up only the list below the panes that is in sight is built: the hidden tabs (Contradictions,
 * Suggestions, or Claims when the workspace remembers another tab) are built, and styled, when first shown. Their headers
 * count their rows all the same, and the keys that go to them (Ctrl+2, Ctrl+3) find them built with the keyboard in them.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenTabsWhenShownUiTest {

    @TempDir
    Path home;

    private Stage stage;
    private FirstFrameDriver driver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.driver = new FirstFrameDriver(stage);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theHiddenTabsAreBuiltWhenFirstShownAndTheirKeysFindThem() throws Exception {
        driver.startAndInTheFirstFrame(home, scene -> { });
        waitForTheStartUpsEnd("#claimsTable");
        assertNull(lookup("#contradictionsView"), "the hidden Contradictions tab is not built at start-up");
        assertNull(lookup("#suggestionsView"), "the hidden Suggestions tab is not built at start-up");
        // The headers count the rows all the same, from the lists' view models: a contradiction linked while its tab is unbuilt.
        TabPane tabs = (TabPane) lookup("#bottomTabs");
        onFx(() -> {
            var w = driver.ctx().model().workspace().orElseThrow();
            var articles = driver.ctx().model().articles();
            var sources = driver.ctx().model().sources();
            long[] claims = new long[2];
            for (int i = 0; i < 2; i++) {
                String text = w.text(articles.get(i).id());
                claims[i] = w.markClaim(articles.get(i).id(), new TextSpan(0, text.indexOf('.') + 1), sources.get(i).id(), "", "").id();
            }
            w.addContradiction(claims[0], claims[1], org.claimbench.domain.ContradictionKind.OTHER, "");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int contradictions = onFx(() -> driver.ctx().workbench().contradictions().rows().size());
        assertEquals(1, contradictions, "the contradiction is listed in its view model");
        assertEquals("Contradictions (1)", onFx(() -> tabs.getTabs().get(1).getText()));
        assertNull(lookup("#contradictionsView"), "its tab is still not built");
        int suggestions = onFx(() -> driver.ctx().workbench().suggestions().claims().size()
                + driver.ctx().workbench().suggestions().contradictions().size());
        if (suggestions > 0) {
            assertEquals("Suggestions (" + suggestions + ")", onFx(() -> tabs.getTabs().get(2).getText()));
        }

        // Ctrl+2: the Contradictions tab, built now, in sight, with the keyboard in its table on a row.
        onFx(() -> {
            FirstFrameDriver.shortcut(stage.getScene(), KeyCode.DIGIT2, false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#contradictionsView"), "Ctrl+2 built the Contradictions tab");
        assertEquals(1, (int) onFx(() -> tabs.getSelectionModel().getSelectedIndex()));
        TableView<?> table = (TableView<?>) lookup("#contradictionsTable");
        assertEquals(contradictions, (int) onFx(() -> table.getItems().size()), "every contradiction listed");
        assertTrue(onFx(() -> isIn(stage.getScene().getFocusOwner(), table)), "the keyboard is in the contradictions' table");
        assertTrue(onFx(() -> table.getSelectionModel().getSelectedIndex() >= 0), "a contradiction is chosen");
        assertNull(lookup("#suggestionsView"), "the Suggestions tab still waits to be shown");

        // Ctrl+3: the suggested claims, built now, with the keyboard in their table.
        onFx(() -> {
            FirstFrameDriver.shortcut(stage.getScene(), KeyCode.DIGIT3, false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#suggestionsView"), "Ctrl+3 built the Suggestions tab");
        assertEquals(2, (int) onFx(() -> tabs.getSelectionModel().getSelectedIndex()));
        assertTrue(onFx(() -> isIn(stage.getScene().getFocusOwner(), lookup("#suggestionsView"))),
                "the keyboard is in the suggestions");
    }

    @Test
    void aRememberedHiddenTabIsTheOneBuiltAtStartUp() throws Exception {
        driver.startAndInTheFirstFrame(home, scene -> { });
        waitForTheStartUpsEnd("#claimsTable");
        onFx(() -> {
            FirstFrameDriver.shortcut(stage.getScene(), KeyCode.DIGIT2, false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        driver.close();

        driver = new FirstFrameDriver(stage);
        driver.startAndInTheFirstFrame(home, scene -> { });
        waitForTheStartUpsEnd("#contradictionsTable");
        assertEquals(1, (int) onFx(() -> ((TabPane) lookup("#bottomTabs")).getSelectionModel().getSelectedIndex()),
                "the remembered tab is in sight");
        assertNull(lookup("#claimsView"), "the Claims tab, hidden now, is built when shown");
        assertNull(lookup("#suggestionsView"), "so is the Suggestions tab");
        onFx(() -> {
            FirstFrameDriver.shortcut(stage.getScene(), KeyCode.DIGIT1, false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#claimsTable"), "Ctrl+1 built the claims' table");
        assertTrue(onFx(() -> isIn(stage.getScene().getFocusOwner(), lookup("#claimsTable"))), "the keyboard is in the claims' table");
    }

    @Test
    void aRememberedClaimsTabIsBuiltAFrameAfterTheTabsNotWithTheFirstFrame() throws Exception {
        // A first start makes the workspace's remembered layout (the Claims tab in sight), as for every later start.
        driver.startAndInTheFirstFrame(home, scene -> { });
        waitForTheStartUpsEnd("#claimsTable");
        driver.close();

        driver = new FirstFrameDriver(stage);
        java.util.List<String> whenTheTabsCameIn = new java.util.concurrent.CopyOnWriteArrayList<>();
        driver.startAndInTheFirstFrame(home, scene -> {
            Runnable[] each = new Runnable[1];
            each[0] = () -> {
                if (scene.lookup("#bottomTabs") != null) {
                    scene.removePostLayoutPulseListener(each[0]);
                    whenTheTabsCameIn.add(scene.lookup("#claimsView") == null ? "no claims list" : "the claims list");
                    whenTheTabsCameIn.add(scene.lookup("#claimsTable") == null ? "no table" : "its table");
                }
            };
            scene.addPostLayoutPulseListener(each[0]);
        });
        waitForTheStartUpsEnd("#claimsTable");
        // Put back with the workspace's layout in the first frame, the list was made there, on the way to ready to mark.
        assertEquals(java.util.List.of("no claims list", "no table"), whenTheTabsCameIn,
                "the remembered Claims tab's list is built in the start-up's steps after its tabs come in");
        assertEquals(0, (int) onFx(() -> ((TabPane) lookup("#bottomTabs")).getSelectionModel().getSelectedIndex()));
    }

    /** Waits for the start-up's end: the list in sight (the node given) built, the status bar real, every pane's area in place. */
    private void waitForTheStartUpsEnd(String listInSight) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> onFx(() -> stage.getScene().lookup(listInSight) != null
                    && stage.getScene().lookup("#statusBar") != null
                    && driver.ctx().view().paneViews().stream().allMatch(p -> p.textArea() != null)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the start-up did not end: " + listInSight + " " + (lookup(listInSight) != null) + ", status bar "
                    + (lookup("#statusBar") != null) + ", areas " + onFx(() -> driver.ctx().view().paneViews().stream()
                    .map(p -> p.textArea() != null).toList()) + ", tabs " + (lookup("#bottomTabs") != null), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node lookup(String id) {
        return onFx(() -> stage.getScene().lookup(id));
    }

    private static boolean isIn(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
