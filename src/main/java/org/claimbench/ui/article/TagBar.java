package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.ColourDot;
import org.claimbench.ui.common.ShortNames;
import org.claimbench.ui.common.Tooltips;

/**
 * The small toolbar that appears by a selection: one button per source, numbered like the keys
 * that do the same, with the source's colour and its name. Its buttons never take focus, so the
 * keys keep working in the text. Where the whole names do not fit on one row the bar takes the
 * short names ({@link ShortNames}: "Kremlin", "White House") on one row, or the whole names on two
 * or three rows, and so on ({@link #WAYS}); never the bare key numbers it showed before for six
 * sources in one of two panes at 1280 × 720. The whole name is in each button's tooltip.
 */
final class TagBar extends FlowPane {

    /** Rows the bar may take before it shortens the sources' names. */
    static final int ROWS = 3;
    /** Ways of naming the sources, from the longest: see {@link #label(int)}. */
    private static final int LEVELS = 4;
    /**
     * The ways tried, in order, as {level, rows at most}: one row ("Tag as" and the whole names, the whole names, the short
     * names), then the whole names on two and on {@link #ROWS} rows, the short names on {@link #ROWS} and one more.
     */
    private static final int[][] WAYS = {{0, 1}, {1, 1}, {2, 1}, {1, 2}, {1, ROWS}, {2, ROWS}, {2, ROWS + 1}};
    private static final double GAP = 4;

    private final ObservableList<Source> sources;
    private final Consumer<Source> onTag;
    private final Runnable onNewSource;
    private final int paneIndex;
    private List<Source> built = List.of();

    TagBar(int paneIndex, ObservableList<Source> sources, Consumer<Source> onTag, Runnable onNewSource) {
        super(GAP, GAP);
        this.paneIndex = paneIndex;
        this.sources = sources;
        this.onTag = onTag;
        this.onNewSource = onNewSource;
        setId("tagBar-" + paneIndex);
        getStyleClass().add("tag-bar");
        setManaged(false);
        setVisible(false);
        sources.addListener((ListChangeListener<Source>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (built.equals(sources)) {
            return;
        }
        built = List.copyOf(sources);
        getChildren().clear();
        Label hint = new Label("Tag as");
        hint.getStyleClass().add("tag-bar-hint");
        getChildren().add(hint);
        for (int i = 0; i < built.size(); i++) {
            Source s = built.get(i);
            Circle dot = ColourDot.of(s.colour(), 5);
            Button b = new Button(label(i, s.name()), dot);
            b.setId("tag-" + paneIndex + "-" + (i + 1));
            b.setFocusTraversable(false);
            b.getStyleClass().add("tag-button");
            Tooltips.set(b, i < 9 ? "Tag the selection as " + s.name() + " (key " + (i + 1) + ")" : "Tag the selection as " + s.name());
            b.setOnAction(e -> onTag.accept(s));
            getChildren().add(b);
        }
        // Words of a side none of the sources is (an editor's own council story, factcheck47): a new source, named here,
        // takes them at once and becomes the next number key.
        Button fresh = new Button(NEW_SOURCE, new org.kordamp.ikonli.javafx.FontIcon("mdi2p-plus"));
        fresh.setId("tag-" + paneIndex + "-new");
        fresh.setFocusTraversable(false);
        fresh.getStyleClass().addAll("tag-button", "flat");
        Tooltips.set(fresh, "Add a source and tag the selection as it" + (built.size() < 9 ? " (its key will be " + (built.size() + 1) + ")" : ""));
        fresh.setOnAction(e -> onNewSource.run());
        getChildren().add(fresh);
    }

    /** The last button's text: a new source for the selection. */
    static final String NEW_SOURCE = "New source…";

    /**
     * Shows the bar by a selection, whole inside the layer (px), its names as long as {@link #WAYS} lets them be on few
     * rows and still leave the bar room above or below the selection; where no way has that room (a short pane), the
     * shortest names, the bar kept whole inside the layer on the side with more room.
     *
     * <p>The bar goes <em>below</em> the selection's last line where it has room there, above only where it has not. Above,
     * it lay on the line before the selection, which is where a claim's speaker is named ("Chancellor Friedrich Merz,
     * according to …, criticised …": the words saying who made the claim the user is tagging were under the bar, walk61
     * shot 059); below, it lies on lines not read yet.
     *
     * <p>The bar's height is its box's: its drop shadow (CSS, 10 px blur, 2 px down) reaches 8 px above and 12 px below
     * the box, so its bounds in the layer are 20 px taller than what it takes. Measured there, a bar of 89 px read as
     * 101 px tall: the shadow, not a row, may lie on the line under the text.
     *
     * @param x               the selection's left edge in the layer
     * @param selectionTop    the selection's top; the bar goes above it where there is no room below
     * @param selectionBottom the selection's bottom; the bar goes below it where there is room
     * @param maxWidth        the layer's width
     * @param minY            the top of the room the bar may take above the text (0 or less: the pane's header, the title
     *                        and the byline over the text, is room too)
     * @param maxHeight       the layer's height (the text's room, down to the line under it)
     * @return empty when the bar is below the selection (or the layer is too short for the bar and the selection); else
     *         what it lacks on each side, the bar meanwhile above the selection if it has room there, else kept whole
     *         inside the layer over the text, the selection's line perhaps under it
     */
    Optional<Shortfall> showAt(double x, double selectionTop, double selectionBottom, double maxWidth, double minY, double maxHeight) {
        double wrap = Math.max(60, maxWidth - 8 - snappedLeftInset() - snappedRightInset());
        double above = selectionTop - SPACE - (minY + EDGE);
        double below = maxHeight - selectionBottom - SPACE - EDGE;
        // The sources' buttons are laid out first, without the new source's: that one comes where the bar has room for it on
        // the rows the sources take, so that it never makes the bar take shorter names, scroll the text or take a row of its
        // own (a lone "+" under the five sources, at two panes in a 1280 px window).
        javafx.scene.Node fresh = getChildren().get(getChildren().size() - 1);
        fresh.setManaged(false);
        fresh.setVisible(false);
        getStyleClass().remove(COMPACT);
        int chosen = LEVELS - 1;
        for (int[] way : WAYS) {
            label(way[0]);
            applyCss();
            if (rows(wrap) <= way[1] && heightAt(wrap) <= Math.max(above, below)) {
                chosen = way[0];
                break;
            }
        }
        label(chosen);
        applyCss();
        placeNewSource(wrap, rows(wrap));
        double w = widthAt(wrap);
        setPrefWrapLength(wrap);
        double h = prefHeight(w);
        resize(w, h);
        moveTo(x, selectionTop, selectionBottom, maxWidth, minY, maxHeight);
        // Not below, in a layer tall enough for the bar and the selection: what the bar lacks on each side.
        if (h <= below || maxHeight - minY < h + (selectionBottom - selectionTop) + 2 * (SPACE + EDGE)) {
            return Optional.empty();
        }
        return Optional.of(new Shortfall(Math.ceil(h - above), Math.ceil(h - below)));
    }

    /**
     * Moves the bar, as labelled and sized when last shown ({@link #showAt}), by the selection where it lies now (px in the
     * layer, as for {@code showAt}): below it where it has room, else above, else whole inside the layer; and shows it. What
     * the text's scrolling asks: the names stay as they were (laid out again on every scrolled frame, they switched between
     * "Kremlin readout" and "Kremlin" as the selection moved, review of round ui62).
     */
    void moveTo(double x, double selectionTop, double selectionBottom, double maxWidth, double minY, double maxHeight) {
        double w = getWidth();
        double h = getHeight();
        double above = selectionTop - SPACE - (minY + EDGE);
        double below = maxHeight - selectionBottom - SPACE - EDGE;
        double y = h <= below ? selectionBottom + SPACE
                : h <= above ? selectionTop - SPACE - h
                : above >= below ? minY + EDGE : maxHeight - EDGE - h;
        y = Math.max(minY + EDGE, Math.min(y, maxHeight - EDGE - h));
        relocate(Math.max(4, Math.min(x, maxWidth - w - 4)), y);
        setVisible(true);
    }

    /**
     * Puts the new source's button on the rows the sources take ({@code rowsOfSources}): as labelled for their names, else
     * the + alone (its tooltip says what it does), else the + with every button's padding narrowed by a few pixels; where
     * none of these fits, the bar goes without it (Edit › Add source and the legend's Add source are there).
     */
    private void placeNewSource(double wrap, int rowsOfSources) {
        Button fresh = (Button) getChildren().get(getChildren().size() - 1);
        fresh.setManaged(true);
        fresh.setVisible(true);
        applyCss();
        if (rows(wrap) <= rowsOfSources) {
            return;
        }
        fresh.setText(null);
        applyCss();
        if (rows(wrap) <= rowsOfSources) {
            return;
        }
        getStyleClass().add(COMPACT);
        applyCss();
        if (rows(wrap) <= rowsOfSources) {
            return;
        }
        getStyleClass().remove(COMPACT);
        fresh.setManaged(false);
        fresh.setVisible(false);
        applyCss();
    }

    /** The bar's style class while its buttons' padding is narrowed to keep the new source's + on the sources' row. */
    static final String COMPACT = "compact";

    /**
     * The pixels a bar lacks above a selection and below it (0 or less: none): the text scrolled down by {@code above}, or
     * up by {@code below}, gives it its room.
     */
    record Shortfall(double above, double below) {
    }

    /** Pixels between the bar and the selection, and between the bar and the layer's edges. */
    private static final double SPACE = 6;
    private static final double EDGE = 2;

    /** The bar's width with the names as labelled now, wrapped at {@code wrap} px. */
    private double widthAt(double wrap) {
        return Math.min(widest(wrap), wrap) + snappedLeftInset() + snappedRightInset() + 1;
    }

    /** The bar's height (its box, without its shadow) with the names as labelled now, wrapped at {@code wrap} px. */
    private double heightAt(double wrap) {
        return prefHeight(widthAt(wrap));
    }

    /** Level 0: "Tag as" and "1 Kremlin readout"; 1: without "Tag as"; 2: "1 Kremlin"; 3: "2 White H…", the short name cut to eight characters, kept apart from the others ({@link ShortNames#shorter}). */
    private void label(int level) {
        getChildren().get(0).setVisible(level == 0);
        getChildren().get(0).setManaged(level == 0);
        List<String> names = built.stream().map(Source::name).toList();
        for (int i = 0; i < built.size(); i++) {
            String name = names.get(i);
            String shown = level < 2 ? name : level == 2 ? ShortNames.shortName(name, names) : ShortNames.shorter(name, names);
            ((Button) getChildren().get(i + 1)).setText(label(i, shown));
        }
        // "+ New source…" beside "Tag as" and the whole names, "+ New…" beside the whole names, the + alone beside short ones:
        // the bar keeps the rows it had before it had this button (seen at two panes at 1280 px: whole names on two rows).
        ((Button) getChildren().get(getChildren().size() - 1)).setText(level == 0 ? NEW_SOURCE : level == 1 ? "New…" : null);
    }

    /** A button's text: the key (1–9) before the name, no key from the tenth source on ("1 Kremlin readout"). */
    static String label(int index, String name) {
        return index < 9 ? (index + 1) + " " + name : name;
    }

    /** The rows the shown children take when wrapped at {@code wrap} px, as the flow lays them out. */
    private int rows(double wrap) {
        return runs(wrap).size();
    }

    /** The width of the widest row when wrapped at {@code wrap} px. */
    private double widest(double wrap) {
        return runs(wrap).stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private List<Double> runs(double wrap) {
        List<Double> widths = new ArrayList<>();
        double run = -1;
        for (Node n : getChildren()) {
            if (!n.isManaged()) {
                continue;
            }
            // Snapped to whole pixels as the flow lays them out (unsnapped, a row it wrapped counted as fitting).
            double w = snapSizeX(n.prefWidth(-1));
            if (run >= 0 && run + GAP + w > wrap) {
                widths.add(run);
                run = -1;
            }
            run = run < 0 ? w : run + GAP + w;
        }
        if (run >= 0) {
            widths.add(run);
        }
        return widths;
    }

    void hide() {
        setVisible(false);
    }
}
