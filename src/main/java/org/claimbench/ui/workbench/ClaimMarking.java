package org.claimbench.ui.workbench;

import java.util.Optional;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.WorkspaceException;

/** Marks the words selected in a pane as a claim of a source, with the sticky topic if one is set; the status bar says what was marked. */
final class ClaimMarking {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private final StringProperty status;
    private final StringProperty stickyTopic;

    ClaimMarking(WorkspaceModel model, UserMessages messages, StringProperty status, StringProperty stickyTopic) {
        this.model = model;
        this.messages = messages;
        this.status = status;
        this.stickyTopic = stickyTopic;
    }

    /** Marks the pane's selected words as a claim of the source; the claim marked, or empty (nothing selected, or refused). */
    Optional<Claim> tag(ArticlePaneViewModel pane, Source source) {
        Optional<Article> a = pane.article();
        Optional<TextSpan> span = pane.trimmedSelection();
        if (a.isEmpty() || span.isEmpty()) {
            status.set("Select some text of the article first, then tag it.");
            return Optional.empty();
        }
        return model.workspace().flatMap(w -> {
            try {
                String topic = stickyTopic.get().strip();
                Claim c = w.markClaim(a.get().id(), span.get(), source.id(), "", "", topic);
                pane.focusedClaimProperty().set(c.id());
                status.set("Marked a claim of " + source.name() + (topic.isEmpty() ? "" : " on “" + topic + "”") + ": "
                        + org.claimbench.domain.QuoteMarks.endingSentence(c.exact(), 60) + " Ctrl+Z undoes it.");
                return Optional.of(c);
            } catch (WorkspaceException e) {
                messages.error("Cannot mark the claim", e.getMessage());
                return Optional.empty();
            }
        });
    }
}
