package org.claimbench.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.claimbench.ui.common.FittingPhrasing;
import org.claimbench.ui.common.FxTaskRunner;
import org.claimbench.ui.common.MessageParts;
import org.claimbench.ui.common.Tooltips;
import org.controlsfx.control.StatusBar;

/** What happened last, on the left; the background task (what it does, its progress and Cancel) on the right. */
final class WorkbenchStatusBar extends StatusBar {

    /** Takes a message off the line when another action starts; kept here, as the window list holds its listener weakly. */
    private final StaleStatus staleStatus;

    WorkbenchStatusBar(WorkbenchViewModel vm, FxTaskRunner runner) {
        staleStatus = new StaleStatus(vm.statusProperty(), System::nanoTime, StaleStatus.STALE_AFTER_NANOS);
        setId("statusBar");
        textProperty().bind(vm.statusProperty());
        staleStatus.watch(this);
        // A message longer than the bar is said in fewer of its parts (MessageParts: whole sentences from the front, the
        // essential first), and only a first part too long even alone is cut with "…"; the whole of it shows when the mouse
        // rests on the bar. A message taken off as stale stays there ("Earlier: …"), so an instruction cleared is not lost.
        Tooltips.bind(this, Bindings.createStringBinding(() -> getText() == null || getText().isEmpty()
                ? StaleStatus.earlier(staleStatus.clearedProperty().get()) : getText(), textProperty(), staleStatus.clearedProperty()));
        skinProperty().addListener((o, was, skin) -> fitMessages());
        Label counts = new Label();
        counts.setId("workspaceCounts");
        Runnable updateCounts = () -> counts.setText(vm.model().workspace()
                .map(w -> plural(w.articles().size(), "article") + " · " + plural(w.claimCount(), "claim") + " · "
                        + org.claimbench.domain.ContradictionTally.of(w.contradictions()))
                .orElse("No workspace open"));
        vm.model().onClaimsChanged(e -> updateCounts.run());
        vm.model().onContradictionsChanged(updateCounts);
        vm.model().articles().addListener((javafx.collections.ListChangeListener<Object>) c -> updateCounts.run());
        // A new or another workspace (File › New, Open): its articles can be as many as the last one's (none and none), so the
        // list's change alone did not always come; the counts kept the file before's.
        vm.model().workspaceProperty().addListener((o, was, now) -> updateCounts.run());
        updateCounts.run();
        // What is on the right keeps its width; the message on the left gives way (and is cut with "…").
        counts.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setPadding(new javafx.geometry.Insets(0, 6, 0, 8));
        getRightItems().add(counts);
        // A file written that no program opened: its path, to paste where the user wants it.
        Button copy = new Button("Copy path");
        copy.setId("copyWrittenPath");
        Tooltips.set(copy, "Put the path of the file just written on the clipboard");
        copy.visibleProperty().bind(vm.writtenFileProperty().isNotNull());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            java.nio.file.Path p = vm.writtenFileProperty().get();
            if (p != null) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(p.toString());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                vm.statusProperty().set("Copied " + p + " to the clipboard.");
            }
        });
        vm.statusProperty().addListener((o, was, now) -> {
            java.nio.file.Path p = vm.writtenFileProperty().get();
            if (p != null && (now == null || !now.contains(p.toString()))) {
                vm.writtenFileProperty().set(null);
            }
        });
        getRightItems().add(0, copy);
        if (runner != null) {
            Button cancel = new Button("Cancel");
            cancel.setId("cancelTask");
            Tooltips.set(cancel, "Stop the work in progress");
            cancel.visibleProperty().bind(runner.lastingTask().isNotNull());
            cancel.managedProperty().bind(cancel.visibleProperty());
            cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cancel.setOnAction(e -> {
                Task<?> t = runner.lastingTask().get();
                if (t != null) {
                    t.cancel();
                }
            });
            getRightItems().add(0, cancel);
            // What the work in progress is, beside its progress and Cancel: the message on the left keeps saying what the
            // user did last ("… Ctrl+Z undoes it"), and Cancel says what it stops.
            Label task = new Label();
            task.setId("taskMessage");
            task.setMaxWidth(260);
            task.setPadding(new javafx.geometry.Insets(0, 4, 0, 8));
            task.visibleProperty().bind(cancel.visibleProperty());
            task.managedProperty().bind(task.visibleProperty());
            getRightItems().add(0, task);
            // Only work that lasts shows its progress: a bar flashing for a moment after each mark says nothing.
            java.util.function.Consumer<Task<?>> showTask = t -> {
                progressProperty().unbind();
                task.textProperty().unbind();
                if (t == null) {
                    setProgress(0);
                    task.setText("");
                } else {
                    progressProperty().bind(t.progressProperty());
                    // A job that reports progress with no words keeps its title ("Suggesting claims"): Cancel alone said
                    // nothing of what it stops (newcomer33, at the first start).
                    task.textProperty().bind(Bindings.createStringBinding(() -> t.getMessage() == null || t.getMessage().isBlank()
                            ? t.getTitle() : t.getMessage(), t.messageProperty(), t.titleProperty()));
                }
            };
            runner.lastingTask().addListener((o, old, t) -> showTask.accept(t));
            // The status bar is built a few frames after the window opens (FirstFrame): work that had lasted already by then
            // showed Cancel with no words beside it (newcomer33, at the first start).
            showTask.accept(runner.lastingTask().get());
        }
    }

    /**
     * The skin's label shows the longest phrasing of the message that fits ({@link FittingPhrasing}) rather than the bar's
     * text cut in its middle; the bar's own text (and tooltip, and what assistive tools read) stays the whole message.
     */
    private void fitMessages() {
        if (lookup(".status-label") instanceof Label shown && !shown.getProperties().containsKey(MessageParts.class)) {
            shown.getProperties().put(MessageParts.class, Boolean.TRUE);
            shown.textProperty().unbind();
            Runnable fit = () -> FittingPhrasing.show(shown, shownPhrasings(getText()));
            textProperty().addListener((o, was, now) -> fit.run());
            fit.run();
            WholeStatusMessage.install(shown, this, textProperty());
        }
    }

    /**
     * What the bar may show of a message, longest first: the message whole; else its first parts whole ({@link MessageParts})
     * with "…" after them, so that the line says there is more (in its tooltip, wrapped); else the first part with the folders
     * of a path in it left out, its file's name kept; else the first part cut at a word, or after a path's "/", with "…". One line always: the bar never grows, so the panes above it never jump. Before, a
     * first part too long was cut in its middle ("Exported the workspace as JSON to...ferry desk/default.json."), mid-sentence
     * and with nothing left to read of the cut (seen at 1024 × 700, round ui44), and the parts left out were left out
     * silently.
     */
    static java.util.List<String> shownPhrasings(String message) {
        java.util.List<String> parts = MessageParts.phrasings(message == null ? "" : message);
        java.util.List<String> out = new java.util.ArrayList<>(parts.subList(0, 1));
        for (int i = 1; i < parts.size(); i++) {
            out.add(parts.get(i) + " …");
        }
        String first = parts.get(parts.size() - 1);
        // A path in it keeps its file's name: its folders give way from the second on ("/tmp/…/reports/f.html"), as file
        // managers shorten a path; the words before it stay whole.
        int path = first.indexOf(" /") + 1;
        if (path > 0) {
            String head = first.substring(0, path);
            String p = first.substring(path);
            int second = p.indexOf('/', 1);
            for (int sep = second < 0 ? -1 : p.indexOf('/', second + 1); sep > 0; sep = p.indexOf('/', sep + 1)) {
                out.add(head + p.substring(0, second + 1) + "…" + p.substring(sep));
            }
            int last = p.lastIndexOf('/');
            if (last > 0) {
                out.add(head + "…" + p.substring(last));
            }
            // Then the file name's first words: its end and extension stay ("… what each side said.html").
            for (int space = p.indexOf(' ', Math.max(last, 0)); space > 0; space = p.indexOf(' ', space + 1)) {
                out.add(head + "…" + p.substring(space + 1));
            }
        }
        for (int end = first.length() - 1; end > 0; end--) {
            char c = first.charAt(end);
            if (c == ' ' || c == '/' || c == '\\') {
                String cut = first.substring(0, c == ' ' ? end : end + 1).stripTrailing();
                // Not after an opening mark ("said “…"): the cut goes before the word it opens.
                if (!cut.isEmpty() && "(“\"‘[«".indexOf(cut.charAt(cut.length() - 1)) < 0) {
                    out.add(cut + "…");
                }
            }
        }
        return out;
    }

        static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
