package org.claimbench.ui.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.claimbench.domain.Article;
import org.claimbench.domain.QuoteMarks;
import org.claimbench.ui.common.WorkspaceModel;

/**
 * A line above the suggested claims while the claims marked cannot give many contradiction suggestions: contradictions
 * are suggested between claims about the same event (two sides' accounts listed first, ReviewOrder), and every claim marked about some event
 * sits in one article while another article about it still has suggested claims. newcomer44 accepted 21 suggestions in
 * the list's order, all in its first article, and was offered one contradiction; the empty contradiction list said why
 * only once he looked there. The line's button shows that other article's suggested claims (the list's article filter)
 * with the keyboard in the list; × hides the line until another workspace opens. While the list shows that article (the
 * button did its job, or the user chose it), the button goes and the line says what to do there: a newcomer was offered
 * the same button again after clicking it (factcheck51).
 */
final class SameEventHint extends HBox {

    /**
     * An event whose marked claims are all in {@code marked}, while {@code next}, about the same event, has
     * {@code suggestions} suggested claims listed; {@code articles} articles are about it.
     */
    record Next(String event, Article marked, Article next, int suggestions, int articles) {
    }

    private final Label says = new Label();
    private final Button show = new Button();
    private Next next;
    private boolean hidden;
    /** The article the list is filtered to, or null. */
    private final javafx.beans.value.ObservableValue<Article> listed;

    /**
     * The line for a workspace model's suggested claims: shown while {@code inSight} holds and the suggestions are
     * {@code settled}, brought up to date when claims are marked or go, suggestions are listed, events inferred; another
     * workspace shows it again after ×.
     */
    SameEventHint(WorkspaceModel model, ObservableList<ClaimSuggestionRow> claims, ObservableBooleanValue settled,
                  ObservableBooleanValue inSight, javafx.beans.value.ObservableValue<Article> listed, Consumer<Article> showArticle) {
        this.listed = listed;
        dress(this, "sameEventHint", says, "sameEventHintText");
        show.setId("sameEventHintShow");
        show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        show.setOnAction(e -> {
            if (next != null) {
                showArticle.accept(next.next());
            }
        });
        Button close = new Button("×");
        close.setId("sameEventHintClose");
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip("Hide this hint (it comes back in another workspace)"));
        close.setOnAction(e -> {
            hidden = true;
            show(null);
        });
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        show.managedProperty().bind(show.visibleProperty());
        // The sentence has the line's whole width and the button goes under it: beside it, at 1024 × 700 the button took most
        // of the width and the sentence wrapped to many lines, and the student never read what "only …" meant (student-run56).
        javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(4, says, show);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, close);
        managedProperty().bind(visibleProperty());
        show(null);
        Runnable again = () -> show(inSight.get() && settled.get() ? model.workspace().flatMap(w -> find(model.articles(),
                w.analysis()::eventOf, a -> w.claimCountOf(a.id()), countByArticle(claims))).orElse(null) : null);
        model.workspaceProperty().addListener((o, was, now) -> reset());
        claims.addListener((ListChangeListener<ClaimSuggestionRow>) c -> again.run());
        settled.addListener((o, was, now) -> again.run());
        inSight.addListener((o, was, now) -> again.run());
        listed.addListener((o, was, now) -> again.run());
        model.onClaimsChanged(e -> again.run());
        model.onEventsInferred(again);
    }

    /**
     * A line over the suggestions' list as this one is drawn (the hint's colours, claimbench.css {@code .same-event-hint}),
     * its sentence {@code says} wrapping with all its lines shown (the third was cut at 1280 × 720, student-run56): the list
     * under it gives the room. Also {@link NewSuggestionsLine}'s.
     */
    static void dress(HBox line, String id, Label says, String saysId) {
        line.setId(id);
        line.getStyleClass().add("same-event-hint");
        line.setAlignment(Pos.CENTER_LEFT);
        line.setSpacing(8);
        line.setPadding(new Insets(2, 8, 4, 8));
        says.setId(saysId);
        says.setWrapText(true);
        says.setMinWidth(0);
        says.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** Shows what {@code found} says, or nothing (then the line takes no room). */
    void show(Next found) {
        next = hidden ? null : found;
        setVisible(next != null);
        if (next == null) {
            return;
        }
        String event = next.event().isBlank() ? "with no event named" : "about " + next.event();
        Article shown = listed.getValue();
        boolean listing = shown != null && shown.id() == next.next().id();
        show.setVisible(!listing);
        if (listing) {
            says.setText("Listing the suggested claims of " + QuoteMarks.quoted(next.next().title(), 36) + ": accept one (A, or 1–5) and "
                    + "contradictions with " + QuoteMarks.quoted(next.marked().title(), 36) + " can be suggested.");
            return;
        }
        says.setText("Of the " + next.articles() + " articles " + event + ", only " + QuoteMarks.quoted(next.marked().title(), 36)
                + " has claims. Contradictions are suggested between two articles of one event: accept claims of another.");
        show.setText("Show " + QuoteMarks.quoted(next.next().title(), 32) + " (" + next.suggestions() + ")");
        show.setTooltip(new Tooltip("List the suggested claims of “" + next.next().title() + "” (the article filter); A marks one"));
    }

    /** A new workspace: the line may show again. */
    void reset() {
        hidden = false;
        show(null);
    }

    /**
     * The first event, in the order of {@code articles}, with at least two articles, claims marked in exactly one of them,
     * and suggested claims listed in another: that other is the one with the most suggestions (the first of equals).
     * Articles are grouped by {@code event} (a blank label is a group of its own: articles with no event named).
     *
     * @param marked      claims marked per article
     * @param suggestions suggested claims listed, by article id (missing: none)
     */
    static Optional<Next> find(List<Article> articles, Function<Article, String> event, ToIntFunction<Article> marked,
                               Map<Long, Integer> suggestions) {
        Map<String, List<Article>> byEvent = new LinkedHashMap<>();
        for (Article a : articles) {
            byEvent.computeIfAbsent(event.apply(a).strip(), k -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<Article>> e : byEvent.entrySet()) {
            List<Article> group = e.getValue();
            List<Article> withClaims = group.stream().filter(a -> marked.applyAsInt(a) > 0).toList();
            if (group.size() < 2 || withClaims.size() != 1) {
                continue;
            }
            Article best = null;
            int most = 0;
            for (Article a : group) {
                int n = suggestions.getOrDefault(a.id(), 0);
                if (a != withClaims.get(0) && n > most) {
                    best = a;
                    most = n;
                }
            }
            if (best != null) {
                return Optional.of(new Next(e.getKey(), withClaims.get(0), best, most, group.size()));
            }
        }
        return Optional.empty();
    }

    /** Suggested claims per article id. */
    static Map<Long, Integer> countByArticle(List<ClaimSuggestionRow> rows) {
        Map<Long, Integer> n = new HashMap<>();
        for (ClaimSuggestionRow r : rows) {
            n.merge(r.suggestion().articleId(), 1, Integer::sum);
        }
        return n;
    }
}
