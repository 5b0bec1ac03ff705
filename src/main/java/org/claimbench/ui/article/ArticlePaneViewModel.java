package org.claimbench.ui.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.Workspace;

/**
 * One article pane: which article it shows, its text and claims, the user's selection, the claim
 * under the caret, and which claims are emphasised. Restyles are asked for by range, so marking a
 * claim redraws only that claim's text.
 */
public final class ArticlePaneViewModel {

    private static long serials;
    private final PaneContext context;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RestyleRequest> restyle = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TextSpan> selection = new SimpleObjectProperty<>();
    private final LongProperty focusedClaim = new SimpleLongProperty(-1);
    private List<Claim> claims = List.of();
    private final PaneMarks marks = new PaneMarks(() -> claims, this::request);
    private final ClaimPlaces places = new ClaimPlaces();
    private TextPreparer preparer;
    private Object prepared;

    /** What builds, off the JavaFX thread, what the view shows for a text and its claims. */
    public void setPreparer(TextPreparer preparer) {
        this.preparer = preparer;
    }

    /** Whether a preparer builds, off the JavaFX thread, what the view shows for each article read. */
    boolean prepares() {
        return preparer != null;
    }

    /** What the preparer built for the text just set, once; null when there is none (the view then styles the text itself). */
    public Object takePrepared() {
        Object p = prepared;
        prepared = null;
        return p;
    }

    public ArticlePaneViewModel(PaneContext context) {
        this.context = context;
        // The claim under the caret only feeds the info line. Restyling it would replace the
        // text nodes under a mouse press, and the release would then never reach the text area.
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Optional<Article> article() {
        return Optional.ofNullable(article.get());
    }

    /** The line under the title, whole: outlet, date (or the event's), claims count ({@link Byline#line}); "" with no article. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** The line under the title as its parts, for a view to fit to its room ({@link Byline#fit}); null with no article. */
    public ReadOnlyObjectProperty<Byline> bylineProperty() {
        return byline.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Byline> byline = new ReadOnlyObjectWrapper<>();

    private void updateHeader() {
        Article a = article.get();
        // All the article's claims, as the article list and the legend count them: those whose words an edit deleted too,
        // which the pane cannot draw (it said "5 claims" beside the legend's 6: a newcomer, stop 46).
        // Those the pane cannot draw (not among its placed claims, ClaimPlaces.placed) are said apart (editor55: "8 claims" over
        // a text that showed 6, after an edit).
        int all = a == null ? 0 : context.workspace().map(w -> w.claimCountOf(a.id())).orElse(claims.size());
        Byline now = a == null ? null : Byline.of(a.metadata(), all, Math.max(0, all - claims.size()));
        // The header first: a view that falls back on the header when the byline goes (no article) reads it at once.
        header.set(now == null ? "" : now.line());
        byline.set(now);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RestyleRequest> restyleProperty() {
        return restyle.getReadOnlyProperty();
    }

    /** An offset the view should scroll into view. */
    public ReadOnlyObjectProperty<Integer> scrollToProperty() {
        return marks.scrollToProperty();
    }

    public ObjectProperty<TextSpan> selectionProperty() {
        return selection;
    }

    public LongProperty focusedClaimProperty() {
        return focusedClaim;
    }

    public ObservableSet<Long> emphasised() {
        return marks.emphasised();
    }

    public List<Claim> claims() {
        return claims;
    }

    /**
     * Shows an article: its text is read in the background, then drawn with its claims. The latest
     * request wins: an article still being read when another is asked for is never shown over it
     * (reviewing fast, the panes must show the row chosen last, not the one before).
     */
    public void show(Article a, Runnable whenShown) {
        long mine = ++requests;
        Workspace w = context.workspace().orElse(null);
        if (w == null || a == null) {
            clear();
            return;
        }
        HighlightStyles.Look look = lookFor(a.id());
        context.tasks().run("Opening " + a.title(), p -> load(w, a, look), loaded -> {
            if (mine != requests) {
                return;
            }
            show(loaded);
            if (whenShown != null) {
                whenShown.run();
            }
        }, e -> clear());
    }

    /**
     * Runs then with the article shown: at once if the pane shows it already (any article still
     * being read for it is let go), else once it is read and drawn.
     */
    public void showThen(Article a, Runnable then) {
        if (article.get() != null && a != null && article.get().id() == a.id()) {
            requests++;
            then.run();
        } else {
            show(a, then);
        }
    }

    /** Counts the requests to show an article; a read whose request is no longer the last is dropped. */
    private long requests;

    /**
     * Reads an article and draws it with its claims, on any thread: the text, the claims, and
     * what the view shows for them.
     */
    public Loaded load(Workspace w, Article a, HighlightStyles.Look look) {
        String t = w.text(a.id());
        List<Claim> cs = ClaimPlaces.placed(w, a.id());
        TextPreparer prepare = preparer;
        return new Loaded(a, t, cs, prepare == null ? null : prepare.prepare(t, cs, look), look);
    }

    /** Reads an article of a workspace that is not shown yet, drawn as it will be once it is. */
    public Loaded load(Workspace w, Article a, boolean dark) {
        return load(w, a, new HighlightStyles.Look(org.claimbench.domain.Source.coloursById(w.sources()), Set.of(), Set.of(), dark, List.of()));
    }

    /** Shows an article read by {@link #load}, at once. */
    public void show(Loaded loaded) {
        requests++;
        marks.forgetOutline();
        find.reset();
        places.reset();
        article.set(loaded.article());
        claims = loaded.claims();
        updateHeader();
        selection.set(null);
        focusedClaim.set(-1);
        prepared = loaded.prepared();
        text.set(loaded.text());
        if (loaded.prepared() != null && prepared == null) {
            // The view took the prepared document: the text is styled already.
            restyle.set(new RestyleRequest(0, loaded.text().length(), ++serials, true));
            if (!loaded.look().equals(look())) {
                restyleAll();
            }
        } else {
            prepared = null;
            restyleAll();
        }
    }

    /** An article with its text and claims, and what the view draws for them, read off the JavaFX thread. */
    public record Loaded(Article article, String text, List<Claim> claims, Object prepared, HighlightStyles.Look look) {
    }

    public void clear() {
        requests++;
        marks.forgetOutline();
        article.set(null);
        claims = List.of();
        updateHeader();
        marks.clearEmphasis();
        text.set("");
        restyleAll();
    }

    /** Called when the article's metadata changed (title, outlet, date). */
    public void articleUpdated(Article a) {
        if (article.get() != null && article.get().id() == a.id()) {
            article.set(a);
            updateHeader();
        }
    }

    /**
     * Re-reads the claims and restyles only the text whose claims changed: the words of the claims named (all claims may
     * have changed when {@code claimIds} is empty).
     */
    public void claimsChanged(Set<Long> claimIds) {
        Article a = article.get();
        Workspace w = context.workspace().orElse(null);
        if (a == null || w == null || !w.article(a.id()).map(x -> x.textSha256().equals(a.textSha256())).orElse(false)) {
            // Gone, or its text changed: the new text, read again, brings its claims (drawn on the old text they were off).
            return;
        }
        List<Claim> now = ClaimPlaces.placed(w, a.id());
        TextSpan changed = org.claimbench.ui.common.ChangedStretch.of(claims, now, claimIds);
        claims = now;
        updateHeader();
        if (changed != null) {
            request(changed.start(), changed.end());
        }
    }

    /** Redraws one span of the text (a suggestion that appeared or went). */
    public void restyle(TextSpan span) {
        request(span.start(), span.end());
    }

    /**
     * Redraws spans of the text: one by one when they are few, else the whole text in one go
     * (each restyle of a long text costs about as much as restyling all of it).
     */
    public void restyle(List<TextSpan> spans) {
        if (text.get().isEmpty() || spans.isEmpty()) {
            return;
        }
        if (spans.size() > RESTYLE_ONE_BY_ONE) {
            restyleAll();
        } else {
            spans.forEach(this::restyle);
        }
    }

    /** Up to this many changed spans are restyled one by one. */
    static final int RESTYLE_ONE_BY_ONE = 8;

    public void restyleAll() {
        request(0, text.get().length());
    }

    private void request(int from, int to) {
        int len = text.get().length();
        restyle.set(new RestyleRequest(Math.min(from, len), Math.min(to, len), ++serials));
    }

    /** How the view draws claims right now. */
    public HighlightStyles.Look look() {
        return new HighlightStyles.Look(context.sourceColours(), context.hiddenSources(), Set.copyOf(marks.emphasised()), context.dark(),
                article().map(a -> context.suggestedSpans(a.id())).orElse(List.of()), marks.featured(), marks.outlined().orElse(null), find.found(),
                find.current().orElse(null));
    }

    /** How the view would draw an article's claims, copied: safe to read on the background thread that prepares it. */
    private HighlightStyles.Look lookFor(long articleId) {
        return new HighlightStyles.Look(Map.copyOf(context.sourceColours()), Set.copyOf(context.hiddenSources()), Set.copyOf(marks.emphasised()),
                context.dark(), List.copyOf(context.suggestedSpans(articleId)), marks.featured(), null, List.of());
    }

    /** The innermost claim at an offset of the text (of claims on the same words, the one drawn as the background). */
    public Optional<Claim> claimAt(int offset) {
        return ClaimPlaces.claimAt(claims, context.hiddenSources(), marks.featured(), offset);
    }

    /** The other claims drawn on the very same words as {@code c} (sources hidden in the legend left out). */
    public List<Claim> othersOnSameWords(Claim c) {
        return ClaimPlaces.othersOnSameWords(claims, context.hiddenSources(), c);
    }

    /**
     * The claim a click at an offset picks: the innermost claim there; clicked again, the next claim
     * on the very same words, so each of two claims on the same words can be picked in the text.
     */
    public Optional<Claim> pickAt(int offset) {
        Optional<Claim> c = places.pickAt(claims, context.hiddenSources(), marks.featured(), offset);
        if (c.isPresent() && !c.equals(claimAt(offset))) {
            focusedClaim.set(c.get().id());
        }
        return c;
    }

    /**
     * The selection as a claim: blanks at its ends dropped, and a word cut at either end taken
     * whole when more than half of it is covered, else left out ({@link WordSnap}). Empty if only blanks are selected.
     */
    public Optional<TextSpan> trimmedSelection() {
        return WordSnap.snap(text.get(), selection.get());
    }

    /**
     * Emphasises the given claims and, if asked, scrolls the first of them into view. The first is
     * also the claim this pane features: drawn as the background where another claim has its very words.
     */
    public void emphasise(java.util.Collection<Long> claimIds, boolean scroll) {
        marks.emphasise(claimIds, scroll);
    }

    /** Find in this pane's text (Ctrl+F). */
    public PaneFind find() {
        return find;
    }

    private final PaneFind find = new PaneFind(() -> text.get(), this::restyle, this::select);

    /** The span drawn with a box (the suggested claim chosen in the list). */
    public Optional<TextSpan> outlined() {
        return marks.outlined();
    }

    /** Draws a box around a span (a suggested claim chosen in the list) and scrolls it into view; null takes the box away. */
    public void outline(TextSpan span) {
        marks.outline(span);
    }

    /** Selects a span of the text (e.g. a suggested claim) and scrolls it into view. */
    public void select(TextSpan span) {
        marks.select(span);
    }

    public ReadOnlyObjectProperty<TextSpan> selectRequestProperty() {
        return marks.selectRequestProperty();
    }

    /** Scrolls an offset of the text (UTF-16 units) into view. */
    public void scrollTo(int offset) {
        marks.scrollTo(offset);
    }

    /** How the view tells whether a stretch [from, to) of the text fits in its view; none: nothing fits. */
    public void setFit(java.util.function.BiPredicate<Integer, Integer> fit) {
        this.fit = fit;
    }

    private java.util.function.BiPredicate<Integer, Integer> fit = (from, to) -> false;

    /** Whether the text from the line of {@code from} to {@code to} (UTF-16 units) fits in the pane's view as it is laid out now. */
    public boolean fits(int from, int to) {
        return fit.test(from, to);
    }
}
