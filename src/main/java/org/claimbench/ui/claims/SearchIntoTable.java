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
     * Wires {@code search} to {@code table}; {@code commands} puts a line on the status bar and tells what it says now;
     * {@code tagKeys} names the keys that tag with a source ("1–5" with five sources, {@code TagKeys.range}). Call on the
     * JavaFX thread.
     */
    static void install(TextField search, TableView<ClaimRow> table, ClaimCommands commands, Supplier<String> tagKeys) {
        Consumer<String> say = commands::say;
        String[] said = {null};
        // The line Enter said follows the selection while it is on the status bar: rows ctrl+clicked out of it (or back)
        // change how many are selected; another action's line ends the following.
        javafx.beans.InvalidationListener follow = o -> {
            if (said[0] != null && said[0].equals(commands.shown())) {
                said[0] = selectedLine(table, search, tagKeys);
                say.accept(said[0]);
            } else {
                said[0] = null;
            }
        };
        table.getSelectionModel().getSelectedIndices().addListener(follow);
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
                said[0] = selectedLine(table, search, tagKeys);
                say.accept(said[0]);
            }
        });
    }

    /** How many of the claims the search found are selected, and what one key does with them. */
    static String selectedLine(TableView<ClaimRow> table, TextField search, Supplier<String> tagKeys) {
        int n = table.getItems().size();
        int k = table.getSelectionModel().getSelectedIndices().size();
        String found = search.getText().isBlank() ? "shown" : "found";
        if (k == 0) {
            return n == 1 ? "The claim " + found + " is not selected." : "None of the " + n + " claims " + found + " is selected.";
        }
        String which = k == n ? (n == 1 ? "The claim " + found + " is" : "The " + n + " claims " + found + " are")
                : k + " of the " + n + " claims " + found + (k == 1 ? " is" : " are");
        return which + " selected: T gives " + (k == 1 ? "it" : "them") + " a topic, " + tagKeys.get() + " a source.";
    }
}
