package org.claimbench.app;

import java.util.List;

import org.claimbench.settings.AppDirs;
import org.claimbench.workspace.sqlite.SqliteNativeLibrary;

/**
 * Loads classes the start-up is about to need on a core of its own, while the workbench is built
 * on another and the JavaFX thread draws the opening face: RichTextFX and its ReactFX plumbing, the
 * icon font's enums, ControlsFX, SQLite and its native library (the workspace opens as soon as the
 * workbench is built), and the skins and
 * behaviours of the workbench's controls, which JavaFX makes in the window's first styling pass on
 * its own thread (a good part of that pass was loading and verifying them). Started once the window
 * is shown: started earlier, it slowed the toolkit's own start on two cores. Skins are loaded and
 * initialised only, never made: nothing here needs the toolkit or makes a node.
 */
final class ClassWarmer {

    /**
     * Not a class: here the SQLite driver's native library is loaded (from the copy kept in the app's
     * folder, {@link SqliteNativeLibrary}: about 70 ms of processor time, against 160-190 ms when the
     * driver extracts it to the temporary folder) and its default connection settings made (their date format reads the
     * calendar's locale data): the workspace opens on the background thread as soon as the
     * workbench is built, and would otherwise do all that first.
     */
    private static final String DATABASE = "(the SQLite driver's native library)";

    /** What the first frame needs: the icon font, SQLite, the skins of the first frame's controls. */
    private static final List<String> FIRST_FRAME = List.of(
            "org.fxmisc.richtext.model.StyleSpansBuilder",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignF",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignC",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignU",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignR",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignL",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignV",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignP",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignA",
            "org.kordamp.ikonli.materialdesign2.MaterialDesign2FIkonHandler",
            "org.sqlite.JDBC",
            "org.sqlite.SQLiteConnection",
            DATABASE,
            // The skins and behaviours of the first frame's controls (buttons, split panes, text field, menu
            // buttons, the light text's scroll bar). The lists' (the legend's, the article list) come after ready
            // to mark, first in LATER: the first frame has stand-ins of both.
            "javafx.scene.control.skin.ScrollBarSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.MenuButtonSkin",
            "com.sun.javafx.scene.control.behavior.ButtonBehavior",
            "com.sun.javafx.scene.control.behavior.ScrollBarBehavior",
            "com.sun.javafx.scene.control.behavior.TextFieldBehavior",
            "com.sun.javafx.scene.control.behavior.MenuButtonBehavior");

    /**
     * What the frames after the first need (started once the first frame is laid out, so that none of it
     * is on the way to the articles shown): the lists' skins, RichTextFX and its ReactFX plumbing, whose area takes the
     * place of each pane's light text ({@code LightArticleText}) right after the first frame, then ...
     */
    private static final List<String> LATER = List.of(
            // The lists' skins first: the article list and the legend's list with its check boxes come a few frames
            // after the first (RichTextFX's areas are made on a thread of their own, AreaBuild, which loads its classes).
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.ListCellSkin",
            "javafx.scene.control.skin.CheckBoxSkin",
            "com.sun.javafx.scene.control.behavior.ListViewBehavior",
            "com.sun.javafx.scene.control.behavior.ListCellBehavior",
            "org.fxmisc.richtext.GenericStyledArea",
            "org.fxmisc.richtext.InlineCssTextArea",
            "org.fxmisc.richtext.model.ReadOnlyStyledDocument",
            "org.fxmisc.richtext.ParagraphBox",
            "org.fxmisc.richtext.ParagraphText",
            "org.fxmisc.richtext.GenericStyledAreaBehavior",
            "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.flowless.VirtualizedScrollPane",
            "org.fxmisc.wellbehaved.event.template.InputMapTemplate",
            "org.reactfx.EventStreams",
            "org.reactfx.value.Val",
            "org.reactfx.collection.LiveList",
            // ... what replaces the first frame's stand-ins a frame later (FirstFrame): the menu bar, the
            // toolbar, the status bar (ControlsFX, with its progress bar), the tabs below the panes, the
            // panes' article choosers (combo boxes).
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "com.sun.javafx.scene.control.behavior.ComboBoxListViewBehavior",
            "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.ToolBarSkin",
            "impl.org.controlsfx.skin.StatusBarSkin",
            "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.control.skin.TabPaneSkin",
            "com.sun.javafx.scene.control.behavior.TabPaneBehavior",
            "org.claimbench.ui.claims.ClaimsTableView",
            // The claims table, built in the frame after the workbench is laid out (the tab in sight first).
            "javafx.scene.control.TableView",
            "javafx.scene.control.TableColumn",
            "javafx.scene.control.TableCell",
            "javafx.scene.control.TableRow",
            "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.skin.TableHeaderRow",
            "javafx.scene.control.skin.NestedTableColumnHeader",
            "javafx.scene.control.skin.TableColumnHeader",
            "javafx.scene.control.skin.TableRowSkin",
            "javafx.scene.control.skin.TableCellSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.ScrollPaneSkin",
            "com.sun.javafx.scene.control.behavior.TableViewBehavior",
            "com.sun.javafx.scene.control.behavior.TableRowBehavior",
            "com.sun.javafx.scene.control.behavior.TableCellBehavior",
            "com.sun.javafx.scene.control.behavior.ToggleButtonBehavior",
            "com.sun.javafx.scene.control.behavior.ScrollPaneBehavior");

    private ClassWarmer() {
    }

    /**
     * Loads what the first frame needs, on a thread of its own.
     *
     * @param dirs the app's folders: the SQLite driver's native library is kept between starts in their cache
     *     ({@link SqliteNativeLibrary})
     */
    static void start(AppDirs dirs) {
        start(FIRST_FRAME, dirs);
    }

    /** Loads what the frames after the first need, on a thread of its own; call once the first frame is laid out. */
    static void startLater() {
        start(LATER, null);
    }

    private static void start(List<String> classes, AppDirs dirs) {
        Thread t = new Thread(() -> {
            ClassLoader loader = ClassWarmer.class.getClassLoader();
            for (String name : classes) {
                if (name.equals(DATABASE)) {
                    warmDatabase(dirs);
                    continue;
                }
                try {
                    // Enums of icons, the SQLite driver, skins and behaviours are initialised (linked and
                    // verified too); the rest only loaded.
                    boolean init = name.contains("ikonli") || name.startsWith("org.sqlite") || name.contains(".skin.") || name.contains(".behavior.");
                    Class.forName(name, init, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a warm-up: the class loads again when needed, and fails there if it must
                }
            }
            StartupTimer.mark("warmed");
        }, "claimbench-class-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY + 1);
        t.start();
    }

    private static void warmDatabase(AppDirs dirs) {
        try {
            SqliteNativeLibrary.useCacheIn(dirs.nativeLibraries(), dirs.earlierNativeLibraries());
            // The same way as opening a workspace loads it (with its fallback), so the driver tries only once.
            SqliteNativeLibrary.load();
            new org.sqlite.SQLiteConfig();
        } catch (Exception | LinkageError e) {
            // only a warm-up: opening the workspace loads the library again and says what failed, if it must
        }
    }
}
