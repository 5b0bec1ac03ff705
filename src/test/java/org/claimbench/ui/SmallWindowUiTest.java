package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.ui.suggestions.ClaimSuggestionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the sizes of small laptops (1024×700, 1280×720) and at its default size: nothing is
 * cut off, the panes keep lines of text, the sources are all seen, the claims table shows more than
 * five rows (four in the smallest window).
 */
class SmallWindowUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @CsvSource({"1024, 700, 4", "1280, 720, 6", "1440, 900, 6"})
    void nothingIsCutOffAndEverythingKeepsItsRoom(double width, double height, int claimRows) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve(width + "x" + height), width, height));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        // Mark a few dozen claims so that the claims table has rows to show.
        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        robot.interact(() -> app.context.view().focusList(2));
        WaitForAsyncUtils.waitForFxEvents();

        double sceneWidth = stage.getScene().getWidth();
        for (String id : List.of("#showClaimSuggestions", "#showContradictionSuggestions", "#acceptSuggestion", "#dismissSuggestion",
                "#acceptAllClaimSuggestions", "#claimSuggestionsSourceFilter", "#claimSuggestionsArticleFilter", "#claimSuggestionsClearFilters")) {
            whole(robot, stage, id, width, height);
        }

        for (int pane = 1; pane <= 2; pane++) {
            double h = app.area(pane).getHeight();
            assertTrue(h >= 100, "pane " + pane + " keeps lines of text: " + h + " px");
        }

        // The bar that appears by a selection stays inside its pane, a button for each source on it.
        robot.interact(() -> app.area(1).showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        String text = app.area(1).getText();
        int wordsEnd = text.indexOf(' ', text.indexOf(' ', text.indexOf(' ') + 1) + 1);
        javafx.geometry.Point2D[] drag = WorkbenchFixture.onFx(() -> WorkbenchFixture.dragPoints(app.area(1), text.substring(0, wordsEnd)));
        robot.drag(drag[0]).dropTo(drag[1]);
        WaitForAsyncUtils.waitForFxEvents();
        Node tagBar = robot.lookup(n -> n.getId() != null && n.getId().startsWith("tagBar-") && n.isVisible()).query();
        Bounds barBounds = tagBar.localToScene(tagBar.getLayoutBounds());
        Node pane = app.context.view().paneViews().get(0);
        Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
        assertTrue(barBounds.getMaxX() <= paneBounds.getMaxX() + 1 && barBounds.getMinX() >= paneBounds.getMinX() - 1,
                "the tag bar " + barBounds + " stays in its pane " + paneBounds);
        assertEquals(5, ((javafx.scene.Parent) tagBar).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.Button && n.isVisible() && !WorkbenchFixture.newSourceButton(n)).count(),
                "a button for each source (and New source… besides, where there is room)");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        // The right pane's list of articles (long titles) opens inside the window.
        javafx.scene.control.ComboBox<?> chooser = (javafx.scene.control.ComboBox<?>) robot.from(app.context.view().paneViews().get(1))
                .lookup((Node n) -> n.getId() != null && n.getId().startsWith("articleChooser-")).query();
        robot.interact(chooser::show);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) chooser.getSkin())
                .getPopupContent();
        Bounds listBounds = WorkbenchFixture.onFx(() -> list.localToScreen(list.getLayoutBounds()));
        assertTrue(listBounds.getMaxX() <= stage.getX() + stage.getWidth() + 1, "the list " + listBounds + " ends inside the window at "
                + (stage.getX() + stage.getWidth()));
        robot.interact(chooser::hide);

        ListView<?> sources = robot.lookup("#sourceList").queryAs(ListView.class);
        assertEquals(5, sources.getItems().size());
        assertTrue(sources.lookupAll(".scroll-bar").stream().noneMatch(s -> s instanceof ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible()), "the five sources need no scrolling");

        robot.interact(() -> app.context.view().focusList(0));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClaimRow> claims = robot.lookup("#claimsTable").queryTableView();
        Node filters = robot.lookup("#claimsFilterBar").query();
        assertTrue(filters.getBoundsInLocal().getHeight() < 56, "the claims filters take one line: " + filters.getBoundsInLocal());
        // The bar's boxes, on its lines (a second one only where the first has no room).
        List<Node> boxes = ((javafx.scene.Parent) filters).getChildrenUnmodifiable().stream()
                .flatMap(line -> ((javafx.scene.Parent) line).getChildrenUnmodifiable().stream()).toList();
        for (Node n : boxes) {
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertTrue(!n.isVisible() || b.getMaxX() <= sceneWidth + 0.5, n.getId() + " is on screen: " + b);
            if (n.isVisible() && n.getOpacity() > 0) {
                // Every filter shows its resting value whole ("All topics", the "Speaker" prompt), not "All top...", and the
                // count is whole or not shown (it read "0 clai…" at 1280 × 720).
                for (Node t : n.lookupAll(".text")) {
                    if (t instanceof javafx.scene.text.Text shown && shown.isVisible() && shown.getText() != null) {
                        assertTrue(!shown.getText().endsWith("...") && !shown.getText().endsWith("…"), n.getId() + " shows its value whole: " + shown.getText());
                    }
                }
                if (n instanceof javafx.scene.control.TextField field && field.getText().isEmpty()) {
                    javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
                    prompt.setFont(field.getFont());
                    double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                    assertTrue(prompt.getLayoutBounds().getWidth() <= room + 0.5, n.getId() + "'s prompt fits: " + field.getPromptText() + " in " + room);
                }
            }
        }
        assertTrue(claims.getItems().size() > 20);
        long rowsSeen = rowsSeen(claims);
        assertTrue(rowsSeen >= claimRows, "the claims table shows " + claimRows + " rows or more: " + rowsSeen);
        // The last column, the count of contradictions, is not squeezed away beside the scroll bar.
        javafx.scene.control.TableColumn<?, ?> bolt = claims.getColumns().get(claims.getColumns().size() - 1);
        assertEquals("⚡", bolt.getText());
        assertTrue(bolt.getWidth() >= 36, "the ⚡ column keeps its width at " + width + ": " + bolt.getWidth());

        robot.interact(() -> {
            var w = app.workspace();
            var c = w.claims();
            var x = w.addContradiction(c.get(0).id(), c.get(1).id(), org.claimbench.domain.ContradictionKind.FRAMING, "");
            w.updateContradiction(x.id(), org.claimbench.domain.ContradictionKind.FRAMING, org.claimbench.domain.ContradictionStatus.CONFIRMED, "");
        });
        robot.interact(() -> app.context.view().focusList(1));
        WaitForAsyncUtils.waitForFxEvents();
        for (Node cell : robot.lookup("#contradictionsTable .table-cell").queryAll()) {
            if (cell instanceof javafx.scene.control.TableCell<?, ?> tc && tc.getTableColumn() != null && !tc.isEmpty()
                    && List.of("Kind", "Status").contains(tc.getTableColumn().getText())) {
                String shown = ((javafx.scene.text.Text) tc.lookup(".text")).getText();
                assertEquals(tc.getText(), shown, tc.getTableColumn().getText() + " reads whole at " + width);
            }
        }
        javafx.scene.control.Label hint = robot.lookup("#contradictionsKeysHint").queryAs(javafx.scene.control.Label.class);
        String shownHint = ((javafx.scene.text.Text) hint.lookup(".text")).getText().replace('\u00a0', ' ');
        assertTrue(shownHint.startsWith("C confirm · D dismiss"), "the review's keys are readable however narrow: " + shownHint);

        // The suggested contradictions' score and kind read whole too (their column was squeezed to "…" at 1024).
        robot.interact(() -> app.context.view().focusList(3));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> suggested = robot.lookup("#contradictionSuggestionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !suggested.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int read = 0;
        for (Node cell : robot.lookup("#contradictionSuggestionsTable .table-cell").queryAll()) {
            if (cell instanceof javafx.scene.control.TableCell<?, ?> tc && tc.getTableColumn() != null && !tc.isEmpty() && tc.getText() != null
                    && List.of("Score", "Kind").contains(tc.getTableColumn().getText())) {
                String shown = ((javafx.scene.text.Text) tc.lookup(".text")).getText();
                assertEquals(tc.getText(), shown, tc.getTableColumn().getText() + " reads whole at " + width);
                read++;
            }
        }
        assertTrue(read > 0, "suggested contradictions were read");
        for (Node header : robot.lookup("#contradictionSuggestionsTable .column-header .label").queryAll()) {
            javafx.scene.control.Label l = (javafx.scene.control.Label) header;
            String shown = ((javafx.scene.text.Text) l.lookup(".text")).getText();
            assertEquals(l.getText(), shown, "the header " + l.getText() + " reads whole at " + width);
        }
    }

    /**
     * The suggestions lists keep their rows in a small window: six or more, a row chosen and read in full beside or under
     * the list, every control of their bar whole on screen on one line, and the panes as tall as before.
     */
    @ParameterizedTest
    @CsvSource({"1024, 700", "1280, 720", "1440, 900"})
    void bothSuggestionListsShowSixRowsWithOneChosenAndEveryControlWhole(double width, double height) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("rows " + width + "x" + height), width, height));
        FxRobot robot = new FxRobot();
        app.settle();
        double paneText = robot.lookup("#articleText-1").query().getLayoutBounds().getHeight();

        robot.interact(() -> app.context.view().focusList(2));
        app.settle();
        TableView<ClaimSuggestionRow> claims = robot.lookup("#claimSuggestionsTable").queryTableView();
        assertTrue(claims.getItems().size() > 20, "the samples give suggested claims: " + claims.getItems().size());
        ClaimSuggestionRow chosen = WorkbenchFixture.onFx(() -> claims.getSelectionModel().getSelectedItem());
        String seen = width + " × " + height + ": " + rowsSeen(claims) + " rows";
        assertTrue(rowsSeen(claims) >= 6, "the suggested claims show six rows with one chosen at " + seen);
        assertTrue(detail(robot).contains(chosen.quote().strip().substring(0, 20)), "the chosen row in full: " + detail(robot));
        // Who said it reads whole: the Source and Speaker headers (at 1024 the speaker's read "S…").
        int headers = 0;
        for (Node header : robot.lookup("#claimSuggestionsTable .column-header .label").queryAll()) {
            javafx.scene.control.Label l = (javafx.scene.control.Label) header;
            if (List.of("Source", "Speaker").contains(l.getText())) {
                assertEquals(l.getText(), ((javafx.scene.text.Text) l.lookup(".text")).getText(), "the header " + l.getText() + " reads whole at " + width);
                headers++;
            }
        }
        assertEquals(2, headers);
        Node bar = robot.lookup("#suggestionsBar").query();
        List<String> ids = List.of("#showClaimSuggestions", "#showContradictionSuggestions", "#acceptSuggestion", "#dismissSuggestion",
                "#assignSpeaker", "#acceptAllClaimSuggestions", "#claimSuggestionsSourceFilter", "#claimSuggestionsArticleFilter",
                "#claimSuggestionsClearFilters");
        for (String id : ids) {
            whole(robot, stage, id, width, height);
        }
        assertTrue(bar.getLayoutBounds().getHeight() < 50, "the bar keeps one line at " + width + " × " + height + ": " + bar.getLayoutBounds());

        robot.interact(() -> app.context.workbench().suggestions().acceptAll(List.copyOf(app.context.workbench().suggestions().filter().shown())));
        robot.interact(() -> app.context.view().focusList(3));
        TableView<?> contradictions = robot.lookup("#contradictionSuggestionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> contradictions.getItems().size() > 8);
        robot.interact(() -> contradictions.getSelectionModel().select(0));
        app.settle();
        seen = width + " × " + height + ": " + rowsSeen(contradictions) + " rows";
        assertTrue(rowsSeen(contradictions) >= 6, "the suggested contradictions show six rows with one chosen at " + seen);
        assertTrue(detail(robot).startsWith("Why: "), "the chosen pair in full: " + detail(robot));
        for (String id : List.of("#showClaimSuggestions", "#showContradictionSuggestions", "#acceptSuggestion", "#acceptSuggestionAsOpen",
                "#dismissSuggestion")) {
            whole(robot, stage, id, width, height);
        }
        double after = robot.lookup("#articleText-1").query().getLayoutBounds().getHeight();
        assertTrue(after >= paneText - 1, "the panes keep their height: " + paneText + " → " + after);
    }

    private static String detail(FxRobot robot) {
        return WorkbenchFixture.onFx(() -> robot.lookup("#suggestionDetail").queryAs(Label.class).getText());
    }

    private static void whole(FxRobot robot, Stage stage, String id, double width, double height) {
        Node n = robot.lookup(id).query();
        Bounds b = WorkbenchFixture.onFx(() -> n.localToScene(n.getBoundsInLocal()));
        assertTrue(WorkbenchFixture.onFx(() -> n.isVisible() && b.getMinX() >= 0 && b.getMaxX() <= stage.getScene().getWidth() + 0.5
                && b.getMaxY() <= stage.getScene().getHeight() + 0.5 && b.getWidth() >= n.prefWidth(-1) - 1),
                id + " is whole on screen at " + width + " × " + height + ": " + b);
    }

    /** How many rows of a table are seen whole. */
    private static long rowsSeen(TableView<?> table) {
        return WorkbenchFixture.onFx(() -> {
            double bottom = table.localToScene(table.getBoundsInLocal()).getMaxY();
            return table.lookupAll(".table-row-cell").stream().filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible()
                    && r.localToScene(r.getBoundsInLocal()).getMaxY() <= bottom + 0.5).count();
        });
    }
}
