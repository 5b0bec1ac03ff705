package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The light first frame's text against RichTextFX's area on text outside the Basic Multilingual
 * Plane: an emoji (a surrogate pair) in a paragraph that wraps, a ZWJ sequence, a combining mark.
 * Every character after them is where an area without styles (one Text a paragraph, as the light
 * text) puts it: JavaFX lays both out alike.
 */
@ExtendWith(ApplicationExtension.class)
class LightArticleTextUnicodeTest {

    /** Our own writing: the emoji in the first line of a paragraph that wraps; plain text without claims. */
    static final String TEXT = "Cafe\u0301 owners said the parking rules \uD83D\uDE42 would hurt trade in the old town and its market.\n"
            + "The minister \uD83D\uDC69\u200D\u2696\uFE0F replied that the rules stay.\n"
            + "A last line without any.";

    private LightArticleText light;
    private InlineCssTextArea area;

    @Start
    void start(Stage stage) {
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheetBSS());
        light = new LightArticleText(1, new LightArticleText.Events() {
            @Override
            public void selected(int start, int end) {
            }

            @Override
            public void released() {
            }
        });
        light.show(ParagraphPieces.of(TEXT));
        area = new RichArticleText(2).area();
        area.replaceText(ParagraphPieces.of(TEXT));
        StackPane left = new StackPane(light);
        StackPane right = new StackPane(new org.fxmisc.flowless.VirtualizedScrollPane<>(area));
        left.setPrefSize(420, 200);
        right.setPrefSize(420, 200);
        Scene scene = new Scene(new HBox(left, right), 840, 200);
        scene.getStylesheets().add(getClass().getResource("/org/claimbench/ui/claimbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.setWidth(840);
        stage.setHeight(200);
    }

    @Test
    void everyCharacterAfterAnEmojiIsWhereAnAreaWithoutStylesPutsIt() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> moved = WaitForAsyncUtils.asyncFx(() -> {
            List<String> off = new ArrayList<>();
            double dx = area.localToScreen(0, 0).getX() - light.localToScreen(0, 0).getX();
            for (int i = 0; i < TEXT.length(); i++) {
                if (TEXT.charAt(i) == '\n' || Character.isLowSurrogate(TEXT.charAt(i))) {
                    continue;
                }
                int to = Character.isHighSurrogate(TEXT.charAt(i)) ? i + 2 : i + 1;
                var a = area.getCharacterBoundsOnScreen(i, to);
                var b = light.characterBoundsOnScreen(i, to);
                if (a.isEmpty()) {
                    continue;
                }
                if (b.isEmpty()) {
                    off.add(i + ": not laid out in the light text");
                } else if (Math.abs(a.get().getMinX() - dx - b.get().getMinX()) > 0.5 || Math.abs(a.get().getMinY() - b.get().getMinY()) > 0.5) {
                    off.add(String.format("%d U+%04X: area x %.1f y %.1f, light x %.1f y %.1f", i, (int) TEXT.charAt(i),
                            a.get().getMinX() - dx, a.get().getMinY(), b.get().getMinX(), b.get().getMinY()));
                }
            }
            return off;
        }).get();
        assertTrue(moved.isEmpty(), moved.size() + " characters elsewhere, first " + moved.stream().limit(4).toList());
    }
}
