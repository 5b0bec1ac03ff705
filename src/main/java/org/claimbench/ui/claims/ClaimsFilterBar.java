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
    /** The first line, and the second one, in the bar only while it holds the {@link #tail}. */
    private final HBox line = new HBox(SPACING);
    private final HBox more = new HBox(SPACING);
    /** What goes on the second line where one line has no room even with the verdict and the state folded: the clear button, the count. */
    private final List<Region> tail;
    /** The filters folded into {@link #overflow} where the line has no room for them: the verdict's box and the state's. */
    private final List<Region> folded;
    private final MenuButton overflow = new MenuButton();

    /** @param topicColour a topic's colour as drawn, by its label (none for a label that is no topic) */
    ClaimsFilterBar(ClaimsTableViewModel vm, WorkspaceModel model, java.util.function.Function<String, java.util.Optional<String>> topicColour,
                    boolean inTwoSteps) {
        super(SPACING);
        this.vm = vm;
        TextField search = new TextField();
        search.setId("claimsSearch");
        // The prompt shows how to ask for several words at once: one search for a question that several words name.
        search.setPromptText("Find: a OR b");
        search.setTooltip(new Tooltip("Show claims whose quote, note, speaker or source has words starting with this text (“war” finds “wars”, not "
                + "“aware”); words joined by OR (or |) find any of them.\nEnter selects the claims found; Ctrl+Enter adds them to those selected, "
                + "which stay listed, so that several searches make one selection for one T"));
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

        ComboBox<String> topic = new ComboBox<>(vm.topics());
        topic.setId("claimsTopicFilter");
        topic.valueProperty().bindBidirectional(vm.topicFilter());
        // Each topic with its colour, as the table and the topic list show it; the one chosen whole in the tooltip, as the
        // box cuts a question at its width ("How long …": student45).
        java.util.function.Function<String, String> colourOf = label -> topicColour.apply(label).orElse(null);
        topic.setCellFactory(l -> topicCell(colourOf));
        topic.setButtonCell(topicCell(colourOf));
        Tooltip topicTip = new Tooltip();
        topicTip.textProperty().bind(Bindings.createStringBinding(() -> topic.getValue() == null
                || ClaimsTableViewModel.ALL_TOPICS.equals(topic.getValue()) ? "Show only claims about one topic"
                : "Showing only claims of " + (ClaimsTableViewModel.NO_TOPIC.equals(topic.getValue()) ? "no topic"
                : "the topic “" + topic.getValue() + "”"), topic.valueProperty()));
        topic.setTooltip(topicTip);

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

        Label count = new Label();
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
        topic.setPrefWidth(140);
        verdict.setPrefWidth(135);
        state.setPrefWidth(190);
        search.setMinWidth(104);
        sources.setMinWidth(122);
        article.setMinWidth(118);
        speaker.setMinWidth(86);
        topic.setMinWidth(122);
        verdict.setMinWidth(130);
        state.setMinWidth(108);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        // The count gives way first: the Claims tab's title says it too ("Claims (12 of 40)"). Cut, it is not shown at all:
        // "112 cla…" says less than nothing.
        count.setMinWidth(0);
        javafx.beans.InvalidationListener whole = o -> count.setOpacity(count.getWidth() + 0.5 >= count.prefWidth(-1) ? 1 : 0);
        count.widthProperty().addListener(whole);
        count.textProperty().addListener(whole);
        later = List.of(topic, verdict, state);
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
        setPadding(new Insets(6, 6, 6, 6));
        widthProperty().addListener((o, a, b) -> arrange());
        state.managedProperty().addListener((o, a, b) -> arrange());
    }

    /**
     * One line where every box has its least width on it; else the verdict's and the state's boxes folded into
     * {@link #overflow}; else, with them folded, the {@link #tail} on a second line. Decided on the boxes' least widths
     * (fixed numbers), not their widths now, so that it does not flip back and forth.
     */
    private void arrange() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        // Not while the start-up's stand-ins hold the places of the later boxes (showAll arranges once they are in).
        if (room <= 0 || line.getChildren().stream().anyMatch(n -> n.getId() != null && n.getId().endsWith("StandIn"))) {
            return;
        }
        List<Node> all = new java.util.ArrayList<>(line.getChildren());
        all.addAll(more.getChildren());
        all.remove(overflow);
        all.removeAll(folded);
        double rest = need(all);
        boolean fold = rest + need(folded) + SPACING * folded.stream().filter(Node::isManaged).count() > room + 0.5;
        boolean twoLines = fold && rest + overflow.minWidth(-1) + SPACING > room + 0.5;
        if (fold != isFolded()) {
            // In the topic's box's place's wake: the folded boxes follow it, and so does the button that holds them.
            Node topic = later.get(0);
            if (fold) {
                line.getChildren().removeAll(folded);
                line.getChildren().add(line.getChildren().indexOf(topic) + 1, overflow);
            } else {
                line.getChildren().remove(overflow);
                line.getChildren().addAll(line.getChildren().indexOf(topic) + 1, folded);
            }
        }
        if (twoLines && more.getChildren().isEmpty()) {
            line.getChildren().removeAll(tail);
            more.getChildren().setAll(tail);
            getChildren().add(more);
        } else if (!twoLines && !more.getChildren().isEmpty()) {
            more.getChildren().clear();
            getChildren().remove(more);
            line.getChildren().addAll(tail.stream().filter(n -> n.getParent() == null).toList());
        }
    }

    private boolean isFolded() {
        return overflow.getParent() != null;
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
     * An empty place of a box's widths (its least and its preferred), there while the box is (managed),
     * so that the boxes beside it are laid out where they stay.
     */
    private static Region standIn(Region box) {
        Region r = new Region();
        r.setMinWidth(box.getMinWidth());
        r.setPrefWidth(box.getPrefWidth());
        r.setMaxWidth(box.getPrefWidth());
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

    /** A topic's choice: its label with its colour's dot (none for "All topics" and "No topic"). */
    private static javafx.scene.control.ListCell<String> topicCell(java.util.function.Function<String, String> colourOf) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                String colour = empty || label == null ? null : colourOf.apply(label);
                setText(empty ? null : label);
                setGraphic(colour == null ? null : org.claimbench.ui.common.ColourDot.of(colour, 5));
            }
        };
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
