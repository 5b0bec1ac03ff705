package org.claimbench.ui.article;

import java.util.List;
import java.util.Optional;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * One article pane: header (article chooser, title, outlet and date), the text with its claims
 * highlighted, and an info line about the claim under the caret. Select text, then press 1–9 or
 * click a source in the bar that appears by the selection.
 */
public final class ArticlePaneView extends VBox {

    /** The hint shown whenever no claim is under the caret: how to mark a claim, in one line. */
    public static final String HINT = "Select text, then press 1–5 or click a source to tag who said it.";

    /** The height the text keeps when the window shrinks (about six lines). */
    public static final double MIN_TEXT_HEIGHT = 120;

    private static final javafx.scene.input.KeyCombination COPY =
            new javafx.scene.input.KeyCodeCombination(KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final ArticlePaneViewModel vm;
    private final PaneActions actions;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final HighlightStyles styles = new HighlightStyles();
    /** Made when a selection first shows it, as the find bar when first opened: neither is in the first frame. */
    private TagBar tagBar;
    private final Pane overlay = new Pane();
    private final Label info = new Label(HINT);
    private final PaneHeader header;
    private FindBar findBar;
    private final int index;
    private final ObservableList<Source> sources;
    private boolean settingText;
    /** The article's menu items (details, text, versions), given by the workbench; none until then. */
    private java.util.function.Supplier<List<MenuItem>> articleMenu = List::of;

    public ArticlePaneView(int index, ArticlePaneViewModel vm, ObservableList<Article> articles,
                           ObservableList<Source> sources, PaneActions actions) {
        this.vm = vm;
        this.actions = actions;
        this.sources = sources;
        setId("articlePane-" + index);
        getStyleClass().add("article-pane");

        header = new PaneHeader(index, vm, articles, actions, () -> articleMenu.get());

        area.setId("articleText-" + index);
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        // The text is never edited here (edits go through the workspace, with its own undo): without
        // this, the area's own undo history would keep every article shown and every restyle.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        area.setAccessibleText("Article text. Select text and press a number key to tag who said it.");
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        overlay.setPickOnBounds(false);
        StackPane body = new StackPane(scroll, overlay);
        VBox.setVgrow(body, Priority.ALWAYS);
        // However small the window, some lines of text stay in sight.
        body.setMinHeight(MIN_TEXT_HEIGHT);
        setMinWidth(180);

        info.setId("claimInfo-" + index);
        info.getStyleClass().add("claim-info");
        info.setMaxWidth(Double.MAX_VALUE);
        info.setPadding(new Insets(4, 8, 4, 8));
        // A fixed height: if the line grew or shrank as the caret moves, the text above would be
        // laid out again under the mouse, between a press and its release.
        info.setMinHeight(26);
        info.setPrefHeight(26);
        info.setMaxHeight(26);

        this.index = index;
        getChildren().addAll(header, body, info);
        vm.find().requestedProperty().addListener((o, was, r) -> {
            if (r != null) {
                findBar().open(r.phrase(), r.at());
            }
        });
        wire();
    }

    private void wire() {
        // The styled document of a newly shown article is built on the background thread (its own
        // HighlightStyles: that one keeps a cache and belongs to this thread).
        // Long paragraphs are shown in pieces of the same length (ParagraphPieces): offsets are the text's.
        vm.setPreparer((text, claims, look) ->
                StyledTexts.document(ParagraphPieces.of(text), new HighlightStyles().compute(claims, 0, text.length(), look)));
        vm.textProperty().addListener((o, old, text) -> {
            settingText = true;
            Object prepared = vm.takePrepared();
            if (prepared instanceof StyledDocument<?, ?, ?> doc && doc.length() == text.length()) {
                @SuppressWarnings("unchecked")
                StyledDocument<String, String, String> styled = (StyledDocument<String, String, String>) doc;
                area.replace(0, area.getLength(), styled);
            } else {
                area.replaceText(ParagraphPieces.of(text));
            }
            area.moveTo(0);
            area.requestFollowCaret();
            settingText = false;
            hideTagBar();
        });
        vm.restyleProperty().addListener((o, old, req) -> {
            if (req != null && !req.drawn() && req.to() > req.from() && req.to() <= area.getLength()) {
                area.setStyleSpans(req.from(), styles.compute(vm.claims(), req.from(), req.to(), vm.look()));
            }
        });
        vm.scrollToProperty().addListener((o, old, offset) -> {
            if (offset != null && offset <= area.getLength()) {
                area.moveTo(offset);
                area.requestFollowCaret();
                // Then, once laid out, the claim's first line a third of the way down the pane, with its context
                // around it (centring its paragraph would hide a claim deep inside a long one).
                Runnable place = () -> placeLine(offset);
                if (area.getScene() != null) {
                    org.claimbench.ui.common.Pulses.afterNextLayout(area.getScene(), place);
                } else {
                    javafx.application.Platform.runLater(place);
                }
            }
        });
        vm.selectRequestProperty().addListener((o, old, span) -> {
            if (span != null && span.end() <= area.getLength()) {
                area.selectRange(span.start(), span.end());
            }
        });
        area.selectionProperty().addListener((o, old, sel) -> {
            vm.selectionProperty().set(sel.getLength() == 0 ? null : new TextSpan(sel.getStart(), sel.getEnd()));
            if (sel.getLength() == 0) {
                hideTagBar();
            }
        });
        area.caretPositionProperty().addListener((o, old, caret) -> {
            if (!settingText) {
                Optional<Claim> c = vm.claimAt(caret);
                vm.focusedClaimProperty().set(c.map(Claim::id).orElse(-1L));
            }
        });
        vm.focusedClaimProperty().addListener((o, old, id) -> refreshInfo());
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                afterMouseRelease();
            }
        });
        javafx.scene.control.ContextMenu textMenu = new javafx.scene.control.ContextMenu();
        textMenu.setId("paneTextMenu");
        area.setOnContextMenuRequested(e -> {
            tagBar.hide();
            textMenu.getItems().setAll(new PaneTextMenu(vm, sources, actions, articleMenu).items(this::tag, this::copySelection, this::showFind));
            textMenu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // Copy the article's own text: the area shows a long paragraph's piece breaks where the text has spaces.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && area.getSelection().getLength() > 0) {
                copySelection();
                e.consume();
            }
        });
    }

    /** The article's menu items (details, text, versions), made afresh each time the pane's menus open. */
    public void setArticleMenu(java.util.function.Supplier<List<MenuItem>> items) {
        this.articleMenu = items;
    }

    /** Copies the article's own text of the selection (the area shows a long paragraph's piece breaks where the text has spaces). */
    private void copySelection() {
        if (area.getSelection().getLength() > 0) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(vm.textProperty().get().substring(area.getSelection().getStart(), area.getSelection().getEnd()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Opens Find in this pane, on the phrase sought last (selected, so typing replaces it). */
    public void showFind() {
        findBar().open();
    }

    /** Finds a phrase here with the hit at an offset chosen (from Find in All Articles). */
    public void showFind(String phrase, int at) {
        findBar().open(phrase, at);
    }

    /** Scrolls so that the line holding the offset sits a third of the way down the visible text. */
    private void placeLine(int offset) {
        if (offset >= area.getLength()) {
            return;
        }
        Optional<javafx.geometry.Bounds> line = area.getCharacterBoundsOnScreen(offset, offset + 1);
        javafx.geometry.Bounds view = area.localToScreen(area.getBoundsInLocal());
        if (line.isPresent() && view != null) {
            area.scrollYBy(line.get().getMinY() - (view.getMinY() + view.getHeight() / 3));
        }
    }

    /** Re-reads the info line (e.g. after the claim's contradictions changed). */
    public void refreshInfo() {
        long id = vm.focusedClaimProperty().get();
        Optional<Claim> c = vm.claims().stream().filter(x -> x.id() == id).findFirst();
        info.setText(c.map(claim -> actions.describe(claim) + sameWords(claim)).orElse(HINT));
        info.getStyleClass().remove("hint");
        if (c.isEmpty()) {
            info.getStyleClass().add("hint");
        }
    }

    /** " · same words: White House (click again)" when other claims are drawn on the very same words. */
    private String sameWords(Claim c) {
        List<String> names = vm.othersOnSameWords(c).stream()
                .map(o -> sources.stream().filter(s -> s.id() == o.sourceId()).map(Source::name).findFirst().orElse("?")).toList();
        return names.isEmpty() ? "" : " · same words: " + String.join(", ", names) + " (click again)";
    }

    private void afterMouseRelease() {
        Optional<TextSpan> sel = vm.trimmedSelection();
        if (sel.isPresent()) {
            Optional<Source> sticky = actions.stickySource();
            if (sticky.isPresent()) {
                tag(sticky.get());
            } else {
                showTagBar();
            }
        } else {
            vm.pickAt(area.getCaretPosition()).ifPresent(c -> actions.picked(vm, c));
        }
    }

    private void showTagBar() {
        Optional<Bounds> b = area.getSelectionBounds();
        if (b.isEmpty()) {
            return;
        }
        Bounds local = overlay.screenToLocal(b.get());
        if (local == null) {
            return;
        }
        TagBar bar = tagBar();
        double h = bar.prefHeight(-1);
        double y = local.getMinY() - h - 6 >= 0 ? local.getMinY() - h - 6 : local.getMaxY() + 6;
        bar.showAt(local.getMinX(), y, overlay.getWidth());
    }

    private TagBar tagBar() {
        if (tagBar == null) {
            tagBar = new TagBar(index, sources, this::tag);
            overlay.getChildren().add(tagBar);
            // Styled now: it is measured at once to be placed by the selection.
            tagBar.applyCss();
        }
        return tagBar;
    }

    private void hideTagBar() {
        if (tagBar != null) {
            tagBar.hide();
        }
    }

    /** The find bar, above the text; made the first time it is opened. */
    private FindBar findBar() {
        if (findBar == null) {
            findBar = new FindBar(index, vm.find(), area::getCaretPosition, area::requestFocus);
            getChildren().add(1, findBar);
        }
        return findBar;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.F3) {
            vm.find().next(e.isShiftDown() ? -1 : 1);
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int n = digit(e.getCode());
        if (n >= 1 && n <= sources.size() && vm.trimmedSelection().isPresent()) {
            tag(sources.get(n - 1));
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            area.deselect();
            hideTagBar();
            e.consume();
        }
    }

    private void tag(Source s) {
        hideTagBar();
        actions.tag(vm, s);
        area.deselect();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char ch = name.charAt(name.length() - 1);
            return Character.isDigit(ch) ? ch - '0' : -1;
        }
        return -1;
    }

    /**
     * Marks the pane the user works in. The style class goes on the header only: a class change
     * on an ancestor of the text area re-applies CSS to every text node, and a mouse press in
     * between would be hit-tested against text that is being laid out again.
     */
    public void setActive(boolean active) {
        header.getStyleClass().remove("active");
        if (active) {
            header.getStyleClass().add("active");
        }
    }

    public ArticlePaneViewModel viewModel() {
        return vm;
    }

    public InlineCssTextArea textArea() {
        return area;
    }
}
