package org.claimbench.ui.sources;

import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The legend: each source with its colour, key and claim count. The check box shows or hides its
 * claims; a double-click shows that source alone; right-click renames, recolours or merges.
 */
public final class SourceLegendView extends VBox {

    private final SourceLegendViewModel vm;
    /** Made with the legend, or in the start-up's first frame when it takes its stand-in's place ({@link #showList()}). */
    private ListView<SourceRow> list;
    /** The list's height (and its stand-in's): as tall as its rows, up to {@link #mostRowsProperty()}. */
    private final javafx.beans.binding.DoubleBinding fit;
    /** The height of one source's row (check box, swatch, key, name, count). */
    public static final double ROW_HEIGHT = 27;
    /** The most rows the list shows at once before it scrolls where the sidebar is short: the five default sources and two a desk adds. */
    public static final int MOST_ROWS = 7;
    /** The most rows it shows where the sidebar has room for them (LegendRoom): one for each number key that tags, 1–9. */
    public static final int ROWS_OF_KEYS = 9;
    /** How many rows the list shows before it scrolls: {@link #MOST_ROWS} to {@link #ROWS_OF_KEYS}. */
    private final javafx.beans.property.IntegerProperty mostRows = new javafx.beans.property.SimpleIntegerProperty(MOST_ROWS);

    /** The legend with its list of sources. */
    public SourceLegendView(SourceLegendViewModel vm) {
        this(vm, false);
    }

    /**
     * listLater: true for the start-up's first frame, where the list's place holds a stand-in of its
     * size and border (an empty list: about 95 nodes fewer to style and lay out, its cells, check boxes,
     * labels, virtual flow and scroll bars) until {@link #showList()}; false for the list at once.
     */
    public SourceLegendView(SourceLegendViewModel vm, boolean listLater) {
        this.vm = vm;
        setId("sourceLegend");
        getStyleClass().add("sidebar-section");
        Label title = new Label("Sources");
        title.getStyleClass().add("section-title");
        // Under the list, at the legend's foot: the legend stands on the window's bottom edge and grows upward as sources
        // are added, so a + in its header moved up a row with each one and a second click fell on the first source.
        Button add = new Button("Add source", new FontIcon("mdi2p-plus"));
        add.setId("addSource");
        add.getStyleClass().addAll("flat", "small");
        Tooltips.set(add, "Add a source (e.g. China, NATO, a named outlet)");
        add.setOnAction(e -> askName("Add source", "Name of the new source:", "").ifPresent(vm::add));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counting = new Label();
        counting.setId("legendCounts");
        counting.getStyleClass().add("muted");
        counting.textProperty().bind(vm.countsSayProperty());
        counting.setMinWidth(0);
        Tooltips.bind(counting, javafx.beans.binding.Bindings.createStringBinding(() -> "all claims".equals(counting.getText())
                ? "The counts are of all claims" : "The counts are of the claims the Claims table's filter shows; clear its filter "
                + "to count all", counting.textProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(4, title, counting, spacer);
        header.setAlignment(Pos.CENTER_LEFT);

        // As tall as its rows, up to seven, or nine where the sidebar has room for them and four articles (LegendRoom): the
        // default five and two sources added are seen without scrolling however small the window, and the number keys'
        // sources 8 and 9 where the window is tall enough; past that the list scrolls (a source just added is scrolled into
        // view), and the article list above keeps its room.
        fit = javafx.beans.binding.Bindings.createDoubleBinding(() -> heightOf(Math.min(vm.rows().size(), mostRows.get())), vm.rows(), mostRows);
        Region inListsPlace;
        if (!listLater) {
            inListsPlace = makeList();
        } else {
            // The list itself is made when it takes the stand-in's place: its classes (about 200: the list, its
            // selection and focus models, its events) are then loaded after ready to mark, not on the way to it.
            // It says what is coming: an empty box stayed for seconds on a loaded machine (newcomer43).
            javafx.scene.control.Label coming = new javafx.scene.control.Label("Opening the sources…");
            coming.getStyleClass().add("muted");
            javafx.scene.layout.StackPane standIn = new javafx.scene.layout.StackPane(coming);
            standIn.setId("sourceListStandIn");
            standIn.getStyleClass().add("list-view");
            standIn.prefHeightProperty().bind(fit);
            standIn.minHeightProperty().bind(fit);
            standIn.maxHeightProperty().bind(fit);
            inListsPlace = standIn;
        }
        HBox foot = new HBox(add);
        foot.setId("sourceLegendFoot");
        foot.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, inListsPlace, foot);
        VBox.setVgrow(inListsPlace, Priority.NEVER);
        setSpacing(4);
    }

    /** The height of the list showing this many rows (one at least: the empty list's stand-in keeps a row's height). */
    public static double heightOf(int rows) {
        return Math.max(rows, 1) * ROW_HEIGHT + 10;
    }

    /** How many rows the list shows before it scrolls (seven, up to nine where the sidebar has room: LegendRoom sets it). */
    public javafx.beans.property.IntegerProperty mostRowsProperty() {
        return mostRows;
    }

    /** How many sources the legend lists. */
    public int sourceCount() {
        return vm.rows().size();
    }

    /** The height the list (or its stand-in) is laid out at now; 0 before the legend is laid out. */
    public double listLaidOutHigh() {
        return ((Region) getChildren().get(1)).getHeight();
    }

    /** Puts the list of sources in its stand-in's place (see {@link #SourceLegendView(SourceLegendViewModel, boolean)}); once. */
    public void showList() {
        if (list == null) {
            getChildren().set(1, makeList());
        }
    }

    private ListView<SourceRow> makeList() {
        list = new ListView<>();
        list.setId("sourceList");
        list.setItems(vm.rows());
        list.setCellFactory(l -> new SourceCell());
        SourceListTyping.install(list, vm::noSourceBegins);
        // Each row's tooltip says how to use it (a tooltip of the list would win over the rows' own: JavaFX shows the outer one).
        list.setFixedCellSize(ROW_HEIGHT);
        scrollToSourcesAdded(list);
        list.prefHeightProperty().bind(fit);
        list.minHeightProperty().bind(fit);
        list.maxHeightProperty().bind(fit);
        VBox.setVgrow(list, Priority.NEVER);
        return list;
    }

    /**
     * A source added past the rows the list shows is scrolled into view, so that its row (its key, its colour) is seen
     * without scrolling as the first rows are. The view model says which row is a source added to the open
     * workspace: a workspace opened is not sources added, though its ids (from 1) are new to the list's.
     */
    private void scrollToSourcesAdded(ListView<SourceRow> list) {
        vm.onSourceAdded(added -> {
            // After the list's skin has its new row count (its listener comes after the rows' change).
            int top = Math.max(0, added - mostRows.get() + 1);
            javafx.application.Platform.runLater(() -> list.scrollTo(top));
        });
    }

    /** The cells made so far (as many as rows shown), to measure the room their names get. */
    private final java.util.List<SourceCell> cells = new java.util.ArrayList<>();

    /**
     * How many px wider the legend would need to be for every source's name to read whole (0 when all do): the widest
     * name in the names' font, less the room a laid-out row gives its name. 0 until the rows are laid out.
     */
    public double missingForNames() {
        double room = cells.stream().filter(c -> c.getItem() != null && c.name.getWidth() > 0)
                .mapToDouble(c -> c.name.getWidth() - c.name.snappedLeftInset() - c.name.snappedRightInset()).min().orElse(-1);
        if (room < 0) {
            return 0;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(cells.get(0).name.getFont());
        double widest = vm.rows().stream().mapToDouble(r -> {
            measure.setText(r.source().name());
            return measure.getLayoutBounds().getWidth();
        }).max().orElse(0);
        // A few px to spare: the divider's position is snapped to whole pixels, and a label cuts a text that fits to the pixel.
        return widest <= room ? 0 : Math.ceil(widest - room) + 4;
    }

    /** Nodes made once per cell and refilled; the menu is made when asked for. */
    private final class SourceCell extends ListCell<SourceRow> {
        private final CheckBox shown = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label key = new Label();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(4, shown, swatch, key, name, count);
        private final javafx.beans.property.StringProperty whole = new javafx.beans.property.SimpleStringProperty("");

        SourceCell() {
            cells.add(this);
            // A name cut with "…" (the legend is narrow) is read whole, with what the source stands for, when pointed at.
            name.setId("sourceName");
            Tooltips.bind(this, whole);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            key.getStyleClass().add("key-cap");
            name.setMaxWidth(Double.MAX_VALUE);
            // A long name is cut with "…" to the list's width: a horizontal scroll bar took a row's room.
            name.setMinWidth(0);
            box.setMinWidth(0);
            for (javafx.scene.layout.Region r : java.util.List.of(shown, key, count)) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            // The row is as wide as the list's view of it, whatever its name: the cell asks for no width of its own
            // (computePrefWidth), so the list never scrolls sideways; the row fills the width the list gives the cell.
            // (Bound to the list's width less a guess of the borders, a sideways scroll bar came and stayed from six
            // sources on at 1024 px and took a row's room.)
            box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), paddingProperty()));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            HBox.setHgrow(name, Priority.ALWAYS);
            count.getStyleClass().add("muted");
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(1, 2, 1, 2));
            shown.setOnAction(e -> {
                if (getItem() != null) {
                    vm.setVisible(getItem().source(), shown.isSelected());
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    vm.solo(getItem().source());
                }
            });
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    menu(getItem().source()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected void updateItem(SourceRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Source s = r.source();
            shown.setId("sourceVisible-" + r.key());
            shown.setSelected(r.visible());
            swatch.setFill(Color.web(s.colour()));
            key.setText(r.key() <= 9 ? String.valueOf(r.key()) : "");
            key.setVisible(r.key() <= 9);
            name.setText(s.name());
            whole.set((s.description().isBlank() ? s.name() : s.name() + ": " + s.description())
                    + "\nUncheck to hide its claims · double-click to show it alone · right-click to rename, recolour or merge");
            count.setText(String.valueOf(r.claims()));
            setGraphic(box);
        }
    }

    private ContextMenu menu(Source s) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> org.claimbench.ui.common.RenameDialog.ask(getScene().getWindow(), "source", s.name(), "sourceNameField", 24)
                .ifPresent(n -> vm.rename(s, n)));
        MenuItem recolour = new MenuItem("Change colour…");
        recolour.setOnAction(e -> askColour(s).ifPresent(c -> vm.recolour(s, c)));
        Menu merge = new Menu("Merge into");
        for (SourceRow other : vm.rows()) {
            if (other.source().id() != s.id()) {
                MenuItem into = new MenuItem(other.source().name());
                into.setOnAction(e -> vm.merge(s, other.source()));
                merge.getItems().add(into);
            }
        }
        MenuItem solo = new MenuItem("Show only this source");
        solo.setOnAction(e -> vm.solo(s));
        return new ContextMenu(solo, rename, recolour, merge);
    }

    private Optional<String> askName(String title, String prompt, String current) {
        return SourceNameDialog.ask(getScene().getWindow(), title, prompt, current);
    }

    private Optional<String> askColour(Source s) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle("Colour of " + s.name());
        ColorPicker picker = new ColorPicker(Color.web(s.colour()));
        picker.setId("sourceColourPicker");
        d.getDialogPane().setContent(new VBox(8, new Label("Choose a colour. The defaults are safe for colour-blind readers."), picker));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? hex(picker.getValue()) : null);
        return d.showAndWait();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
