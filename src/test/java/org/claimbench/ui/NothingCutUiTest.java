package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.claimbench.ui.common.TagKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280 × 720 what a newcomer still saw cut off reads whole: the line under each of three panes, the toolbar's hint
 * with long sources in the sticky tag's box, the tag bar's shortest names (two sources alike in their first eight
 * characters told apart), the sources legend's long names.
 */
class NothingCutUiTest {

    @TempDir
    static Path home;

    private WorkbenchFixture app;
    private final FxRobot robot = new FxRobot();

    /** Sources a desk might add to the five it starts with: long ones, three sharing their first word. */
    private static final List<String> MORE = List.of("Reuters", "European Commission", "NATO", "European Parliament",
            "Turkish presidency", "United Nations", "Chinese foreign ministry");

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.context.close()).get();
        FxToolkit.cleanupStages();
    }

    private void start(String name, int sources) throws Exception {
        start(name, MORE.subList(0, sources - 5));
    }

    private void start(String name, List<String> more) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve(name), 1280, 720));
        app.settle();
        robot.interact(() -> {
            for (int i = 0; i < more.size(); i++) {
                app.workspace().addSource(more.get(i), String.format("#%02x%02x%02x", 40 + 20 * i, 90, 200 - 15 * i));
            }
        });
        app.settle();
    }

    @Test
    void threePanesSayHowToTagWholeInTheRoomTheyHave() throws Exception {
        start("hints", 5);
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        assertEquals(3, onFx(() -> app.context.view().paneViews().size()));
        onFx(() -> {
            for (int pane = 1; pane <= 3; pane++) {
                Label info = robot.lookup("#claimInfo-" + pane).queryAs(Label.class);
                assertTrue(TagKeys.paneHints(5).contains(info.getText()), "a hint: " + info.getText());
                assertEquals(info.getText(), shown(info), "pane " + pane + "'s hint is not cut");
                assertTrue(info.getText().contains("1–5"), info.getText());
                assertEquals(TagKeys.paneHints(5).get(0), info.getAccessibleHelp(), "the whole hint when pointed at");
            }
            return null;
        });
    }

    @Test
    void theToolbarsHintReadsWholeBesideALongStickyTag() throws Exception {
        String ministry = "Ministry of Foreign Affairs of Ukraine";
        start("toolbar", List.of("European Commission", "Chinese foreign ministry", ministry));
        // Chosen as a user does: the box grows to its longest entry once its list has been shown (in the real window the
        // hint then went into the toolbar's overflow menu, out of sight).
        robot.clickOn("#stickySource");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof Labeled l && ministry.equals(l.getText()))
                .queryAs(Labeled.class));
        app.settle();
        onFx(() -> {
            Label hint = robot.lookup("#howToHint").queryAs(Label.class);
            Node bar = robot.lookup("#toolBar").query();
            assertTrue(hint.getScene() != null && hint.isVisible() && isWithin(hint, bar), "the hint is on the toolbar, not in its overflow menu");
            assertTrue(TagKeys.toolbarHints(8).contains(hint.getText()) && !hint.getText().isEmpty(), hint.getText());
            assertEquals(hint.getText(), shown(hint), "the toolbar's hint is not cut");
            assertTrue(hint.getWidth() > 0 && hint.localToScene(hint.getLayoutBounds()).getMaxX() <= bar.localToScene(bar.getLayoutBounds()).getMaxX() + 1,
                    "inside the toolbar");
            return null;
        });
    }

    @Test
    void atTheSmallestWindowTheToolbarsHintIsWholeNotCut() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("small"), 1024, 700));
        app.settle();
        onFx(() -> {
            Label hint = robot.lookup("#howToHint").queryAs(Label.class);
            Node bar = robot.lookup("#toolBar").query();
            assertTrue(isWithin(hint, bar) && isWithin(robot.lookup("#stickyTopic").query(), bar), "hint and sticky topic on the toolbar");
            assertTrue(TagKeys.toolbarHints(5).contains(hint.getText()), hint.getText());
            assertTrue(!hint.getText().isEmpty(), "at 1024 px the shortest hint has room");
            assertEquals(hint.getText(), shown(hint), "the toolbar's hint is not cut to \"…\"");
            return null;
        });
    }

    @Test
    void theSourcesLegendNeverScrollsSideways() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = WorkbenchFixture.start(stage, home.resolve("legendSmall"), 1024, 700));
        app.settle();
        for (int n = 0; n < MORE.size(); n++) {
            String name = MORE.get(n);
            int i = n;
            robot.interact(() -> app.workspace().addSource(name, String.format("#%02x%02x%02x", 40 + 20 * i, 90, 200 - 15 * i)));
            app.settle();
            String sideways = onFx(() -> robot.lookup("#sourceList .scroll-bar").queryAll().stream()
                    .filter(b -> b instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && bar.isVisible())
                    .map(b -> "a sideways scroll bar").findFirst().orElse(""));
            assertEquals("", sideways, "with " + (6 + n) + " sources");
        }
    }

    @Test
    void theEmptyContradictionsListSaysHowToLinkOneWhole() throws Exception {
        start("emptyContradictions", 5);
        robot.interact(() -> app.context.view().showTab(1));
        app.settle();
        onFx(() -> {
            javafx.scene.control.TableView<?> table = robot.lookup("#contradictionsTable").queryTableView();
            Label empty = (Label) table.getPlaceholder();
            assertTrue(empty.getText().contains("Ctrl+L"), empty.getText());
            assertTrue(empty.getScene() != null && empty.getWidth() > 0, "the empty list's words are in the window");
            assertEquals(empty.getText(), shown(empty), "the empty list says how to link a contradiction whole at 1280 × 720");
            return null;
        });
    }

    private static boolean isWithin(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A third pane added and the first words of the first pane selected: the source buttons of the bar by the selection. */
    private List<Button> sourceButtonsAtThreePanes() {
        robot.interact(() -> app.context.workbench().addPaneWithNextArticle());
        app.settle();
        robot.interact(() -> app.area(1).showParagraphAtTop(0));
        app.settle();
        String text = app.area(1).getText();
        int wordsEnd = text.indexOf(' ', text.indexOf(' ', text.indexOf(' ') + 1) + 1);
        javafx.geometry.Point2D[] drag = onFx(() -> WorkbenchFixture.dragPoints(app.area(1), text.substring(0, wordsEnd)));
        robot.drag(drag[0]).dropTo(drag[1]);
        app.settle();
        Node bar = robot.lookup(n -> n.getId() != null && n.getId().startsWith("tagBar-") && n.isVisible()).query();
        return onFx(() -> ((Parent) bar).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Button && n.isVisible() && !WorkbenchFixture.newSourceButton(n)).map(n -> (Button) n).toList());
    }

    @Test
    void theTagBarsShortestNamesTellEverySourceApart() throws Exception {
        start("tags", 12);
        List<Button> buttons = sourceButtonsAtThreePanes();
        List<String> shown = onFx(() -> buttons.stream().map(n -> shown(n).replaceFirst("^\\d ", "")).toList());
        assertEquals(12, shown.size());
        assertTrue(shown.stream().anyMatch(s -> s.length() <= 8 && s.endsWith("…")), "the shortest names are shown: " + shown);
        assertEquals(12, shown.stream().distinct().count(), "no two buttons read the same: " + shown);
    }

    /**
     * Issue 14: at the bar's narrowest level two sources of one office read "Press o…" both, and a name was cut inside a word
     * ("Lightho…"). Each button reads its source's name or its first words and "…", never the same as another's, and its
     * tooltip holds the whole name.
     */
    @Test
    void theTagBarsShortestNamesAreElidedAfterAWholeWordAndNeverReadTheSame() throws Exception {
        List<String> more = List.of("Press office Kyiv", "Press office Lviv", "Lighthouse keepers", "Harbour board", "Harbour workers",
                "Ferry union", "Mayor");
        start("elided", more);
        List<Button> buttons = sourceButtonsAtThreePanes();
        List<String> shown = onFx(() -> buttons.stream().map(b -> shown(b).replaceFirst("^\\d ", "")).toList());
        assertEquals(12, shown.size());
        assertTrue(shown.stream().anyMatch(s -> s.endsWith("…")), "the narrowest level: " + shown);
        assertEquals(12, shown.stream().distinct().count(), "no two buttons read the same: " + shown);
        List<String> names = onFx(() -> app.context.model().sources().stream().map(x -> x.name()).toList());
        for (int i = 0; i < shown.size(); i++) {
            String name = names.get(i);
            String s = shown.get(i);
            String head = s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
            boolean wordsOfIt = s.equals(name) || (name.startsWith(head) && name.charAt(head.length()) == ' ')
                    || (head.contains("…") && java.util.Arrays.asList(name.split(" ")).containsAll(List.of(head.split("…"))));
            assertTrue(wordsOfIt, "“" + s + "” is " + name + " or its whole words, elided");
            Button b = buttons.get(i);
            // Tooltips are made when the pointer first comes over their control (Tooltips).
            robot.moveTo(b);
            WaitForAsyncUtils.waitForFxEvents();
            String tip = onFx(() -> b.getTooltip() == null ? "" : b.getTooltip().getText());
            assertTrue(tip.contains(name), "the tooltip holds the whole name " + name + ": " + tip);
        }
    }

    @Test
    void theSourcesLegendReadsLongNamesWhole() throws Exception {
        start("legend", List.of("European Commission", "Chinese foreign ministry", "Turkish presidency"));
        WaitForAsyncUtils.waitForFxEvents();
        app.settle();
        List<String> names = onFx(() -> app.context.model().sources().stream().map(s -> s.name()).toList());
        List<Labeled> rows = onFx(() -> robot.lookup("#sourceName").queryAllAs(Labeled.class).stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).toList());
        assertEquals(8, rows.size(), "every source has its row in sight");
        onFx(() -> {
            for (Labeled row : rows) {
                assertTrue(names.contains(row.getText()), row.getText());
                assertEquals(row.getText(), shown(row), "the legend names " + row.getText() + " whole");
            }
            return null;
        });
        double sidebar = onFx(() -> robot.lookup("#sidebar").query().getLayoutBounds().getWidth());
        assertTrue(sidebar <= 1280 * 0.25 + 1, "the sidebar takes a quarter of the window at most: " + sidebar);
    }

    /** What a control's skin draws of its text (with "…" where it cuts it). */
    private static String shown(Node control) {
        Text t = (Text) control.lookup(".text");
        return t == null ? "" : t.getText();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WorkbenchFixture.onFx(work);
    }
}
