package org.claimbench.ui.suggestions;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Label;

/**
 * What the suggestion lists say when they are empty. While the engines read the articles (a first run after opening, a
 * run after an import), an empty list says so: "nothing to suggest" then was untrue for seconds after a restart
 * (newcomer34).
 */
final class SuggestionPlaceholders {

    /** What an empty list says while the suggestions are being looked for. */
    static final String LOOKING = "Looking for suggestions…";

    private SuggestionPlaceholders() {
    }

    static Label claims(SuggestionsViewModel vm) {
        Label none = new Label();
        none.setId("claimSuggestionsPlaceholder");
        BooleanBinding settled = vm.settledProperty();
        none.textProperty().bind(Bindings.createStringBinding(() -> !settled.get() ? LOOKING
                : vm.filter().active() && !vm.claims().isEmpty()
                ? "No claim suggestions of the chosen sources and article." : "No claim suggestions: every attributed statement is marked, or dismissed.",
                vm.filter().shown(), vm.claims(), settled));
        return none;
    }

    /** True however many claims are marked: it says what is compared, not that nothing is marked. */
    static Label contradictions(SuggestionsViewModel vm) {
        Label none = new Label();
        none.setId("contradictionSuggestionsPlaceholder");
        none.textProperty().bind(Bindings.when(vm.settledProperty())
                .then("No likely contradictions among the marked claims. Claims about the same event (Article details › Event) "
                        + "are compared, and listed " + ReviewOrder.SAYS + ". Mark what each side says about the same thing.")
                .otherwise(LOOKING));
        none.setWrapText(true);
        none.setPadding(new Insets(8, 12, 8, 12));
        return none;
    }
}
