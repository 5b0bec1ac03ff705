package org.claimbench.ui.workbench;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * Brings claims into view: in a pane that already shows their article, else in the current pane;
 * two claims side by side for review, each scrolled to the middle and emphasised.
 */
final class PaneNavigator {

    private final WorkspaceModel model;
    private final ObservableList<ArticlePaneViewModel> panes;
    private final ObjectProperty<ArticlePaneViewModel> activePane;
    private final Supplier<Optional<ArticlePaneViewModel>> addPane;
    /** Each pane as the user had it before a review took the panes over, or null if not taken. */
    private List<UsersPane> before;
    /** Where a pane's text is scrolled to (the view reads it); 0 until the view says. */
    private java.util.function.ToIntFunction<ArticlePaneViewModel> topOf = p -> 0;
    /** Scrolls a pane's text back to a place (the view does it). */
    private java.util.function.ObjIntConsumer<ArticlePaneViewModel> showAtTop = (p, top) -> { };

    /**
     * A pane as the user had it before a review took the panes over: its article (-1: none) and the offset (UTF-16 units)
     * of the first character of the line at its top ({@code ArticlePaneView#topOffset}).
     */
    record UsersPane(long articleId, int top) {
    }

    PaneNavigator(WorkspaceModel model, ObservableList<ArticlePaneViewModel> panes, ObjectProperty<ArticlePaneViewModel> activePane,
                  Supplier<Optional<ArticlePaneViewModel>> addPane) {
        this.model = model;
        this.panes = panes;
        this.activePane = activePane;
        this.addPane = addPane;
    }

    void showClaim(Claim c) {
        showClaim(c, false);
    }

    /**
     * Shows a claim in the pane that shows its article, else in the current one, scrolled to and emphasised; {@code outline}:
     * boxed as well, the one outline on screen, as a suggested claim chosen is ({@link #showSpan}; the Claims tab's Enter and
     * double-click, whose row is outlined wherever a pane shows it already).
     */
    void showClaim(Claim c, boolean outline) {
        ArticlePaneViewModel pane = paneShowing(c.articleId()).orElse(current());
        activePane.set(pane);
        model.article(c.articleId()).ifPresent(a -> pane.showThen(a, () -> {
            pane.emphasise(List.of(c.id()), true);
            if (outline && !c.isOrphan()) {
                unoutlineAllBut(pane);
                pane.outline(new TextSpan(c.start(), c.end()));
            }
        }));
    }

    /**
     * Shows two claims for review, both emphasised, moving as little as it can (student59: "Show" swapped the user's two
     * articles between the panes, and a pair of one article put it in both panes, the other article gone from view). Two
     * claims of one article are shown in one pane, scrolled to the first of them (the pane that shows the article already,
     * else the current one), the other panes left as they were; where they are too far apart for one view, that article
     * in two panes, one at each claim, so both are in sight. Two claims of two articles: each in a pane that shows its
     * article already, else in another pane, so an article already shown stays in its pane (A may be right of B; the line
     * says which is where). The panes the user had are remembered first ({@link #restore}).
     *
     * @param said told which pane shows which claim ({@link #where}), for the status line: at once, or once the
     *             article is read when whether both claims fit in one pane depends on its text
     */
    void showPair(Claim a, Claim b, Consumer<String> said) {
        startMarking();
        if (a.isOrphan() || b.isOrphan()) {
            // A claim whose words an edit deleted has no place in its article: the other is shown alone and the line says
            // which is gone (both panes showed the one article, "A left, B right", and B was nowhere: a newcomer, stop 46).
            Claim shown = a.isOrphan() ? b : a;
            if (!shown.isOrphan()) {
                showClaim(shown);
            }
            said.accept((shown.isOrphan() ? "both claims' words are gone from their articles' text"
                    : (shown == a ? "A shown; B" : "B shown; A") + "'s words are gone from its article's text")
                    + ": re-place that claim at other words or delete the contradiction");
            return;
        }
        if (a.articleId() != b.articleId()) {
            said.accept(showSideBySide(a, b));
            return;
        }
        boolean apart = a.end() <= b.start() || b.end() <= a.start();
        ArticlePaneViewModel pane = paneShowing(a.articleId()).orElse(current());
        Claim first = a.start() <= b.start() ? a : b;
        Claim last = first == a ? b : a;
        model.article(a.articleId()).ifPresent(article -> pane.showThen(article, () -> {
            if (apart && !pane.fits(first.start(), last.end())) {
                // One pane would leave the second claim out of sight (a long paragraph between them): the article in a
                // second pane too, one at each claim, so the row's two claims are both seen (issue 14, WorkbenchUiTest).
                said.accept(showSideBySide(a, b));
                return;
            }
            pane.outline(null);
            pane.emphasise(List.of(a.id(), b.id()), false);
            pane.scrollTo(first.start());
            unemphasiseAllBut(List.of(pane));
            showNoSecondCopy(pane);
            String in = name(panes.indexOf(pane));
            boolean sameWords = a.start() == b.start() && a.end() == b.end();
            said.accept(!apart ? (sameWords ? "A and B on the same words, in " : "A and B overlap, in ") + in
                    : (first == a ? "A above B" : "B above A") + ", both in " + in);
        }));
    }

    /**
     * Another pane that shows the article of {@code pane} (the pair before had its two claims far apart in it) shows
     * again what it showed before the review, so the article is not seen twice.
     */
    private void showNoSecondCopy(ArticlePaneViewModel pane) {
        long shown = pane.article().map(org.claimbench.domain.Article::id).orElse(-1L);
        for (int i = 0; i < panes.size(); i++) {
            ArticlePaneViewModel p = panes.get(i);
            Optional<org.claimbench.domain.Article> was = i < before.size() ? model.article(before.get(i).articleId()) : Optional.empty();
            if (p != pane && p.article().map(x -> x.id() == shown).orElse(false) && was.isPresent() && was.get().id() != shown) {
                p.show(was.get(), null);
            }
        }
    }

    /**
     * Each claim in a pane of its own (two articles, or one article whose two claims do not fit in one view: that article
     * in two panes, the one that showed it kept); which pane shows which ({@link #where}).
     */
    private String showSideBySide(Claim a, Claim b) {
        while (panes.size() < 2) {
            addPane.get();
        }
        ArticlePaneViewModel forA = paneShowing(a.articleId()).orElse(null);
        boolean sameArticle = a.articleId() == b.articleId();
        ArticlePaneViewModel forB = (sameArticle ? paneShowing(b.articleId(), forA) : paneShowing(b.articleId())).orElse(null);
        if (forA == null) {
            forA = otherThan(forB);
        }
        if (forB == null) {
            forB = otherThan(forA);
        }
        // An article already shown stays in its pane, A right of B if so (the status line says which is where): putting A
        // always left swapped the user's two articles between the panes (student59; factcheck51 had asked A left).
        showIn(forA, a, List.of(a.id(), b.id()));
        showIn(forB, b, List.of(b.id(), a.id()));
        unemphasiseAllBut(List.of(forA, forB));
        return where(panes.indexOf(forA), panes.indexOf(forB));
    }

    /**
     * Which pane shows which claim, for the status line: "A left, B right" with two panes ("A right, B left" where panes
     * already showing the articles were kept), "A in pane 3, B in pane 1" with more (panes counted from the left, from 1).
     */
    private String where(int paneA, int paneB) {
        if (panes.size() == 2) {
            return paneA < paneB ? "A left, B right" : "A right, B left";
        }
        return "A in pane " + (paneA + 1) + ", B in pane " + (paneB + 1);
    }

    /** A pane's name for the status line: "the pane" alone, "the left pane" or "the right pane" of two, else "pane 3". */
    private String name(int pane) {
        if (panes.size() == 1) {
            return "the pane";
        }
        if (panes.size() == 2) {
            return pane == 0 ? "the left pane" : "the right pane";
        }
        return "pane " + (pane + 1);
    }

    /** Draws a box around a span of an article (a suggested claim) and scrolls to it, so that accepting it is accepting what is seen. */
    void showSpan(long articleId, TextSpan span) {
        startMarking();
        ArticlePaneViewModel pane = paneShowing(articleId).orElse(current());
        unoutlineAllBut(pane);
        model.article(articleId).ifPresent(a -> pane.showThen(a, () -> pane.outline(span)));
    }

    /**
     * Draws a box around a claim and scrolls to it in the pane that shows its article already (a row chosen in the
     * Claims tab), as {@link #showSpan} does, but no pane's article is changed, nothing is remembered to put back and
     * no pane takes the keyboard; false (nothing done) when no pane shows the article. Of several panes showing it, the
     * one the user works in (the blue line) outlines it, else the first.
     */
    boolean outlineWhereShown(Claim c) {
        ArticlePaneViewModel working = current();
        Optional<ArticlePaneViewModel> pane = working.article().filter(a -> a.id() == c.articleId()).map(a -> working)
                .or(() -> paneShowing(c.articleId()));
        pane.ifPresent(p -> {
            unoutlineAllBut(p);
            p.outline(new TextSpan(c.start(), c.end()));
        });
        return pane.isPresent();
    }

    /** No pane outlines a span (a claim clicked in the text is boxed as picked; a row's outline would be a second mark). */
    void unoutline() {
        unoutlineAllBut(null);
    }

    /** One outline on screen: the row chosen before may be in another pane. */
    private void unoutlineAllBut(ArticlePaneViewModel pane) {
        panes.stream().filter(p -> p != pane).forEach(p -> p.outline(null));
    }

    /**
     * A review marks what it shows (a pair emphasised, a suggested claim outlined): the claims picked for a link before
     * let go (the review's marks take their place, and Ctrl+L would link two claims no longer marked).
     */
    private void startMarking() {
        remember();
        onReview.run();
        reviewMarks = true;
    }

    /** Told when a review is about to mark what it shows (the workbench lets the claims picked for a link go). */
    void setOnReview(Runnable onReview) {
        this.onReview = onReview;
    }

    private Runnable onReview = () -> { };
    /** Whether a review's marks may be on the panes (set when it shows a row, cleared by {@link #unmarkAll}). */
    private boolean reviewMarks;

    /**
     * The user turned from the review's row to their own reading (chose what a pane shows, closed one, left the review
     * lists): the pair or suggested claim the review marked is no longer what they look at, so its marks go.
     */
    void endReviewMarks() {
        if (reviewMarks) {
            unmarkAll();
        }
    }

    /** Whether a review has taken the panes over since the user last chose what they show. */
    boolean taken() {
        return before != null;
    }

    /** Whether some pane shows the article. */
    boolean shows(long articleId) {
        return paneShowing(articleId).isPresent();
    }

    /** How the view reads where a pane's text is scrolled to and scrolls it back there (remembered with the user's panes). */
    void setTops(java.util.function.ToIntFunction<ArticlePaneViewModel> topOf, java.util.function.ObjIntConsumer<ArticlePaneViewModel> showAtTop) {
        this.topOf = topOf;
        this.showAtTop = showAtTop;
    }

    /**
     * The panes as the user had them before a review took them over (what {@link #restore} puts back), in order; empty
     * when no review has taken them since the user last chose what they show.
     */
    Optional<List<UsersPane>> usersPanes() {
        return Optional.ofNullable(before);
    }

    /** The user chose what a pane shows: that is their layout now, nothing to put back. */
    void forget() {
        before = null;
    }

    /**
     * Puts back the articles the panes showed before a review took them over (panes the review
     * added go), each scrolled back to where the user had it; whether there was anything to put back.
     */
    boolean restore() {
        if (before == null) {
            return false;
        }
        List<UsersPane> shown = before;
        before = null;
        while (panes.size() > Math.max(1, shown.size())) {
            panes.remove(panes.size() - 1);
        }
        if (!panes.contains(activePane.get())) {
            activePane.set(panes.get(0));
        }
        unmarkAll();
        for (int i = 0; i < panes.size(); i++) {
            ArticlePaneViewModel p = panes.get(i);
            Optional<org.claimbench.domain.Article> a = i < shown.size() ? model.article(shown.get(i).articleId()) : Optional.empty();
            if (a.isEmpty()) {
                if (p.article().isPresent()) {
                    p.clear();
                }
                continue;
            }
            // The review scrolled the panes it kept to its claims too: each goes back to the user's place in it.
            int top = shown.get(i).top();
            if (p.article().map(x -> x.id() != a.get().id()).orElse(true)) {
                p.showThen(a.get(), () -> showAtTop.accept(p, top));
            } else {
                showAtTop.accept(p, top);
            }
        }
        return true;
    }

    private void remember() {
        if (before == null) {
            before = panes.stream().map(p -> new UsersPane(p.article().map(org.claimbench.domain.Article::id).orElse(-1L), topOf.applyAsInt(p))).toList();
        }
    }

    /** A pane for a claim's article other than the pane given: an empty one, else the first other. */
    private ArticlePaneViewModel otherThan(ArticlePaneViewModel taken) {
        return panes.stream().filter(p -> p != taken && p.article().isEmpty()).findFirst()
                .orElse(panes.stream().filter(p -> p != taken).findFirst().orElseThrow());
    }

    /** No pane outlines or emphasises a claim: the review list has nothing chosen (the panes keep their articles). */
    void unmarkAll() {
        reviewMarks = false;
        panes.forEach(p -> {
            p.outline(null);
            p.emphasise(List.of(), false);
        });
    }

    private void unemphasiseAllBut(List<ArticlePaneViewModel> used) {
        panes.stream().filter(p -> !used.contains(p)).forEach(p -> p.emphasise(List.of(), false));
    }

    private void showIn(ArticlePaneViewModel pane, Claim c, List<Long> emphasise) {
        model.article(c.articleId()).ifPresent(a -> pane.showThen(a, () -> {
            pane.outline(null);
            pane.emphasise(emphasise, false);
            pane.scrollTo(c.start());
        }));
    }

    Optional<ArticlePaneViewModel> paneShowing(long articleId) {
        return paneShowing(articleId, null);
    }

    /** The first pane other than {@code except} that shows the article. */
    private Optional<ArticlePaneViewModel> paneShowing(long articleId, ArticlePaneViewModel except) {
        return panes.stream().filter(p -> p != except && p.article().map(a -> a.id() == articleId).orElse(false)).findFirst();
    }

    private ArticlePaneViewModel current() {
        ArticlePaneViewModel p = activePane.get();
        return p != null && panes.contains(p) ? p : panes.get(0);
    }
}
