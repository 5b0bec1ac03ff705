package org.claimbench.ui.suggestions;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.claimbench.analysis.speakers.SpeakerNames;
import org.claimbench.ui.common.ReviewCursor;

/**
 * A on a suggested claim whose speaker has no source yet asks whom they speak for in place, at the top of the detail area
 * under the list, not in a modal dialog: a reviewer pressing A in series kept pressing A into a dialog that had not got the
 * keyboard (26 presses lost, student-run51). While the question stands on the row chosen, 1–9 answer with that source (for a
 * named speaker the speaker table remembers, and their other suggestions follow at once, the rule of issue 10; a pronoun or a
 * description, for this claim only, as Assign… does), the claim is accepted and the list goes on; N opens Assign… for a new
 * source; A again skips the row, unaccepted, to the next one and says so. Choosing another row drops the question.
 */
final class SpeakerQuestion {

    private final TableView<ClaimSuggestionRow> table;
    private final ReviewCursor<ClaimSuggestionRow> cursor;
    private final SuggestionsViewModel vm;
    private final Supplier<Window> owner;
    private final Function<ClaimSuggestionRow, Object> key;
    private final Runnable changed;
    /** The row the question stands on (its key), or null. */
    private Object asked;
    /** What is said at the top of the detail area ("" for nothing). */
    private String says = "";
    private boolean moving;

    SpeakerQuestion(TableView<ClaimSuggestionRow> table, ReviewCursor<ClaimSuggestionRow> cursor, SuggestionsViewModel vm,
                    Supplier<Window> owner, Function<ClaimSuggestionRow, Object> key, Runnable changed) {
        this.table = table;
        this.cursor = cursor;
        this.vm = vm;
        this.owner = owner;
        this.key = key;
        this.changed = changed;
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!moving && (asked == null || now == null || !asked.equals(key.apply(now)))) {
                asked = null;
                says = "";
            }
        });
    }

    /** What the detail area says first: the question standing, or what the last A did to it; "" for nothing. */
    String says() {
        return says;
    }

    /** A on an unassigned row: asks in place; on the row already asked, skips it to the next one. */
    void accept(ClaimSuggestionRow row) {
        String speaker = row.suggestion().speaker();
        if (asked != null && asked.equals(key.apply(row))) {
            int at = table.getSelectionModel().getSelectedIndex();
            asked = null;
            String skipped = "Skipped, not accepted: " + (speaker.isBlank() ? "its source" : speaker + "'s source") + " is not known. "
                    + "1–" + Math.min(9, vm.sources().size()) + " on it later accept it as that source, Assign… (or N) asks.";
            moving = true;
            try {
                if (at + 1 < table.getItems().size()) {
                    cursor.select(at + 1);
                }
            } finally {
                moving = false;
            }
            says = skipped;
            // On the status bar too, where A says what it did: A pressed in series skipped rows unseen (student-run52).
            vm.say(skipped);
            changed.run();
            return;
        }
        asked = key.apply(row);
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < Math.min(9, vm.sources().size()); i++) {
            keys.append(i == 0 ? "" : " · ").append(i + 1).append(' ').append(vm.sources().get(i).name());
        }
        says = (row.speakerKind() == SpeakerNames.Kind.NAME
                ? "Whom does " + speaker + " speak for? " + keys + ", N a new source: the speaker table remembers, and "
                        + speaker + "'s other suggestions follow."
                : "Which source is this claim from? The article says only “" + speaker + "”. " + keys
                        + ", N a new source: for this claim only.")
                + " The claim is accepted with it. A again skips it.";
        changed.run();
    }

    /**
     * A key while the question stands on the row chosen: 1–9 answer, N opens Assign… for a new source. Whether the key was
     * taken (false: no question stands, or another key).
     */
    boolean key(KeyCode code) {
        ClaimSuggestionRow row = table.getSelectionModel().getSelectedItem();
        if (asked == null || row == null || !asked.equals(key.apply(row))) {
            return false;
        }
        int n = org.claimbench.ui.common.SourceKeys.number(code);
        if (n >= 1 && n <= Math.min(9, vm.sources().size())) {
            org.claimbench.domain.Source source = vm.sources().get(n - 1);
            boolean onlyThis = row.speakerKind() != SpeakerNames.Kind.NAME;
            asked = null;
            says = "";
            cursor.act(r -> vm.assign(r, source, null, onlyThis, true), r -> true);
            changed.run();
            return true;
        }
        if (code == KeyCode.N) {
            asked = null;
            says = "";
            changed.run();
            cursor.actIf(r -> SpeakerAssignDialog.show(owner.get(), vm, r, true), r -> true);
            return true;
        }
        return false;
    }
}
