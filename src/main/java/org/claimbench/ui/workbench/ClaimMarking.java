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
        Optional<Article> a = pane.article();
        Optional<TextSpan> span = pane.trimmedSelection();
        if (a.isEmpty() || span.isEmpty()) {
            status.set("Select some text of the article first, then tag it.");
            return Optional.empty();
        }
        return model.workspace().flatMap(w -> {
            try {
                String topic = stickyTopic.get().strip();
                String speaker = speakerFor(a.get().id(), span.get(), source);
                Claim c = w.markClaim(a.get().id(), span.get(), source.id(), speaker, "", topic);
                pane.focusedClaimProperty().set(c.id());
                status.set("Marked a claim of " + source.name() + (speaker.isEmpty() ? "" : " (" + speaker + ")")
                        + (topic.isEmpty() ? "" : " on “" + topic + "”") + ": "
                        + org.claimbench.domain.QuoteMarks.endingSentence(c.exact(), 60) + " Ctrl+Z undoes it.");
                return Optional.of(c);
            } catch (WorkspaceException e) {
                messages.error("Cannot mark the claim", e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * Adds a source of this name (the next number key) and tags the pane's selected words as its claim; a claim refused (the
     * user told why) takes the new source with it, so that the failed action changes nothing. The claim marked is handed to
     * {@code shown} before the status bar says what was done.
     */
    void tagAsNewSource(ArticlePaneViewModel pane, String name, org.claimbench.ui.sources.SourceLegendViewModel legend,
            java.util.function.Consumer<Claim> shown) {
        if (pane.article().isEmpty() || pane.trimmedSelection().isEmpty()) {
            status.set("Select some text of the article first, then tag it.");
            return;
        }
        Optional<Source> added = legend.added(name);
        if (added.isEmpty()) {
            return;
        }
        Source s = added.get();
        Optional<Claim> marked = tag(pane, s);
        if (marked.isEmpty()) {
            model.workspace().ifPresent(w -> w.undo());
            return;
        }
        shown.accept(marked.get());
        int key = legend.keyOf(s);
        status.set("Added the source “" + s.name() + "”" + (key <= 9 ? " (key " + key + ")" : "") + " and marked a claim of it: "
                + org.claimbench.domain.QuoteMarks.endingSentence(marked.get().exact(), 60) + " Ctrl+Z undoes the claim, then the source.");
    }
}
