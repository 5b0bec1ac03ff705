package org.claimbench.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
        box.setStyle("-fx-background-color: " + (dark ? "#0d1117" : "#ffffff") + ";");
        return box;
    }
}
