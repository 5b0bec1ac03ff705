package org.claimbench.ui.claims;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import org.claimbench.domain.Article;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.FilterBoxes;
import org.claimbench.ui.common.WorkspaceModel;
import org.controlsfx.control.CheckComboBox;

/**
 * The claims' filters in one line above their table: a search, the sources, the article, the speaker,
 * the topic, the verdict, the claims' state (shown only when some changed or lost their words), a
 * button that clears them and the count. At start-up they may come in two steps, a frame apart: the
 * topic's, verdict's and state's boxes are empty places of their widths in the first (each box's first
 * styling is costly; all at once were one long frame of the JavaFX thread, docs/speed.md round 11).
 *
 * <p>Where one line has no room for every box at its least width (the state's box shown beside the others in a 1024 px
 * window), the least used filters, the verdict's and the state's, fold into a "More" menu button at the line's end, so
 * the filters keep one line and the table its rows (two lines left the table four rows at 1024 × 700: a newcomer, stop
 * 46). Only where even that has no room do the clear button and the count go on a second line. Nothing is cut or
 * pushed out of sight, and the table under the filters keeps the tab's width (the bar once widened the whole Claims tab
 * past its right edge, cutting the Verdict and ⚡ columns).
 */
final class ClaimsFilterBar extends VBox {

    private static final double SPACING = 4;
    private final ClaimsTableViewModel vm;
    /** The boxes of the second step, in their order. */
    private final List<Region> later;
    /** The first line, and the second one, in the bar only while it holds the {@link #tail} (with a question chosen, and the More button). */
    private final HBox line = new HBox(SPACING);
    private final HBox more = new HBox(SPACING);
    /** What goes on the second line where one line has no room even with the verdict and the state folded: the clear button, the count. */
    private final List<Region> tail;
    /** The filters folded into {@link #overflow} where the line has no room for them: the verdict's box and the state's. */
    private final List<Region> folded;
    private final MenuButton overflow = new MenuButton();
    private final TopicFilterBox topicBox;
    /** The search's, the sources', the article's and the speaker's boxes, always first on the line. */
    private final List<Region> front;
    private final Label count = new Label();

    /** @param topicColour a topic's colour as drawn, by its label (none for a label that is no topic) */
    ClaimsFilterBar(ClaimsTableViewModel vm, WorkspaceModel model, java.util.function.Function<String, java.util.Optional<String>> topicColour,
                    boolean inTwoSteps) {
        super(SPACING);
        this.vm = vm;
        TextField search = new TextField();
        search.setId("claimsSearch");
        // Its focus starts a new action: an old status message goes (StaleStatus in the workbench).
        search.getStyleClass().add("starts-an-action");
        // The prompt shows how to ask for several words at once: one search for a question that several words name.
        search.setPromptText("Find: a OR b");
        search.setTooltip(new Tooltip("Claims with words starting with this text in their quote, note, speaker or source (“war” finds “wars”, not "
                + "“aware”); a OR b finds either. Enter selects the claims found; Ctrl+Enter adds them to those selected"));
        search.textProperty().bindBidirectional(vm.textFilter());
        HBox.setHgrow(search, Priority.ALWAYS);
        workspaceUndoWhenNothingTyped(search);
        // A click into the box while the keyboard is elsewhere takes its text whole, as a browser's address bar does: the
        // next word typed replaces the last search instead of running on from it ("ceasefirehour", student45).
        search.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!search.isFocused() && !search.getText().isEmpty() && e.isPrimaryButtonDown()) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });

        CheckComboBox<Source> sources = FilterBoxes.sources(model.sources(), vm.checkedSources(), "claimsSourceFilter",
                "Show only claims of the checked sources");
        ComboBox<Article> article = FilterBoxes.article(model.articles(), vm.articleFilter(), "claimsArticleFilter",
                "Show only claims of one article");

        TextField speaker = new TextField();
        speaker.setId("claimsSpeakerFilter");
        speaker.setPromptText("Speaker");
        speaker.setPrefColumnCount(8);
        speaker.setTooltip(new Tooltip("Show only claims whose speaker contains this text"));
        speaker.textProperty().bindBidirectional(vm.speakerFilter());

        topicBox = new TopicFilterBox(vm, topicColour, search);
        ComboBox<String> topic = topicBox.node();

        ComboBox<String> verdict = new ComboBox<>(vm.verdicts());
        verdict.setId("claimsVerdictFilter");
        verdict.valueProperty().bindBidirectional(vm.verdictFilter());
        verdict.setTooltip(new Tooltip("Show only claims with one verdict, or none"));

        ComboBox<ClaimStateFilter> state = new ComboBox<>(FXCollections.observableArrayList(ClaimStateFilter.values()));
        state.setId("claimsStateFilter");
        state.valueProperty().bindBidirectional(vm.stateFilter());
        state.setTooltip(new Tooltip("Claims whose words a revision of the article changed since they were marked, or whose words are gone (orphans)"));
        state.setButtonCell(stateCell(true));
        state.setCellFactory(l -> stateCell(false));
        // Shown only when there is something to review: most workspaces never have such claims.
        state.visibleProperty().bind(vm.changedCountProperty().add(vm.orphanCountProperty()).greaterThan(0)
                .or(vm.stateFilter().isNotEqualTo(ClaimStateFilter.ALL)));
        state.managedProperty().bind(state.visibleProperty());
        vm.changedCountProperty().addListener((o, a, b) -> state.setButtonCell(stateCell(true)));
        vm.orphanCountProperty().addListener((o, a, b) -> state.setButtonCell(stateCell(true)));

        Button clear = FilterBoxes.clearButton("claimsClearFilters", vm::clearFilters);

        count.setId("claimsCount");
        count.getStyleClass().add("muted");
        // "12 of 40 claims" while filters hide some, else "40 claims": the short form fits where the line is tight.
        count.textProperty().bind(Bindings.createStringBinding(() -> (vm.rows().size() == vm.allRows().size() ? "" : vm.rows().size() + " of ")
                + vm.allRows().size() + (vm.allRows().size() == 1 ? " claim" : " claims"), vm.rows(), vm.allRows()));

        // One line of filters, so the table keeps its rows in a short window: the boxes have the width that shows
        // what is chosen, and in a narrow window they give way together down to a width that still shows all of
        // their resting values ("All topics", "All verdicts", the "Speaker" prompt) in the claims area of a
        // 1024 px window (about 790 px); the search box gives way first, as it grows into the room of a wide one.
        search.setPrefColumnCount(14);
        HBox.setHgrow(search, Priority.ALWAYS);
        sources.setPrefWidth(150);
        article.setPrefWidth(170);
        verdict.setPrefWidth(135);
        state.setPrefWidth(190);
        search.setMinWidth(104);
        sources.setMinWidth(122);
        article.setMinWidth(118);
        speaker.setMinWidth(86);
        verdict.setMinWidth(130);
        state.setMinWidth(108);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        // The count takes only the room the boxes leave, sharing it with the search's and the topic's boxes: its text, longer
        // with a filter set ("12 of 40 claims"), never takes room from them, which would move the boxes after the search under
        // the pointer. It gives way first: the Claims tab's title says it too ("Claims (12 of 40)"). Cut, it is not shown at
        // all: "112 cla…" says less than nothing.
        count.setMinWidth(0);
        count.setPrefWidth(0);
        count.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox.setHgrow(topic, Priority.ALWAYS);
        javafx.beans.InvalidationListener whole = o -> count.setOpacity(count.getWidth() + 0.5 >= textWidth(count) ? 1 : 0);
        count.widthProperty().addListener(whole);
        count.textProperty().addListener(whole);
        later = List.of(topic, verdict, state);
        front = List.of(search, sources, article, speaker);
        tail = List.of(clear, count);
        folded = List.of(verdict, state);
        overflow.setId("claimsMoreFilters");
        overflow.setMinWidth(Region.USE_PREF_SIZE);
        overflow.setTooltip(new Tooltip("The verdict filter (and the changed claims' one), folded here where the line has no room for their boxes"));
        overflow.setOnShowing(e -> overflow.getItems().setAll(foldedMenus(state.isVisible())));
        overflow.textProperty().bind(Bindings.createStringBinding(() -> {
            int set = (ClaimsTableViewModel.ALL_VERDICTS.equals(vm.verdictFilter().get()) || vm.verdictFilter().get() == null ? 0 : 1)
                    + (vm.stateFilter().get() == null || vm.stateFilter().get() == ClaimStateFilter.ALL ? 0 : 1);
            return set == 0 ? "More" : "More (" + set + " set)";
        }, vm.verdictFilter(), vm.stateFilter()));
        line.getChildren().addAll(search, sources, article, speaker);
        line.getChildren().addAll(inTwoSteps ? later.stream().map(ClaimsFilterBar::standIn).toList() : later);
        line.getChildren().addAll(clear, count);
        for (HBox l : List.of(line, more)) {
            l.setAlignment(Pos.CENTER_LEFT);
            // The bar takes the room it is given: its lines never make the Claims tab wider than the window.
            l.setMinWidth(0);
        }
        line.setId("claimsFilterLine");
        more.setId("claimsFilterMore");
        getChildren().add(line);
        setId("claimsFilterBar");
        org.claimbench.ui.common.Tooltips.narrow(search, sources, article, speaker, topic, verdict, state, clear, overflow);
        setPadding(new Insets(6, 6, 6, 6));
        widthProperty().addListener((o, a, b) -> arrange());
        state.managedProperty().addListener((o, a, b) -> arrange());
    }

    /**
     * One line where every box has its least width on it; else the verdict's and the state's boxes folded into
     * {@link #overflow}; else, with them folded, the {@link #tail} on a second line. Decided on the boxes' least widths
     * (fixed numbers), never on what a box shows: a choice in a box moves no other box (a question chosen in the topic's
     * box once widened it and folded the verdict's box into "More" under the pointer, student-run52).
     */
    private void arrange() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        // Not while the start-up's stand-ins hold the places of the later boxes (showAll arranges once they are in).
        if (room <= 0 || line.getChildren().stream().anyMatch(n -> n.getId() != null && n.getId().endsWith("StandIn"))) {
            return;
        }
        if (overflow.getSkin() == null) {
            // A button never shown has no width yet: styled in the line for a moment, it has the width it will have there.
            line.getChildren().add(overflow);
            overflow.applyCss();
            line.getChildren().remove(overflow);
        }
        Region topic = later.get(0);
        List<Node> all = new java.util.ArrayList<>(front);
        all.add(topic);
        all.addAll(tail);
        long foldable = folded.stream().filter(Node::isManaged).count();
        boolean fold = need(all) + need(folded) + SPACING * foldable > room + 0.5;
        boolean twoLines = fold && need(all) + overflow.minWidth(-1) + SPACING > room + 0.5;
        List<Node> first = new java.util.ArrayList<>(front);
        first.add(topic);
        first.addAll(fold ? List.of(overflow) : folded);
        if (!twoLines) {
            first.addAll(tail);
        }
        List<Node> second = twoLines ? List.copyOf(tail) : List.of();
        if (!line.getChildren().equals(first)) {
            line.getChildren().setAll(first);
        }
        if (!more.getChildren().equals(second)) {
            more.getChildren().setAll(second);
        }
        if (second.isEmpty()) {
            getChildren().remove(more);
        } else if (!getChildren().contains(more)) {
            getChildren().add(more);
        }
    }

    /** The width a label needs to show its text whole (px): the text in its font, and its insets. */
    private static double textWidth(Label label) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(label.getText());
        t.setFont(label.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset();
    }

    /** The least width of the boxes shown among {@code nodes}, with the spacing between them. */
    private static double need(List<? extends Node> nodes) {
        List<? extends Node> shown = nodes.stream().filter(Node::isManaged).toList();
        return shown.stream().mapToDouble(n -> n.minWidth(-1)).sum() + SPACING * Math.max(0, shown.size() - 1);
    }

    /** The folded filters as menus of their choices, the one set ticked: Verdict, and State while its box would show. */
    private List<javafx.scene.control.MenuItem> foldedMenus(boolean withState) {
        javafx.scene.control.Menu verdicts = choices("Verdict", vm.verdicts(), vm.verdictFilter(), String::valueOf);
        verdicts.setId("claimsMoreVerdict");
        if (!withState) {
            return List.of(verdicts);
        }
        javafx.scene.control.Menu states = choices("Changed or gone", List.of(ClaimStateFilter.values()), vm.stateFilter(), f -> f + switch (f) {
            case ALL -> "";
            case CHANGED -> " (" + vm.changedCountProperty().get() + ")";
            case ORPHANS -> " (" + vm.orphanCountProperty().get() + ")";
        });
        states.setId("claimsMoreState");
        return List.of(verdicts, states);
    }

    private static <T> javafx.scene.control.Menu choices(String title, List<T> values, javafx.beans.property.Property<T> chosen,
                                                         java.util.function.Function<T, String> label) {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu(title);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (T v : values) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(label.apply(v));
            item.setToggleGroup(group);
            item.setSelected(v.equals(chosen.getValue()));
            item.setOnAction(e -> chosen.setValue(v));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * An empty place of a box's widths (its least, its preferred and its largest) that grows as the box does, there while the box is (managed),
     * so that the boxes beside it are laid out where they stay.
     */
    private static Region standIn(Region box) {
        Region r = new Region();
        r.setMinWidth(box.getMinWidth());
        r.setPrefWidth(box.getPrefWidth());
        // The topic's box grows with room to spare (up to its own largest width): its stand-in too, so the search beside it
        // keeps the width it will have.
        r.setMaxWidth(box.getMaxWidth() > 0 ? box.getMaxWidth() : box.getPrefWidth());
        HBox.setHgrow(r, HBox.getHgrow(box));
        r.managedProperty().bind(box.managedProperty());
        r.setId(box.getId() + "StandIn");
        return r;
    }

    /** Puts the boxes left out of the first step in their places, if they are not there yet. */
    void showAll() {
        for (Region box : later) {
            if (box.getParent() == null) {
                int at = line.getChildren().indexOf(line.lookup("#" + box.getId() + "StandIn"));
                line.getChildren().get(at).managedProperty().unbind();
                line.getChildren().set(at, box);
            }
        }
        arrange();
    }

    /** A state choice with its count: "Changed since marked (2)"; short, for the box itself: "Changed (2)". */
    private javafx.scene.control.ListCell<ClaimStateFilter> stateCell(boolean brief) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ClaimStateFilter f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                int n = switch (f) {
                    case ALL -> -1;
                    case CHANGED -> vm.changedCountProperty().get();
                    case ORPHANS -> vm.orphanCountProperty().get();
                };
                String label = brief ? f.brief() : f.toString();
                setText(n < 0 ? label : label + " (" + n + ")");
            }
        };
    }

    /**
     * Ctrl+Z (and Ctrl+Shift+Z) in the search box undoes (redoes) the workspace's last action while nothing has been typed in
     * the box since the keyboard came to it; once something is typed there, they undo the typing, as in any text box. The
     * keyboard comes back to the box with its query selected after the topic dialog, and Ctrl+Z then undid the query, not
     * the topic just set (factcheck49). The menu's own accelerator runs, so the status line says what was undone.
     */
    private static void workspaceUndoWhenNothingTyped(TextField search) {
        boolean[] typed = {false};
        search.focusedProperty().addListener((o, was, now) -> typed[0] = false);
        search.textProperty().addListener((o, was, now) -> {
            if (search.isFocused()) {
                typed[0] = true;
            }
        });
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!typed[0]) {
                org.claimbench.ui.common.MenuUndo.run(search.getScene(), e);
            }
        });
    }
}
