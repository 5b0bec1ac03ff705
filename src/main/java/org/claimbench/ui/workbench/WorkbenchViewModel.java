package org.claimbench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.ui.article.ArticlePaneViewModel;
import org.claimbench.ui.article.PaneActions;
import org.claimbench.ui.articles.ArticleActions;
import org.claimbench.ui.claims.ClaimsTableViewModel;
import org.claimbench.ui.common.TaskRunner;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.ui.contradictions.ContradictionRow;
import org.claimbench.ui.contradictions.ContradictionsViewModel;
import org.claimbench.ui.sources.SourceLegendViewModel;
import org.claimbench.ui.suggestions.SuggestionsViewModel;
import org.claimbench.workspace.Workspace;

/**
 * The main window's state and commands: the article panes side by side, tagging, linking two
 * claims as a contradiction, undo and redo, importing. File handling is in {@link WorkspaceSession};
 * what the panes are drawn with in {@link PaneLook}.
 */
public final class WorkbenchViewModel implements PaneActions {

    public static final int MAX_PANES = 4;

    private final WorkspaceModel model;
    private final TaskRunner tasks;
    private final UserMessages messages;
    private final WorkspaceSession session;
    private final ArticleImports imports;
    private final SuggestionsViewModel suggestions;
    private final PaneNavigator navigator;
    /** The review lists and the panes in step (the suggestions', the Contradictions tab's). */
    private final SuggestionsInPanes inPanes;
    private final PaneChoices paneChoices;
    private final javafx.beans.property.BooleanProperty showSuggestions = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ObservableList<ArticlePaneViewModel> panes = FXCollections.observableArrayList();
    private final ObjectProperty<ArticlePaneViewModel> activePane = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> sticky = new SimpleObjectProperty<>();
    private final ClaimPicking picking;
    private final Linking linking;
    private final ClaimMarking marking;
    private final WorkspacePanes workspacePanes;
    private final StringProperty status = new StatusLine("Ready");
    private final ClaimsTableViewModel claims;
    private final ContradictionsViewModel contradictions;
    private final SourceLegendViewModel legend;
    private final org.claimbench.ui.claims.TopicsViewModel topics;
    private final ArticleCommands articleCommands;
    private final ClaimRowsAndPanes rowsAndPanes;
    private final PaneLook look;

    public WorkbenchViewModel(WorkspaceModel model, TaskRunner tasks, UserMessages messages, WorkspaceSession session) {
        this.model = model;
        this.tasks = tasks;
        this.messages = messages;
        this.session = session;
        this.claims = new ClaimsTableViewModel(model, messages);
        this.contradictions = new ContradictionsViewModel(model, messages);
        this.legend = new SourceLegendViewModel(model, messages, status::set);
        this.topics = new org.claimbench.ui.claims.TopicsViewModel(model, messages);
        topics.setOnStatus(status::set);
        claims.commands().setOnStatus(status::set, status::get);
        StaleKeyHints.keepTrue(status, model.undoTextProperty(), model.redoTextProperty());
        legend.setFilteredCounts(claims::countsBySourceInFilter, claims.rows());
        this.suggestions = new SuggestionsViewModel(model, tasks, messages);
        this.look = new PaneLook(model, tasks, suggestions, showSuggestions, panes);
        this.paneChoices = new PaneChoices(model, panes, activePane, status, () -> new ArticlePaneViewModel(look));
        this.navigator = paneChoices.navigator();
        this.imports = new ArticleImports(model, tasks, messages, status, paneChoices::showImported, paneChoices::showPasted);
        this.picking = new ClaimPicking(model, messages, status);
        this.linking = new Linking(model, picking, claims, suggestions, navigator);
        this.marking = new ClaimMarking(model, messages, status, topics.stickyProperty(), suggestions::statementAt);
        this.articleCommands = new ArticleCommands(model, imports, messages, status, paneChoices::open, paneChoices::openInNewPane);
        this.inPanes = SuggestionsInPanes.wire(suggestions, navigator, status, panes);
        this.rowsAndPanes = new ClaimRowsAndPanes(model, claims, navigator, status);
        navigator.setOnReview(() -> picking.picked().clear());
        claims.setOnPickTwo(picking::pickTwo);
        claims.commands().setSelectionSource(() -> java.util.Optional.ofNullable(activePane.get()).flatMap(p -> p.article()
                .flatMap(a -> p.trimmedSelection().map(s -> new long[] {a.id(), s.start(), s.end()}))));
        contradictions.setOnShow(this::showContradiction);
        contradictions.setOnShowNothing(inPanes::showNothing);
        contradictions.setOnStatus(inPanes::acted);
        this.workspacePanes = new WorkspacePanes(model, panes, activePane, picking.picked(), status);
        workspacePanes.setNewPane(() -> new ArticlePaneViewModel(look));
        workspacePanes.setLayouts(session::layoutOf);
        picking.picked().addListener((ListChangeListener<Claim>) c -> emphasisePicked());
        model.onNotice(status::set);
        addPane();
        addPane();
    }

    // ---- state ---------------------------------------------------------------------------

    public WorkspaceModel model() {
        return model;
    }

    public WorkspaceSession session() {
        return session;
    }

    public ObservableList<ArticlePaneViewModel> panes() {
        return panes;
    }

    public ObjectProperty<ArticlePaneViewModel> activePaneProperty() {
        return activePane;
    }

    @Override
    public ObjectProperty<Source> stickySourceProperty() {
        return sticky;
    }

    public ObservableList<Claim> picked() {
        return picking.picked();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ClaimsTableViewModel claims() {
        return claims;
    }

    public ContradictionsViewModel contradictions() {
        return contradictions;
    }

    /** The topics: their list, setting them on many claims, the sticky topic. */
    public org.claimbench.ui.claims.TopicsViewModel topics() {
        return topics;
    }

    public SourceLegendViewModel legend() {
        return legend;
    }

    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    private java.util.function.Predicate<Path> documentOpener = p -> false;
    private org.claimbench.ui.common.FileChoices fileChoices = new org.claimbench.ui.common.SavePathDialog(org.claimbench.ui.common.FileChoices.system());
    private final ObjectProperty<Path> writtenFile = new SimpleObjectProperty<>();

    /**
     * How a written document (the report) is shown to the user: the app opens it in the browser and
     * says whether one opened (slow: run it in the background). Without one, nothing opens.
     */
    public java.util.function.Predicate<Path> documentOpener() {
        return documentOpener;
    }

    public void setDocumentOpener(java.util.function.Predicate<Path> opener) {
        documentOpener = opener;
    }

    /** Where files are written: the system's save dialogs, or a test's answers, opening where {@link WorkspaceSession#dialogs} says. */
    public org.claimbench.ui.common.FileChoices fileChoices() {
        return session.dialogs(fileChoices);
    }

    public void setFileChoices(org.claimbench.ui.common.FileChoices choices) {
        fileChoices = choices;
    }

    /** The file just written that no program opened (the status bar offers to copy its path), or null. */
    public ObjectProperty<Path> writtenFileProperty() {
        return writtenFile;
    }

    /** Whether suggested claims are underlined (dotted) in the panes (View › Suggested Claims in Text). */
    public javafx.beans.property.BooleanProperty showSuggestionsProperty() {
        return showSuggestions;
    }

    /** Where the window's background work runs (exports, the report, Find in All Articles). */
    public TaskRunner tasks() {
        return tasks;
    }

    // ---- workspace -----------------------------------------------------------------------

    /** First start: the last workspace, or the samples, with two articles side by side. */
    public void start() {
        session.openAtStartup(opened());
    }

    /**
     * How work waits for the window to lay out what just changed: the view sets it; with no
     * window (commands, tests) the work runs at once.
     */
    public void setAfterNextFrame(java.util.function.Consumer<Runnable> afterNextFrame) {
        workspacePanes.setAfterNextFrame(afterNextFrame);
    }

    /**
     * Opening a workspace: the panes' first articles are read and drawn on the background thread
     * that opens the file, and shown in the same turn of the JavaFX thread that takes the
     * workspace over, so the first layout after opening already has them.
     */
    public WorkspaceSession.Opened<List<ArticlePaneViewModel.Loaded>> opened() {
        return workspacePanes.opened();
    }

    /** After a workspace opened: fill the panes with its first articles. */
    public void showOpened(Workspace w) {
        workspacePanes.showOpened(w, List.of());
    }

    // ---- panes ---------------------------------------------------------------------------

    /** Told the layout remembered for a workspace just opened (the view puts back dividers, tab and window), or that it has none. */
    public void setOnLayout(java.util.function.Consumer<org.claimbench.settings.WindowLayout> onLayout, Runnable onNone) {
        workspacePanes.setOnLayout(onLayout, onNone);
    }

    /** Ctrl+T: a new pane showing the first article of the list that no pane shows yet (or none, if every article is shown). */
    public Optional<ArticlePaneViewModel> addPaneWithNextArticle() {
        return paneChoices.addPaneWithNextArticle();
    }

    public Optional<ArticlePaneViewModel> addPane() {
        return paneChoices.addPane();
    }

    @Override
    public void close(ArticlePaneViewModel pane) {
        paneChoices.close(pane);
    }

    /** Ctrl+W: closes the pane worked in (the one with the blue line), as its × does (the last pane is emptied, not closed). */
    public void closeActivePane() {
        paneChoices.close(paneChoices.targetPane());
    }

    @Override
    public void choose(ArticlePaneViewModel pane, Article article) {
        paneChoices.choose(pane, article);
    }

    // ---- tagging and picking ------------------------------------------------------------

    @Override
    public void tag(ArticlePaneViewModel pane, Source source) {
        activePane.set(pane);
        marking.tag(pane, source).ifPresent(c -> rowsAndPanes.clickedInText(picking.marked(c)));
    }

    @Override
    public void tagAsNewSource(ArticlePaneViewModel pane, String name) {
        activePane.set(pane);
        marking.tagAsNewSource(pane, name, legend, c -> rowsAndPanes.clickedInText(picking.marked(c)));
    }

    @Override
    public void picked(ArticlePaneViewModel pane, Claim claim) {
        activePane.set(pane);
        picking.pick(claim);
        rowsAndPanes.clickedInText(claim);
    }

    /**
     * A click on a suggested claim's dotted words (shown: View › Suggested Claims in Text): the status bar says what it is,
     * and the next Ctrl+3 chooses it in the suggestions' list, where A accepts it. A click gave no answer at all
     * (factcheck51); nothing else moves (the pane's place, the keyboard, the claims picked to link).
     */
    @Override
    public void clickedNoClaim(ArticlePaneViewModel pane, int offset) {
        pane.article().filter(a -> look.suggestedSpans(a.id()).stream().anyMatch(s -> s.contains(offset)))
                .flatMap(a -> org.claimbench.ui.suggestions.ClaimSuggestionRow.at(suggestions.claims(), a.id(), offset)).ifPresent(r -> {
                    suggestions.choose(r);
                    String who = r.who().isEmpty() ? "" : " (" + r.who() + ")";
                    status.set("Suggested claim of " + r.source() + who + ": Ctrl+3 chooses it in the list, where A accepts it and D "
                            + "dismisses it; or select words and press a source's number.");
                });
    }

    private void emphasisePicked() {
        List<Long> ids = picking.picked().stream().map(Claim::id).toList();
        panes.forEach(p -> p.emphasise(ids, false));
    }

    @Override
    public String describe(Claim c) {
        return ClaimSummary.of(model, c);
    }

    @Override
    public org.claimbench.ui.claims.ClaimCommands claimCommands() {
        return claims.commands();
    }

    @Override
    public Optional<Claim> claimToReplace(ArticlePaneViewModel pane) {
        return pane.article().flatMap(a -> picking.chosenIn(a.id(), claims.selectedOne()));
    }

    @Override
    public void replaceAtSelection(ArticlePaneViewModel pane, Claim claim) {
        activePane.set(pane);
        pane.trimmedSelection().ifPresentOrElse(span -> claims.commands().replaceAt(claim.id(), span),
                () -> status.set("Select the words the claim should stand on first."));
    }

    /** Linking two claims as a contradiction: what is picked, the Link to… chooser's partners, the kind a link starts with. */
    public Linking linking() {
        return linking;
    }

    @Override
    public void linkFrom(ArticlePaneViewModel pane, Claim claim) {
        activePane.set(pane);
        picking.picked().setAll(claim);
        linking.ask();
    }

    // ---- navigation ---------------------------------------------------------------------

    /** Shows a claim: in a pane that shows its article already, else in the current pane. */
    public void showClaim(Claim c) {
        navigator.showClaim(c);
    }

    /** Shows a place found by Find in All Articles: in the pane that shows its article already, else the current pane. */
    public void showFound(Article article, String phrase, int at) {
        paneChoices.showFound(article, phrase, at);
    }

    /** Shows both claims of a contradiction side by side, each scrolled into view and emphasised. */
    public void showContradiction(ContradictionRow row) {
        // Where A and B are first, as for a suggested pair (SuggestionsInPanes): the line is cut from its end.
        inPanes.showPair(row.a(), row.b(), where -> where + " · " + row.contradiction().kind().label() + " contradiction: " + row.sourceA()
                + " against " + row.sourceB());
    }

    /** View › Back to My Panes: the articles the panes showed before a review took them over. */
    public void restorePanes() {
        paneChoices.restorePanes();
    }

    /** The panes as the user had them before a review took them over (the window keeps these at Ctrl+Q); empty if none took them. */
    java.util.Optional<List<PaneNavigator.UsersPane>> usersPanes() {
        return navigator.usersPanes();
    }

    /** How the view reads and sets where a pane's text is scrolled to, for the user's panes a review remembers. */
    void setPaneTops(java.util.function.ToIntFunction<ArticlePaneViewModel> topOf, java.util.function.ObjIntConsumer<ArticlePaneViewModel> showAtTop) {
        navigator.setTops(topOf, showAtTop);
    }

    /** The user left the review lists: the panes go back to what they showed before the review. */
    public void reviewLeft() {
        paneChoices.reviewLeft();
    }

    public void undo() {
        model.workspace().ifPresent(w -> status.set(w.undo().map(l -> "Undid: " + l + ". Ctrl+Shift+Z redoes it.")
                .orElse("Nothing to undo.")));
    }

    public void redo() {
        model.workspace().ifPresent(w -> status.set(w.redo().map(l -> "Redid: " + l + ".").orElse("Nothing to redo.")));
    }

    // ---- the article list ----------------------------------------------------------------

    /** What the article list asks of the workbench (import, open, details, remove, revise). */
    public ArticleActions articleActions() {
        return articleCommands;
    }

    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    /** Fetches an article by its web address in the background and imports it. */
    public void importUrl(String url) {
        imports.importUrl(url);
    }
}
