package org.claimbench.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A source's or a topic's colour as a dot beside its name, in tables, lists and menus. On a selected row the dot gets a
 * ring in the selection's text colour (claimbench.css, {@code .colour-dot}): the rows' accent blue is close to White
 * House's, and no default source's fill reaches 3:1 against it (WCAG 2.1, 1.4.11; measured 1.0–2.3), so the dot would melt
 * into the row. The ring is there, transparent, on every row, so that choosing a row does not move its text.
 */
public final class ColourDot {

    /** The style class of every dot, which claimbench.css rings on a selected row. */
    public static final String STYLE_CLASS = "colour-dot";

    private ColourDot() {
    }

    /**
     * A dot of the colour (a CSS colour, e.g. "#0072B2") and radius (px).
     *
     * @throws IllegalArgumentException if the colour cannot be read
     */
    public static Circle of(String colour, double radius) {
        Circle dot = new Circle(radius, Color.web(colour));
        dot.getStyleClass().add(STYLE_CLASS);
        return dot;
    }
}
