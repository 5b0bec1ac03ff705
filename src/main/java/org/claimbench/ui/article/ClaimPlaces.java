package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.Claim;

/**
 * Which claim is at a place of a pane's text, and which one a click there picks: the innermost
 * claim; clicked again, the next claim on the very same words, so each of two claims on the same
 * words can be picked in the text. Claims of sources hidden in the legend are not there.
 */
final class ClaimPlaces {

    /** The claims drawn in an article's text: orphans (whose words are gone) are listed, not drawn. */
    static List<Claim> placed(org.claimbench.workspace.Workspace w, long articleId) {
        List<Claim> all = w.claimsOf(articleId);
        return all.stream().anyMatch(c -> w.isOrphan(c.id())) ? all.stream().filter(c -> !w.isOrphan(c.id())).toList() : all;
    }

    /** The claim a click picked at the innermost claim's place, and which of the claims on its words is picked now. */
    private long lastPicked = -1;
    private long lastPickedTurn = -1;

    /** Another text is shown: a click starts afresh. */
    void reset() {
        lastPicked = -1;
    }

    /** The innermost claim at an offset (of claims on the same words, the one drawn as the background); claims sorted by start. */
    static Optional<Claim> claimAt(List<Claim> claims, Set<Long> hidden, long featured, int offset) {
        Claim best = null;
        for (Claim c : claims) {
            if (c.start() > offset) {
                break;
            }
            if (c.span().contains(offset) && !hidden.contains(c.sourceId()) && (best == null || HighlightStyles.before(c, best, featured))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The other claims drawn on the very same words as {@code c}. */
    static List<Claim> othersOnSameWords(List<Claim> claims, Set<Long> hidden, Claim c) {
        return claims.stream().filter(o -> o.id() != c.id() && o.start() == c.start() && o.end() == c.end()
                && !hidden.contains(o.sourceId())).toList();
    }

    /** The claim a click at an offset picks (see the class). */
    Optional<Claim> pickAt(List<Claim> claims, Set<Long> hidden, long featured, int offset) {
        Optional<Claim> c = claimAt(claims, hidden, featured, offset);
        if (c.isPresent() && c.get().id() == lastPicked) {
            List<Claim> same = new ArrayList<>(othersOnSameWords(claims, hidden, c.get()));
            same.add(c.get());
            same.sort(Comparator.comparingLong(Claim::id));
            if (same.size() > 1) {
                int at = same.indexOf(same.stream().filter(x -> x.id() == lastPickedTurn).findFirst().orElse(c.get()));
                Claim next = same.get((at + 1) % same.size());
                lastPickedTurn = next.id();
                return Optional.of(next);
            }
        }
        lastPicked = c.map(Claim::id).orElse(-1L);
        lastPickedTurn = lastPicked;
        return c;
    }
}
