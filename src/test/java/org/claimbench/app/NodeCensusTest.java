package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import javafx.scene.Group;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

class NodeCensusTest {

    @Test
    void everyNodeIsCountedOnceUnderTheNearestIdAboveItHiddenOnesToo() {
        Rectangle hidden = new Rectangle(4, 4);
        hidden.setVisible(false);
        HBox legend = new HBox(new Rectangle(2, 2), new Rectangle(3, 3), hidden);
        legend.setId("legend");
        Pane inner = new Pane(new Circle(1));
        legend.getChildren().add(inner);
        Group root = new Group(legend, new Circle(5));
        root.setId("window");

        Map<String, Integer> census = NodeCensus.of(root);

        assertEquals(Map.of("/Group", 1, "window/HBox", 1, "window/Circle", 1, "legend/Rectangle", 3,
                "legend/Pane", 1, "legend/Circle", 1), census);
        assertEquals(8, census.values().stream().mapToInt(Integer::intValue).sum());
    }
}
