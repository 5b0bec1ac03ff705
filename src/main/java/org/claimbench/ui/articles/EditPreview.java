package org.claimbench.ui.articles;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ReAnchoring;

/**
 * Where saving would put an article's claims, worked out again whenever the typing in the Edit text dialog pauses: the
 * re-anchoring the revision itself applies ({@link ReAnchoring}, as {@code TextRevision} does), so the colours the editor
 * sees are the claims' places after OK. Between pauses {@link EditedClaimSpans} moves the colours keystroke by keystroke;
 * it cannot know, for instance, that a word typed in place of a claim's last word and then added to letter by letter is
 * the claim's (editor55: the colour stopped after the first letter of a corrected typo), that a rewritten sentence leaves
 * its claim without words, or that a paragraph cut and pasted elsewhere takes its claims along; the re-anchoring knows.
 * The work runs off the JavaFX thread (a diff of the two texts); a result for a text that has changed since is dropped.
 */
final class EditPreview {

    /** How long the typing pauses before the places are worked out again (a pause between words, not between letters). */
    static final Duration PAUSE = Duration.millis(300);

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimbench-edit-preview");
        t.setDaemon(true);
        return t;
    });

    private final String original;
    private final List<Claim> claims;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    /**
     * The places worked out for the last texts, by text, the text as saved among them: an undo or redo in the dialog
     * brings back a text seen before, and its claims' colours go back on their words at once, not after a pause
     * (editor58: the sentence a Ctrl+Z brought back showed no colour, or the undone one kept a letter of it). The text as
     * saved is not among them: its places are the claims given. Read and written on the JavaFX thread only.
     */
    private final Map<String, List<Claim>> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Claim>> eldest) {
            return size() > REMEMBERED;
        }
    };
    private static final int REMEMBERED = 32;

    /**
     * @param original the text as saved, on which {@code claims} stand (offsets in UTF-16 units)
     * @param claims   the claims drawn on it
     * @param current  the text in the editor now (read on the JavaFX thread)
     * @param placed   given, on the JavaFX thread, the claims where saving the current text would put them (those an edit
     *                 leaves without words left out), when the text has not changed again meanwhile
     */
    EditPreview(String original, List<Claim> claims, java.util.function.Supplier<String> current, Consumer<List<Claim>> placed) {
        this.original = original;
        this.claims = List.copyOf(claims);
        pause.setOnFinished(e -> {
            String now = current.get();
            CompletableFuture.supplyAsync(() -> placedOn(now), WORKER).thenAccept(list -> Platform.runLater(() -> {
                seen.put(now, list);
                if (now.equals(current.get())) {
                    placed.accept(list);
                }
            }));
        });
    }

    /** The claims' places on {@code text} if they were worked out for it before (an undo or redo brings it back), on the JavaFX thread. */
    Optional<List<Claim>> known(String text) {
        return text.equals(original) ? Optional.of(claims) : Optional.ofNullable(seen.get(text));
    }

    /** The text changed: the places are worked out again once the typing pauses. */
    void changed() {
        pause.playFromStart();
    }

    /** The claims where a revision to {@code now} puts them, in the order given; those it leaves without words are left out. */
    List<Claim> placedOn(String now) {
        if (claims.isEmpty()) {
            return List.of();
        }
        return new ReAnchoring(original, now).reanchor(claims).stream().filter(r -> r.span().isPresent())
                .map(r -> r.applied(Instant.EPOCH)).toList();
    }
}
