package org.claimbench.ui.article;

import java.util.List;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.claimbench.domain.Article;
import org.claimbench.ui.common.Tooltips;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A pane's header: the article chooser (which is also its title), the article's ⋮ menu, the close
 * button, and the byline under them (outlet, date, claims). Tooltips are made when first pointed
 * at: the header is built off the JavaFX thread with the rest of the workbench.
 */
final class PaneHeader extends VBox {

    private final HBox top;
    private final Label byline;
    private final Button close;

    /** Narrower than this (px; three or four panes at 1024 px), the header keeps its room for the picker. */
    static final double NARROW = 300;
    /**
     * Narrower than this (px; four panes at 1024 px), the × goes to the byline's line: the picker would read fewer than 15
     * characters of its title beside it. Three panes at 1024 px keep a one-click ×, drawn tight (claimbench.css).
     */
    static final double TIGHT = 220;

    /**
     * @param articleMenu the article's menu items, asked for each time the ⋮ menu opens
     */
    PaneHeader(int index, ArticlePaneViewModel vm, ObservableList<Article> articles, PaneActions actions,
               Supplier<List<MenuItem>> articleMenu) {
        super(2);
        // The chooser's stand-in first (ChooserStandIn): the real one, a combo box with its list, is made
        // once the header has been laid out in a window, off the start-up's first frame.
        ChooserStandIn standIn = new ChooserStandIn(index, vm.articleProperty());
        HBox.setHgrow(standIn, Priority.ALWAYS);
        close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("closePane-" + index);
        close.getStyleClass().addAll("flat", "pane-close");
        String key = javafx.scene.input.KeyCombination.keyCombination(PaneActions.CLOSE_KEY).getDisplayText();
        Tooltips.set(close, "Close this pane (" + key + " closes the pane you work in)");
        close.setFocusTraversable(false);
        close.setOnAction(e -> actions.close(vm));
        // The article's menu: its details and text (the same items as the article list's and the Article menu's).
        MenuButton menu = new MenuButton(null, new FontIcon("mdi2d-dots-vertical"));
        menu.setId("paneMenu-" + index);
        menu.getStyleClass().addAll("flat", "pane-menu", "no-arrow");
        Tooltips.set(menu, "This article: edit its details or text, import a new version, earlier versions");
        menu.setFocusTraversable(false);
        menu.setOnShowing(e -> menu.getItems().setAll(articleMenu.get()));
        menu.disableProperty().bind(vm.articleProperty().isNull());
        top = new HBox(4, standIn, menu, close);
        top.setAlignment(Pos.CENTER_LEFT);
        // Four panes at 1024 px left the picker two letters of its title ("Tr…"): in a narrow header the paddings give way
        // (claimbench.css, .pane-header.narrow), and in a tighter one the × goes under them; the picker takes the room left.
        byline = byline(index, vm);
        HBox under = new HBox(0);
        under.getStyleClass().add("pane-byline-row");
        under.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(byline, Priority.ALWAYS);
        widthProperty().addListener((o, was, now) -> {
            boolean narrow = now.doubleValue() > 0 && now.doubleValue() < NARROW;
            boolean tight = now.doubleValue() > 0 && now.doubleValue() < TIGHT;
            // In a tight header the × goes to the byline's line, at its right end: one click closes the pane as in a wider
            // one (in the ⋮ menu it took two, ui47), and the picker keeps the room beside the ⋮. Only there is the byline
            // in a row with it: a wider header keeps its byline as before (in a row always, TagBarPlacementUiTest's
            // selections near the bottom of three panes at 1024 px fell a line off).
            if (tight && close.getParent() != under) {
                top.getChildren().remove(close);
                getChildren().set(1, under);
                under.getChildren().setAll(byline, close);
            } else if (!tight && close.getParent() != top) {
                under.getChildren().clear();
                getChildren().set(1, byline);
                top.getChildren().add(close);
            }
            top.setSpacing(narrow ? 0 : 4);
            if (narrow != getStyleClass().contains("narrow")) {
                if (narrow) {
                    getStyleClass().add("narrow");
                } else {
                    getStyleClass().remove("narrow");
                }
            }
        });

        getChildren().addAll(top, byline);
        getStyleClass().add("pane-header");
        standIn.whenLaidOut(() -> top.getChildren().set(0, chooser(index, vm, articles, actions)));
    }

    /** The header's height with its byline hidden (px): the title's row, and under it the × where the header is tight. */
    double leastHeight() {
        return snappedTopInset() + top.prefHeight(-1) + snappedBottomInset() + (close.getParent() == top ? 0 : getSpacing() + close.prefHeight(-1));
    }

    /** The header's height with its byline shown (px), whether it is shown now or not. */
    double fullHeight() {
        return snappedTopInset() + top.prefHeight(-1) + getSpacing() + byline.prefHeight(getWidth()) + snappedBottomInset();
    }

    /** Shows the byline (outlet, date, claims) or hides it, giving its line to the text below. */
    void showByline(boolean shown) {
        byline.setVisible(shown);
        byline.setManaged(shown);
    }

    /**
     * The byline: outlet, date, claims count, all three made to fit the pane's width, on one line or two ({@link Byline#fit});
     * the whole line in its tooltip. Three panes at 1024 px cut it at the end, the count first, with no way to read it.
     */
    private static Label byline(int index, ArticlePaneViewModel vm) {
        Label byline = new Label();
        byline.setId("paneByline-" + index);
        byline.getStyleClass().add("pane-byline");
        byline.setMinWidth(0);
        // As wide as the header whatever it says: a shortened line must not shrink the room it is fitted to.
        byline.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        Runnable fit = () -> {
            Byline parts = vm.bylineProperty().get();
            double room = byline.getWidth() - byline.snappedLeftInset() - byline.snappedRightInset();
            if (parts == null || room <= 0) {
                byline.setText(vm.headerProperty().get());
                return;
            }
            measure.setFont(byline.getFont());
            byline.setText(parts.fit(s -> {
                measure.setText(s);
                return measure.getLayoutBounds().getWidth();
            }, room));
        };
        vm.bylineProperty().addListener((o, was, now) -> fit.run());
        byline.widthProperty().addListener((o, was, now) -> fit.run());
        byline.fontProperty().addListener((o, was, now) -> fit.run());
        fit.run();
        // The whole line, and what "(event)" after its date means where it says it.
        Tooltips.bind(byline, javafx.beans.binding.Bindings.createStringBinding(() -> vm.headerProperty().get()
                + vm.article().flatMap(a -> a.metadata().dateNote()).map(n -> "\n" + n).orElse(""), vm.headerProperty()));
        return byline;
    }

    /** The article chooser, which is also the pane's title. */
    private static ComboBox<Article> chooser(int index, ArticlePaneViewModel vm, ObservableList<Article> articles, PaneActions actions) {
        ComboBox<Article> chooser = new ComboBox<>(articles);
        chooser.setId("articleChooser-" + index);
        chooser.setPromptText("Choose an article…");
        chooser.setMaxWidth(Double.MAX_VALUE);
        // A fixed preferred width: otherwise the skin measures article titles to size itself.
        chooser.setPrefWidth(200);
        chooser.setVisibleRowCount(16);
        // Its list measures only the rows it shows to size its popup (by default every article, at every layout).
        chooser.getProperties().put("comboBoxRowsToMeasureWidth", 16);
        org.claimbench.ui.common.PopupWidth.keepInWindow(chooser);
        chooser.setCellFactory(l -> new ArticleCell());
        chooser.setButtonCell(new ArticleCell(false));
        chooser.setValue(vm.articleProperty().get());
        vm.articleProperty().addListener((o, old, a) -> {
            if (chooser.getValue() != a) {
                chooser.setValue(a);
            }
        });
        chooser.setOnAction(e -> {
            Article a = chooser.getValue();
            if (a != null && (vm.article().isEmpty() || vm.article().get().id() != a.id())) {
                actions.choose(vm, a);
            }
        });
        HBox.setHgrow(chooser, Priority.ALWAYS);
        // The title is the chooser's (in bold): one line for both saves the text a line of height.
        chooser.getStyleClass().add("pane-title-chooser");
        // The whole title (the chooser cuts it), made when first pointed at: no window is made while the workbench is built.
        Tooltips.bind(chooser, javafx.beans.binding.Bindings.createStringBinding(() -> vm.articleProperty().get() == null
                ? "Choose the article this pane shows"
                : vm.articleProperty().get().title() + "\n(click to show another article here)", vm.articleProperty()));
        return chooser;
    }
}
