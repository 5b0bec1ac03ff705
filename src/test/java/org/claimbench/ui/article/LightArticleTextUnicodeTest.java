package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The light first frame's paragraphs on text outside the Basic Multilingual Plane: emoji (surrogate
 * pairs) in paragraphs that wrap, beside characters JavaFX shapes as complex text (a combining mark,
 * a zero-width joiner, a variation selector). On one line, every character's box and hit is where
 * it is when each character (grapheme cluster) is laid out as a Text of its own; wrapped, every line
 * breaks after a space and is drawn within the paragraph's width. Offsets are UTF-16 units.
 */
@ExtendWith(ApplicationExtension.class)
class LightArticleTextUnicodeTest {

    /**
     * Our own writing, with no "fi", "fl" or "ff" (a ligature joins two graphemes in one run): an emoji
     * after a combining mark, two emoji side by side, a ZWJ sequence, a mathematical letter (U+1D400).
     */
    static final String[] PARAGRAPHS = {
        "Cafe\u0301 owners said the parking rules \uD83D\uDE42 would hurt trade in the old town and its market.",
        "Two faces \uD83D\uDE42\uD83D\uDE43 and a judge \uD83D\uDC69\u200D\u2696\uFE0F stand by the cafe\u0301 as the sun goes down.",
        "\uD83D\uDE42 at the start, then \uD835\uDC00 a letter, na\u00EFve words and more \uD83D\uDE43 to wrap the line once or twice.",
    };
    static final String FONT = "-fx-font-family: 'Serif'; -fx-font-size: 16px;";
    /** Wide enough for each paragraph on one line; narrow enough to wrap each of them twice or more. */
    static final double ONE_LINE = 1200;
    static final double WIDTH = 260;

    private final List<LightParagraph> light = new ArrayList<>();
    private final List<TextFlow> apart = new ArrayList<>();
    private final List<LightParagraph> wrapped = new ArrayList<>();

    @Start
    void start(Stage stage) {
        VBox box = new VBox();
        for (String p : PARAGRAPHS) {
            LightParagraph l = new LightParagraph(p);
            TextFlow a = new TextFlow();
            a.setLineSpacing(LightParagraph.LINE_SPACING);
            BreakIterator graphemes = BreakIterator.getCharacterInstance();
            graphemes.setText(p);
            for (int from = 0, to = graphemes.next(); to != BreakIterator.DONE; from = to, to = graphemes.next()) {
                a.getChildren().add(new Text(p.substring(from, to)));
            }
            LightParagraph w = new LightParagraph(p);
            for (TextFlow f : List.of(l, a, w)) {
                double width = f == w ? WIDTH : ONE_LINE;
                f.setStyle(FONT);
                f.setPrefWidth(width);
                f.setMaxWidth(width);
                box.getChildren().add(f);
            }
            light.add(l);
            apart.add(a);
            wrapped.add(w);
        }
        box.setFillWidth(false);
        stage.setScene(new Scene(box, ONE_LINE + 20, 600));
        stage.show();
    }

    @Test
    void everyCharacterAfterAnEmojiIsWhereItIsWhenEachCharacterIsLaidOutAlone() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> off = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (int k = 0; k < PARAGRAPHS.length; k++) {
                String p = PARAGRAPHS[k];
                // From each paragraph's first character (a stylesheet may pad the light paragraph's box).
                Bounds lightFirst = new Path(light.get(k).rangeShape(0, 1)).getBoundsInLocal();
                Bounds apartFirst = new Path(apart.get(k).rangeShape(0, 1)).getBoundsInLocal();
                for (int i = 0; i < p.length(); i++) {
                    if (Character.isLowSurrogate(p.charAt(i)) || Character.getType(p.charAt(i)) == Character.NON_SPACING_MARK) {
                        continue;  // a low surrogate has no box of its own; a combining mark sits on its base
                    }
                    int to = Character.isHighSurrogate(p.charAt(i)) ? i + 2 : i + 1;
                    Bounds l = new Path(light.get(k).rangeShape(i, to)).getBoundsInLocal();
                    Bounds a = new Path(apart.get(k).rangeShape(i, to)).getBoundsInLocal();
                    double dx = lightFirst.getMinX() - apartFirst.getMinX();
                    double dy = lightFirst.getMinY() - apartFirst.getMinY();
                    int lightHit = light.get(k).hitTest(new Point2D(a.getMinX() + dx + 1.5, a.getCenterY() + dy)).getInsertionIndex();
                    int apartHit = apart.get(k).hitTest(new Point2D(a.getMinX() + 1.5, a.getCenterY())).getInsertionIndex();
                    if (Math.abs(l.getMinX() - dx - a.getMinX()) > 0.5 || Math.abs(l.getMinY() - dy - a.getMinY()) > 0.5 || lightHit != apartHit) {
                        found.add(String.format("%d:%d U+%04X x %.1f (alone %.1f) y %.1f (%.1f) hit %d (%d)", k, i, (int) p.charAt(i),
                                l.getMinX(), a.getMinX(), l.getMinY(), a.getMinY(), lightHit, apartHit));
                    }
                }
            }
            return found;
        }).get();
        assertTrue(off.isEmpty(), off.size() + " characters elsewhere, first " + off.stream().limit(4).toList());
    }

    @Test
    void aWrappedParagraphBreaksAfterSpacesAndDrawsEachLineOnceWithinItsWidth() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (int k = 0; k < PARAGRAPHS.length; k++) {
                String p = PARAGRAPHS[k];
                LightParagraph w = wrapped.get(k);
                Text blank = new Text(" ");
                blank.setFont(javafx.scene.text.Font.font("Serif", 16));
                double space = blank.getLayoutBounds().getWidth() + 1;
                int lines = 1;
                double lineTop = box(w, p, 0).getMinY();
                for (int i = 1; i < p.length(); i++) {
                    if (Character.isLowSurrogate(p.charAt(i)) || Character.getType(p.charAt(i)) == Character.NON_SPACING_MARK) {
                        continue;
                    }
                    Bounds b = box(w, p, i);
                    if (b.getMinY() > lineTop + 1) {
                        lines++;
                        lineTop = b.getMinY();
                        if (p.charAt(i - 1) != ' ') {
                            found.add(k + ": a line starts inside a word, at " + i);
                        }
                    } else if (b.getMinY() < lineTop - 1) {
                        found.add(k + ": character " + i + " drawn on a line above the one before it");
                    }
                }
                if (lines < 3) {
                    found.add(k + ": " + lines + " lines, expected the paragraph to wrap twice or more");
                }
                for (Node n : w.getChildrenUnmodifiable()) {
                    // A line's last space may hang past the width, as in any wrapped text; nothing else.
                    if (n instanceof Text t && t.getBoundsInParent().getMaxX() > WIDTH + space) {
                        found.add(k + ": \"" + t.getText() + "\" drawn to x " + t.getBoundsInParent().getMaxX());
                    }
                }
            }
            return found;
        }).get();
        assertTrue(out.isEmpty(), out.toString());
    }

    /** The box of the character at i (both units of a surrogate pair). */
    private static Bounds box(TextFlow f, String p, int i) {
        int to = Character.isHighSurrogate(p.charAt(i)) ? i + 2 : i + 1;
        return new Path(f.rangeShape(i, to)).getBoundsInLocal();
    }

    @Test
    void theTextsPiecesHoldEachSurrogatePairAloneAndJoinToTheText() {
        for (String p : PARAGRAPHS) {
            List<String> pieces = LightParagraph.pieces(p);
            assertEquals(p, String.join("", pieces));
            for (String piece : pieces) {
                long pairs = piece.codePoints().filter(Character::isSupplementaryCodePoint).count();
                assertTrue(pairs == 0 || piece.length() == 2, "a surrogate pair is alone in its piece: " + piece);
            }
        }
        assertEquals(List.of(""), LightParagraph.pieces(""));
        // Without a surrogate pair, JavaFX lays a paragraph out right as one Text (combining marks and all).
        assertEquals(List.of("plain words, cafe\u0301 and na\u00EFve"), LightParagraph.pieces("plain words, cafe\u0301 and na\u00EFve"));
    }
}
