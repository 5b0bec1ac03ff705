package org.claimbench.ui.articles;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.TextOrigin;

/**
 * What can be done to one article's details and text, as menu items: the article list's context
 * menu, the Article menu of the menu bar (the article of the pane worked in) and each pane's header
 * menu offer the same, so it is found wherever the user looks.
 */
public final class ArticleMenus {

    private ArticleMenus() {
    }

    /**
     * Edit details…, Edit text…, Import a new version…, Earlier versions…: acting on the article
     * the supplier gives when chosen (none: the item does nothing). ids are prefixed with idPrefix.
     */
    public static List<MenuItem> detailsAndText(String idPrefix, Supplier<Article> article, Supplier<Window> owner, ArticleActions actions) {
        MenuItem edit = item(idPrefix + "EditDetails", "Edit details…", article, a -> ArticleMetadataDialog.show(owner.get(), a, actions.inferredEvent(a), actions.events())
                .ifPresent(m -> actions.updateMetadata(a, m)));
        MenuItem text = item(idPrefix + "EditText", "Edit text…", article, a -> ArticleTextDialogs.edit(owner.get(), a, actions.text(a),
                actions.claimsOf(a), actions.look()).ifPresent(t -> actions.revise(a, t, TextOrigin.EDIT)));
        MenuItem version = item(idPrefix + "NewVersion", "Import a new version…", article, a -> ArticleTextDialogs.chooseVersionFile(owner.get(), a)
                .ifPresent(t -> actions.revise(a, t, TextOrigin.FILE)));
        MenuItem versions = item(idPrefix + "Versions", "Earlier versions…", article, a -> VersionsDialog.show(owner.get(), a, actions.versions(a),
                actions.text(a), actions.drawnClaims(a)).ifPresent(v -> actions.revise(a, v.text(), TextOrigin.RESTORE)));
        return List.of(edit, text, version, versions);
    }

    /**
     * Set event…: the event of the articles the supplier gives when chosen (none: the item does nothing), all in one
     * undoable step ({@link SetEventDialog}); id {@code idPrefix + "SetEvent"}.
     */
    public static MenuItem setEvent(String idPrefix, Supplier<List<Article>> articles, Supplier<Window> owner, ArticleActions actions) {
        MenuItem i = new MenuItem("Set event\u2026");
        i.setId(idPrefix + "SetEvent");
        i.setOnAction(e -> {
            List<Article> chosen = articles.get();
            if (!chosen.isEmpty()) {
                SetEventDialog.show(owner.get(), chosen, actions.events()).ifPresent(event -> actions.setEvent(chosen, event));
            }
        });
        return i;
    }

    private static MenuItem item(String id, String text, Supplier<Article> article, java.util.function.Consumer<Article> action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> {
            Article a = article.get();
            if (a != null) {
                action.accept(a);
            }
        });
        return i;
    }
}
