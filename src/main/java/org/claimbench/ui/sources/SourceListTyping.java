package org.claimbench.ui.sources;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;

/**
 * Typing in the sources list is the list's own: letters select the first source whose name begins with what was typed
 * in the last second (type-to-select, as in a file manager's or a mail client's lists). A letter typed there never
 * reaches the window's other keys: "UN observers" typed after a click on a source set the speaker of the claim chosen in
 * a pane to "vers" (newcomer37: the S opened the speaker dialog). With no source beginning so, {@code noMatch} is told
 * what was typed (the status line says how to add a source).
 */
final class SourceListTyping {

    /** Letters typed within this many ms of each other make one prefix. */
    static final long PAUSE_MS = 1000;

    private final ListView<SourceRow> list;
    private final Consumer<String> noMatch;
    private final StringBuilder typed = new StringBuilder();
    private long last;

    private SourceListTyping(ListView<SourceRow> list, Consumer<String> noMatch) {
        this.list = list;
        this.noMatch = noMatch;
    }

    /** Makes {@code list} take typed letters as a name to select; {@code noMatch} gets the prefix no name begins with. */
    static void install(ListView<SourceRow> list, Consumer<String> noMatch) {
        SourceListTyping typing = new SourceListTyping(list, noMatch);
        // Pressed letters are consumed so that no key handler of the window (the panes' S and T) sees them.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isLetterKey() && !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown() && !e.isMetaDown()) {
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_TYPED, typing::typed);
    }

    private void typed(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                || Character.isDigit(ch.charAt(0))) {
            return;
        }
        e.consume();
        long now = System.currentTimeMillis();
        if (now - last > PAUSE_MS) {
            typed.setLength(0);
        }
        last = now;
        if (typed.isEmpty() && ch.isBlank()) {
            return;
        }
        typed.append(ch);
        String prefix = typed.toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).source().name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                list.getSelectionModel().clearAndSelect(i);
                list.getFocusModel().focus(i);
                list.scrollTo(i);
                return;
            }
        }
        noMatch.accept(typed.toString());
    }
}
