package org.claimbench.workspace;

import java.nio.file.Path;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** Small helpers for tests that use real workspace files in temporary folders. */
public final class TempWorkspaces {

    private TempWorkspaces() {
    }

    public static Article addArticle(Workspace w, String title, String text) {
        return w.addArticle(new ArticleDraft(ArticleMetadata.titled(title), text)).article();
    }

    public static Workspace create(Path dir, String name) {
        return Workspace.create(dir.resolve(name + ".claimbench"));
    }
}
