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
 * completed as the user types, Enter sets what the box holds, an empty box takes the speaker away.
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
        CompletionPopup.attach(box, known);
        return AskInBox.ask(owner, "Set speaker", "Who said " + QuoteMarks.quoted(claim.exact().replace('\n', ' '), 90) + "?", box,
                claim.speaker(), "Type a name or pick one; Enter sets it. Leave it empty for no speaker.");
    }
}
