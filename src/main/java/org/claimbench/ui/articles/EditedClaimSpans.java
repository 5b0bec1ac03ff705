package org.claimbench.ui.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;

/**
 * Where an article's claims stand while its text is edited in the Edit text dialog, so the editor
 * sees them move with the words: words typed inside a claim are its words, words typed at its
 * edge are not (as the claims will follow the saved text); words put in place of words of a claim
 * are the claim's. Offsets are UTF-16 units of the text being edited.
 */
final class EditedClaimSpans {

    private List<Claim> claims;

    EditedClaimSpans(List<Claim> claims) {
        this.claims = sorted(claims);
    }

    /** The claims at their current places, sorted by start. */
    List<Claim> claims() {
        return claims;
    }

    /** The claims stand where the whole edit so far puts them ({@link EditPreview}), sorted here. */
    void reset(List<Claim> now) {
        claims = sorted(now);
    }

    /** The text from {@code at} had {@code removed} units replaced by {@code inserted} units. */
    void replaced(int at, int removed, int inserted) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            TextSpan s = shift(c.span(), at, removed, inserted);
            out.add(s.equals(c.span()) ? c : c.placedAt(s, c.quote(), c.anchor(), c.markedQuote(), c.updated()));
        }
        claims = sorted(out);
    }

    /** A span after [at, at + removed) was replaced by inserted units. */
    static TextSpan shift(TextSpan span, int at, int removed, int inserted) {
        int s = span.start();
        int e = span.end();
        int delta = inserted - removed;
        if (removed == 0) {
            // Typed: inside the claim it grows; at its start or before it, it moves; at its end or after, it stays.
            if (at <= s) {
                return new TextSpan(s + delta, e + delta);
            }
            return at < e ? new TextSpan(s, e + delta) : span;
        }
        int to = at + removed;
        if (to <= s) {
            return new TextSpan(s + delta, e + delta);
        }
        if (at >= e) {
            return span;
        }
        // The words replaced overlap the claim: what is put in their place is the claim's.
        int start = Math.min(s, at);
        int end = e > to ? e + delta : at + inserted;
        return new TextSpan(start, Math.max(start, end));
    }

    private static List<Claim> sorted(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return List.copyOf(out);
    }
}
