package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.claimbench.ui.claims.ClaimRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024 × 700 what newcomer35 found cut reads whole: the claims table's column headers and its topics; and the topic
 * filter offers the claims with no topic.
 */
class NarrowWindowWholeUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private final FxRobot robot = new FxRobot();

    /** Questions a desk might group claims under, as long as people write them. */
    private static final List<String> TOPICS = List.of("How long did the talks last?", "Who asked for the meeting?");

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    /** The window at 1024 × 700, the samples' suggested claims marked, three of them given topics; the Claims tab shown. */
    private Stage start(String name) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve(name), 1024, 700));
        app.settle();
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        app.settle();
        List<Claim> claims = WorkbenchFixture.onFx(() -> app.workspace().claims());
        assertTrue(claims.size() > 10);
        robot.interact(() -> {
            app.context.workbench().topics().setTopic(List.of(claims.get(0).id(), claims.get(1).id()), TOPICS.get(0));
            app.context.workbench().topics().setTopic(List.of(claims.get(2).id()), TOPICS.get(1));
        });
        robot.interact(() -> app.context.view().focusList(0));
        app.settle();
        return stage;
    }

    @Test
    void theClaimsTablesHeadersAndTopicsReadWhole() throws Exception {
        start("whole");
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        WorkbenchFixture.onFx(() -> {
            for (Node header : table.lookupAll(".column-header .label")) {
                Label l = (Label) header;
                String shown = ((javafx.scene.text.Text) l.lookup(".text")).getText();
                assertEquals(l.getText(), shown, "the header " + l.getText() + " reads whole at 1024");
            }
            return null;
        });

        ComboBox<String> filter = robot.lookup("#claimsTopicFilter").queryComboBox();
        robot.interact(() -> filter.setValue(TOPICS.get(0)));
        app.settle();
        assertEquals(2, table.getItems().size());
        readTopicsWhole(table);
    }

    @Test
    void theTopicFilterOffersTheClaimsWithoutATopic() throws Exception {
        start("noTopic");
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        int all = table.getItems().size();
        ComboBox<String> filter = robot.lookup("#claimsTopicFilter").queryComboBox();
        assertTrue(filter.getItems().contains("No topic"), filter.getItems().toString());
        robot.interact(() -> filter.setValue("No topic"));
        app.settle();
        assertEquals(all - 3, table.getItems().size(), "the claims still to group");
        assertTrue(table.getItems().stream().allMatch(r -> r.topic().isEmpty()));
    }

    private static void readTopicsWhole(TableView<ClaimRow> table) {
        WorkbenchFixture.onFx(() -> {
            int read = 0;
            for (Node cell : table.lookupAll(".table-cell")) {
                if (cell instanceof TableCell<?, ?> tc && tc.getTableColumn() != null && "Topic".equals(tc.getTableColumn().getText())
                        && !tc.isEmpty() && tc.getText() != null) {
                    assertEquals(tc.getText(), ((javafx.scene.text.Text) tc.lookup(".text")).getText(), "the topic reads whole: "
                            + tc.getTableColumn().getWidth() + " / " + tc.getTableColumn().getMinWidth() + " " + tc.getFont());
                    read++;
                }
            }
            assertTrue(read > 0, "topics were read");
            return null;
        });
    }
}
