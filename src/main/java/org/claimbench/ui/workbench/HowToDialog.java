package org.claimbench.ui.workbench;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › How to Mark Claims (F1): what to do, in short sections under headings. */
final class HowToDialog {

    /** A heading and its lines. */
    record Section(String heading, List<String> lines) {
    }

    /** The sections after the first, the same for every workspace. */
    private static final List<Section> AFTER_MARKING = List.of(
            new Section("Who said it", List.of(
                    "Click a claim (in an article or its row in the Claims tab), press S and type the speaker's name.")),
            new Section("Link a contradiction", List.of(
                    "Click a claim, then the other (in another pane or the same one), then press Ctrl+L.",
                    "Or select two rows of the Claims tab, then press Ctrl+L.",
                    "Or click one claim, press Ctrl+L and pick its partner from the list (type to filter, Enter links).")),
            new Section("Suggestions", List.of(
                    "Ctrl+3 suggested claims, Ctrl+4 suggested contradictions.",
                    "A accepts (a contradiction is confirmed), Shift+A accepts it open, D dismisses.")),
            new Section("Review", List.of(
                    "Ctrl+2 shows the contradictions, both claims side by side; C confirms, D dismisses, then the next open one.")),
            new Section("Claims table (Ctrl+1)", List.of(
                    "A click on a row outlines its claim in the pane that shows its article; Enter jumps to it (opening its article).",
                    "1–9 retag; S sets the speaker; T sets the topic of the selected claims; V gives a verdict; F2 edits; Delete removes.",
                    "Right-click a row for the same, and Edit › Verdict of Selected Claim… from anywhere.")),
            new Section("Topics", List.of(
                    "Group claims by the question they answer (\"How long was the call?\"): select rows of the Claims tab, or click a claim"
                            + " in an article, and press T (Ctrl+Shift+T from anywhere); or set a sticky Topic in the toolbar before marking.",
                    "A word in the Claims tab's search (Ctrl+F there) and Enter select every claim found (↓ goes to the first): T then gives them all a topic.",
                    "G in the Claims tab (Edit › Suggest Topics by Meaning…) groups the claims of no topic by meaning: type each group's"
                            + " question, untick what does not belong (Space), Enter sets it.",
                    "Edit › Topics… renames, merges, recolours and counts them.")),
            new Section("Articles", List.of(
                    "Click an article in the list to show it in the pane you work in (the one with the blue line).",
                    "Article menu (and ⋮ in a pane's header): edit details, edit text, import a new version, earlier versions.")),
            new Section("Find, undo", List.of(
                    "Ctrl+F in the article, Ctrl+Shift+F in all articles; in the Claims tab, Ctrl+F goes to its search.",
                    "Undo: Ctrl+Z; Redo: Ctrl+Shift+Z. Every edit is saved at once; there is no Save.")));

    /**
     * The sections for a workspace whose sources are {@code sources}, in their order: the number keys are those of its
     * sources (1–9; a source added by the user is listed with its key as the default ones are).
     */
    static List<Section> sections(List<String> sources) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < Math.min(9, sources.size()); i++) {
            keys.append(i == 0 ? "" : ", ").append(i + 1).append(' ').append(sources.get(i));
        }
        List<Section> out = new java.util.ArrayList<>();
        out.add(new Section("Mark a claim", List.of(
                "Select text in an article, then press a number key (" + keys + ")"
                        + " or click a source in the bar that appears by the selection.",
                "Sticky tag and topic: choose them in the toolbar and every new claim gets them at once.",
                "Right-click the text: tag the selection, or re-place the claim chosen (a row of the Claims tab, or the claim clicked last)"
                        + " at the selected words.",
                // The keyboard's way was found by chance (a newcomer, stop 47): Esc leaves the caret at the match.
                "From the keyboard: Ctrl+F, type the first words, Enter, Esc (the caret stays at them); Shift+→ or Shift+End selects"
                        + " on, then a number key tags.")));
        out.addAll(AFTER_MARKING);
        return List.copyOf(out);
    }

    /** The sections with the default sources' keys (1 Kremlin readout … 5 Press); {@link #sections} gives a workspace's own. */
    static final List<Section> SECTIONS = sections(org.claimbench.domain.SourcePalette.DEFAULTS.stream()
            .map(org.claimbench.domain.SourcePalette.DefaultSource::name).toList());

    private HowToDialog() {
    }

    /** Shows the help for a workspace whose sources are {@code sources} (names, in their order). */
    static void show(Window owner, List<String> sources) {
        VBox content = new VBox(4);
        content.setId("howToContent");
        for (Section s : sources.isEmpty() ? SECTIONS : sections(sources)) {
            Label heading = new Label(s.heading());
            heading.getStyleClass().addAll("title-4", "help-heading");
            content.getChildren().add(heading);
            for (String line : s.lines()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.setMaxWidth(600);
                content.getChildren().add(l);
            }
        }
        content.getChildren().stream().filter(n -> n.getStyleClass().contains("help-heading")).skip(1)
                .forEach(n -> ((Label) n).setPadding(new javafx.geometry.Insets(10, 0, 0, 0)));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(440);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("How to mark claims");
        a.setHeaderText("How to mark claims");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        // The keyboard scrolls the help (its focus is on OK, which takes no arrow key; a newcomer, stop 47, could not scroll it).
        a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            double page = scroll.getViewportBounds().getHeight() / Math.max(1, content.getHeight() - scroll.getViewportBounds().getHeight());
            double step = switch (e.getCode()) {
                case DOWN -> page / 8;
                case UP -> -page / 8;
                case PAGE_DOWN, SPACE -> page;
                case PAGE_UP -> -page;
                case END -> 1;
                case HOME -> -1;
                default -> 0;
            };
            if (step != 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + step)));
                e.consume();
            }
        });
        a.show();
    }
}
