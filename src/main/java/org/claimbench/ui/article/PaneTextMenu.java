package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.common.ColourDot;

/**
 * A pane's right-click menu on its text: tag the selection, re-place a claim at it (the row chosen
 * in the Claims tab or the claim clicked last), set that claim's speaker or topic, copy, find, and the article's own menu (details,
 * text, versions). Made afresh each time it opens, so it says what it would do now.
 */
final class PaneTextMenu {

    private final ArticlePaneViewModel vm;
    private final ObservableList<Source> sources;
    private final PaneActions actions;
    private final Supplier<List<MenuItem>> articleMenu;

    PaneTextMenu(ArticlePaneViewModel vm, ObservableList<Source> sources, PaneActions actions, Supplier<List<MenuItem>> articleMenu) {
        this.vm = vm;
        this.sources = sources;
        this.actions = actions;
        this.articleMenu = articleMenu;
    }

    List<MenuItem> items(Consumer<Source> tag, Runnable copySelection, Runnable showFind, javafx.stage.Window owner) {
        boolean selected = vm.trimmedSelection().isPresent();
        Menu tagAs = new Menu("Tag the selection as");
        tagAs.setId("paneTagAs");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "") + s.name(), ColourDot.of(s.colour(), 5));
            item.setOnAction(e -> tag.accept(s));
            tagAs.getItems().add(item);
        }
        tagAs.setDisable(!selected);
        Optional<Claim> claim = actions.claimToReplace(vm);
        MenuItem replace = new MenuItem(claim.map(c -> "Re-place " + org.claimbench.domain.QuoteMarks.quoted(c.exact(), 40) + " at the selected words")
                .orElse("Re-place a claim at the selected words (choose the claim first)"));
        replace.setId("paneReplaceClaim");
        replace.setDisable(!selected || claim.isEmpty());
        claim.ifPresent(c -> replace.setOnAction(e -> actions.replaceAtSelection(vm, c)));
        MenuItem speaker = new MenuItem(claim.map(c -> "Speaker of " + org.claimbench.domain.QuoteMarks.quoted(c.exact(), 40) + "…  (S)")
                .orElse("Speaker of a claim… (click the claim first)"));
        speaker.setId("paneSetSpeaker");
        speaker.setDisable(claim.isEmpty());
        speaker.setOnAction(e -> askSpeaker(vm, actions, owner));
        MenuItem topic = new MenuItem(claim.map(c -> "Topic of " + org.claimbench.domain.QuoteMarks.quoted(c.exact(), 40) + "…  (T)")
                .orElse("Topic of a claim… (click the claim first)"));
        topic.setId("paneSetTopic");
        topic.setDisable(claim.isEmpty());
        topic.setOnAction(e -> askTopic(vm, actions, owner));
        MenuItem linkTo = new MenuItem(claim.map(c -> "Link " + org.claimbench.domain.QuoteMarks.quoted(c.exact(), 40) + " to…")
                .orElse("Link a claim to… (click the claim first)"));
        linkTo.setId("paneLinkTo");
        linkTo.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        linkTo.setDisable(claim.isEmpty());
        claim.ifPresent(c -> linkTo.setOnAction(e -> actions.linkFrom(vm, c)));
        MenuItem copy = new MenuItem("Copy");
        copy.setId("paneCopy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setDisable(!selected);
        copy.setOnAction(e -> copySelection.run());
        MenuItem find = new MenuItem("Find in this article…");
        find.setId("paneFind");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> showFind.run());
        List<MenuItem> items = new ArrayList<>(List.of(tagAs, replace, speaker, topic, linkTo, new SeparatorMenuItem(), copy, find));
        List<MenuItem> article = articleMenu.get();
        if (!article.isEmpty() && vm.article().isPresent()) {
            items.add(new SeparatorMenuItem());
            items.addAll(article);
        }
        return items;
    }

    /**
     * What a key pressed in a pane with no words selected asks about the claim chosen there: S its speaker, T its topic.
     * Returns whether the key was one of them.
     */
    static boolean askForClaim(KeyCode key, ArticlePaneViewModel vm, PaneActions actions, javafx.stage.Window owner) {
        if (key == KeyCode.S) {
            askSpeaker(vm, actions, owner);
            return true;
        }
        if (key == KeyCode.T) {
            askTopic(vm, actions, owner);
            return true;
        }
        return false;
    }

    /**
     * Asks the topic of the claim chosen in a pane (as {@link #askSpeaker} finds it) and gives it that topic, as T does in
     * the Claims tab; with none chosen, the status line says how to choose one.
     */
    static void askTopic(ArticlePaneViewModel vm, PaneActions actions, javafx.stage.Window owner) {
        org.claimbench.ui.claims.TopicsViewModel topics = actions.topics();
        actions.claimToReplace(vm).ifPresentOrElse(c -> org.claimbench.ui.claims.TopicDialogs.askAndSet(owner, topics, List.of(c.id()),
                topics.labelOf(c.topicId()), null), () -> actions.claimCommands().nothingSelected("press T"));
    }

    /**
     * Asks who said the claim chosen in a pane (the claim clicked last, or its row in the Claims tab: {@link
     * PaneActions#claimToReplace}) and gives it that speaker; with none chosen, the status line says how to choose one.
     */
    static void askSpeaker(ArticlePaneViewModel vm, PaneActions actions, javafx.stage.Window owner) {
        actions.claimToReplace(vm).ifPresentOrElse(c -> org.claimbench.ui.claims.SpeakerDialog.ask(owner, c, actions.claimCommands().knownSpeakers())
                .ifPresent(who -> actions.claimCommands().setSpeaker(c.id(), who)), () -> actions.claimCommands().nothingSelected("press S"));
    }
}
