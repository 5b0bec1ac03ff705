package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableStringValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The workbench's first frame at start-up holds only what the user needs to read and mark (the
 * article panes with their articles, the sources' legend's header and the splits around them); the menu
 * bar with the toolbar (its buttons a frame before its sticky choices), the article list, the legend's list of sources (an empty list of its size:
 * {@code SourceLegendView}), the tabs below the panes and the status bar are plain
 * stand-ins of their final size and look here, and the real controls take their places over the next frames
 * ({@link WorkbenchView}). The stand-ins' heights are those of the real bars in both themes
 * (AtlantaFX Primer, JavaFX's default font), so nothing moves when they are replaced;
 * FirstFrameUiTest checks that.
 *
 * <p>A key pressed while the menus are stand-ins is not lost: from the first key with Shortcut,
 * Alt or Meta held, or a function key (a menu's accelerator, which has no menu to act yet), that
 * key and every key after it are held back, in order, and handed to the window once the menus are
 * real ({@link #replay}): a Ctrl+Z before the 1 that follows it is still undone first. So is a click on a
 * menu's name: the menu clicked last opens once the real menus are there ({@link #openClickedMenu}).
 */
final class FirstFrame {

    /**
     * The menu bar's height and the toolbar's under it, in pixels (measured on the real bars: each is there
     * without the other's stand-in for a frame, so each must match, not only their sum).
     */
    static final double MENU_BAR_HEIGHT = 36;
    static final double TOOL_BAR_HEIGHT = 42;
    /** The status bar's height (measured on the real one). */
    static final double STATUS_BAR_HEIGHT = 30;

    /** The height of the row of tab headers above the lists below the panes (measured on the real one). */
    static final double TAB_HEADER_HEIGHT = 34;

    private static final List<String> TABS = List.of("Claims", "Contradictions", "Suggestions");
    private static final List<String> MENUS = List.of("File", "Edit", "Article", "View", "Help");
    /** The room on each side of a menu's name in the menu bar, in pixels. */
    private static final double MENU_ROOM = 13.5;

    /** The scene's filter that holds keys back ({@link #hold}), one instance so that it can be taken off. */
    private final EventHandler<KeyEvent> holding = this::hold;

    /** Keys held back until the menus are real; null once they are. */
    private List<KeyEvent> held = new ArrayList<>();

    /** The name of the menu clicked on its stand-in ("Help"), or null: it opens once the menus are real. */
    private String clickedMenu;

    /**
     * Starts holding keys meant for the menus that are not there yet, for the window whose root is given: at its scene, once
     * it has one. (At the root they were lost while nothing in the window had the keyboard, before its first pulse: the
     * toolkit then sends keys to the scene itself, past the root.)
     */
    FirstFrame(Node root) {
        if (root.getScene() != null) {
            root.getScene().addEventFilter(KeyEvent.ANY, holding);
        }
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.ANY, holding);
            }
            if (now != null && held != null) {
                now.addEventFilter(KeyEvent.ANY, holding);
            }
        });
    }

    /**
     * The menu bar and the toolbar as they look before they act, a click on a menu's name remembered: the menu opens
     * once the real menus are there (a newcomer's first two clicks on Help did nothing at start-up).
     */
    Region menusStandInRemembering() {
        Region standIn = menusStandIn();
        standIn.lookupAll(".menu-stand-in").forEach(n -> n.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                clickedMenu = ((Label) n).getText();
                e.consume();
            }
        }));
        return standIn;
    }

    /** Opens the menu of the real bar whose name was clicked on its stand-in, if one was; then forgets the click. */
    void openClickedMenu(MenuBar bar) {
        String name = clickedMenu;
        clickedMenu = null;
        if (name != null) {
            bar.getMenus().stream().filter(m -> name.equals(m.getText())).findFirst().ifPresent(Menu::show);
        }
    }

    private void hold(KeyEvent e) {
        if (held == null) {
            return;
        }
        if (held.isEmpty() && !(e.getEventType() == KeyEvent.KEY_PRESSED && forMenus(e))) {
            return;
        }
        held.add(e);
        e.consume();
    }

    private static boolean forMenus(KeyEvent e) {
        return e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.getCode().isFunctionKey();
    }

    /**
     * The menus are real and their accelerators in the scene: the keys held back are fired again,
     * in order, at what they were aimed at (or at what has the keyboard now, if that is gone), and
     * from now on keys pass as usual.
     */
    void replay(Scene scene) {
        List<KeyEvent> keys = held;
        held = null;
        scene.removeEventFilter(KeyEvent.ANY, holding);
        for (KeyEvent e : keys) {
            EventTarget target = e.getTarget() instanceof Node n && n.getScene() == scene ? n
                    : scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            Event.fireEvent(target, e.copyFor(target, target));
        }
    }

    /** How many keys are held back now (0 once the menus are real). */
    int heldKeys() {
        return held == null ? 0 : held.size();
    }

    /** The menu bar and the toolbar as they look before they act: the menus' names, an empty toolbar. */
    static Region menusStandIn() {
        HBox menus = names(MENUS, MENU_ROOM, "menu-bar-stand-in", MENU_BAR_HEIGHT);
        menus.getChildren().forEach(l -> {
            l.getStyleClass().add("menu-stand-in");
            l.setId("menuStandIn-" + ((Label) l).getText());
        });
        // Each name where the real menu's will be (measured on the real bar under Xvfb: File, Edit, Article, View and Help
        // centred at 25, 76, 137, 201 and 259 px; with 8 px of room they stood at 23 … 213, and a click on Help's place
        // hit nothing then).
        ((Label) menus.getChildren().get(0)).setPadding(new Insets(0, MENU_ROOM, 0, MENU_ROOM - 4));
        VBox box = new VBox(menus, toolBarStandIn());
        box.setId("menusStandIn");
        return box;
    }

    /** The toolbar as it looks before it acts: empty, of its height (under the real menu bar for a frame). */
    static Region toolBarStandIn() {
        Region tools = new Region();
        tools.setId("toolBarStandIn");
        tools.getStyleClass().add("tool-bar-stand-in");
        fixHeight(tools, TOOL_BAR_HEIGHT);
        return tools;
    }

    /**
     * Holds a real toolbar, still without its sticky choices for a frame, at the height it has with them
     * (its buttons alone are lower); returns it.
     */
    static <T extends Region> T holdToolBarHeight(T bar) {
        bar.setMinHeight(TOOL_BAR_HEIGHT);
        return bar;
    }

    /** Lets the toolbar take its own height again, once its sticky choices are in it; returns it. */
    static <T extends Region> T releaseToolBarHeight(T bar) {
        bar.setMinHeight(Region.USE_COMPUTED_SIZE);
        return bar;
    }

    /** The status bar before it is real: the status line only. */
    static Region statusStandIn(ObservableStringValue status) {
        Label line = new Label();
        line.textProperty().bind(status);
        HBox bar = new HBox(line);
        bar.setId("statusStandIn");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar-stand-in");
        fixHeight(bar, STATUS_BAR_HEIGHT);
        return bar;
    }

    /** The tabs below the panes before they are real: their names in a row of the tab headers' height. */
    static Region tabsStandIn() {
        // Says what is coming: on a loaded machine the lists take seconds after the panes, and an empty area under the tab
        // names read as a window that had failed (newcomer43, a remembered tab blank for about 15 s).
        Label coming = new Label("Opening the claims, contradictions and suggestions…");
        coming.setId("tabsStandInMessage");
        coming.getStyleClass().add("muted");
        StackPane room = new StackPane(coming);
        VBox.setVgrow(room, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(names(TABS, 12, "tab-header-stand-in", TAB_HEADER_HEIGHT), room);
        box.setId("tabsStandIn");
        return box;
    }

    /** The article list's place in the sidebar before it is real: it takes the room the list will. */
    static Region articlesStandIn() {
        Region r = new Region();
        r.setId("articlesStandIn");
        return r;
    }

    /** A row of names (menus, tabs) as labels, each with room on both sides (pixels), of a fixed height. */
    private static HBox names(List<String> names, double room, String styleClass, double height) {
        HBox row = new HBox();
        for (String name : names) {
            Label l = new Label(name);
            l.setPadding(new Insets(0, room, 0, room));
            row.getChildren().add(l);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(styleClass);
        fixHeight(row, height);
        return row;
    }

    private static void fixHeight(Region r, double height) {
        r.setMinHeight(height);
        r.setPrefHeight(height);
        r.setMaxHeight(height);
    }
}
