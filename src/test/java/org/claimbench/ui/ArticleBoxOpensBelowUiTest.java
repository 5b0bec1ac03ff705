package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The article boxes open their list right below the box, as a menu does, wherever the article chosen is in it: the same
 * screen spot picks the same article each time (factcheck57: in Suggestions › Claims every entry was 21 px lower on the
 * second opening, and a click where the next title had been picked the same article again).
 */
class ArticleBoxOpensBelowUiTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage, 1280, 720);
    }

    /** Opens the box, chooses its entry {@code index}, and says where the list's top was (screen units). */
    private double openAndChoose(FxRobot robot, ComboBox<?> box, int index) {
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        Region list = onFx(() -> (Region) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent());
        assertTrue(onFx(box::isShowing), "the list is open");
        Bounds shown = onFx(() -> list.localToScreen(list.getLayoutBounds()));
        Bounds at = onFx(() -> box.localToScreen(box.getBoundsInLocal()));
        double top = shown.getMinY();
        assertTrue(Math.abs(top - at.getMaxY()) < 1.5 || Math.abs(shown.getMaxY() - at.getMinY()) < 1.5,
                box.getId() + ": the list opens right below the box (or right above it): list " + shown + ", box " + at);
        robot.interact(() -> {
            box.getSelectionModel().select(index);
            box.hide();
        });
        app.settle();
        return top;
    }

    private void opensAtOnePlace(FxRobot robot, String id, int firstIndex) {
        ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
        // The window's bottom at the screen's, as a 1280 × 720 window fills a screen of that size: little room under the
        // boxes of the lower half.
        robot.interact(() -> {
            javafx.stage.Window w = box.getScene().getWindow();
            w.setX(0);
            w.setY(javafx.stage.Screen.getPrimary().getVisualBounds().getMaxY() - w.getHeight());
        });
        app.settle();
        int n = onFx(() -> box.getItems().size());
        assertTrue(n >= 4, id + " lists the samples");
        List<Double> tops = new ArrayList<>();
        for (int i : new int[] {firstIndex, n - 1, 1, n - 2}) {
            tops.add(openAndChoose(robot, box, i));
        }
        for (double t : tops) {
            assertEquals(tops.get(0), t, 1.0, id + ": the list's top, opening after opening, whichever entry was chosen: " + tops);
        }
    }

    @Test
    void theSuggestedClaimsArticleBoxOpensBelowAtOnePlace(FxRobot robot) {
        robot.clickOn("#suggestionsTab");
        app.settle();
        opensAtOnePlace(robot, "#claimSuggestionsArticleFilter", 3);
    }

    @Test
    void theClaimsArticleBoxAndThePanesChooserOpenBelowAtOnePlace(FxRobot robot) {
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        opensAtOnePlace(robot, "#claimsArticleFilter", 3);
        opensAtOnePlace(robot, "#articleChooser-1", 2);
    }
}
