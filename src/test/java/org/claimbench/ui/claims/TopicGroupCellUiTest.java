package org.claimbench.ui.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * student-run52: in the suggested topics' dialog a group whose gist took two lines showed the gist alone; its line (number,
 * name, count) had no room and was not drawn, so the student could not tell which number was which group. Every group's
 * line is drawn whole above its gist, whatever the gist's length.
 */
@ExtendWith(ApplicationExtension.class)
class TopicGroupCellUiTest {

    private static final String LONG = "The harbour board's chair said on Tuesday that the winter timetable would keep two crossings a day "
            + "until the new ferry is delivered, and that fares would stay as they are";
    private static final String SHORT = "Fares stay as they are";

    private ListView<Group> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList(new Group("harbour, fare, timetable", List.of(), false),
                new Group("ferry, crossing", List.of(), false), new Group("", List.of(), true)));
        list.setCellFactory(l -> new TopicGroupCells.GroupCell(g -> g.notGrouped() ? "" : list.getItems().indexOf(g) == 0 ? LONG : SHORT));
        stage.setScene(new Scene(list, 300, 400));
        stage.show();
    }

    @Test
    void aGroupsLineIsDrawnWholeAboveAGistOfOneOrTwoLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            int at = i;
            ListCell<?> cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getIndex() == at).query();
            assertTrue(cell.getText() != null && cell.getText().contains("claims ticked"), cell.getText());
            javafx.scene.control.Label line = (javafx.scene.control.Label) cell.lookup("#topicGroupLine");
            assertEquals(cell.getText(), drawnText(line), "group " + (at + 1) + "'s line is drawn whole");
            javafx.geometry.Bounds lineBounds = line.localToScene(line.getLayoutBounds());
            javafx.geometry.Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
            assertTrue(lineBounds.getMinX() - cellBounds.getMinX() < 12, "the line starts at the cell's left, not centred: " + lineBounds);
            javafx.scene.Node gist = cell.lookup("#topicGroupGist");
            if (gist != null && gist.isVisible()) {
                javafx.geometry.Bounds gistBounds = gist.localToScene(gist.getLayoutBounds());
                assertTrue(gistBounds.getMinY() >= lineBounds.getMaxY() - 0.5 && gistBounds.getMaxY() <= cellBounds.getMaxY() + 0.5,
                        "group " + (at + 1) + "'s gist lies under its line, inside the cell: " + gistBounds + " " + lineBounds + " " + cellBounds);
            }
        }
    }

    /** The text a label's skin draws (cut, or empty, where it has no room). */
    private static String drawnText(javafx.scene.control.Label label) {
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).findFirst().orElse("");
    }
}
