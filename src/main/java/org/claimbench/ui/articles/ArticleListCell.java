package org.claimbench.ui.articles;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.claimbench.domain.Article;
import org.claimbench.ui.article.Byline;

/**
 * One article of the list, in three lines at most, as a mail client lists its messages: the title in two lines at most (cut
 * with "…"), its claims count at its right (a number, as the sources' legend counts their claims), and one line of outlet ·
 * date · event (cut with "…"). The whole of each, and what a click does, is in the cell's tooltip. At 1280 × 720 with seven
 * sources a title of three lines and a byline wrapped to two or three (the count, then the event, on lines of their own)
 * made cells of 75–105 px, and 2.5 articles were in view (stop 62); at most 60 px now, four or more.
 * Nodes are made once per cell and refilled: cells are reused as the list scrolls.
 */
final class ArticleListCell extends ListCell<Article> {

    /** The most lines a title takes in the list; the rest is cut with "…" and read whole in the tooltip. */
    static final int TITLE_LINES = 2;
    /** What a click and a right-click do, said at the tooltip's end (the list's own tooltip would win over the cell's). */
    static final String HOW_TO = "Click to show it in the pane you work in (the one with the blue line); "
            + "right-click to show it in a new pane, edit it or remove it";

    private final ArticleActions actions;
    private final Label title = new Label();
    private final Label count = new Label();
    private final Label byline = new Label();
    private final Tooltip whole = new Tooltip();
    private final VBox box;
    /** Writes the row again when claims counts change; held here, listened with weakly (see the constructor). */
    private final javafx.beans.InvalidationListener refill = o -> {
        if (getItem() != null) {
            fill(getItem());
        }
    };

    ArticleListCell(ListView<Article> list, ArticleActions actions, IntegerProperty countsVersion, Function<Article, ContextMenu> menu) {
        this.actions = actions;
        title.getStyleClass().add("article-list-title");
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        // The one "…" the app cuts with everywhere (EllipsisCut), not the label's own "...".
        title.setEllipsisString(org.claimbench.ui.common.EllipsisCut.ELLIPSIS);
        // As wide as the row leaves it beside the count, and as high as its lines wrapped at that width, two at most (a label
        // cuts a wrapped text to its height with "…"): set as its least, preferred and greatest height alike by fitTitleTo,
        // when the list asks the cell's height for the width it will give it, and again as the cell is laid out.
        title.setMinWidth(0);
        title.setPrefWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        count.getStyleClass().add("article-claim-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(6, title, count);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        byline.getStyleClass().addAll("muted", "article-list-byline");
        byline.setWrapText(false);
        byline.setTextOverrun(OverrunStyle.ELLIPSIS);
        byline.setEllipsisString(org.claimbench.ui.common.EllipsisCut.ELLIPSIS);
        byline.setMinWidth(0);
        box = new VBox(1, top, byline);
        box.setMinWidth(0);
        // The row is as wide as the cell, whatever its byline: the cell asks for no width of its own (computePrefWidth), so
        // the list never scrolls sideways. (Bound to the list's width less 30 px for a scroll bar, it left a title 16 px
        // short of its room where there was none, and wrapped it with room to spare, review63b 5.)
        box.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), paddingProperty()));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(380);
        // Weakly: the list's view keeps countsVersion for its life, and cells it throws away (a new skin makes them anew; a refresh reuses them) would
        // stay reachable through a strong listener that nothing takes off (review63b 7). The cell keeps the listener itself.
        countsVersion.addListener(new javafx.beans.WeakInvalidationListener(refill));
        // One click shows the article in the pane worked in (the one with the blue line), or brings forward the pane showing it.
        setOnMouseClicked(e -> {
            // A click that adds to the selection (Ctrl, Shift) chooses articles; it does not change the pane.
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && getItem() != null && !e.isShortcutDown() && !e.isShiftDown()) {
                actions.open(getItem());
            }
        });
        // The menu is made when asked for, not for every cell the list lays out. It is the list's, not the cell's: a
        // menu takes its owner's styles, and a selected row's words are in the emphasis colour (white on a white menu).
        setOnContextMenuRequested(e -> {
            if (getItem() != null) {
                menu.apply(getItem()).show(list, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * The list asks a cell's height for the width it will give it; a cell's height is its graphic's, asked with no width, at
     * which a label's own height is one unwrapped line. So the title's height is set for that width here, with the count's
     * width as it is now, not as laid out in the pass before (a reused cell's count going from "0" to "1000" measured the
     * title 20 px too wide: one line where it needed two, cut with "…" for a frame).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width > 0 && getGraphic() != null) {
            fitTitleTo(width);
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (getGraphic() != null) {
            fitTitleTo(getWidth());
        }
        super.layoutChildren();
    }

    /** What the title's height was last measured for, and that height (fitTitleTo). */
    private record TitleMeasure(String text, Font font, double lineSpacing, double room) {
    }

    private TitleMeasure measured;
    private double measuredHigh;

    /** Makes the title as high as its lines wrapped at what a cell {@code cellWidth} wide leaves it, two at most. */
    private void fitTitleTo(double cellWidth) {
        double room = cellWidth - snappedLeftInset() - snappedRightInset() - count.prefWidth(-1) - ((HBox) count.getParent()).getSpacing()
                - title.snappedLeftInset() - title.snappedRightInset();
        // Measured again only when what it depends on changed: this runs for every cell at every height asked and every
        // layout, and each measure makes two Text nodes (review64c 8).
        TitleMeasure now = new TitleMeasure(title.getText(), title.getFont(), title.getLineSpacing(), room);
        if (!now.equals(measured)) {
            measured = now;
            measuredHigh = Math.min(linesHigh(now.text(), now.font(), TITLE_LINES, now.lineSpacing()),
                    wrappedHigh(now.text(), now.font(), now.lineSpacing(), room));
        }
        double high = measuredHigh;
        title.setMinHeight(high);
        title.setPrefHeight(high);
        title.setMaxHeight(high);
    }

    @Override
    protected void updateItem(Article a, boolean empty) {
        super.updateItem(a, empty);
        setText(null);
        if (empty || a == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            setAccessibleHelp(null);
            return;
        }
        fill(a);
        setGraphic(box);
        setTooltip(whole);
    }

    private void fill(Article a) {
        int claims = actions.claimCount(a);
        title.setText(a.title());
        count.setText(Integer.toString(claims));
        String event = eventOf(a);
        byline.setText(bylineOf(a, event));
        Byline full = Byline.of(a.metadata(), claims);
        StringBuilder says = new StringBuilder(a.title()).append('\n').append(full.line());
        if (!event.isEmpty()) {
            says.append("\nEvent: ").append(event);
        }
        a.metadata().dateNote().ifPresent(note -> says.append('\n').append(note));
        says.append("\n\n").append(HOW_TO);
        whole.setText(says.toString());
        // A screen reader reads a cell's text, and this cell's is its graphic's alone (none): the row is said as one
        // sentence, and only what a click does as its help (the whole tooltip, title again included, was read for every row).
        setAccessibleText(a.title() + ", " + claims + (claims == 1 ? " claim, " : " claims, ") + byline.getText());
        setAccessibleHelp(HOW_TO);
    }

    /**
     * Outlet, date and the event the article reports, on one line, each left out where unknown: "Harbour Daily · 2025-07-03 ·
     * Call of 3 July". The date is left out too where it is the day the event's name holds (the app names events "what,
     * yyyy-MM-dd"): said twice, "no outlet · 2025-07-03 (event) · " left the event its first letter at the sidebar's default
     * width (review63b, 3). With none of the three, "no outlet · no date", so the line is never blank. The claims count is
     * the number beside the title; the whole byline, "(event)" explained, is in the tooltip. event: as {@link #eventOf}.
     */
    private static String bylineOf(Article a, String event) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!a.metadata().outlet().isBlank()) {
            parts.add(a.metadata().outlet().strip());
        }
        // The article's own date, unless the event's name holds that day. An event's date ("2025-07-03 (event)") is only ever
        // the day its name holds, so it is never said beside it.
        a.metadata().publishedDate().filter(day -> !event.contains(day.toString())).ifPresent(day -> parts.add(a.metadata().dateLine()));
        if (!event.isEmpty()) {
            parts.add(event);
        }
        return parts.isEmpty() ? "no outlet · no date" : String.join(" · ", parts);
    }

    /** The event as the list says it: the one set, or the one inferred, marked so; "" with none. */
    private String eventOf(Article a) {
        String typed = a.metadata().event().strip();
        String event = actions.eventOf(a);
        return event.isEmpty() ? "" : typed.isEmpty() ? event + " (inferred)" : event;
    }

    /** The height of this cell, laid out, were its title two lines high (the most an article's cell takes). */
    double tallestHigh() {
        return getHeight() - title.getHeight() + linesHigh(title.getText(), title.getFont(), TITLE_LINES, title.getLineSpacing());
    }

    /** The height of {@code text} in {@code font} wrapped at {@code width} px, rounded up, with a pixel to spare. */
    static double wrappedHigh(String text, Font font, double lineSpacing, double width) {
        Text measure = new Text(text == null || text.isEmpty() ? "X" : text);
        measure.setFont(font);
        measure.setLineSpacing(lineSpacing);
        measure.setWrappingWidth(Math.max(1, width));
        return Math.ceil(measure.getLayoutBounds().getHeight()) + 1;
    }

    /**
     * The height of {@code lines} lines of {@code text} in {@code font}, rounded up, with a pixel to spare for the rounding of
     * layout. Each line measured is the text's own, unwrapped, with an "X": letters the font has not (Chinese, Arabic,
     * emoji) are drawn in a fallback font whose lines may be taller, and two lines measured on "X" alone would hold only one
     * of them, the title cut with "…" after it (review63b 6).
     */
    static double linesHigh(String text, Font font, int lines, double lineSpacing) {
        String line = "X" + (text == null ? "" : text.replaceAll("\\R", " "));
        Text measure = new Text(String.join("\n", java.util.Collections.nCopies(Math.max(1, lines), line)));
        measure.setFont(font);
        measure.setLineSpacing(lineSpacing);
        return Math.ceil(measure.getLayoutBounds().getHeight()) + 1;
    }
}
