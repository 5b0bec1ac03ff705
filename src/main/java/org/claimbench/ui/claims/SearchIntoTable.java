package org.claimbench.ui.claims;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * From the claims' search box into the table, as in a mail client's search: {@code ↓} goes to the first claim found,
 * {@code Enter} selects every claim found, so that one key more gives them all a topic ({@code T}), a source ({@code
 * 1}–{@code 9}) or a verdict. Grouping claims into topics by a word (a student's "ceasefire") took a click on a row and
 * {@code Ctrl+A} besides; {@code ↓} and {@code Ctrl+A}, tried from the box, selected the box's own text, and {@code T}
 * then replaced the search with "t".
 */
final class SearchIntoTable {

    private SearchIntoTable() {
    }

    /**
     * Wires {@code search} to {@code table}; {@code say} puts a line on the status bar; {@code tagKeys} names the keys
     * that tag with a source ("1–5" with five sources, {@code TagKeys.range}). Call on the JavaFX thread.
     */
    static void install(TextField search, TableView<ClaimRow> table, Consumer<String> say, Supplier<String> tagKeys) {
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            if (table.getItems().isEmpty()) {
                // Enter on a search that found nothing selects nothing, and says so: left to the window, it acted on
                // the claim selected before the search, which the table no longer shows.
                if (e.getCode() == KeyCode.ENTER && !search.getText().isBlank()) {
                    e.consume();
                    say.accept("No claim matches \u201c" + search.getText().strip() + "\u201d: nothing is selected.");
                }
                return;
            }
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
                table.scrollTo(0);
            } else if (e.getCode() == KeyCode.ENTER && !search.getText().isBlank()) {
                e.consume();
                table.requestFocus();
                table.getSelectionModel().selectAll();
                table.getFocusModel().focus(0);
                table.scrollTo(0);
                int n = table.getItems().size();
                say.accept((n == 1 ? "The claim found is selected" : "The " + n + " claims found are selected")
                        + ": T gives " + (n == 1 ? "it" : "them") + " a topic, " + tagKeys.get() + " a source.");
            }
        });
    }
}
