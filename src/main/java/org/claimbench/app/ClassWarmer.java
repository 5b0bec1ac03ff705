package org.claimbench.app;

import java.util.List;

/**
 * Loads the heaviest classes on a second core while the first builds the workbench: RichTextFX and
 * its ReactFX plumbing, the icon font's enums, ControlsFX, SQLite. Started once the window is
 * shown: started earlier, it slowed the toolkit's own start on two cores (window shown about 100 ms
 * later, the workbench too). Nothing is initialised that needs the toolkit.
 */
final class ClassWarmer {

    private static final List<String> CLASSES = List.of(
            "org.fxmisc.richtext.GenericStyledArea",
            "org.fxmisc.richtext.InlineCssTextArea",
            "org.fxmisc.richtext.model.ReadOnlyStyledDocument",
            "org.fxmisc.richtext.model.StyleSpansBuilder",
            "org.fxmisc.richtext.ParagraphBox",
            "org.fxmisc.richtext.ParagraphText",
            "org.fxmisc.richtext.GenericStyledAreaBehavior",
            "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.flowless.VirtualizedScrollPane",
            "org.fxmisc.wellbehaved.event.template.InputMapTemplate",
            "org.reactfx.EventStreams",
            "org.reactfx.value.Val",
            "org.reactfx.collection.LiveList",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignF",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignC",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignU",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignR",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignL",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignV",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignP",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignA",
            "org.kordamp.ikonli.materialdesign2.MaterialDesign2FIkonHandler",
            "org.controlsfx.control.CheckComboBox",
            "impl.org.controlsfx.skin.CheckComboBoxSkin",
            "org.controlsfx.control.StatusBar",
            "org.controlsfx.control.Notifications",
            "org.sqlite.JDBC",
            "org.sqlite.SQLiteConnection",
            "atlantafx.base.theme.PrimerLight",
            "org.claimbench.ui.workbench.WorkbenchView",
            "org.claimbench.ui.workbench.WorkbenchMenus",
            "org.claimbench.ui.claims.ClaimsTableView",
            "org.claimbench.ui.article.ArticlePaneView");

    private ClassWarmer() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            ClassLoader loader = ClassWarmer.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    // Enums of icons and the SQLite driver may be initialised; the rest only loaded.
                    boolean init = name.contains("ikonli") || name.startsWith("org.sqlite");
                    Class.forName(name, init, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a warm-up: the class loads again when needed, and fails there if it must
                }
            }
        }, "claimbench-class-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY + 1);
        t.start();
    }
}
