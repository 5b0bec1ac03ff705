package org.claimbench.ui.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;

/**
 * What one pane points the reader at: the claims emphasised (boxed), the one it features, the span outlined (a
 * suggested claim chosen in a list), and the requests to the view to scroll to an offset or select a span. Offsets are
 * the article text's (UTF-16 units). Changing a mark asks the pane to redraw only the words of the marks that changed.
 */
final class PaneMarks {

    private final ObservableSet<Long> emphasised = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<Integer> scrollTo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextSpan> selectRequest = new ReadOnlyObjectWrapper<>();
    private final Supplier<List<Claim>> claims;
    /** Redraws the text in [from, to). */
    private final BiConsumer<Integer, Integer> redraw;
    private long featured = -1;
    private TextSpan outlined;

    /**
     * @param claims the pane's claims as drawn now
     * @param redraw asks the view to redraw the text in [from, to)
     */
    PaneMarks(Supplier<List<Claim>> claims, BiConsumer<Integer, Integer> redraw) {
        this.claims = claims;
        this.redraw = redraw;
    }

    ObservableSet<Long> emphasised() {
        return emphasised;
    }

    /** The claim drawn as the background where another claim has its very words; -1 for none. */
    long featured() {
        return featured;
    }

    Optional<TextSpan> outlined() {
        return Optional.ofNullable(outlined);
    }

    ReadOnlyObjectProperty<Integer> scrollToProperty() {
        return scrollTo.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TextSpan> selectRequestProperty() {
        return selectRequest.getReadOnlyProperty();
    }

    /** Forgets the outline (a new article shown, or none); the emphasised claims stay until {@link #clearEmphasis}. */
    void forgetOutline() {
        outlined = null;
    }

    void clearEmphasis() {
        emphasised.clear();
    }

    /** Emphasises the given claims, the first featured, and, if asked, scrolls the first of them into view. */
    void emphasise(Collection<Long> claimIds, boolean scroll) {
        Set<Long> old = Set.copyOf(emphasised);
        featured = claimIds.isEmpty() ? -1 : claimIds.iterator().next();
        emphasised.clear();
        emphasised.addAll(claimIds);
        old.forEach(this::redrawClaim);
        claimIds.forEach(this::redrawClaim);
        claims.get().stream().filter(c -> scroll && claimIds.contains(c.id())).findFirst().ifPresent(c -> scrollTo(c.start()));
    }

    /** Draws a box around a span and scrolls it into view; null takes the box away. */
    void outline(TextSpan span) {
        TextSpan old = outlined;
        outlined = span;
        if (old != null) {
            redraw.accept(old.start(), old.end());
        }
        if (span != null) {
            redraw.accept(span.start(), span.end());
            scrollTo(span.start());
        }
    }

    /** Asks the view to select a span and scrolls it into view. */
    void select(TextSpan span) {
        selectRequest.set(null);
        selectRequest.set(span);
        scrollTo(span.start());
    }

    /** Asks the view to scroll an offset into view (again, if it asked for the same offset before). */
    void scrollTo(int offset) {
        scrollTo.set(null);
        scrollTo.set(offset);
    }

    private void redrawClaim(long id) {
        claims.get().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> redraw.accept(c.start(), c.end()));
    }
}
