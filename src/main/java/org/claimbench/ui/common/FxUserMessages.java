package org.claimbench.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Errors as dialogs a person can read (never a stack trace), and short notices as ControlsFX
 * notifications. Dialogs do not block: the work that failed is already over.
 */
public final class FxUserMessages implements UserMessages {

    /** The widest a notice's text runs before it wraps, in pixels. */
    private static final double NOTICE_WIDTH = 420;

    private Window owner;

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** Whether the window is in the dark theme: notices take ControlsFX's dark style (its light one kept dark-grey titles). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        FxThread.run(() -> {
            Alert alert = alert(Alert.AlertType.ERROR, title, message, "errorMessage");
            alert.setResizable(true);
            alert.show();
        });
    }

    /** A dialog with one button per choice and Cancel; the choice is handed on when it closes. */
    @Override
    public void ask(String title, String message, java.util.List<String> choices, java.util.function.IntConsumer onChoice) {
        FxThread.run(() -> {
            Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, "askMessage");
            java.util.List<javafx.scene.control.ButtonType> buttons = new java.util.ArrayList<>();
            for (String c : choices) {
                buttons.add(new javafx.scene.control.ButtonType(c, buttons.isEmpty()
                        ? javafx.scene.control.ButtonBar.ButtonData.OK_DONE : javafx.scene.control.ButtonBar.ButtonData.OTHER));
            }
            alert.getButtonTypes().setAll(buttons);
            alert.getButtonTypes().add(javafx.scene.control.ButtonType.CANCEL);
            // Each choice as wide as its words: made as wide as the widest, three of them did not fit and were cut
            // ("Mark a new claim as ...").
            for (javafx.scene.control.ButtonType type : alert.getButtonTypes()) {
                javafx.scene.control.ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(type), false);
            }
            alert.setOnHidden(e -> onChoice.accept(alert.getResult() == null ? -1 : buttons.indexOf(alert.getResult())));
            alert.show();
        });
    }

    /** An alert titled so, its message wrapped in a label with this id, owned by the window when there is one. */
    private Alert alert(Alert.AlertType type, String title, String message, String messageId) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setId(messageId);
        alert.getDialogPane().setContent(text);
        if (owner != null) {
            alert.initOwner(owner);
            // Put on the window, a third of the way down: left to itself, the dialog came up beside the window (a newcomer
            // saw one with its left edge off the screen), placed before its buttons had their width.
            Window on = owner;
            alert.setOnShown(e -> {
                javafx.geometry.Rectangle2D screen = DialogsOnScreen.screenOf(on);
                alert.setX(DialogsOnScreen.within(on.getX() + Math.max(0, (on.getWidth() - alert.getWidth()) / 2), alert.getWidth(), screen.getMinX(), screen.getMaxX()));
                alert.setY(DialogsOnScreen.within(on.getY() + Math.max(0, (on.getHeight() - alert.getHeight()) / 3), alert.getHeight(), screen.getMinY(), screen.getMaxY()));
            });
        }
        return alert;
    }

    @Override
    public void notify(String title, String message) {
        FxThread.run(() -> {
            if (owner == null || !owner.isShowing()) {
                return;
            }
            // The notice's words wrap at a width of their own: left to ControlsFX they were one line as wide as the words, and
            // a long notice ran off the window's left edge at 1024 × 700. A Text, not a wrapping Label: its height is its
            // wrapped height before any layout, which the notice's bar reads to place itself (a Label gave one line's height,
            // and the notice ran off the window's foot).
            Text text = new Text(message);
            text.setId("noticeMessage");
            text.setWrappingWidth(Math.min(NOTICE_WIDTH, Math.max(200, owner.getWidth() / 2)));
            // At the window's top right, over the menu bar's empty end and the toolbar's: at the foot (ControlsFX's place) it
            // covered the suggestions' filter and the Why pane a reviewer reads for six seconds (student59, 1024 × 700).
            Notifications notice = Notifications.create().title(title).graphic(text).owner(owner).hideAfter(Duration.seconds(6))
                    .position(javafx.geometry.Pos.TOP_RIGHT);
            if (dark.get()) {
                notice.darkStyle();
                text.setStyle("-fx-fill: #ebebeb;");
            }
            notice.show();
        });
    }
}
