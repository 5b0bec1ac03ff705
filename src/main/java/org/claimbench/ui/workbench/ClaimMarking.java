package org.claimbench.ui.workbench;

import java.util.Optional;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * Marks the words selected in a pane as a claim of a source, with the sticky topic if one is set, and the speaker of the
 * suggested statement those words mark if there is one; the status bar says what was marked.
 */
final class ClaimMarking {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private final StringProperty status;
    private final StringProperty stickyTopic;
    /** The suggested statement the words of an article mark, if any (its speaker is the claim's). */
    private final java.util.function.BiFunction<Long, TextSpan, Optional<org.claimbench.analysis.ClaimSuggestion>> suggested;

    ClaimMarking(WorkspaceModel model, UserMessages messages, StringProperty status, StringProperty stickyTopic,
                 java.util.function.BiFunction<Long, TextSpan, Optional<org.claimbench.analysis.ClaimSuggestion>> suggested) {
        this.model = model;
        this.messages = messages;
        this.status = status;
        this.stickyTopic = stickyTopic;
        this.suggested = suggested;
    }

    /**
     * The speaker of a claim marked by hand over the words of a suggested statement: the suggestion's, when it names no
     * source or the one the user chose (the user agrees with it); "" otherwise (a claim tagged with another source than
     * the suggestion's speaker speaks for is the user's reading, not that speaker's).
     */
    private String speakerFor(long articleId, TextSpan span, Source source) {
        return suggested.apply(articleId, span)
                .filter(s -> s.source().isEmpty() || s.source().get().equalsIgnoreCase(source.name()))
                .map(org.claimbench.analysis.ClaimSuggestion::speaker).orElse("");
    }

    /** Marks the pane's selected words as a claim of the source; the claim marked, or empty (nothing selected, or refused). */
    Optional<Claim> tag(ArticlePaneViewModel pane, Source source) {
        if (pane.article().isEmpty() || pane.trimmedSelection().isEmpty()) {
            status.set("Select some text of the article first, then tag it.");
            return Optional.empty();
        }
        return model.workspace().flatMap(w -> {
            try {
                Claim c = mark(w, pane, source);
                status.set("Marked a claim of " + source.name() + (c.speaker().isEmpty() ? "" : " (" + c.speaker() + ")")
                        + (stickyTopic.get().isBlank() ? "" : " on “" + stickyTopic.get().strip() + "”") + ": "
                        + org.claimbench.domain.QuoteMarks.endingSentence(c.exact(), 60) + " Ctrl+Z undoes it.");
                return Optional.of(c);
            } catch (WorkspaceException e) {
                messages.error("Cannot mark the claim", e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Marks the pane's selected words (there are some) as a claim of the source, with the sticky topic; throws where refused. */
    private Claim mark(Workspace w, ArticlePaneViewModel pane, Source source) {
        long articleId = pane.article().orElseThrow().id();
        TextSpan span = pane.trimmedSelection().orElseThrow();
        Claim c = w.markClaim(articleId, span, source.id(), speakerFor(articleId, span, source), "", stickyTopic.get().strip());
        pane.focusedClaimProperty().set(c.id());
        return c;
    }

    /**
     * Adds a source of this name (the next number key) and tags the pane's selected words as its claim, as one undo step
     * ("Tag as new source …"): a claim refused takes the new source with it, so that the failed action changes nothing. The
     * claim marked is handed to {@code shown} before the status bar says what was done.
     */
    void tagAsNewSource(ArticlePaneViewModel pane, String name, org.claimbench.ui.sources.SourceLegendViewModel legend,
            java.util.function.Consumer<Claim> shown) {
        if (pane.article().isEmpty() || pane.trimmedSelection().isEmpty()) {
            status.set("Select some text of the article first, then tag it.");
            return;
        }
        model.workspace().ifPresent(w -> {
            Source[] added = {null};
            Claim marked;
            try {
                marked = w.inOneStep("Tag as new source " + name.strip(), () -> {
                    added[0] = w.addSource(name, null);
                    return mark(w, pane, added[0]);
                });
            } catch (WorkspaceException | IllegalArgumentException e) {
                messages.error(added[0] == null ? "Cannot add the source" : "Cannot mark the claim", e.getMessage());
                return;
            }
            shown.accept(marked);
            int key = legend.keyOf(added[0]);
            status.set("Added the source “" + added[0].name() + "”" + (key <= 9 ? " (key " + key + ")" : "")
                    + " and marked a claim of it: " + org.claimbench.domain.QuoteMarks.endingSentence(marked.exact(), 60)
                    + " Ctrl+Z undoes both.");
        });
    }
}
