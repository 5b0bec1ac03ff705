package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.TextSearch;
import org.claimbench.workspace.Workspace;

/**
 * Find in All Articles (Ctrl+Shift+F): every place of a phrase in every article of the workspace,
 * listed by article with its words around it. A click on a place shows it in a pane (chosen, every other place in that
 * article boxed) and the list stays for the next; Enter in the list or a double-click shows it and closes the list, as a
 * "go to" does. Enter in the field shows the first place and, of several, keeps the list with the keyboard in it
 * (student59: Enter closed the list before it was seen); where one place is found it closes too.
 */
final class ArticleSearchDialog {

    /** Words of context shown either side of a place found (UTF-16 units, cut at a space). */
    static final int CONTEXT = 60;

    /**
     * One line of the list: an article with its number of hits, or one hit with its context; the
     * phrase found is context[matchAt, matchAt + matchLength).
     */
    record Line(Article article, int hits, TextSpan span, String context, int matchAt, int matchLength, java.util.Optional<Claim> claim) {
        Line(Article article, int hits, TextSpan span, String context, int matchAt, int matchLength) {
            this(article, hits, span, context, matchAt, matchLength, java.util.Optional.empty());
        }

        boolean isArticle() {
            return span == null;
        }

        /** The same place, marked as lying in a claim (the first claim of the article over the place's words). */
        Line inClaim(List<Claim> claims) {
            return new Line(article, hits, span, context, matchAt, matchLength,
                    claims.stream().filter(c -> c.start() < span.end() && span.start() < c.end() && !c.isOrphan()).findFirst());
        }
    }

    /** Where the owner window keeps the last query and the list's last place, for the next opening. */
    private static final String QUERY_KEY = "claimbench.findAll.query";
    private static final String PLACE_KEY = "claimbench.findAll.place";

    private ArticleSearchDialog() {
    }

    /** The lines for a phrase: each article that holds it, then its hits; read off the JavaFX thread. */
    static List<Line> search(Workspace w, String phrase) {
        List<Line> out = new ArrayList<>();
        for (Article a : w.articles()) {
            String text = w.text(a.id());
            List<TextSpan> hits = TextSearch.hits(text, phrase);
            if (hits.isEmpty()) {
                continue;
            }
            out.add(new Line(a, hits.size(), null, "", 0, 0));
            List<Claim> claims = w.claimsOf(a.id());
            for (TextSpan h : hits) {
                out.add(hit(a, hits.size(), text, h).inClaim(claims));
            }
        }
        return out;
    }

    /** A place found with about CONTEXT units either side, cut at spaces, "…" where the text goes on. */
    static Line hit(Article a, int hits, String text, TextSpan h) {
        int from = Math.max(0, h.start() - CONTEXT);
        int to = Math.min(text.length(), h.end() + CONTEXT);
        int space = text.indexOf(' ', from);
        from = from > 0 && space >= 0 && space < h.start() ? space + 1 : from;
        space = text.lastIndexOf(' ', to);
        to = to < text.length() && space >= h.end() ? space : to;
        String before = (from > 0 ? "…" : "") + text.substring(from, h.start()).replace('\n', ' ');
        String context = before + text.substring(h.start(), to).replace('\n', ' ') + (to < text.length() ? "…" : "");
        return new Line(a, hits, h, context, before.length(), h.end() - h.start());
    }

    /**
     * A place found as wrapped text, the phrase in bold, underlined, in the accent colour; a place already in a claim opens
     * with the claim's source, its colour's dot and name ("● Kremlin readout  "), so the user sees what is marked already.
     */
    private static javafx.scene.text.TextFlow flow(Line line, ListView<?> list, WorkbenchViewModel vm) {
        javafx.scene.text.Text before = new javafx.scene.text.Text(line.context().substring(0, line.matchAt()));
        javafx.scene.text.Text match = new javafx.scene.text.Text(line.context().substring(line.matchAt(), line.matchAt() + line.matchLength()));
        match.getStyleClass().add("search-match");
        javafx.scene.text.Text after = new javafx.scene.text.Text(line.context().substring(line.matchAt() + line.matchLength()));
        for (javafx.scene.text.Text t : List.of(before, after)) {
            t.getStyleClass().add("search-context");
        }
        javafx.scene.text.TextFlow f = new javafx.scene.text.TextFlow(before, match, after);
        line.claim().ifPresent(c -> {
            java.util.Optional<org.claimbench.domain.Source> s = vm.model().source(c.sourceId());
            javafx.scene.text.Text who = new javafx.scene.text.Text(s.map(org.claimbench.domain.Source::name).orElse("a claim") + "'s claim  ");
            who.getStyleClass().add("search-claim");
            f.getChildren().add(0, who);
            s.ifPresent(src -> f.getChildren().add(0, org.claimbench.ui.common.ColourDot.of(src.colour(), 5)));
        });
        f.setPadding(new Insets(0, 0, 0, 18));
        f.prefWidthProperty().bind(list.widthProperty().subtract(40));
        return f;
    }

    /**
     * Moves the list to the side of the window away from the pane that shows the place just clicked, when it stands over the
     * place itself (the words selected there; the pane while they are not laid out yet): it covered the place it had shown (a
     * newcomer, stop 46). Never while the pointer is over the list: a click on a place moved it, and the next click, on Close
     * where it had been, missed (student59); it moves once the pointer leaves it. Two panes at 1280 px leave no room for the
     * list beside a pane, so it goes to the window's far edge, over as little of the pane as it can.
     */
    private static void awayFromPlace(Window owner, Window list, WorkbenchViewModel vm) {
        if (owner == null || owner.getScene() == null || list == null || list.getScene() == null) {
            return;
        }
        javafx.scene.Parent root = list.getScene().getRoot();
        if (root.isHover()) {
            javafx.event.EventHandler<javafx.scene.input.MouseEvent> once = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.scene.input.MouseEvent e) {
                    root.removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, this);
                    awayFromPlace(owner, list, vm);
                }
            };
            root.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, once);
            return;
        }
        javafx.scene.Node pane = owner.getScene().lookup("#articlePane-" + (vm.panes().indexOf(vm.activePaneProperty().get()) + 1));
        javafx.geometry.Bounds p = pane == null ? null : pane.localToScreen(pane.getBoundsInLocal());
        javafx.scene.Node text = pane == null ? null : pane.lookup(".article-text");
        javafx.geometry.Bounds place = text instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area
                ? area.getSelectionBounds().orElse(p) : p;
        if (p == null || place == null || !new javafx.geometry.Rectangle2D(list.getX(), list.getY(), list.getWidth(), list.getHeight())
                .intersects(place.getMinX(), place.getMinY(), place.getWidth(), place.getHeight())) {
            return;
        }
        boolean paneLeft = p.getMinX() + p.getWidth() / 2 < owner.getX() + owner.getWidth() / 2;
        list.setX(paneLeft ? owner.getX() + Math.max(0, owner.getWidth() - list.getWidth() - 24) : owner.getX() + 24);
    }

    /**
     * Low in the window, at its right, over the lists below the panes: the pane that shows a place chosen stays in sight.
     * Placed again as the list's size comes (under X it has none yet when shown): it opened at other places.
     */
    private static void placeLow(Window owner, Window dw) {
        Runnable place = () -> {
            if (!Double.isNaN(dw.getWidth()) && !Double.isNaN(dw.getHeight())) {
                dw.setX(owner.getX() + Math.max(0, owner.getWidth() - dw.getWidth() - 24));
                dw.setY(owner.getY() + Math.max(0, owner.getHeight() - dw.getHeight() - 36));
            }
        };
        place.run();
        javafx.beans.value.ChangeListener<Number> again = (o, was, now) -> javafx.application.Platform.runLater(place);
        dw.widthProperty().addListener(again);
        dw.heightProperty().addListener(again);
        // Only while it settles: once the user has it, a resize by hand does not move it.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
        settle.setOnFinished(e -> {
            dw.widthProperty().removeListener(again);
            dw.heightProperty().removeListener(again);
        });
        settle.play();
    }

    static void show(Window owner, WorkbenchViewModel vm) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(javafx.stage.Modality.NONE);
        d.setTitle("Find in all articles");
        d.setHeaderText("Every place of a phrase in every article. A click shows a place in a pane, the list staying; Enter in the list goes there and closes this.");
        TextField field = new TextField();
        field.setId("searchAllField");
        field.setPromptText("Words to find, e.g. ceasefire");
        Label summary = new Label();
        summary.setId("searchAllSummary");
        summary.getStyleClass().add("muted");
        ListView<Line> list = new ListView<>();
        list.setId("searchAllResults");
        list.setPrefSize(640, 300);
        list.setPlaceholder(new Label("Type words above: the articles that hold them are listed here."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("search-article");
                setGraphic(null);
                // As wide as the list: a place found wraps onto a second line instead of running out of sight.
                setPrefWidth(0);
                if (empty || line == null) {
                    setText(null);
                } else if (line.isArticle()) {
                    // The count first: a long title is cut at the end, and the count stays in sight.
                    setText(line.hits() + (line.hits() == 1 ? " place" : " places") + "  ·  " + line.article().title());
                    getStyleClass().add("search-article");
                } else {
                    setText(null);
                    setGraphic(flow(line, getListView(), vm));
                }
            }
        });
        // The query is the workspace's: another workspace's words would find nothing of this one's, or the wrong thing.
        String queryKey = QUERY_KEY + vm.model().workspace().map(w -> "." + w.file().toAbsolutePath()).orElse("");
        if (owner != null) {
            field.textProperty().addListener((o, was, now) -> owner.getProperties().put(queryKey, now));
        }
        field.textProperty().addListener((o, was, now) -> vm.model().workspace().ifPresent(w -> vm.tasks().run("Finding “" + now + "”",
                p -> search(w, now), lines -> {
                    if (now.equals(field.getText())) {
                        list.getItems().setAll(lines);
                        long articles = lines.stream().filter(Line::isArticle).count();
                        long places = lines.size() - articles;
                        summary.setText(now.isBlank() ? "" : places == 0 ? "Found nowhere." : places + (places == 1 ? " place in " : " places in ")
                                + articles + (articles == 1 ? " article" : " articles"));
                    }
                }, e -> summary.setText(String.valueOf(e.getMessage())))));
        Runnable open = () -> {
            Line line = list.getSelectionModel().getSelectedItem();
            if (line != null) {
                vm.showFound(line.article(), field.getText(), line.isArticle() ? 0 : line.span().start());
            }
        };
        // Off the place shown, once the pane has scrolled to it and selected it.
        Runnable aside = () -> {
            javafx.animation.PauseTransition shown = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
            // The dialog may be closed within those 250 ms (Escape, a fast user): then nothing is left to move.
            shown.setOnFinished(x -> {
                javafx.scene.Scene scene = d.getDialogPane().getScene();
                if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    awayFromPlace(owner, scene.getWindow(), vm);
                }
            });
            shown.play();
        };
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.run();
                d.close();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || list.getSelectionModel().getSelectedItem() == null) {
                return;
            }
            if (e.getClickCount() == 2) {
                open.run();
                d.close();
            } else if (!list.getSelectionModel().getSelectedItem().isArticle()) {
                // One click on a place shows it, the list staying for the next; on an article's line it only chooses.
                open.run();
                aside.run();
                list.requestFocus();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(Math.min(1, list.getItems().size() - 1));
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                // Enter from the field goes to the place chosen in the list, else to the first place found (it did nothing there,
                // audit r57). Of several places the list stays, the keyboard in it on the place shown, ↓ and Enter for the
                // next: it closed at once and the list was never seen (student59); a single place closes it, as a "go to".
                if (list.getSelectionModel().getSelectedItem() == null) {
                    list.getSelectionModel().select(Math.min(1, list.getItems().size() - 1));
                }
                open.run();
                if (list.getItems().stream().filter(l -> !l.isArticle()).count() > 1) {
                    aside.run();
                    list.requestFocus();
                    list.scrollTo(list.getSelectionModel().getSelectedIndex());
                } else {
                    d.close();
                }
            }
        });
        VBox box = new VBox(8, field, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Escape closes it from the field and the list alike (a newcomer's Escape in the list left it open).
        d.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                d.close();
            }
        });
        d.setResizable(true);
        d.setOnShown(e -> {
            field.requestFocus();
            // The query of the last opening, selected: Enter or ↓ goes on with it, typing replaces it.
            field.selectAll();
            if (owner != null) {
                Window dw = d.getDialogPane().getScene().getWindow();
                if (owner.getProperties().get(PLACE_KEY) instanceof javafx.geometry.Point2D kept) {
                    // Where it was last (moved there by the user, or off the pane a place was shown in).
                    dw.setX(kept.getX());
                    dw.setY(kept.getY());
                } else {
                    placeLow(owner, dw);
                }
                d.setOnHidden(h -> owner.getProperties().put(PLACE_KEY, new javafx.geometry.Point2D(dw.getX(), dw.getY())));
            }
        });
        if (owner != null && owner.getProperties().get(queryKey) instanceof String kept) {
            field.setText(kept);
        }
        d.show();
    }
}
