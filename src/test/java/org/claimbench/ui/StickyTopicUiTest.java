package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The sticky topic at 1024 × 700: while on, the toolbar's box stands out, a button beside it turns it off in one click, and
 * the line under each pane says which topic the next claim gets; it is off again when the workspace is opened again (a user
 * came back the next day and last week's topic went on every claim they marked).
 */
class StickyTopicUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1024, 700);
        app.settle();
    }

    private String paneLine(FxRobot robot) {
        return onFx(() -> robot.lookup("#claimInfo-2").queryAs(Label.class).getText());
    }

    @Test
    void theStickyTopicIsShownPlainlyTurnedOffInOneClickAndNotKeptForTheNextOpening(FxRobot robot) {
        String topic = "Was the call about a ceasefire at sea?";
        robot.interact(() -> app.context.workbench().topics().stickyProperty().set(topic));
        app.settle();
        Node box = robot.lookup("#stickyTopic").query();
        assertTrue(onFx(() -> box.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sticky-on"))), "the box stands out");
        Node clear = robot.lookup("#stickyTopicClear").query();
        assertTrue(onFx(clear::isVisible), "a button turns it off");
        assertTrue(paneLine(robot).startsWith("Sticky topic “"), "the line under the other pane names it: " + paneLine(robot));

        // A claim marked now gets it, as the line says.
        Workspace w = app.workspace();
        robot.interact(() -> {
            var pane = app.context.workbench().panes().get(0);
            pane.selectionProperty().set(new TextSpan(0, 12));
            app.context.workbench().tag(pane, w.sources().get(0));
        });
        Claim marked = w.claims().get(0);
        assertEquals(topic, w.topic(marked.topicId()).orElseThrow().label());

        robot.clickOn(clear);
        app.settle();
        assertEquals("", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "off in one click");
        assertFalse(onFx(clear::isVisible), "the button goes with it");
        assertFalse(onFx(() -> box.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sticky-on"))));
        assertTrue(paneLine(robot).startsWith("Select text"), "the plain hint again: " + paneLine(robot));

        // On again, then the workspace closed and opened again (as at the next start): off.
        robot.interact(() -> app.context.workbench().topics().stickyProperty().set(topic));
        Path file = w.file();
        robot.interact(() -> app.context.session().close());
        robot.interact(() -> app.context.session().open(file, app.context.workbench().opened()));
        app.settle();
        assertEquals("", onFx(() -> app.context.workbench().topics().stickyProperty().get()), "not kept for the next opening");
        assertTrue(paneLine(robot).startsWith("Select text"), paneLine(robot));
    }

    @Test
    void theStickyTagIsShownPlainlyTurnedOffInOneClickAndNotKeptForTheNextOpeningAsTheTopic(FxRobot robot) {
        Workspace w = app.workspace();
        org.claimbench.domain.Source press = w.sourceNamed("Press").orElseThrow();
        robot.interact(() -> app.context.workbench().stickySourceProperty().set(press));
        app.settle();
        Node box = robot.lookup("#stickySource").query();
        assertTrue(onFx(() -> box.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sticky-on"))), "the box stands out");
        Node clear = robot.lookup("#stickySourceClear").query();
        assertTrue(onFx(clear::isVisible), "a button turns it off");
        assertTrue(paneLine(robot).startsWith("Sticky tag “Press”"), "the line under the pane names it: " + paneLine(robot));

        robot.clickOn(clear);
        app.settle();
        assertEquals(null, onFx(() -> app.context.workbench().stickySourceProperty().get()), "off in one click");
        assertFalse(onFx(clear::isVisible), "the button goes with it");
        assertFalse(onFx(() -> box.getPseudoClassStates().contains(PseudoClass.getPseudoClass("sticky-on"))));
        assertTrue(paneLine(robot).startsWith("Select text"), "the plain hint again: " + paneLine(robot));

        // On again, then the workspace closed and opened again (as at the next start): off, as the sticky topic.
        robot.interact(() -> app.context.workbench().stickySourceProperty().set(press));
        Path file = w.file();
        robot.interact(() -> app.context.session().close());
        robot.interact(() -> app.context.session().open(file, app.context.workbench().opened()));
        app.settle();
        assertEquals(null, onFx(() -> app.context.workbench().stickySourceProperty().get()), "not kept for the next opening");
        assertTrue(paneLine(robot).startsWith("Select text"), paneLine(robot));
        assertEquals("Off", stickyTagShown(robot), "the box says it is off");

        // A new workspace (analyst54 saw the box blank there, "Off" only after a restart).
        Path fresh = file.resolveSibling("fresh" + System.nanoTime() + ".claimbench");
        robot.interact(() -> app.context.session().create(fresh, app.context.workbench().opened()));
        app.settle();
        assertEquals("Off", stickyTagShown(robot), "a new workspace's box says it is off");
    }

    /** The words in the sticky tag's box (its button cell). */
    private static String stickyTagShown(FxRobot robot) {
        javafx.scene.control.ComboBox<?> box = robot.lookup("#stickySource").queryAs(javafx.scene.control.ComboBox.class);
        return onFx(() -> { System.err.println("DBG value=" + box.getValue() + " items=" + box.getItems().size() + " first=" + box.getItems().get(0) + " cellEmpty=" + box.getButtonCell().isEmpty() + " idx=" + box.getButtonCell().getIndex() + " item=" + box.getButtonCell().getItem()+ " prompt=" + box.getPromptText()); return box.getButtonCell().getText(); });
    }
}
