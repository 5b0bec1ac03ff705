package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Claim;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.ui.common.ColourDot;

/**
 * Link to…: with one claim chosen, Ctrl+L (or the pane's right-click menu) lists the claims it may be linked with, so
 * the partner is picked without scrolling another pane to find it (a newcomer scrolled 6 times in 5 links, stop 46).
 * Typing filters the list (source, article, speaker, quote); ↑ and ↓ move in it from the box; Enter links the chosen
 * partner as the Link dialog would by default (confirmed, kind Other, no note); "Kind and note…" opens that dialog
 * first; Escape cancels and changes nothing.
 */
final class LinkPartnerChooser {

    /** The partner chosen, and whether the user asked to give the link's kind, status and note first. */
    record Choice(Claim partner, boolean details) {
    }

    static final ButtonType LINK = new ButtonType("Link", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DETAILS = new ButtonType("Kind and note…", ButtonBar.ButtonData.OTHER);

    private LinkPartnerChooser() {
    }

    /**
     * The chooser, modal; empty when cancelled. {@code partners} as {@link LinkPartners#of} lists them; {@code linked}: how
     * many claims are already linked with the chosen one (left out of the list; the hint says so); {@code groupOf}: a
     * partner's group in the list, which its row names.
     */
    static Optional<Choice> show(Window owner, String whoA, Claim chosen, List<ClaimRow> partners,
                                 java.util.Map<Long, org.claimbench.domain.ContradictionKind> suggested, int linked,
                                 java.util.function.Function<Claim, LinkPartners.Group> groupOf) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Link to…");
        // The app's stylesheet: the chosen partner stands out as the window's lists' chosen rows do (Primer's faint grey
        // before, which the fact-checker could not tell from its neighbours, stop 61).
        org.claimbench.ui.common.AppStylesheet.addTo(d.getDialogPane().getStylesheets());
        d.setHeaderText("Link " + whoA + ": " + QuoteMarks.quoted(chosen.exact(), 100) + "\nas a contradiction with:");
        TextField filter = new TextField();
        filter.setId("linkFilter");
        filter.setPromptText("Type to filter by source, article or words");
        FilteredList<ClaimRow> shown = new FilteredList<>(FXCollections.observableArrayList(partners));
        ListView<ClaimRow> list = new ListView<>(shown);
        list.setId("linkPartners");
        list.setPrefSize(560, 300);
        list.setCellFactory(v -> new PartnerCell(suggested, groupOf, list));
        String already = linked == 0 ? "" : " · " + linked + (linked == 1 ? " claim" : " claims") + " already linked with it not listed";
        Label hint = new Label();
        // Which claim Enter links with, said before the key, as the speaker and topic boxes say what Enter sets (stop 61).
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> enterSays(partners.isEmpty(),
                list.getSelectionModel().getSelectedItem()) + already, list.getSelectionModel().selectedItemProperty()));
        hint.setWrapText(true);
        hint.setId("linkHint");
        hint.getStyleClass().add("muted");
        filter.textProperty().addListener((o, was, typed) -> {
            shown.setPredicate(r -> LinkPartners.matches(r, typed));
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
        });
        list.getSelectionModel().selectFirst();
        VBox content = new VBox(8, filter, list, hint);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(LINK, DETAILS, ButtonType.CANCEL);
        Button link = (Button) d.getDialogPane().lookupButton(LINK);
        Button details = (Button) d.getDialogPane().lookupButton(DETAILS);
        link.setId("linkPartnerLink");
        details.setId("linkPartnerDetails");
        link.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        details.disableProperty().bind(link.disableProperty());
        // ↑ and ↓ in the box move in the list, so typing and choosing need no mouse and no change of focus.
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (at >= 0 && at < shown.size()) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(Math.max(0, at - 2));
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !link.isDisabled()) {
                link.fire();
            }
        });
        d.setOnShown(e -> filter.requestFocus());
        // Typing filters wherever the keyboard is in the dialog: a newcomer found it on the Link button (a window shown before
        // it had the keyboard), typed "main topic", and the space linked the first row (factcheck49). A letter typed outside
        // the box goes into it, and the box keeps the keyboard for the rest.
        d.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (filter.isFocused() || e.isShortcutDown() || e.isAltDown() || typed.isEmpty() || !Character.isLetterOrDigit(typed.codePointAt(0))) {
                return;
            }
            filter.requestFocus();
            filter.appendText(typed);
            filter.end();
            e.consume();
        });
        org.claimbench.ui.common.DialogPlace.keep(d, owner, "linkPartner");
        d.setResultConverter(b -> {
            ClaimRow r = list.getSelectionModel().getSelectedItem();
            return r == null || (b != LINK && b != DETAILS) ? null : new Choice(r.claim(), b == DETAILS);
        });
        return d.showAndWait();
    }

    /** The line under the list: the keys, and the claim Enter links with now. */
    static String enterSays(boolean none, ClaimRow chosen) {
        if (none) {
            return "No claim of another source or article to link with yet.";
        }
        return chosen == null ? "↑ ↓ choose · no claim matches: Enter links nothing · Esc cancels"
                : "↑ ↓ choose · Enter links (confirmed) with " + QuoteMarks.quoted(chosen.quote(), 60) + " · Esc cancels";
    }

    /** The words of {@code s} that fit in {@code max} characters, with "…" where cut. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int at = s.lastIndexOf(' ', max - 1);
        return s.substring(0, at > max / 2 ? at : max - 1).stripTrailing() + "…";
    }

    /**
     * The quote on a first line, source (its colour) and article under it, and for a partner the suggestions name, the
     * reason in smaller words after them: labels each wrapped to the row's width, the row as tall as all. One text of two
     * lines, wrapped, was given the height of its two lines: where the first wrapped (a long source and speaker), the quote
     * was cut mid-line (round ui48); and a suggested partner's first line ended in "· suggested: polarity…" where its quote
     * should be, so the user could not tell which claim it was (factcheck49): the quote now comes first in every row.
     */
    private static final class PartnerCell extends ListCell<ClaimRow> {
        /** The partners the contradiction suggestions name, with the kind they read: said after their quote and source. */
        private final java.util.Map<Long, org.claimbench.domain.ContradictionKind> suggested;
        /** The group of each partner in the list ("same article"): said where a suggested partner's reason is. */
        private final java.util.function.Function<Claim, LinkPartners.Group> groupOf;

        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        private final Label quote = new Label();
        private final Label head = new Label();
        private final Label reason = new Label();
        private final VBox lines = new VBox(2, quote, head, reason);

        PartnerCell(java.util.Map<Long, org.claimbench.domain.ContradictionKind> suggested,
                    java.util.function.Function<Claim, LinkPartners.Group> groupOf, ListView<ClaimRow> list) {
            this.suggested = suggested;
            this.groupOf = groupOf;
            // Wrapped to the list's width: a long title or quote takes a line more rather than a sideways scroll bar. The
            // width is the list's own, less its scroll bar's room: a cell of no width of its own (prefWidth 0) still drew
            // its lines whole under a sideways bar in the real window (ui47, /tmp/ui47-3.png).
            prefWidthProperty().bind(list.widthProperty().subtract(28));
            setMaxWidth(USE_PREF_SIZE);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            for (Label l : List.of(quote, head, reason)) {
                l.setWrapText(true);
                l.setMinHeight(USE_PREF_SIZE);
                l.getStyleClass().add("link-partner-line");
            }
            head.getStyleClass().add("link-partner-source");
            reason.getStyleClass().add("link-partner-reason");
            reason.managedProperty().bind(reason.visibleProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(520);
        }

        @Override
        protected void updateItem(ClaimRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String who = r.speaker() == null || r.speaker().isBlank() ? "" : " (" + r.speaker() + ")";
            org.claimbench.domain.ContradictionKind kind = suggested.get(r.id());
            // Each row says its group, so the list's order reads (factcheck57): "same article", "another event" …
            String why = kind == null ? groupOf.apply(r.claim()).label() : "suggested: " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " (" + kind.description().toLowerCase(java.util.Locale.ROOT) + ")";
            quote.setText(QuoteMarks.quoted(r.quote(), 110));
            quote.setGraphic(ColourDot.of(r.colour(), 5));
            // The article's title cut after 40 characters: a whole long title took a line and a second (seen at 1280 px,
            // round ui48); the tooltip has it whole.
            head.setText(r.source() + who + " · " + cut(r.article(), 40));
            reason.setText(why);
            reason.setVisible(!why.isEmpty());
            setGraphic(lines);
            // The quote is cut after 110 characters in the list; the whole of it, source, article and reason in the tooltip.
            whole.setText(QuoteMarks.quoted(r.claim().exact(), Integer.MAX_VALUE) + "\n" + r.source() + who + " · " + r.article()
                    + (why.isEmpty() ? "" : "\n" + why));
            setTooltip(whole);
        }
    }
}
