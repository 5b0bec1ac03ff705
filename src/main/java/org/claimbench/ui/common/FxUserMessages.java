package org.claimbench.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Errors as dialogs a person can read (never a stack trace), and short notices as ControlsFX
 * notifications. Dialogs do not block: the work that failed is already over.
 */
public final class FxUserMessages implements UserMessages {

    private Window owner;

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        FxThread.run(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(title);
            alert.setHeaderText(title);
            Label text = new Label(message);
            text.setWrapText(true);
            text.setMaxWidth(520);
            text.setId("errorMessage");
            alert.getDialogPane().setContent(text);
            alert.setResizable(true);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
        });
    }

    @Override
    public void notify(String title, String message) {
        FxThread.run(() -> {
            if (owner == null || !owner.isShowing()) {
                return;
            }
            Notifications.create().title(title).text(message).owner(owner).hideAfter(Duration.seconds(4)).showInformation();
        });
    }
}
