package org.claimbench.ui.article;

import java.util.List;
import java.util.Optional;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextSpan;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * One article pane: header (article chooser, title, outlet and date), the text with its claims
 * highlighted, and an info line about the claim under the caret. Select text, then press 1–9 or
 * click a source in the bar that appears by the selection ({@link PaneTagging}).
 */
public final class ArticlePaneView extends VBox {

    /** The hint shown whenever no claim is under the caret, whole ({@link org.claimbench.ui.common.TagKeys#paneHints} has it and shorter ones). */
    public static String hint(int sources) {
        return org.claimbench.ui.common.TagKeys.paneHints(sources).get(0);
    }

    /**
     * The height the text keeps however short the pane is made (px): three lines of its 15 px serif (22 px apart as laid out) and
     * its padding of 10 px above and below. A reviewer drags the divider up to read more rows of claims at 1280 × 720
     * (student-run52, factcheck52: six lines stopped it at y = 310, ten rows); three lines still show a claim chosen in the
     * table with its words around it.
     */
    public static final double MIN_TEXT_HEIGHT = 86;
    /**
     * Below this height of text (px, about six lines) the byline and the line under the text give way to it
     * ({@link #giveWayToText}).
     */
    static final double ROOMY_TEXT_HEIGHT = 120;
    /** A pane's height with its header, byline, {@link #ROOMY_TEXT_HEIGHT} of text and the line under it (px): the least a window's layout gives it unasked. */
    public static final double ROOMY_HEIGHT = ROOMY_TEXT_HEIGHT + 110;

    private static final javafx.scene.input.KeyCombination COPY = new javafx.scene.input.KeyCodeCombination(KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final ArticlePaneViewModel vm;
    private final PaneActions actions;
    /** RichTextFX's area; null while the pane shows its light first frame ({@link LightArticleText}). */
    private InlineCssTextArea area;
    private RichArticleText rich;
    private LightArticleText light;
    private final StackPane body;
    private final javafx.scene.layout.Region textRing = KeyboardSelection.ring();
    private final HighlightStyles styles = new HighlightStyles();
    /** The tag bar's layer over the text; the find bar is made when first opened: neither is in the first frame. */
    private final TagBarLayer overlay;
    private final PaneTagging tagging;
    private final PaneInfoLine info;
    private final PaneHeader header;
    private FindBar findBar;
    private final int index;
    private final ObservableList<Source> sources;
    private boolean settingText;
    /** The article whose text the pane shows (-1: none), to tell a revised text from another article's. */
    private long textOf = -1;
    /** The article's menu items (details, text, versions), given by the workbench; none until then. */
    private java.util.function.Supplier<List<MenuItem>> articleMenu = List::of;

    public ArticlePaneView(int index, ArticlePaneViewModel vm, ObservableList<Article> articles,
                           ObservableList<Source> sources, PaneActions actions) {
        this(index, vm, articles, sources, actions, false);
    }

    /**
     * @param lightFirst true for the start-up's first frame: the article shows as light read-only
     *                   text ({@link LightArticleText}: selection, highlights, number keys) and
     *                   RichTextFX's area takes its place once the pane has been laid out in a window
     *                   (at the same scroll position, with the same selection; after the mouse button
     *                   is released when a drag is under way); false for the area at once
     */
    public ArticlePaneView(int index, ArticlePaneViewModel vm, ObservableList<Article> articles,
                           ObservableList<Source> sources, PaneActions actions, boolean lightFirst) {
        this.vm = vm;
        this.actions = actions;
        this.sources = sources;
        setId("articlePane-" + index);
        getStyleClass().add("article-pane");

        header = new PaneHeader(index, vm, articles, actions, () -> articleMenu.get());

        this.index = index;
        tagging = new PaneTagging(vm, actions, sources, this::shown, this);
        overlay = tagging.overlay(index);
        body = new StackPane(textRing, overlay);
        // A notice may lie over the article's text for its six seconds, not over the header's box and × (FxUserMessages).
        body.getStyleClass().add("notice-room");
        VBox.setVgrow(body, Priority.ALWAYS);
        // However small the window, some lines of text stay in sight.
        body.setMinHeight(MIN_TEXT_HEIGHT);
        setMinWidth(180);

        info = new PaneInfoLine(index, vm, sources, actions);
        tagging.onNothingToTag(info::sayNothingToTag);
        getChildren().addAll(header, body, info.node());
        heightProperty().addListener((o, was, now) -> giveWayToText(now.doubleValue()));
        vm.find().requestedProperty().addListener((o, was, r) -> {
            if (r != null) {
                findBar().open(r.phrase(), r.at());
            }
        });
        wire();
        vm.setFit((from, to) -> area != null ? PaneFit.fits(area, area, vm.textProperty().get(), from, to)
                : PaneFit.fits(body, body.lookup(".article-text"), vm.textProperty().get(), from, to));
        if (lightFirst) {
            light = new LightArticleText(index, LightArticleText.events((start, end) -> {
                vm.selectionProperty().set(end > start ? new TextSpan(start, end) : null);
                if (end.equals(start)) {
                    tagging.hideTagBar();
                    vm.focusedClaimProperty().set(vm.claimAt(start).map(Claim::id).orElse(-1L));
                }
            }, tagging::afterMouseRelease));
            light.setStyles((from, to) -> styles.compute(vm.claims(), from, to, vm.look()));
            light.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            KeyboardSelection.attach(light, textRing, tagging::hideTagBar, tagging::showTagBar, tagging::hasOwnSelection);
            body.getChildren().add(0, light);
            // Once the first frame is laid out, the area is made on another thread and takes over here.
            org.claimbench.ui.common.Pulses.whenLaidOut(this, () -> AreaBuild.offThread(index, getScene(), this::becomeRich, this::areaFailed));
        } else {
            useArea(new RichArticleText(index));
        }
    }

    /**
     * The pane's least height: the header's title row and {@link #MIN_TEXT_HEIGHT} of text, the byline and the line under
     * the text hidden ({@link #giveWayToText}); the split pane stops the divider there.
     */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + header.leastHeight() + MIN_TEXT_HEIGHT + snappedBottomInset();
    }

    /**
     * In a pane too short for the byline, the line under the text and {@link #ROOMY_TEXT_HEIGHT} of text, the byline and the
     * line give way to the text (it keeps its lines; the table below says which claim is chosen); taller again, they come
     * back. Decided on the pane's height and the parts' own heights, which hiding them does not change: it does not flip.
     */
    private void giveWayToText(double height) {
        boolean roomy = height <= 0 || height + 0.5 >= header.fullHeight() + ROOMY_TEXT_HEIGHT + PaneInfoLine.HEIGHT + snappedTopInset() + snappedBottomInset();
        if (roomy != info.node().isManaged()) {
            header.showByline(roomy);
            info.node().setVisible(roomy);
            info.node().setManaged(roomy);
        }
    }

    /**
     * RichTextFX's area (made off the JavaFX thread, not yet in a window) takes the light text's place
     * ({@link RichArticleText#takeOver}); while the mouse button is down on the light text (a drag under
     * way), once it is released. If it fails, the light text stays, and the pane says so.
     */
    private void becomeRich(RichArticleText made) {
        if (light.pressed()) {
            light.whenReleased(() -> becomeRich(made));
            return;
        }
        LightArticleText was = light;
        try {
            useArea(made);
            light = null;
            String text = vm.textProperty().get();
            // The claim the user is on stays what it was: the area placing its caret where the light text's was (the
            // text's start when the user did nothing there) is no choice of theirs, and the line under the pane named
            // the claim at the start of the text after every start-up (audit r57).
            long on = vm.focusedClaimProperty().get();
            rich.takeOver(was, body, StyledTexts.document(ParagraphPieces.of(text),
                    ClusterRuns.split(text, 0, styles.compute(vm.claims(), 0, text.length(), vm.look()))));
            vm.focusedClaimProperty().set(on);
            // The bar was placed on the light text's lines; the area lays them out anew. The selection stays, keys mark it.
            tagging.hideTagBar();
        } catch (RuntimeException | LinkageError e) {
            // The light text stays (it reads, selects and marks), where the area went if it got that far.
            light = was;
            area = null;
            rich = null;
            // Nothing builds styled documents for an area that is not there (the light text styles itself).
            vm.setPreparer(null);
            body.getChildren().set(0, was);
            areaFailed(e);
        }
    }

    private void areaFailed(Throwable e) {
        getChildren().add(1, AreaBuild.notice(index, e));
    }

    private void useArea(RichArticleText made) {
        rich = made;
        area = rich.area();
        if (light == null) {
            body.getChildren().add(0, rich.node());
        }
        wireArea();
    }

    private void wire() {
        vm.textProperty().addListener((o, old, text) -> {
            // The same article's text revised (Edit text, its undo, a new version): the pane stays at the line it showed.
            long id = vm.article().map(org.claimbench.domain.Article::id).orElse(-1L);
            int top = id >= 0 && id == textOf && old != null && !old.isEmpty() ? RevisedTextPlace.after(old, text, shown().topOffset()) : 0;
            textOf = id;
            if (area == null) {
                light.show(ParagraphPieces.of(text));
            } else {
                settingText = true;
                rich.show(text, vm.takePrepared());
                settingText = false;
            }
            tagging.hideTagBar();
            if (top > 0) {
                shown().showAtTop(top);
            }
        });
        vm.restyleProperty().addListener((o, old, req) -> {
            if (area == null) {
                if (req != null && !req.drawn()) {
                    light.restyle(req.from(), req.to());
                }
            } else if (req != null && !req.drawn() && req.to() > req.from() && req.to() <= area.getLength()) {
                rich.restyle(req.from(), ClusterRuns.split(area.getText(), req.from(), styles.compute(vm.claims(), req.from(), req.to(), vm.look())));
            }
        });
        vm.scrollToProperty().addListener((o, old, offset) -> {
            if (offset != null) {
                shown().scrollToOffset(offset);
            }
        });
        vm.selectRequestProperty().addListener((o, old, span) -> {
            if (span != null) {
                shown().select(span.start(), span.end());
            }
        });
    }

    /** What only RichTextFX's area needs: the document's preparer, its selection, caret, mouse, menu and keys. */
    private void wireArea() {
        // The styled document of a newly shown article is built on the background thread (its own
        // HighlightStyles: that one keeps a cache and belongs to this thread).
        // Long paragraphs are shown in pieces of the same length (ParagraphPieces): offsets are the text's.
        vm.setPreparer((text, claims, look) ->
                StyledTexts.document(ParagraphPieces.of(text), ClusterRuns.split(text, 0, new HighlightStyles().compute(claims, 0, text.length(), look))));
        area.selectionProperty().addListener((o, old, sel) -> {
            vm.selectionProperty().set(sel.getLength() == 0 ? null : new TextSpan(sel.getStart(), sel.getEnd()));
            if (sel.getLength() == 0) {
                tagging.hideTagBar();
            }
        });
        area.caretPositionProperty().addListener((o, old, caret) -> {
            if (!settingText) {
                Optional<Claim> c = vm.claimAt(caret);
                vm.focusedClaimProperty().set(c.map(Claim::id).orElse(-1L));
            }
        });
        // The tag bar goes with the selection as the text scrolls (TagBarLayer.follow).
        area.estimatedScrollYProperty().addListener((o, was, now) -> tagging.textScrolled());
        QuickDrag quickDrag = new QuickDrag(area);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            quickDrag.released(e);
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                tagging.afterMouseRelease();
            }
        });
        javafx.scene.control.ContextMenu textMenu = new javafx.scene.control.ContextMenu();
        textMenu.setId("paneTextMenu");
        area.setOnContextMenuRequested(e -> {
            tagging.hideTagBar();
            textMenu.getItems().setAll(new PaneTextMenu(vm, sources, actions, articleMenu).items(tagging::tag, this::copySelection, this::showFind, getScene().getWindow()));
            textMenu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        KeyboardSelection.attach(area, textRing, tagging::hideTagBar, tagging::showTagBar, tagging::hasOwnSelection);
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

    /** Re-reads the info line (e.g. after the claim's contradictions changed). */
    public void refreshInfo() {
        info.refresh();
    }

    /** The find bar, above the text; made the first time it is opened. */
    private FindBar findBar() {
        if (findBar == null) {
            // The words found stay selected after Escape (a number key tags them, Shift+arrows extend them: factcheck47), but
            // the tag bar does not come up over the text: closing Find asks to mark nothing (audit r57: the bar hid the
            // lines above the place found). It comes with the user's own selection, as for any other.
            findBar = new FindBar(index, vm.find(), () -> shown().caret(), hit -> {
                shown().focus();
                hit.ifPresent(h -> {
                    shown().select(h.start(), h.end());
                    tagging.leftByFind(h);
                });
            }, vm.articleProperty());
            getChildren().add(1, findBar);
        }
        return findBar;
    }

    /** A key pressed in the pane, or handed to it (PaneKeys): a digit tags the selection, S and T ask about the claim chosen. */
    public void keyPressed(KeyEvent e) {
        tagging.keyPressed(e);
    }

    /** The text the pane shows now: the light first frame, or RichTextFX's area once it has taken over. */
    private ShownText shown() {
        return area == null ? light : rich;
    }

    /** Where the text is scrolled to, for the window's layout: the offset (UTF-16 units) of the first character of the line at the view's top; 0 with no text. */
    public int topOffset() {
        return shown().topOffset();
    }

    /** Shows the line holding an offset (UTF-16 units) at the top of the view (its paragraph while the light first frame shows): where the pane was left last time. */
    public void showAtTop(int offset) {
        shown().showAtTop(offset);
    }

    /** The screen bounds of [from, to) of the text in one paragraph, as shown now (light text or area); empty where not laid out. */
    public Optional<Bounds> characterBoundsOnScreen(int from, int to) {
        return shown().characterBoundsOnScreen(from, to);
    }

    /** Gives the text the keyboard (the light first frame's, or the area; the area that takes over keeps it). */
    public void focusText() {
        shown().focus();
    }

    /** Whether the text has the keyboard (either the light first frame's or the area). */
    public javafx.beans.value.ObservableValue<Boolean> textFocusedProperty() {
        return body.focusWithinProperty();
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

    /** RichTextFX's area; null while the pane shows its light first frame (until it has been laid out in a window). */
    public InlineCssTextArea textArea() {
        return area;
    }
}
