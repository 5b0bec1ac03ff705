package org.claimbench.ui.articles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleVersion;
import org.claimbench.domain.TextDiff;
import org.claimbench.domain.TextSpan;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * An article's earlier texts: each with where it came from (imported, edited, a new version of
 * the file, restored) and until when it was current; versions identical to the one before are not
 * listed again. Choosing one shows, word by word, what differs between it and the current text
 * (removed words struck through in red, added words in green) with the article's claims drawn
 * over the current words in their sources' colours. "Restore This Version" gives the chosen one
 * back, which the caller makes the current text again as an undoable step.
 */
public final class VersionsDialog {

    /** A claim to draw: its span in the current text (UTF-16 units) and its source's colour (#rrggbb). */
    public record DrawnClaim(TextSpan span, String colour) {
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private VersionsDialog() {
    }

    /** The versions worth listing, oldest first: one that repeats the text before it is left out. */
    static List<ArticleVersion> distinct(List<ArticleVersion> versions) {
        List<ArticleVersion> out = new ArrayList<>();
        for (ArticleVersion v : versions) {
            if (out.isEmpty() || !out.get(out.size() - 1).text().equals(v.text())) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * What the list leaves out and why, as a sentence after the header ("" when nothing is): a version whose text is the
     * current text ("Version 1 is not listed: its text is the current one."), one that repeats the version before it.
     * editor58: versions 2–5 were listed and no version 1, and nothing said where it went.
     */
    static String unlisted(List<ArticleVersion> all, String current) {
        List<ArticleVersion> kept = distinct(all);
        List<String> same = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        for (ArticleVersion v : all) {
            if (v.text().equals(current)) {
                same.add(String.valueOf(v.version()));
            } else if (!kept.contains(v)) {
                repeats.add(String.valueOf(v.version()));
            }
        }
        String out = "";
        if (!same.isEmpty()) {
            out += same.size() == 1 ? " Version " + same.get(0) + " is not listed: its text is the current text."
                    : " Versions " + String.join(", ", same) + " are not listed: their text is the current text.";
        }
        if (!repeats.isEmpty()) {
            out += repeats.size() == 1 ? " Version " + repeats.get(0) + " is not listed: it repeats the version before it."
                    : " Versions " + String.join(", ", repeats) + " are not listed: each repeats the version before it.";
        }
        return out;
    }

    public static Optional<ArticleVersion> show(Window owner, Article a, List<ArticleVersion> all, String current, List<DrawnClaim> claims) {
        List<ArticleVersion> versions = distinct(all).stream().filter(v -> !v.text().equals(current)).toList();
        Dialog<ArticleVersion> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Earlier versions");
        d.setHeaderText(versions.isEmpty() ? "“" + a.title() + "” has not been changed since it was "
                + (a.textOrigin() == org.claimbench.domain.TextOrigin.PASTE ? "pasted" : "imported") + "."
                : "Earlier texts of “" + a.title() + "”, oldest first. The current text is " + a.textOrigin().label() + "."
                + unlisted(all, current));
        ListView<ArticleVersion> list = new ListView<>();
        list.setId("versionList");
        list.getItems().setAll(versions);
        list.setPrefWidth(270);
        list.setMinWidth(240);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "Version " + v.version() + " · " + v.origin().label() + "\nuntil " + TIME.format(v.replaced()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        InlineCssTextArea diff = new InlineCssTextArea();
        diff.setId("versionDiff");
        diff.setEditable(false);
        diff.setWrapText(true);
        diff.setPrefSize(640, 460);
        Label what = new Label();
        what.setId("versionDiffSummary");
        what.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, x, v) -> {
            if (v == null) {
                diff.clear();
                what.setText("");
                return;
            }
            List<TextDiff.Piece> pieces = TextDiff.between(v.text(), current);
            render(diff, pieces, claims);
            what.setText("Version " + v.version() + " → the current text: " + TextDiff.summary(pieces)
                    + ". Struck through: only in version " + v.version() + "; green: only in the current text; claims underlined in their colours.");
        });
        list.getSelectionModel().selectLast();
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(diff);
        VBox right = new VBox(6, what, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox box = new HBox(8, list, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        d.setResizable(true);
        d.getDialogPane().setPrefWidth(980);
        d.getDialogPane().setMinWidth(760);
        d.getDialogPane().setMinHeight(520);
        d.getDialogPane().setContent(box);
        ButtonType restore = new ButtonType("Restore This Version", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        javafx.scene.Node restoreButton = d.getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreVersion");
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Enter closes: restoring replaces the current text, which only a click on its own button should do.
        ((javafx.scene.control.Button) restoreButton).setDefaultButton(false);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        d.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        return d.showAndWait();
    }

    /** Lays the pieces out one after the other, each styled by its kind, the claims underlined over the current words. */
    static void render(InlineCssTextArea area, List<TextDiff.Piece> pieces, List<DrawnClaim> claims) {
        StringBuilder text = new StringBuilder();
        List<int[]> docStartOfPiece = new ArrayList<>();
        for (TextDiff.Piece p : pieces) {
            docStartOfPiece.add(new int[] {text.length()});
            text.append(p.text());
        }
        area.replaceText(text.toString());
        for (int i = 0; i < pieces.size(); i++) {
            TextDiff.Piece p = pieces.get(i);
            int from = docStartOfPiece.get(i)[0];
            int to = from + p.text().length();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
            if (p.kind() != TextDiff.Kind.REMOVED) {
                for (DrawnClaim c : claims) {
                    int s = Math.max(c.span().start(), p.newStart()) - p.newStart() + from;
                    int e = Math.min(c.span().end(), p.newStart() + p.text().length()) - p.newStart() + from;
                    if (s < e) {
                        cuts.add(s);
                        cuts.add(e);
                    }
                }
            }
            Integer at = cuts.first();
            for (Integer next : cuts.tailSet(at, false)) {
                area.setStyle(at, next, style(p, claimColour(p, at - from, next - from, claims)));
                at = next;
            }
        }
    }

    private static String claimColour(TextDiff.Piece p, int relFrom, int relTo, List<DrawnClaim> claims) {
        if (p.kind() == TextDiff.Kind.REMOVED) {
            return null;
        }
        int s = p.newStart() + relFrom;
        int e = p.newStart() + relTo;
        for (DrawnClaim c : claims) {
            if (c.span().start() <= s && c.span().end() >= e) {
                return c.colour();
            }
        }
        return null;
    }

    private static String style(TextDiff.Piece p, String claimColour) {
        String base = switch (p.kind()) {
            case KEPT -> "";
            case REMOVED -> "-fx-fill: #b3261e; -fx-strikethrough: true; -rtfx-background-color: rgba(179,38,30,0.12);";
            case ADDED -> "-fx-fill: #1b6e2c; -rtfx-background-color: rgba(27,110,44,0.15);";
        };
        return claimColour == null ? base : base + "-rtfx-underline-color: " + claimColour + "; -rtfx-underline-width: 2.5;";
    }
}
