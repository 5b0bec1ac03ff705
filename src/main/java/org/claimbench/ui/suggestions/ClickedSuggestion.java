package org.claimbench.ui.suggestions;

import java.util.function.Function;

import javafx.scene.control.TableView;
import org.claimbench.ui.common.ReviewCursor;

/**
 * The suggested claim whose dotted words were clicked last in a pane, kept by its key (article and span, so that it
 * survives the list being made again) until the next Ctrl+3 chooses it in the list. The click itself moves nothing: the
 * pane's place, the keyboard and the claims picked to link stay as they were (factcheck51, and the review of its fix).
 */
final class ClickedSuggestion {

    private final Function<ClaimSuggestionRow, Object> keyOf;
    /** The key of the suggestion clicked, or null. */
    private Object key;

    ClickedSuggestion(Function<ClaimSuggestionRow, Object> keyOf) {
        this.keyOf = keyOf;
    }

    void remember(ClaimSuggestionRow row) {
        key = keyOf.apply(row);
    }

    /**
     * Selects the clicked suggestion's row in {@code table} through {@code cursor} (which shows it in the panes when the list
     * is in sight), the list's filters cleared if they hide it; then forgets it. Nothing if none was clicked or it is gone
     * (accepted, dismissed, another workspace).
     */
    void selectIn(SuggestionsViewModel vm, TableView<ClaimSuggestionRow> table, ReviewCursor<ClaimSuggestionRow> cursor) {
        Object k = key;
        key = null;
        ClaimSuggestionRow row = k == null ? null : vm.claims().stream().filter(r -> keyOf.apply(r).equals(k)).findFirst().orElse(null);
        if (row != null && !vm.filter().shown().contains(row)) {
            vm.filter().clear();
        }
        int at = row == null ? -1 : table.getItems().indexOf(row);
        if (at >= 0) {
            cursor.select(at);
        }
    }
}
