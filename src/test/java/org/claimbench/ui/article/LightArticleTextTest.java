package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.claimbench.domain.Claim;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The light first frame's text against RichTextFX's area, side by side in a real window under the
 * app's theme and stylesheet: every character where the area puts it, the highlights drawn from the
 * same styles, and a drag selecting what it selects in the area.
 */
@ExtendWith(ApplicationExtension.class)
class LightArticleTextTest {

    /** Our own text: short and long paragraphs (wrapped over several lines), an empty line, a line break. */
    private static final String TEXT = "The harbour board met on a wet Tuesday.\n\n"
            + "Its chair said the ferry timetable would change in spring, that the night crossing would end, and that "
            + "fares for cyclists would stay as they are, a promise the council had asked for since the pier was rebuilt "
            + "after the storm of the previous winter.\n"
            + "A spokesman for the operator declined to comment.\nShort line.";

    private LightArticleText light;
    private InlineCssTextArea area;
    private final HighlightStyles styles = new HighlightStyles();
    private List<Claim> claims;
    private HighlightStyles.Look look;

    @Start
    void start(Stage stage) {
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheetBSS());
        int chair = TEXT.indexOf("Its chair said");
        int spokesman = TEXT.indexOf("A spokesman");
        claims = List.of(claim(1, chair, chair + "Its chair said the ferry timetable would change".length(), 1),
                claim(2, spokesman, spokesman + "A spokesman for the operator".length(), 2));
        look = new HighlightStyles.Look(Map.of(1L, "#CC5500", 2L, "#1F6FB2"), Set.of(), Set.of(), false);
        light = new LightArticleText(1, new LightArticleText.Events() {
            @Override
            public void selected(int start, int end) {
            }

            @Override
            public void released() {
            }
        });
        light.setStyles((from, to) -> styles.compute(claims, from, to, look));
        light.show(ParagraphPieces.of(TEXT));
        area = new RichArticleText(2).area();
        StyleSpans<String> spans = styles.compute(claims, 0, TEXT.length(), look);
        area.replace(0, 0, StyledTexts.document(ParagraphPieces.of(TEXT), spans));
        StackPane left = new StackPane(light);
        StackPane right = new StackPane(new org.fxmisc.flowless.VirtualizedScrollPane<>(area));
        left.setPrefSize(420, 200);
        right.setPrefSize(420, 200);
        Scene scene = new Scene(new HBox(left, right), 840, 200);
        scene.getStylesheets().add(getClass().getResource("/org/claimbench/ui/claimbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        // The stage is shared by the test classes of a run and keeps the size it was shown at first.
        stage.setWidth(840);
        stage.setHeight(200);
    }

    @Test
    void everyCharacterIsWhereRichTextFxPutsIt() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(TEXT.indexOf("A spokesman"), TEXT.indexOf("A spokesman") + 1)
                .isPresent()).get(), "the area shows the text up to the fourth paragraph at least");
        List<String> moved = WaitForAsyncUtils.asyncFx(() -> {
            List<String> off = new ArrayList<>();
            double dx = area.localToScreen(0, 0).getX() - light.localToScreen(0, 0).getX();
            for (int i = 0; i < TEXT.length(); i++) {
                if (TEXT.charAt(i) == '\n') {
                    continue;
                }
                var a = area.getCharacterBoundsOnScreen(i, i + 1);
                var b = light.characterBoundsOnScreen(i, i + 1);
                if (a.isEmpty()) {
                    continue; // out of the area's view: it lays out only the paragraphs in view
                }
                if (b.isEmpty()) {
                    off.add(i + ": not laid out in the light text");
                } else if (a.isPresent() && (Math.abs(a.get().getMinX() - dx - b.get().getMinX()) > 0.5
                        || Math.abs(a.get().getMinY() - b.get().getMinY()) > 0.5 || Math.abs(a.get().getHeight() - b.get().getHeight()) > 0.5)) {
                    off.add(i + " '" + TEXT.charAt(i) + "': area " + a.get() + " light " + b.get());
                }
            }
            return off;
        }).get();
        assertTrue(moved.isEmpty(), moved.size() + " characters elsewhere, first " + moved.stream().limit(3).toList());
    }

    @Test
    void theClaimsAreHighlightedInTheirSourcesColoursBehindTheText() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Color> fills = WaitForAsyncUtils.asyncFx(() -> light.lookupAll(".paragraph-text").stream()
                .flatMap(p -> ((javafx.scene.Parent) p).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof Path path && path.getFill() instanceof Color && !path.getElements().isEmpty()
                        && !path.getStyleClass().contains("selection"))
                .map(n -> (Color) ((Path) n).getFill()).toList()).get();
        // The look HighlightStyles gives a claim: its source's colour at 30 % (4C) behind the words.
        assertEquals(List.of(Color.web("#CC55004C"), Color.web("#1F6FB24C")), fills);
    }

    @Test
    void aDragOverTwoWordsSelectsThemAsTheAreaWould() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int start = TEXT.indexOf("night crossing");
        int end = start + "night crossing".length();
        int[] selected = WaitForAsyncUtils.asyncFx(() -> {
            Bounds first = light.characterBoundsOnScreen(start, start + 1).orElseThrow();
            Bounds last = light.characterBoundsOnScreen(end - 1, end).orElseThrow();
            Node page = light.lookup("#articleText-1");
            Scene scene = light.getScene();
            Point2D from = scene.getRoot().screenToLocal(first.getMinX() + 1, first.getCenterY());
            Point2D to = scene.getRoot().screenToLocal(last.getMaxX() - 1, last.getCenterY());
            Event.fireEvent(page, mouse(MouseEvent.MOUSE_PRESSED, from));
            Event.fireEvent(page, mouse(MouseEvent.MOUSE_DRAGGED, to));
            Event.fireEvent(page, mouse(MouseEvent.MOUSE_RELEASED, to));
            return new int[] {Math.min(light.anchor(), light.caret()), Math.max(light.anchor(), light.caret())};
        }).get();
        assertEquals(start, selected[0]);
        assertEquals(end, selected[1]);
        WaitForAsyncUtils.waitForFxEvents();
        int drawn = WaitForAsyncUtils.asyncFx(() -> (int) light.lookupAll(".selection").stream()
                .filter(n -> n instanceof Path p && !p.getElements().isEmpty()).count()).get();
        assertEquals(1, drawn, "the selection is drawn in one paragraph");
    }

    private static Claim claim(long id, int start, int end, long source) {
        org.claimbench.domain.TextSpan span = new org.claimbench.domain.TextSpan(start, end);
        return new Claim(id, 1, span, org.claimbench.domain.TextQuote.of(TEXT, span), source, "", null, "", java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);
    }

    @Test
    void aLongTextIsLaidOutOnlyAsFarAsTheViewNeedsAndMoreAsItScrolls() throws Exception {
        String line = "Line %d of the minutes, read out at the harbour board's meeting.";
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            longText.append(i == 0 ? "" : "\n").append(String.format(line, i));
        }
        String text = longText.toString();
        int[] made = WaitForAsyncUtils.asyncFx(() -> {
            light.show(text);
            light.layout();
            int first = light.lookupAll(".paragraph-text").size();
            light.scrollTo(1000);
            light.layout();
            return new int[] {first, light.lookupAll(".paragraph-text").size(), (int) light.getHeight()};
        }).get();
        // Made down to a screen below the view: at most two views' height of lines of 20 px, and a line more.
        int most = made[2] * 2 / 20 + 2;
        assertTrue(made[0] > 5 && made[0] <= most, "paragraphs made for the first view of " + made[2] + " px: " + made[0]);
        assertTrue(made[1] > made[0] && made[1] < 300, "more made as it scrolls: " + made[1]);
        // 1,000 px down: the paragraph at the top of the view is one of the later ones, laid out.
        int top = WaitForAsyncUtils.asyncFx(() -> light.top().paragraph()).get();
        assertTrue(top > 15, "the view's top paragraph after the scroll: " + top);
        int at = text.indexOf(String.format(line, top));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> light.characterBoundsOnScreen(at, at + 1).isPresent()).get(),
                "the line at the view's top is laid out");
    }

    /** A mouse event at a point of the scene, the primary button down (as a drag has it). */
    static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Point2D scene) {
        return new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }
}
