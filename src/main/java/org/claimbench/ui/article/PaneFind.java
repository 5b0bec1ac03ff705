package org.claimbench.ui.article;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.TextSearch;

/**
 * Find in one pane's text (Ctrl+F): every place of a phrase, drawn with a box; one of them chosen,
 * drawn filled, selected and scrolled to; the next and previous round the text.
 */
public final class PaneFind {

    private final Supplier<String> text;
    private final Consumer<List<TextSpan>> restyle;
    private final Consumer<TextSpan> select;
    private List<TextSpan> found = List.of();
    private int at = -1;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    PaneFind(Supplier<String> text, Consumer<List<TextSpan>> restyle, Consumer<TextSpan> select) {
        this.text = text;
        this.restyle = restyle;
        this.select = select;
    }

    /** A phrase to find with the hit at an offset chosen, asked from outside the pane (Find in All Articles); the find bar opens on it. */
    public record Request(String phrase, int at) {
    }

    private final javafx.beans.property.ObjectProperty<Request> requested = new javafx.beans.property.SimpleObjectProperty<>();

    public javafx.beans.property.ReadOnlyObjectProperty<Request> requestedProperty() {
        return requested;
    }

    /** Opens the pane's find bar on a phrase, the hit at an offset chosen. */
    public void request(String phrase, int at) {
        requested.set(null);
        requested.set(new Request(phrase, at));
    }

    /** "3 of 12", "No match", or "" when nothing is sought. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the phrase stands in the text, in order. */
    public List<TextSpan> found() {
        return found;
    }

    /** The hit chosen, if any. */
    public java.util.Optional<TextSpan> current() {
        return at < 0 || at >= found.size() ? java.util.Optional.empty() : java.util.Optional.of(found.get(at));
    }

    /**
     * Finds every place of a phrase, ignoring case; chooses the first one at or after near. A blank
     * phrase clears the search.
     */
    public void find(String phrase, int near) {
        List<TextSpan> before = found;
        found = TextSearch.hits(text.get(), phrase);
        at = -1;
        for (int i = 0; i < found.size() && at < 0; i++) {
            if (found.get(i).start() >= near) {
                at = i;
            }
        }
        if (at < 0 && !found.isEmpty()) {
            at = 0;
        }
        // Restyled once the hit chosen is known, so it is drawn filled from the first frame.
        restyle.accept(before);
        restyle.accept(found);
        show(phrase == null || phrase.isBlank());
    }

    /** The next hit (step 1) or the one before (step -1), round the text. */
    public void next(int step) {
        if (found.isEmpty()) {
            return;
        }
        TextSpan was = found.get(at < 0 ? 0 : at);
        at = Math.floorMod(at + step, found.size());
        // The hit left and the hit reached are drawn anew: only the one the user is on is filled.
        restyle.accept(List.of(was, found.get(at)));
        show(false);
    }

    private void show(boolean blank) {
        if (found.isEmpty()) {
            status.set(blank || text.get().isEmpty() ? "" : "No match");
            return;
        }
        status.set((at + 1) + " of " + found.size());
        select.accept(found.get(at));
    }

    /** Ends the search: the boxes go. */
    public void clear() {
        List<TextSpan> before = found;
        reset();
        restyle.accept(before);
    }

    /** Forgets the hits without redrawing (another text is shown). */
    void reset() {
        found = List.of();
        at = -1;
        status.set("");
    }
}
