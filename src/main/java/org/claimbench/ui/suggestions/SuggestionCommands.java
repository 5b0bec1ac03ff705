package org.claimbench.ui.suggestions;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.contradiction.ContradictionSuggestion;
import org.claimbench.domain.TextSpan;
import org.claimbench.ui.common.UserMessages;
import org.claimbench.ui.common.WorkspaceModel;
import org.claimbench.workspace.Workspace;
import org.claimbench.workspace.WorkspaceException;

/**
 * What the user decides about suggestions: accept or dismiss a suggested claim or contradiction,
 * and say whom a suggestion's speaker speaks for. Every decision is one undoable edit, and the
 * status bar says what it did.
 */
final class SuggestionCommands {

    private final WorkspaceModel model;
    private final UserMessages messages;
    private Consumer<String> status = s -> { };

    SuggestionCommands(WorkspaceModel model, UserMessages messages) {
        this.model = model;
        this.messages = messages;
    }

    void setOnStatus(Consumer<String> status) {
        this.status = status;
    }

    /** Says on the status bar what a view did with the suggestions (a row skipped, unaccepted). */
    void say(String what) {
        status.accept(what);
    }

    /**
     * Accepts a suggested claim. (A claim marked inside its words settles a suggestion, {@link TextSpan#settles}: such a
     * suggestion is not listed, and there is no claim to widen or to lay a near-duplicate over.)
     */
    void accept(ClaimSuggestionRow row) {
        if (unassigned(row)) {
            messages.error("Assign the speaker first", row.speakerKind() == org.claimbench.analysis.speakers.SpeakerNames.Kind.PRONOUN
                    ? "The article names this claim's speaker only as “" + row.suggestion().speaker() + "”. Choose the claim's source with "
                    + "Assign… above the suggestions: it marks this claim only."
                    : row.suggestion().speaker() + " is not in the speaker table yet. Choose whom they speak for "
                    + "with Assign… above the suggestions: this suggestion and the speaker's others then get that source.");
            return;
        }
        mark(row, Given.ROW);
    }

    /**
     * The source a claim is marked with: the row's own (null), one for this suggestion only, or one just assigned to the
     * speaker; and what the status says after the quote: what became of the speaker's source, what Ctrl+Z then undoes.
     */
    record Given(org.claimbench.domain.Source source, String undo) {
        static final Given ROW = new Given(null, "Ctrl+Z undoes it.");

        // What the speaker's source became is said after the quote, in sentences of its own, so that the line (about 100
        // characters at 1024 px) drops them before it cuts what was marked (MessageParts).
        static Given onlyThis(org.claimbench.domain.Source source, String speaker) {
            return new Given(source, "Only this claim gets the source: the speaker table does not learn “" + speaker + "”, so their other "
                    + "suggestions keep theirs. Ctrl+Z undoes it.");
        }

        static Given assigned(org.claimbench.domain.Source source, String speaker) {
            return new Given(source, speaker + " speaks for " + source.name() + " from now on. "
                    + "Ctrl+Z undoes the claim; the speaker table keeps the assignment (Edit › Speakers… changes it).");
        }
    }

    private void mark(ClaimSuggestionRow row, Given given) {
        String speaker = speakerKept(row, given);
        if (edit(w -> w.markClaim(row.suggestion().articleId(), row.suggestion().span(), given.source() != null ? given.source().id() : sourceOf(w, row),
                speaker, ""))) {
            String of = given.source() == null ? row.source() : given.source().name();
            String dropped = speaker.isEmpty() && !row.claimSpeaker().isEmpty()
                    ? " (not as " + row.claimSpeaker() + "'s: they speak for " + row.source() + ")" : "";
            status.accept("Marked a claim of " + of + dropped + ": " + org.claimbench.domain.QuoteMarks.endingSentence(row.quote(), 60) + " "
                    + given.undo());
        }
    }

    /**
     * The speaker the claim keeps: the suggested one, unless the user gave the claim another source than the one that speaker
     * speaks for (a number key on a suggestion of Putin's for the Kremlin, pressed as 5 for the Press): the user has said the
     * words are not that speaker's, and a claim of the Press "— Vladimir Putin" would say they are (a newcomer, stop 47). A
     * speaker with no source yet keeps their name with the source the user gives them.
     */
    static String speakerKept(ClaimSuggestionRow row, Given given) {
        boolean overridden = given.source() != null && row.sourceId() != 0 && given.source().id() != row.sourceId();
        return overridden ? "" : row.claimSpeaker();
    }

    /** Whether the suggestion is someone's statement whose speaker has no source yet. */
    static boolean unassigned(ClaimSuggestionRow row) {
        return !row.suggestion().byOutlet() && row.suggestion().source().isEmpty();
    }

    /**
     * The answer to Assign… for a suggestion's speaker: a source of the workspace, or else a new one of that name (added).
     * For this suggestion only, the claim is marked with it and nothing is remembered (a speaker that is no name: "they",
     * "two sides"). Otherwise the speaker table remembers it (by the name the article gives them) and every suggestion of
     * theirs is mapped again; opened by Accept, the suggestion is then marked with it too, in one go.
     */
    void assign(ClaimSuggestionRow row, org.claimbench.domain.Source existing, String newSourceName, boolean onlyThis, boolean accepting) {
        Optional<org.claimbench.domain.Source> source = existing != null ? Optional.of(existing) : namedOrAdded(newSourceName);
        source.ifPresent(s -> {
            if (onlyThis) {
                mark(row, Given.onlyThis(s, row.suggestion().speaker()));
                return;
            }
            remember(row, s);
            if (accepting) {
                // The row still names no source (its suggestions are mapped again after this): the claim takes the one assigned.
                mark(row, Given.assigned(s, row.suggestion().speaker()));
            }
        });
    }

    private void remember(ClaimSuggestionRow row, org.claimbench.domain.Source source) {
        ClaimSuggestion s = row.suggestion();
        List<String> names = s.namedAs().equals(s.speaker()) ? List.of(s.speaker()) : List.of(s.speaker(), s.namedAs());
        if (edit(w -> w.decisions().saveSpeaker(new org.claimbench.domain.Speaker(0, s.speaker(), source.id(), true, names)))) {
            // What the status bar said of the suggestion ("… is not in the speaker table yet") is no longer true.
            status.accept(s.speaker() + " speaks for " + source.name() + " now: the speaker table remembers, and their suggestions follow. "
                    + "A accepts the suggestion.");
        }
    }

    /** The workspace's source of this name, added if it has none; empty for a blank name (or an error shown). */
    private Optional<org.claimbench.domain.Source> namedOrAdded(String sourceName) {
        String name = sourceName.strip();
        Workspace w = model.workspace().orElse(null);
        if (name.isEmpty() || w == null) {
            return Optional.empty();
        }
        Optional<org.claimbench.domain.Source> existing = w.sourceNamed(name);
        if (existing.isPresent()) {
            return existing;
        }
        try {
            return Optional.of(w.addSource(name, org.claimbench.domain.SourcePalette.suggestColour(w.sources().size())));
        } catch (WorkspaceException | IllegalArgumentException e) {
            messages.error("Cannot add the source", e.getMessage());
            return Optional.empty();
        }
    }

    void dismiss(ClaimSuggestionRow row) {
        if (edit(w -> w.decisions().dismissClaim(row.suggestion().articleId(), row.suggestion().span()))) {
            status.accept("Dismissed the suggested claim " + org.claimbench.domain.QuoteMarks.quoted(row.quote(), 60) + "; it is not suggested again.");
        }
    }

    /**
     * Accepts a suggested contradiction. Accepting is judging it: it is linked as confirmed; with
     * judged false it is linked as open, to be judged in the Contradictions tab.
     */
    void accept(ContradictionSuggestionRow row, boolean judged) {
        ContradictionSuggestion s = row.suggestion();
        org.claimbench.domain.ContradictionStatus linked = judged ? org.claimbench.domain.ContradictionStatus.CONFIRMED
                : org.claimbench.domain.ContradictionStatus.OPEN;
        if (edit(w -> w.acceptContradictionSuggestion(s.claimA(), s.claimB(), s.signals().get(0).kind(), s.score(), s.explanation(), linked))) {
            status.accept((judged ? "Confirmed" : "Linked, open for review,") + " a " + s.signals().get(0).kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " contradiction: " + row.sourceA() + " against " + row.sourceB() + ". Ctrl+Z undoes it.");
        }
    }

    void dismiss(ContradictionSuggestionRow row) {
        if (edit(w -> w.decisions().dismissPair(row.suggestion().claimA(), row.suggestion().claimB()))) {
            status.accept("Dismissed the suggested contradiction between " + row.sourceA() + " and " + row.sourceB() + "; it is not suggested again.");
        }
    }

    private static long sourceOf(Workspace w, ClaimSuggestionRow r) {
        return w.sourceNamed(r.source()).or(() -> org.claimbench.domain.Source.outletAmong(w.sources()))
                .orElse(w.sources().get(0)).id();
    }

    /** Applies a change to the open workspace; whether it was applied (an error is shown if not). */
    private boolean edit(Consumer<Workspace> change) {
        return model.edit(messages, "Cannot apply the change", change);
    }
}
