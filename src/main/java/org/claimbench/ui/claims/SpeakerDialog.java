package org.claimbench.ui.claims;

import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import org.claimbench.domain.Claim;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.ui.common.CompletionPopup;

/**
 * Asks who said a claim (S in the Claims tab or in a pane, or their right-click menus): the speakers there are
 * completed as the user types, the first one offered highlighted, and Enter sets it, as the README's "completed from the
 * speakers already known" promises (a fact-checker typed "Vlad", saw "Vladimir Putin" offered, pressed Enter and got
 * "Vlad", stop 61); Shift+Enter keeps the words typed as a new name; the OK button and the line above the box say which
 * before the key. An empty box takes the speaker away.
 */
public final class SpeakerDialog {

    private SpeakerDialog() {
    }

    /** The speaker to give a claim ("" for none); empty if cancelled. */
    public static Optional<String> ask(Window owner, Claim claim, List<String> known) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(known));
        box.setId("speakerChoice");
        box.setEditable(true);
        box.setPromptText("A person or a body, e.g. Yuri Ushakov");
        box.setPrefWidth(340);
        CompletionPopup.attach(box, known).takingFirstOffered();
        return AskInBox.ask(owner, "Set speaker", "Who said " + QuoteMarks.quoted(claim.exact().replace('\n', ' '), 90) + "?", box,
                claim.speaker(), HINT, List.of(), SpeakerDialog::okSays, SpeakerDialog::hintSays);
    }

    private static final String HINT = "Type a name or pick one; Enter sets it. Leave it empty for no speaker.";

    /** What OK (and Enter) does with the name it sets, said on the button. */
    static String okSays(String sets) {
        return sets.isEmpty() ? "No speaker" : "Set " + QuoteMarks.quoted(sets, 28);
    }

    /** The line above the box: which name Enter sets, and, where that is not the words typed, what Shift+Enter keeps. */
    static String hintSays(String typed, String sets) {
        if (typed.isEmpty() || sets.equals(typed)) {
            return HINT;
        }
        return "Enter sets " + sets + "; Shift+Enter keeps " + QuoteMarks.quoted(typed, 40) + " as a new name.";
    }
}
