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
    /** The notice shown last, placed by {@link #placeIn}: hidden when the next one comes (JavaFX thread only). */
    private javafx.stage.PopupWindow lastNotice;

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
            java.util.Optional<javafx.geometry.Bounds> room = noticeRoom();
            // Within the room's width, the notice's own padding and the scroll bar's aside.
            double roomWidth = room.map(r -> r.getWidth() - SCROLL_BAR_ROOM - NOTICE_PADDING).orElse(Double.MAX_VALUE);
            text.setWrappingWidth(Math.max(160, Math.min(roomWidth, Math.min(NOTICE_WIDTH, Math.max(200, owner.getWidth() / 2)))));
            // At the window's top right, then moved into the room: at the foot (ControlsFX's place) it covered the suggestions'
            // filter and the Why pane a reviewer reads for six seconds (student59, 1024 × 700); at the top right, the toolbar's
            // sticky boxes and the right pane's article box and × (stop 59's leftover).
            Notifications notice = Notifications.create().title(title).graphic(text).owner(owner).hideAfter(Duration.seconds(6))
                    .position(javafx.geometry.Pos.TOP_RIGHT);
            if (dark.get()) {
                notice.darkStyle();
                text.setStyle("-fx-fill: #ebebeb;");
            }
            // One notice at a time: ControlsFX moves a notice still shown to its own stack's place when the next comes,
            // which put it back over the toolbar or on top of the new one (review61).
            if (lastNotice != null) {
                lastNotice.hide();
                lastNotice = null;
            }
            notice.show();
            room.ifPresent(r -> lastNotice = placeIn(text, r));
        });
    }

    /** Room the notice may cover for its six seconds without covering a control: the width of a pane's text and its scroll bar. */
    private static final double SCROLL_BAR_ROOM = 20;
    /** The notice's own width beside its words (ControlsFX's notification bar: padding and the close button's room), about 81 px. */
    private static final double NOTICE_PADDING = 85;

    /**
     * Where the notice goes: at the top right of the rightmost text a view marked with the style class {@code notice-room}
     * (a pane's article text, under its header and clear of its scroll bar), in screen coordinates; empty if none is shown.
     */
    private java.util.Optional<javafx.geometry.Bounds> noticeRoom() {
        if (owner.getScene() == null) {
            return java.util.Optional.empty();
        }
        return owner.getScene().getRoot().lookupAll(".notice-room").stream().filter(n -> n.isVisible() && n.getScene() != null)
                .map(n -> n.localToScreen(n.getLayoutBounds())).filter(b -> b != null && b.getWidth() > 0 && b.getHeight() > 0)
                .max(java.util.Comparator.comparingDouble(javafx.geometry.Bounds::getMaxX));
    }

    /**
     * Moves the notice holding {@code text} so that its box stands at the top right of {@code room}, clear of its scroll bar,
     * and keeps it there as the box takes its width (it is laid out after it is shown, and its popup window keeps the width
     * it had: placed by the window's width, the box stood 80 px left of its place, over the left pane's scroll bar, in a
     * real window at 1024 × 700), never past the screen's edge. Gives the notice's popup window, null if ControlsFX's is not found.
     */
    private static javafx.stage.PopupWindow placeIn(Text text, javafx.geometry.Bounds room) {
        if (text.getScene() == null || !(text.getScene().getWindow() instanceof javafx.stage.PopupWindow popup)
                || !(text.getScene().getRoot().lookup(".notification-bar") instanceof javafx.scene.layout.Region bar)) {
            return null;
        }
        if (bar.getMinWidth() > room.getWidth() - SCROLL_BAR_ROOM - 10) {
            // ControlsFX makes every notice 400 px wide at least, wider than a pane at 1024 px: the words' width rules.
            bar.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        }
        Runnable place = () -> {
            // The popup window as narrow as its box now: its transparent rest would still take the clicks under it.
            popup.sizeToScene();
            javafx.geometry.Bounds box = bar.localToScreen(bar.getLayoutBounds());
            if (box != null && box.getWidth() > 0) {
                popup.setX(popup.getX() + room.getMaxX() - SCROLL_BAR_ROOM - box.getMaxX());
                popup.setY(popup.getY() + room.getMinY() + 6 - box.getMinY());
            }
            // Never past the screen's edge, whatever the room's bounds were when taken (the window moved or resized since).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(popup.getX(), popup.getY(), 1, 1).stream()
                    .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
            popup.setX(Math.max(screen.getMinX(), Math.min(popup.getX(), screen.getMaxX() - popup.getWidth())));
            popup.setY(Math.max(screen.getMinY(), Math.min(popup.getY(), screen.getMaxY() - popup.getHeight())));
        };
        bar.layoutBoundsProperty().addListener((o, was, now) -> place.run());
        place.run();
        return popup;
    }
}
