package org.claimbench.ui.workbench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.stage.Window;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.ContradictionStatus;
import org.claimbench.ui.claims.ClaimsTableViewModel;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.ui.contradictions.ContradictionDialog;
import org.claimbench.ui.suggestions.SuggestionsViewModel;

/**
 * Linking two claims as a contradiction by hand (Ctrl+L, the toolbar, a pane's Link to…): two claims picked go to the Link
 * dialog; one claim chosen opens the Link to… chooser of its partners, those the contradiction suggestions pair it with
 * first; a link starts with the kind the suggestion read for the pair, else Other.
 */
public final class Linking {

    private final WorkspaceModel model;
    private final ClaimPicking picking;
    private final ClaimsTableViewModel claims;
    private final SuggestionsViewModel suggestions;
    private final PaneNavigator navigator;
    private Runnable asked = () -> { };

    Linking(WorkspaceModel model, ClaimPicking picking, ClaimsTableViewModel claims, SuggestionsViewModel suggestions, PaneNavigator navigator) {
        this.model = model;
        this.picking = picking;
        this.claims = claims;
        this.suggestions = suggestions;
        this.navigator = navigator;
    }

    /** What a pane's Link to… asks for (the chooser, which the menus show with their window). */
    void onAsked(Runnable r) {
        asked = r;
    }

    /** A pane's Link to… with its claim picked. */
    void ask() {
        asked.run();
    }

    /**
     * Ctrl+L: with one claim chosen, its partner from the Link to… chooser (not by scrolling another pane to it); with two
     * picked, the Link dialog; with none, a hint in the status bar.
     */
    void ask(Window owner) {
        if (picking.picked().size() < 2 && claims.selectedTwo().size() == 2) {
            // Two rows a command selected (a search's Enter found two) are not boxed as picked (C9); Ctrl+L on them is the
            // user's own choice of the pair.
            picking.pickTwo(claims.selectedTwo());
        }
        Optional<Claim> one = picking.picked().size() >= 2 ? Optional.empty() : picking.oneToLink(claims.selectedOne());
        if (one.isPresent()) {
            Claim a = one.get();
            Map<Long, ContradictionKind> suggested = suggestedPartners(a);
            java.util.Set<Long> linked = linkedWith(a);
            java.util.function.LongFunction<String> eventOf = article -> model.article(article)
                    .flatMap(x -> model.workspace().map(w -> w.analysis().eventOf(x))).orElse("");
            String event = eventOf.apply(a.articleId());
            var choice = LinkPartnerChooser.show(owner, sourceName(a), a, LinkPartners.of(a, claims.allRows(), suggested, linked, eventOf),
                    suggested, LinkPartners.leftOut(a, claims.allRows(), linked),
                    p -> LinkPartners.group(a, p, suggested.keySet(), event, eventOf));
            if (choice.isEmpty()) {
                return;
            }
            picking.picked().setAll(a, choice.get().partner());
            if (!choice.get().details()) {
                // The kind the suggestions read for the pair, else Other (a newcomer, stop 47: every link by hand was "Other").
                link(suggested.getOrDefault(choice.get().partner().id(), ContradictionKind.OTHER), ContradictionStatus.CONFIRMED, "");
                return;
            }
        }
        if (!picking.canLink()) {
            return;
        }
        Claim a = picking.picked().get(0);
        Claim b = picking.picked().get(1);
        // Two claims linked by hand have been judged by the one who linked them, as an accepted suggestion has (issue 14
        // item 2): Confirmed is offered, Open one choice away (newcomer35 changed it every time, 6 actions a link).
        ContradictionDialog.show(owner, "Link as contradiction", sourceName(a), a.exact(), sourceName(b), b.exact(), kind(a, b),
                ContradictionStatus.CONFIRMED, "").ifPresent(r -> link(r.kind(), r.status(), r.note()));
    }

    /** Links the two picked claims as a contradiction with the status the user chose (open, confirmed or dismissed). */
    public void link(ContradictionKind kind, ContradictionStatus status, String note) {
        picking.link(kind, status, note);
        if (picking.picked().isEmpty()) {
            // Linked: the pair's marks served their purpose; the row outline of the table's choice goes too.
            navigator.unoutline();
        }
    }

    /**
     * The claims the contradiction suggestions pair with {@code chosen}, by claim id, best first, each with the kind of
     * conflict suggested; empty while the suggestions are being made.
     */
    Map<Long, ContradictionKind> suggestedPartners(Claim chosen) {
        Map<Long, ContradictionKind> out = new LinkedHashMap<>();
        suggestions.contradictions().stream()
                .filter(r -> r.a().id() == chosen.id() || r.b().id() == chosen.id())
                .sorted(Comparator.comparingDouble(r -> -r.suggestion().score()))
                .forEach(r -> out.putIfAbsent(r.a().id() == chosen.id() ? r.b().id() : r.a().id(), r.suggestion().signals().get(0).kind()));
        return out;
    }

    /** The ids of the claims a contradiction (of any status) already joins with {@code chosen}: a pair is linked once. */
    private java.util.Set<Long> linkedWith(Claim chosen) {
        return model.workspace().map(w -> w.contradictionsOf(chosen.id()).stream().map(x -> x.other(chosen.id()))
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
    }

    /** The kind a link of two claims starts with: the one their suggested contradiction names, else Other. */
    private ContradictionKind kind(Claim a, Claim b) {
        return suggestedPartners(a).getOrDefault(b.id(), ContradictionKind.OTHER);
    }

    private String sourceName(Claim c) {
        return model.source(c.sourceId()).map(org.claimbench.domain.Source::name).orElse("?");
    }
}
