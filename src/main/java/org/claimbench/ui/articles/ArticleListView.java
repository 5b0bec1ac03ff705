package org.claimbench.ui.articles;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimbench.domain.Article;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/** The workspace's articles: a click shows one in the pane worked in; right-click for more. */
public final class ArticleListView extends VBox {

    private static final String NO_ARTICLES = "No articles yet.\nImport files or drop them here.";
    private static final String NO_WORKSPACE = "No workspace open.\nOpen one with Ctrl+O,\nor make a new one with Ctrl+N.";
    private final Label placeholder = new Label(NO_ARTICLES);

    private final ArticleActions actions;
    private final ListView<Article> list = new ListView<>();
    private final javafx.scene.control.ComboBox<String> eventFilter = new javafx.scene.control.ComboBox<>();
    static final String ALL_EVENTS = "All events";
    /** The filter's last entry where some articles report no event (a pasted one, say): those articles. */
    static final String NO_EVENT = "No event";
    /** Bumped when claim counts change; each visible cell rewrites its byline (no cells rebuilt). */
    private final javafx.beans.property.IntegerProperty countsVersion = new javafx.beans.property.SimpleIntegerProperty();
    /** The articles listed: those of the event chosen in the filter. */
    private final javafx.collections.transformation.FilteredList<Article> shown;
    /** Fills the event filter with the events the articles report now. */
    private final Runnable fillEvents;

    public ArticleListView(ObservableList<Article> articles, ArticleActions actions, Runnable importAction, Runnable pasteAction) {
        this.actions = actions;
        setId("articleListView");
        getStyleClass().add("sidebar-section");
        Label title = new Label("Articles");
        title.getStyleClass().add("section-title");
        Button add = new Button(null, new FontIcon("mdi2f-file-import-outline"));
        add.setId("importArticles");
        add.getStyleClass().add("flat");
        Tooltips.set(add, "Import article files: .txt, .md, .html (Ctrl+I). You can also drop files on the window.");
        add.setOnAction(e -> importAction.run());
        Button paste = new Button(null, new FontIcon("mdi2c-content-paste"));
        paste.setId("pasteArticle");
        paste.getStyleClass().add("flat");
        Tooltips.set(paste, "Add an article from pasted text (Ctrl+Shift+V)");
        paste.setOnAction(e -> pasteAction.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, add, paste);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("articleList");
        // Several articles may be chosen (Ctrl- or Shift-click) to set their event in one step (Set event…).
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // Filtered by the event the articles report (Article details › Event).
        shown = new javafx.collections.transformation.FilteredList<>(articles, a -> true);
        list.setItems(shown);
        eventFilter.setId("articleEventFilter");
        eventFilter.setMaxWidth(Double.MAX_VALUE);
        Tooltips.set(eventFilter, "Show only the articles that report one event (or, with “No event”, those that report none)");
        fillEvents = () -> {
            String chosen = eventFilter.getValue();
            List<String> events = new java.util.ArrayList<>();
            events.add(ALL_EVENTS);
            articles.stream().map(actions::eventOf).filter(e -> !e.isEmpty() && !e.equals(NO_EVENT)).distinct().sorted().forEach(events::add);
            if (articles.stream().anyMatch(a -> actions.eventOf(a).isEmpty())) {
                events.add(NO_EVENT);
            }
            if (!events.equals(eventFilter.getItems())) {
                eventFilter.getItems().setAll(events);
            }
            eventFilter.setValue(events.contains(chosen) ? chosen : ALL_EVENTS);
            // One event or none: nothing to choose between.
            eventFilter.setVisible(events.size() > 2);
            eventFilter.setManaged(events.size() > 2);
        };
        articles.addListener((javafx.collections.ListChangeListener<Article>) c -> fillEvents.run());
        eventFilter.valueProperty().addListener((o, was, now) -> shown.setPredicate(reporting(now)));
        fillEvents.run();
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new ArticleListCell(list, actions, countsVersion, this::menuFor));
        org.claimbench.ui.common.VisibleRows.keepScrollToTrue(list);
        // What a click does is said in each article's tooltip (ArticleListCell.HOW_TO), with its whole title and byline: a
        // tooltip of the list would win over the cells' own (JavaFX shows the outer one), and the empty list says its own.
        list.setAccessibleHelp(ArticleListCell.HOW_TO);
        list.setOnKeyPressed(e -> {
            Article a = list.getSelectionModel().getSelectedItem();
            if (a != null && e.getCode() == KeyCode.ENTER) {
                actions.open(a);
            } else if (a != null && e.getCode() == KeyCode.DELETE) {
                confirmRemove(a);
            }
        });
        getChildren().addAll(header, eventFilter, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(4);
    }

    /** What the empty list says: with no workspace open, how to open one. */
    public void setWorkspaceOpen(boolean open) {
        placeholder.setText(open ? NO_ARTICLES : NO_WORKSPACE);
    }

    /**
     * Whether an article is listed with {@code event} chosen in the filter (null or "All events": every article; "No event":
     * those that report none, neither set nor inferred).
     */
    private java.util.function.Predicate<Article> reporting(String event) {
        if (NO_EVENT.equals(event)) {
            return a -> actions.eventOf(a).isEmpty();
        }
        return a -> event == null || ALL_EVENTS.equals(event) || event.equals(actions.eventOf(a));
    }

    /** The articles' events were inferred afresh: the filter and each visible article's event line show them. */
    public void eventsChanged() {
        // After the change being told now: the build that inferred them may end inside a change of the articles (an
        // article added, its suggestions computed at once), and a filter re-set inside it lists rows the list has not yet.
        javafx.application.Platform.runLater(() -> {
            fillEvents.run();
            String chosen = eventFilter.getValue();
            if (chosen != null && !ALL_EVENTS.equals(chosen)) {
                // Filtered by an event: the articles of it now (a new predicate clears the selection: it is put back).
                Article selected = list.getSelectionModel().getSelectedItem();
                shown.setPredicate(reporting(chosen));
                if (selected != null && list.getItems().contains(selected)) {
                    list.getSelectionModel().select(selected);
                }
            }
            countsVersion.set(countsVersion.get() + 1);
        });
    }

    /** The height of the list's view of its articles (its cells and its border): the room they are given. */
    public javafx.beans.value.ObservableDoubleValue listHeight() {
        return list.heightProperty();
    }

    /**
     * The height the list needs to show {@code articles} articles wholly, each three lines high (a title of two), as its
     * cells are laid out now; 0 while no cell is laid out.
     */
    public double roomFor(int articles) {
        // Shown cells only: the list keeps hidden ones for reuse, with the titles of articles no longer shown (another
        // workspace's), which fed the maximum (review64c 6).
        double cell = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ArticleListCell c && c.isVisible() && c.getItem() != null && c.getHeight() > 0)
                .mapToDouble(n -> ((ArticleListCell) n).tallestHigh()).max().orElse(0);
        return cell == 0 ? 0 : articles * cell + list.snappedTopInset() + list.snappedBottomInset();
    }

    /** Claim counts changed: visible cells show the new ones. */
    public void countsChanged() {
        countsVersion.set(countsVersion.get() + 1);
    }

    private ContextMenu menuFor(Article a) {
        MenuItem open = new MenuItem("Show in current pane");
        open.setOnAction(e -> actions.open(a));
        MenuItem newPane = new MenuItem("Show in a new pane");
        newPane.setOnAction(e -> actions.openInNewPane(a));
        List<MenuItem> details = ArticleMenus.detailsAndText("articleList", () -> a, () -> getScene().getWindow(), actions);
        MenuItem remove = new MenuItem("Remove from workspace…");
        remove.setOnAction(e -> confirmRemove(a));
        // The articles selected, where the one right-clicked is among them; else that one.
        List<Article> selected = selectedArticles();
        MenuItem event = ArticleMenus.setEvent("articleList", () -> selected.contains(a) ? selected : List.of(a), () -> getScene().getWindow(), actions);
        if (selected.contains(a) && selected.size() > 1) {
            event.setText("Set event of the " + selected.size() + " selected\u2026");
        }
        ContextMenu menu = new ContextMenu(open, newPane, details.get(0), event, new SeparatorMenuItem());
        menu.getItems().addAll(details.subList(1, details.size()));
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        return menu;
    }

    private void confirmRemove(Article a) {
        int claims = actions.claimCount(a);
        String withClaims = claims == 0 ? "" : claims == 1 ? " and its claim" : " and its " + claims + " claims";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Remove “" + a.title() + "”" + withClaims
                + " from this workspace? You can undo this with Ctrl+Z.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Remove article");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> actions.remove(a));
    }

    public ListView<Article> list() {
        return list;
    }

    /** The id of the article at the list's top (the first row shown, even in part), 0 with none: where it was scrolled to. */
    public long topArticle() {
        if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            int i = flow.getFirstVisibleCell().getIndex();
            return i >= 0 && i < list.getItems().size() ? list.getItems().get(i).id() : 0;
        }
        return 0;
    }

    /** The articles selected in the list, in the list's order (Ctrl- and Shift-click choose several). */
    public List<Article> selectedArticles() {
        return list.getItems().stream().filter(list.getSelectionModel().getSelectedItems()::contains).toList();
    }

    /** The id of the article selected in the list, 0 with none. */
    public long selectedArticle() {
        Article a = list.getSelectionModel().getSelectedItem();
        return a == null ? 0 : a.id();
    }

    /** The event the list is filtered by, "" when it shows all events. */
    public String eventShown() {
        String e = eventFilter.getValue();
        return e == null || ALL_EVENTS.equals(e) ? "" : e;
    }

    /**
     * Puts the list back as it was left: filtered by {@code event} ("" for all events; an event no article reports any
     * more leaves all shown), the article {@code top} at its top and {@code selected} selected (ids; 0, or an article no
     * longer listed, leaves that part as it is). Selecting shows no article in a pane: the panes have their own
     * remembered articles.
     */
    public void showAsLeft(String event, long top, long selected) {
        if (!event.isEmpty() && eventFilter.getItems().contains(event)) {
            eventFilter.setValue(event);
        }
        List<Article> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == selected) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
            }
        }
        // Scrolled once the list is laid out in its window with its cells measured: at start-up it is built a frame after
        // the workspace opened, and a scroll asked before its first layout ended at the list's bottom in the real window.
        org.claimbench.ui.common.Pulses.whenLaidOut(list, () -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == top) {
                    list.scrollTo(i);
                }
            }
        });
    }

    public void refresh() {
        list.refresh();
    }

}
