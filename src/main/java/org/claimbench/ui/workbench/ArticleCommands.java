package org.claimbench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.ArticleVersion;
import org.claimbench.domain.TextOrigin;
import org.claimbench.ui.articles.ArticleActions;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.WorkspaceException;

/**
 * What the article list asks of the workbench: import, open in a pane, edit the details, remove,
 * give the text a new version; the status line says what happened and how to undo it.
 */
final class ArticleCommands implements ArticleActions {

    private final WorkspaceModel model;
    private final ArticleImports imports;
    private final UserMessages messages;
    private final StringProperty status;
    private final Consumer<Article> open;
    private final Consumer<Article> openInNewPane;

    ArticleCommands(WorkspaceModel model, ArticleImports imports, UserMessages messages, StringProperty status,
                    Consumer<Article> open, Consumer<Article> openInNewPane) {
        this.model = model;
        this.imports = imports;
        this.messages = messages;
        this.status = status;
        this.open = open;
        this.openInNewPane = openInNewPane;
    }

    @Override
    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    @Override
    public void addPasted(String text, String title) {
        imports.addPasted(new org.claimbench.ui.articles.PasteArticleDialog.Result(title, "", null, text));
    }

    @Override
    public void addPasted(org.claimbench.ui.articles.PasteArticleDialog.Result pasted) {
        imports.addPasted(pasted);
    }

    @Override
    public void open(Article article) {
        open.accept(article);
    }

    @Override
    public void openInNewPane(Article article) {
        openInNewPane.accept(article);
    }

    @Override
    public void updateMetadata(Article article, ArticleMetadata metadata) {
        model.workspace().ifPresent(w -> {
            w.updateArticleMetadata(article.id(), metadata);
            status.set("Updated the details of “" + org.claimbench.ui.common.EllipsisCut.toLength(metadata.title(), 50) + "”.");
        });
    }

    @Override
    public void setEvent(List<Article> articles, String event) {
        model.workspace().filter(w -> !articles.isEmpty()).ifPresent(w -> {
            java.util.Map<Long, ArticleMetadata> now = new java.util.HashMap<>();
            w.articles().forEach(a -> now.put(a.id(), a.metadata()));
            String label = articles.size() == 1 ? "Set the event of “" + org.claimbench.ui.common.EllipsisCut.toLength(articles.get(0).title(), 40) + "”"
                    : "Set the event of " + articles.size() + " articles";
            w.inOneStep(label, () -> {
                articles.stream().filter(a -> now.containsKey(a.id()))
                        .forEach(a -> w.updateArticleMetadata(a.id(), now.get(a.id()).withEvent(event)));
                return null;
            });
            status.set((event.isEmpty() ? label.replace("Set the event of", "Took the event off") + "; the inferred event stands"
                    : label + " to “" + event + "”") + ". Ctrl+Z takes it back.");
        });
    }

    @Override
    public String inferredEvent(Article article) {
        return model.workspace().map(w -> w.analysis().inferredEventLabel(article.id())).orElse("");
    }

    @Override
    public String eventOf(Article article) {
        return model.workspace().map(w -> w.analysis().eventOf(article)).orElse("");
    }

    @Override
    public List<String> events() {
        return model.workspace().map(w -> w.articles().stream().map(a -> w.analysis().eventOf(a).strip()).filter(e -> !e.isEmpty())
                .distinct().sorted().toList()).orElse(List.of());
    }

    @Override
    public void remove(Article article) {
        model.workspace().ifPresent(w -> {
            w.deleteArticle(article.id());
            status.set("Removed “" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 50) + "”. Ctrl+Z brings it back.");
        });
    }

    /**
     * A new version from a file replaces the whole text at once: where it would take the words of claims away, the window
     * says which before anything changes (an editor, stop 52, saw two claims lose their words with no warning), and
     * Cancel leaves the article as it was. Edits typed in the window and earlier versions (shown with their claims
     * first) go straight on.
     */
    @Override
    public void revise(Article article, String newText, TextOrigin origin) {
        org.claimbench.workspace.RevisionPreview preview = origin != TextOrigin.FILE ? org.claimbench.workspace.RevisionPreview.NONE
                : model.workspace().map(w -> w.revisionPreview(article.id(), newText)).orElse(org.claimbench.workspace.RevisionPreview.NONE);
        List<org.claimbench.domain.Claim> losing = preview.orphaned();
        if (losing.isEmpty()) {
            apply(article, newText, origin);
            return;
        }
        int n = losing.size();
        String which = firstThree(losing.stream().map(c -> "“" + org.claimbench.ui.common.EllipsisCut.toLength(c.exact(), 90) + "”").toList());
        long links = model.workspace().map(w -> w.contradictionCount(losing.stream().map(org.claimbench.domain.Claim::id)
                .collect(java.util.stream.Collectors.toSet()))).orElse(0L);
        messages.ask(n == 1 ? "The new version drops the words of a claim" : "The new version drops the words of " + n + " claims",
                which + "\n" + (n == 1 ? "It stays" : "They stay") + " in the Claims tab as “no longer in the text”, to re-place at other words "
                        + "or delete" + (links == 0 ? "" : links == 1 ? " (one is in a contradiction)" : " (they are in " + links + " contradictions)")
                        + "." + reworded(preview.reworded()) + backOnMarkedWords(preview.backOnMarkedWords()) + " Ctrl+Z takes the new version back. Cancel keeps the text as it is.",
                List.of("Import the new version"), choice -> {
                    if (choice == 0) {
                        apply(article, newText, origin);
                    } else {
                        status.set("The new version of “" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 30)
                                + "” was not imported: the text and its claims are as they were.");
                    }
                });
    }

    /**
     * What the question also says of the claims the new version keeps on other words (editor55: it named the two claims
     * losing their words, not the third whose corrected word the older file took back): "" when none.
     */
    private static String reworded(List<org.claimbench.domain.Claim> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        return (changed.size() == 1 ? "\nIt also changes the words of a claim (" : "\nIt also changes the words of " + changed.size() + " claims (")
                + firstThreeQuoted(changed, org.claimbench.domain.Claim::exact) + "): flagged “changed since marked”, to accept or re-place.";
    }

    /**
     * What the question says of the claims flagged "changed since marked" that the new version puts back on the words they
     * were marked on (editor58: counted among "2 claims … flagged" when their flag went): "" when none.
     */
    private static String backOnMarkedWords(List<org.claimbench.domain.Claim> back) {
        if (back.isEmpty()) {
            return "";
        }
        return (back.size() == 1 ? "\nA claim flagged for review (" : "\n" + back.size() + " claims flagged for review (")
                + firstThreeQuoted(back, org.claimbench.domain.Claim::markedQuote) + (back.size() == 1 ? ") is" : ") are")
                + " back on the words first marked: no longer flagged “changed since marked”.";
    }

    /** The first three claims' words (each cut to 60 characters) in quotation marks, comma-separated, ", …" for more. */
    private static String firstThreeQuoted(List<org.claimbench.domain.Claim> claims,
                                           java.util.function.Function<org.claimbench.domain.Claim, String> words) {
        return claims.stream().limit(3).map(c -> "“" + org.claimbench.ui.common.EllipsisCut.toLength(words.apply(c), 60) + "”")
                .collect(java.util.stream.Collectors.joining(", ")) + (claims.size() > 3 ? ", …" : "");
    }

    /** The first three lines, each ended by a line break, and "and N more" for the rest: what a question about claims lists. */
    private static String firstThree(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.stream().limit(3).forEach(l -> out.append(l).append('\n'));
        if (lines.size() > 3) {
            out.append("and ").append(lines.size() - 3).append(" more\n");
        }
        return out.toString();
    }

    private void apply(Article article, String newText, TextOrigin origin) {
        model.workspace().ifPresent(w -> {
            try {
                java.util.Set<Long> changedBefore = changedClaims(w, article.id());
                java.util.Set<Long> orphansBefore = orphans(w, article.id());
                String title = "New text of “" + org.claimbench.ui.common.EllipsisCut.toLength(article.title(), 24) + "”: ";
                org.claimbench.workspace.RevisionReport report = w.reviseArticle(article.id(), newText, origin);
                String done = title + briefly(report) + ".";
                List<org.claimbench.domain.Claim> edited = origin != TextOrigin.EDIT ? List.of() : w.claimsOf(article.id()).stream()
                        .filter(c -> c.isChanged() && !changedBefore.contains(c.id())).toList();
                if (edited.isEmpty()) {
                    status.set(done + " Ctrl+Z takes it back.");
                } else {
                    // While the question is open the line says it waits for the answer, not what the answer will do.
                    status.set("Your edit changed the words of " + (edited.size() == 1 ? "a claim" : edited.size() + " claims")
                            + ": answer the question (the new words, or flagged). " + done);
                    // Once the claims take their new words they are in place, no longer "changed": the line says so.
                    int n = Math.min(edited.size(), report.changed());
                    String taken = title + briefly(new org.claimbench.workspace.RevisionReport(report.atTheirPlace() + n, report.foundByQuote(),
                            report.changed() - n, report.orphaned(), report.backOnMarkedWords())) + ".";
                    askAboutEditedClaims(w, edited, done, taken, lostWords(w, article.id(), orphansBefore));
                }
            } catch (WorkspaceException e) {
                messages.error("Cannot change the text", e.getMessage());
            }
        });
    }

    /**
     * What became of the claims, in the fewest words the status line can hold with the article's title (about 60
     * characters for all four kinds): "5 claims in place, 1 found again, 2 changed, 1 back on its marked words, 1 lost its
     * words" (back: flagged changed, the new text has the words first marked again, the flag gone), and a sentence "The
     * Claims tab lists them" only when some changed or lost their words (the line drops it first where it is short). The longer {@link RevisionReport#summary()} said each
     * kind's remedy in brackets, over 200 characters with several kinds, cut in its middle at 1024 px.
     */
    static String briefly(org.claimbench.workspace.RevisionReport r) {
        List<String> parts = new java.util.ArrayList<>();
        part(parts, r.atTheirPlace(), "in place", "in place");
        part(parts, r.foundByQuote(), "found again", "found again");
        part(parts, r.changed(), "changed", "changed");
        part(parts, r.backOnMarkedWords(), "back on its marked words", "back on their marked words");
        part(parts, r.orphaned(), "lost its words", "lost their words");
        if (parts.isEmpty()) {
            return "the article has no claims to move";
        }
        String said = String.join(", ", parts);
        return r.changed() + r.orphaned() == 0 ? said : said + ". The Claims tab lists " + (r.changed() + r.orphaned() == 1 ? "it" : "them");
    }

    /** "N claims" named on the first part only: "5 claims kept their place, 1 changed". */
    private static void part(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add((parts.isEmpty() ? (n == 1 ? "1 claim " : n + " claims ") : n + " ") + (n == 1 ? one : many));
        }
    }

    /**
     * {@code quote} whole up to 90 characters; a longer one, the words around where it first differs from {@code other},
     * about 80 characters cut at spaces, "…" where cut: a long claim's change is in sight, not cut off after its first words.
     */
    static String around(String quote, String other) {
        if (quote.length() <= 90) {
            return quote.strip();
        }
        int at = 0;
        while (at < quote.length() && at < other.length() && quote.charAt(at) == other.charAt(at)) {
            at++;
        }
        int from = Math.max(0, Math.min(at - 30, quote.length() - 80));
        int to = Math.min(quote.length(), from + 80);
        if (from > 0 && quote.indexOf(' ', from) >= 0 && quote.indexOf(' ', from) < at) {
            from = quote.indexOf(' ', from) + 1;
        }
        if (to < quote.length() && quote.lastIndexOf(' ', to) > at) {
            to = quote.lastIndexOf(' ', to);
        }
        return (from > 0 ? "…" : "") + quote.substring(from, to).strip() + (to < quote.length() ? "…" : "");
    }

    private static java.util.Set<Long> orphans(org.claimbench.workspace.Workspace w, long articleId) {
        return w.claimsOf(articleId).stream().filter(org.claimbench.domain.Claim::isOrphan).map(org.claimbench.domain.Claim::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A paragraph for the question about the claims an edit changed, on those whose words it deleted (none: ""): the question
     * said nothing of them, a confirmed contradiction's claim among them (a newcomer, stop 46).
     */
    static String lostWords(org.claimbench.workspace.Workspace w, long articleId, java.util.Set<Long> orphansBefore) {
        java.util.Set<Long> lost = orphans(w, articleId);
        lost.removeAll(orphansBefore);
        if (lost.isEmpty()) {
            return "";
        }
        long links = w.contradictionCount(lost);
        int n = lost.size();
        return "\n\nThe edit also deleted the words of " + (n == 1 ? "a claim" : n + " claims")
                + (links == 0 ? "" : links == 1 ? " (in a contradiction)" : " (in " + links + " contradictions)")
                + ": the Claims tab lists " + (n == 1 ? "it" : "them") + " as “no longer in the text”, to re-place at other words or delete.";
    }

    private static java.util.Set<Long> changedClaims(org.claimbench.workspace.Workspace w, long articleId) {
        return w.claimsOf(articleId).stream().filter(org.claimbench.domain.Claim::isChanged).map(org.claimbench.domain.Claim::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The editor typed inside the words of claims (a typo put right, a name spelt out): they know what they changed, so
     * the window asks at once whether those claims stand on the new words (one more step of the history, Ctrl+Z undoes
     * it) or stay flagged "changed since marked" for review in the Claims tab. Nothing is rewritten unasked.
     */
    private void askAboutEditedClaims(org.claimbench.workspace.Workspace w, List<org.claimbench.domain.Claim> edited, String done, String taken,
            String lost) {
        int n = edited.size();
        String what = firstThree(edited.stream().map(c -> "“" + around(c.markedQuote(), c.exact()) + "” now reads “"
                + around(c.exact(), c.markedQuote()) + "”").toList());
        String them = n == 1 ? "the claim" : "the " + n + " claims";
        // What Ctrl+Z would take back now: the text edit just made. Cancel takes it back only while it is the last step.
        java.util.Optional<String> editStep = w.undoLabel();
        messages.ask(n == 1 ? "Your edit changed the words of a claim" : "Your edit changed the words of " + n + " claims",
                what + "\nA correction (a typo, a spelling) leaves what was said as it was: " + them + " can stand on the new words. "
                        + "Otherwise " + (n == 1 ? "it stays" : "they stay") + " flagged “changed since marked” in the Claims tab for review. "
                        + "Cancel takes the edit back." + lost,
                List.of(n == 1 ? "Take the new words" : "Take the new words for all " + n, "Keep flagged for review"), choice -> {
                    List<Long> ids = edited.stream().map(org.claimbench.domain.Claim::id).toList();
                    boolean same = model.workspace().filter(x -> x == w).isPresent();
                    if (choice < 0 && same && w.undoLabel().equals(editStep)) {
                        // Cancel, Escape or the window closed: the user did not want this edit; it is taken back as
                        // Ctrl+Z would (Ctrl+Shift+Z redoes it), so no claim is left flagged by an edit they cancelled.
                        w.undo();
                        status.set("The text edit is taken back: the text and its claims are as they were. Ctrl+Shift+Z redoes it.");
                    } else if (choice == 0 && same) {
                        w.acceptNewWording(ids);
                        status.set(taken + " " + (n == 1 ? "The claim now stands on its corrected words" : "The " + n + " claims now stand on their corrected words")
                                + ". Ctrl+Z undoes it, and Ctrl+Z again the text edit.");
                    } else {
                        status.set(done + " " + (n == 1 ? "1 claim" : n + " claims") + " flagged “changed since marked” in the Claims tab. "
                                + "Ctrl+Z takes the edit back.");
                    }
                });
    }

    @Override
    public String text(Article article) {
        return model.workspace().map(w -> w.text(article.id())).orElse("");
    }

    @Override
    public List<ArticleVersion> versions(Article article) {
        return model.workspace().map(w -> w.versions(article.id())).orElse(List.of());
    }

    @Override
    public List<org.claimbench.domain.Claim> claimsOf(Article article) {
        return model.workspace().map(w -> w.claimsOf(article.id()).stream().filter(org.claimbench.domain.Claim::hasPlace).toList())
                .orElse(List.of());
    }

    @Override
    public org.claimbench.ui.article.HighlightStyles.Look look() {
        return new org.claimbench.ui.article.HighlightStyles.Look(model.sourceColours(), java.util.Set.of(), java.util.Set.of(),
                model.darkProperty().get());
    }

    @Override
    public List<org.claimbench.ui.articles.VersionsDialog.DrawnClaim> drawnClaims(Article article) {
        return model.workspace().map(w -> w.claimsOf(article.id()).stream().filter(org.claimbench.domain.Claim::hasPlace)
                .map(c -> new org.claimbench.ui.articles.VersionsDialog.DrawnClaim(c.span(),
                        model.source(c.sourceId()).map(org.claimbench.domain.Source::colour).orElse("#888888")))
                .toList()).orElse(List.of());
    }

    @Override
    public int claimCount(Article article) {
        return model.workspace().map(w -> w.claimCountOf(article.id())).orElse(0);
    }
}
