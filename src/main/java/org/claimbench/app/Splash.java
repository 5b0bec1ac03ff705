package org.claimbench.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the window shows for the moment the workbench is being built: the app's icon and one
 * line, in the colours of the user's theme. Plain nodes, no controls: nothing to style, so it
 * shows as fast as an empty window.
 */
final class Splash {

    private Splash() {
    }

    static Parent create(Image icon, boolean dark) {
        Text line = new Text("Opening Claimbench…");
        line.setFont(Font.font(15));
        line.setFill(dark ? Color.web("#8b949e") : Color.web("#57606a"));
        VBox box = new VBox(14);
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(64);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            box.getChildren().add(view);
        }
        box.getChildren().add(line);
        box.setAlignment(Pos.CENTER);
        // Set, not styled: the first frame is drawn in the theme's colour before any style sheet is applied.
        box.setBackground(new Background(new BackgroundFill(background(dark), null, null)));
        return box;
    }

    /** The theme's window colour (AtlantaFX Primer's default background, light and dark). */
    static Color background(boolean dark) {
        return dark ? Color.web("#0d1117") : Color.WHITE;
    }
}
