package org.claimbench.ui.claims;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * From the claims' search box into the table, as in a mail client's search: {@code ↓} goes to the first claim found,
 * {@code Enter} selects every claim found (one claim found is also shown in its article, outlined; with no words, the
 * claims another filter lists, never every claim), so that one key more gives them all a topic ({@code T}), a source ({@code
 * 1}–{@code 9}) or a verdict. Grouping claims into topics by a word (a student's "ceasefire") took a click on a row and
 * {@code Ctrl+A} besides; {@code ↓} and {@code Ctrl+A}, tried from the box, selected the box's own text, and {@code T}
 * then replaced the search with "t".
 */
final class SearchIntoTable {

    private SearchIntoTable() {
    }

    /**
     * Wires {@code search} to {@code table}; {@code vm} tells which rows the search finds and keeps the claims gathered by
     * Enter and Ctrl+Enter listed; its commands put a line on the status bar and tell what it says now; {@code tagKeys}
     * names the keys that tag with a source ("1–5" with five sources, {@code TagKeys.range}). Call on the JavaFX thread.
     */
    static void install(TextField search, TableView<ClaimRow> table, ClaimsTableViewModel vm, Supplier<String> tagKeys) {
        ClaimCommands commands = vm.commands();
        Consumer<String> say = commands::say;
        String[] said = {null};
        // The line Enter said follows the selection while it is on the status bar: rows ctrl+clicked out of it (or back)
        // change how many are selected; another action's line ends the following.
        javafx.beans.InvalidationListener follow = o -> {
            if (said[0] != null && said[0].equals(commands.shown())) {
                said[0] = selectedLine(table, vm, search, tagKeys);
                say.accept(said[0]);
            } else {
                said[0] = null;
            }
        };
        table.getSelectionModel().getSelectedIndices().addListener(follow);
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && !search.getText().isBlank()) {
                // Esc clears the words, as a search box does (a fact-checker's Esc did nothing, stop 61); in an empty
                // search it goes on as before.
                e.consume();
                say.accept(cleared(search, table, vm));
                return;
            }
            // Ctrl+Enter adds the claims found to those selected, kept listed across the search's change: several searches
            // make one selection before one T (a student's question rarely lies under one word: factcheck49).
            boolean add = e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            if (!add && (e.isShortcutDown() || e.isAltDown() || e.isShiftDown())) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && search.getText().isBlank() && table.getItems().size() >= vm.allRows().size()
                    && !table.getItems().isEmpty()) {
                // No words and no other filter: Enter selected every claim (C8, a student at 1024 × 700), two of which would
                // be a pair to link. It selects the claims listed only where another filter lists fewer than all (the
                // "No topic" claims left for a last question, student-run50); here it says what Enter is for.
                e.consume();
                say.accept("Type words first: Enter selects the claims they find. Ctrl+A in the list selects every claim.");
                return;
            }
            List<ClaimRow> found = table.getItems().stream().filter(vm.gathering()::found).toList();
            if (found.isEmpty()) {
                // Enter on a search that found nothing selects nothing, and says so: left to the window, it acted on
                // the claim selected before the search, which the table no longer shows.
                if (e.getCode() == KeyCode.ENTER && !search.getText().isBlank()) {
                    e.consume();
                    int kept = table.getSelectionModel().getSelectedItems().size();
                    say.accept("No claim matches \u201c" + search.getText().strip() + "\u201d: " + (add && kept > 0
                            ? "nothing is added; the " + (kept == 1 ? "claim" : kept + " claims") + " selected stay" + (kept == 1 ? "s" : "") + " so."
                            : "nothing is selected."));
                }
                return;
            }
            if (e.getCode() == KeyCode.DOWN && !add) {
                e.consume();
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
                table.scrollTo(0);
            } else if (e.getCode() == KeyCode.ENTER) {
                // With no words, Enter selects the claims the other filters list (the "No topic" filter's claims left over
                // for a last question, student-run50), as the prompt's "Enter selects the claims found" promises; with no
                // filter at all it selects nothing (above).
                e.consume();
                table.requestFocus();
                List<Long> ids = found.stream().map(ClaimRow::id).toList();
                var sm = table.getSelectionModel();
                if (add) {
                    vm.gathering().gather(ids, true, () -> selectWhere(table, r -> vm.gathering().kept(r.id())));
                } else {
                    // Enter selects the claims found alone: those kept from earlier searches leave the list.
                    vm.gathering().gather(ids, false, sm::selectAll);
                }
                java.util.Set<Long> wanted = java.util.Set.copyOf(ids);
                int first = 0;
                while (first < table.getItems().size() && !wanted.contains(table.getItems().get(first).id())) {
                    first++;
                }
                table.getFocusModel().focus(Math.min(first, table.getItems().size() - 1));
                table.scrollTo(Math.min(first, table.getItems().size() - 1));
                vm.gathering().searchChose(table.getSelectionModel().getSelectedItems());
                said[0] = selectedLine(table, vm, search, tagKeys);
                if (!add && table.getSelectionModel().getSelectedItems().size() == 1) {
                    // One claim found: Enter shows it in its article, scrolled to and outlined, as a double-click on its row
                    // does (factcheck57 found the claim selected and its article off screen). The selection's line says it
                    // (the jump's line and the selection's, joined, were cut at 1280 px); the keyboard stays in the table.
                    String before = commands.shown();
                    vm.jumpTo(table.getSelectionModel().getSelectedItem());
                    String jumped = commands.shown();
                    if (jumped != null && !jumped.equals(before) && !jumped.isBlank()) {
                        said[0] = said[0].replaceFirst(" is selected: ", " is selected and shown in its article, outlined: ");
                    }
                    table.requestFocus();
                }
                say.accept(said[0]);
            }
        });
    }

    /** Clears the search's words; what the table lists then, said on the status line. */
    static String cleared(TextField search, TableView<ClaimRow> table, ClaimsTableViewModel vm) {
        String words = search.getText().strip();
        search.clear();
        int n = table.getItems().size();
        int all = vm.allRows().size();
        return "Search \u201c" + words + "\u201d cleared: " + (n == all ? (all == 1 ? "the claim is" : "all " + all + " claims are") + " listed again."
                : n + " of the " + all + " claims are listed (the other filters stay).");
    }

    /** Selects, in one call, the rows that pass {@code test} (those selected stay so where they pass it). */
    static void selectWhere(TableView<ClaimRow> table, java.util.function.Predicate<ClaimRow> test) {
        int[] at = new int[table.getItems().size()];
        int n = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (test.test(table.getItems().get(i))) {
                at[n++] = i;
            }
        }
        table.getSelectionModel().clearSelection();
        if (n > 0) {
            table.getSelectionModel().selectIndices(at[0], java.util.Arrays.copyOfRange(at, 1, n));
        }
    }

    /**
     * How many of the claims listed are selected, and what one key does with them: "The 5 claims found are selected: …";
     * with claims kept from earlier searches listed beside those found, how many of each; with claims found by their
     * speaker or source, how many.
     */
    static String selectedLine(TableView<ClaimRow> table, ClaimsTableViewModel vm, TextField search, Supplier<String> tagKeys) {
        int n = table.getItems().size();
        int k = table.getSelectionModel().getSelectedIndices().size();
        String found = search.getText().isBlank() ? "shown" : "found";
        long byWords = table.getItems().stream().filter(r -> vm.gathering().found(r) && vm.gathering().whyListed(r).isEmpty()).count();
        long byWho = table.getItems().stream().filter(r -> vm.gathering().found(r) && !vm.gathering().whyListed(r).isEmpty()).count();
        long kept = n - byWords - byWho;
        if (search.getText().isBlank()) {
            byWho = 0;
            kept = 0;
        }
        String what = kept > 0 ? "listed" : found;
        String how = kept > 0 ? " (" + (n - kept) + " found, " + kept + " kept from before)"
                : byWho > 0 ? " (" + byWho + " by " + (byWho == 1 ? "its" : "their") + " speaker or source)" : "";
        if (k == 0) {
            return n == 1 ? "The claim " + what + " is not selected." : "None of the " + n + " claims " + what + how + " is selected.";
        }
        String which = k == n ? (n == 1 ? "The claim " + what + how + " is" : "The " + n + " claims " + what + how + " are")
                : k + " of the " + n + " claims " + what + how + (k == 1 ? " is" : " are");
        return which + " selected: T gives " + (k == 1 ? "it" : "them") + " a topic, " + tagKeys.get() + " a source.";
    }
}
