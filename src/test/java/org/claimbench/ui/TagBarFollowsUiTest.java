package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.claimbench.domain.TextSpan;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;

/**
 * The tag bar follows the selection the user made, and only that one, as the text scrolls, and keeps its names while it
 * does (review of round ui62: the bar moved next to a selection the program made, and was labelled anew on every scrolled
 * frame, its names free to switch between a source's whole and short name as the selection moved).
 */
class TagBarFollowsUiTest extends SizedWindowTest {

    @Test
    void aSelectionTheProgramMakesTakesAwayTheBarOfTheUsersSelection() throws Exception {
        InlineCssTextArea area = openAndSelectOnLine("program", 3);
        assertTrue(onFx(() -> bar(2).isVisible()), "the bar by the user's selection");

        // Words four lines further down selected by the program, not by the user's mouse or keys; then the user scrolls.
        TextSpan other = onFx(() -> spanAt(area, offsetOnLine(area, 7)));
        robot.interact(() -> area.selectRange(other.start(), other.end()));
        app.settle();
        assertEquals(other, onFx(() -> app.context.view().paneViews().get(1).viewModel().selectionProperty().get()), "the program's words are selected");
        assertFalse(onFx(() -> bar(2).isVisible()), "no bar left by the words the program selected");
        robot.interact(() -> area.scrollYBy(onFx(() -> lineHeight(area))));
        app.settle();
        assertFalse(onFx(() -> bar(2).isVisible()), "nor brought next to them as the user scrolls");
    }

    @Test
    void theBarKeepsItsNamesAndSizeAsTheTextScrollsAndOnlyMoves() throws Exception {
        InlineCssTextArea area = openAndSelectOnLine("names", 8);
        Region bar = onFx(() -> bar(2));
        List<String> names = onFx(() -> shownNames(bar));
        Bounds size = onFx(() -> bar.getLayoutBounds());
        List<String> changes = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : bar.getChildrenUnmodifiable()) {
                n.visibleProperty().addListener((o, was, now) -> changes.add(n.getId() + " shown " + now));
                if (n instanceof Labeled l) {
                    l.textProperty().addListener((o, was, now) -> changes.add(n.getId() + " '" + was + "' to '" + now + "'"));
                }
            }
        });
        double line = onFx(() -> lineHeight(area));
        double y = onFx(bar::getLayoutY);
        for (int step = 1; step <= 4; step++) {
            robot.interact(() -> area.scrollYBy(line));
            app.settle();
            assertTrue(onFx(bar::isVisible), "the bar by the selection, scrolled " + step + " lines");
            assertEquals(y - step * line, onFx(bar::getLayoutY), 2, "the bar moved with the text, " + step + " lines");
        }
        assertEquals(List.of(), changes, "the bar's buttons were not labelled anew while the text scrolled");
        assertEquals(names, onFx(() -> shownNames(bar)), "the same names after the scroll");
        assertEquals(size, onFx(bar::getLayoutBounds), "the same size after the scroll");

        // A narrower pane is labelled anew for its room (the window made narrow: the names shorten).
        robot.interact(() -> area.getScene().getWindow().setWidth(1024));
        app.settle();
        assertTrue(onFx(bar::isVisible), "the bar by the selection in the narrower pane");
        assertNotEquals(size.getWidth(), onFx(() -> bar.getLayoutBounds().getWidth()), "the bar laid out for the narrower pane");
    }

    /** Opens the window at 1280 × 720 and selects two words on the {@code line}th line in view of the second pane, with the mouse. */
    private InlineCssTextArea openAndSelectOnLine(String name, int line) throws Exception {
        openAt(name, 1280, 720);
        InlineCssTextArea area = app.area(2);
        app.selectWithMouse(robot, 2, wordsOnLine(area, line));
        app.settle();
        return area;
    }

    private Region bar(int pane) {
        return (Region) robot.lookup(n -> ("tagBar-" + pane).equals(n.getId())).query();
    }

    /** The texts of the bar's shown children, in order. */
    private static List<String> shownNames(Region bar) {
        return bar.getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .map(n -> n instanceof Labeled l ? String.valueOf(l.getText()) : n.getId()).toList();
    }

    private static double lineHeight(InlineCssTextArea area) {
        return area.getCharacterBoundsOnScreen(0, 1).orElseThrow().getHeight();
    }

    /** The offset at the start of the {@code line}th line in view (1: the first). */
    private static int offsetOnLine(InlineCssTextArea area, int line) {
        Bounds first = area.getCharacterBoundsOnScreen(0, 1).orElseThrow();
        Point2D top = area.screenToLocal(first.getMinX() + 80, first.getMinY());
        return area.hit(top.getX(), top.getY() + lineHeight(area) * (line - 0.5)).getInsertionIndex();
    }

    /** Two whole words on the {@code line}th line in view, found first there (selectWithMouse selects a phrase's first place). */
    private static String wordsOnLine(InlineCssTextArea area, int line) throws Exception {
        return onFx(() -> {
            String text = area.getText();
            TextSpan s = spanAt(area, offsetOnLine(area, line));
            int end = s.end();
            while (text.indexOf(text.substring(s.start(), end)) != s.start() && text.indexOf(' ', end + 1) > 0) {
                end = text.indexOf(' ', end + 1);
            }
            return text.substring(s.start(), end);
        });
    }

    /** Two whole words from the word at {@code offset}. */
    private static TextSpan spanAt(InlineCssTextArea area, int offset) {
        String text = area.getText();
        int start = text.lastIndexOf(' ', offset) + 1;
        int end = text.indexOf(' ', text.indexOf(' ', offset) + 1);
        return new TextSpan(start, end);
    }
}
