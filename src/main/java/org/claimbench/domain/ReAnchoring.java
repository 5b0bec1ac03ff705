package org.claimbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds claims again after an article's text changed, the way Hypothesis re-anchors
 * annotations: by position where the text around them is unchanged (a word diff of the two
 * texts maps old offsets to new ones), else by the exact quote where its context fits (the stored
 * prefix and suffix match at least half of their characters there: the same words said by someone
 * else elsewhere are not the claim), else by a fuzzy match of the quote where the diff puts it — a
 * claim that follows edited words is {@link Anchor#CHANGED changed since marked}, its first wording
 * kept. A claim whose words are gone is an orphan: kept, listed, never silently dropped. Where a quote's words stand
 * and how well their context fits is {@link QuoteContext}'s; this class maps the old text onto the new one.
 */
public final class ReAnchoring {

    /** How a claim was found again; STILL_ORPHAN: it had no place before and found none now. */
    public enum How { POSITION, QUOTE, FUZZY, ORPHAN, STILL_ORPHAN }

    /** Where a claim is now (empty for an orphan), and how it was found. */
    public record Result(Claim claim, How how, Optional<TextSpan> span, Optional<TextQuote> quote) {

        /** The claim as it stands on the new text: placed (anchored, or changed since marked), or an orphan. */
        public Claim applied(java.time.Instant now) {
            if (span.isEmpty()) {
                return claim.isOrphan() ? claim : claim.orphaned(now);
            }
            String newWords = quote.orElseThrow().exact();
            String marked = claim.isChanged() ? claim.markedQuote() : claim.exact();
            Anchor anchor = how == How.FUZZY || claim.isChanged() ? Anchor.CHANGED : Anchor.ANCHORED;
            if (newWords.equals(marked)) {
                anchor = Anchor.ANCHORED;
            }
            return claim.placedAt(span.get(), quote.get(), anchor, marked, now);
        }
    }

    private static final double FUZZY_SIMILARITY = 0.75;

    private final int[] newStartOfOldToken;
    private final int[] oldTokenStarts;
    private final int[] oldTokenEnds;
    private final String oldText;
    private final String newText;

    public ReAnchoring(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
        List<int[]> oldTokens = TextDiff.tokens(oldText);
        List<int[]> newTokens = TextDiff.tokens(newText);
        oldTokenStarts = oldTokens.stream().mapToInt(t -> t[0]).toArray();
        oldTokenEnds = oldTokens.stream().mapToInt(t -> t[1]).toArray();
        List<String> a = oldTokens.stream().map(t -> oldText.substring(t[0], t[1])).toList();
        List<String> b = newTokens.stream().map(t -> newText.substring(t[0], t[1])).toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        // For each old token: where it starts in the new text, or -1 if it was changed or deleted.
        newStartOfOldToken = new int[a.size()];
        java.util.Arrays.fill(newStartOfOldToken, -1);
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            for (; oldAt < d.getSource().getPosition(); oldAt++, newAt++) {
                newStartOfOldToken[oldAt] = newTokens.get(newAt)[0];
            }
            oldAt += d.getSource().size();
            newAt += d.getTarget().size();
        }
        for (; oldAt < a.size() && newAt < newTokens.size(); oldAt++, newAt++) {
            newStartOfOldToken[oldAt] = newTokens.get(newAt)[0];
        }
    }

    /**
     * Re-anchors the claims of one article. Claims whose own place is certain go first (their words
     * where the diff maps them, or, for words that stand several times, their own unchanged
     * sentence); the others may only land where they keep their order among those (a claim that
     * came after another still comes after it).
     */
    public List<Result> reanchor(List<Claim> claims) {
        Result[] out = new Result[claims.size()];
        java.util.TreeMap<Integer, int[]> placed = new java.util.TreeMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!c.isOrphan()) {
                Optional<Result> certain = certain(c);
                if (certain.isPresent()) {
                    out[i] = certain.get();
                    int newStart = certain.get().span().orElseThrow().start();
                    placed.merge(c.start(), new int[] {newStart, newStart}, (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
                }
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            if (out[i] == null) {
                Claim c = claims.get(i);
                var before = c.isOrphan() ? null : placed.lowerEntry(c.start());
                var after = c.isOrphan() ? null : placed.higherEntry(c.start());
                out[i] = reanchor(c, before == null ? -1 : before.getValue()[1], after == null ? Integer.MAX_VALUE : after.getValue()[0]);
            }
        }
        return List.of(out);
    }

    public Result reanchor(Claim c) {
        return reanchor(c, -1, Integer.MAX_VALUE);
    }

    /**
     * The claim's place when there is no doubt about it. Words that stand once: where the diff maps
     * them. Words that stand several times (three people saying "talks will continue"): the diff may
     * match them to another speaker's identical words, so their own sentence decides — where it
     * stands unchanged (and stood once), there they are; a place inside another sentence that held the
     * same words before is someone else's and never theirs.
     */
    private Optional<Result> certain(Claim c) {
        Optional<TextSpan> mapped = byPosition(c);
        if (!ambiguous(c.exact())) {
            return mapped.map(span -> found(c, How.POSITION, span));
        }
        Occurrences o = occurrences(c);
        if (o.own() != null) {
            return Optional.of(found(c, mapped.isPresent() && mapped.get().equals(o.own()) ? How.POSITION : How.QUOTE, o.own()));
        }
        return mapped.filter(span -> !o.others().contains(span.start())).map(span -> found(c, How.POSITION, span));
    }

    /**
     * Where the diff puts a span of the old text whose words stand unchanged in the new text (UTF-16
     * offsets of the new text); empty when its words were edited or removed.
     */
    public Optional<TextSpan> follow(TextSpan span) {
        if (span.end() > oldText.length()) {
            return Optional.empty();
        }
        int start = map(span.start(), true);
        int length = span.end() - span.start();
        if (start < 0 || start + length > newText.length()
                || !newText.regionMatches(start, oldText, span.start(), length)) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(start, start + length));
    }

    /** Where the diff maps the claim, if its words stand there unchanged. */
    private Optional<TextSpan> byPosition(Claim c) {
        int mappedStart = map(c.start(), true);
        int mappedEnd = map(c.end(), false);
        String exact = c.quote().exact();
        if (mappedStart >= 0 && mappedEnd >= mappedStart && mappedStart + exact.length() <= newText.length()
                && newText.startsWith(exact, mappedStart)) {
            return Optional.of(new TextSpan(mappedStart, mappedStart + exact.length()));
        }
        return Optional.empty();
    }

    /**
     * The occurrences of a claim's words in the new text, sorted by whose they are: own, the one
     * inside the claim's own old sentence, unchanged (null if none, or if that sentence stood twice);
     * others, the starts of those inside a sentence that stood unchanged in the old text elsewhere.
     */
    private record Occurrences(TextSpan own, java.util.Set<Integer> others) {
    }

    private Occurrences occurrences(Claim c) {
        String exact = c.exact();
        String ownSentence = sentence(oldText, c.start(), c.end());
        boolean ownOnce = twiceFrom(oldText, ownSentence) == 1;
        TextSpan own = null;
        java.util.Set<Integer> others = new java.util.HashSet<>();
        for (int i = newText.indexOf(exact); i >= 0; i = newText.indexOf(exact, i + 1)) {
            String s = sentence(newText, i, i + exact.length());
            if (s.equals(ownSentence)) {
                if (ownOnce && own == null) {
                    own = new TextSpan(i, i + exact.length());
                }
            } else if (oldText.contains(s)) {
                others.add(i);
            }
        }
        return new Occurrences(own, others);
    }

    /** The sentence (or line) around [start, end) of a text: from after the last sentence end or line break before it to the next one after it. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !sentenceBreak(text, from - 1)) {
            from--;
        }
        int to = Math.max(end, start);
        while (to < text.length() && !sentenceBreak(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    /** A line break, or sentence punctuation (. ! ?) followed by white space or the end of the text. */
    private static boolean sentenceBreak(String text, int i) {
        char ch = text.charAt(i);
        if (ch == '\n') {
            return true;
        }
        return (ch == '.' || ch == '!' || ch == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int twiceFrom(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0 && n < 2; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Re-anchors one claim; a place found by its quote must start after {@code after} and before {@code before} (new offsets). */
    private Result reanchor(Claim c, int after, int before) {
        if (c.isOrphan()) {
            // An orphan has no place to map from: only its words, where their context fits, bring it back.
            return QuoteContext.locate(newText, c.quote(), c.start(), ambiguous(c.exact()), -1, Integer.MAX_VALUE)
                    .map(span -> found(c, How.QUOTE, span))
                    .orElse(new Result(c, How.STILL_ORPHAN, Optional.empty(), Optional.empty()));
        }
        Optional<Result> certain = certain(c);
        if (certain.isPresent()) {
            return certain.get();
        }
        int mappedStart = map(c.start(), true);
        int mappedEnd = map(c.end(), false);
        // An end inside a change ends where the next unchanged word begins; a start inside a change
        // starts where the last unchanged word before it ends: the changed words are in between.
        int fuzzyStart = mappedStart >= 0 ? mappedStart : around(c.start(), true);
        int fuzzyEnd = mappedEnd >= 0 ? mappedEnd : around(c.end(), false);
        String exact = c.quote().exact();
        boolean ambiguous = ambiguous(exact);
        java.util.Set<Integer> others = ambiguous ? occurrences(c).others() : java.util.Set.of();
        // Order among the placed claims only tells repeated words apart: words that stand once are theirs wherever they moved.
        Optional<TextSpan> byQuote = QuoteContext.locate(newText, c.quote(), mappedStart >= 0 ? mappedStart : c.start(), false,
                ambiguous ? after : -1, ambiguous ? before : Integer.MAX_VALUE, others);
        if (byQuote.isPresent()) {
            return found(c, How.QUOTE, byQuote.get());
        }
        if (fuzzyStart >= 0 && fuzzyEnd > fuzzyStart && fuzzyEnd - fuzzyStart <= 2 * exact.length() + 20) {
            String candidate = newText.substring(fuzzyStart, fuzzyEnd);
            if (candidate.equals(exact)) {
                // The very words, where the diff puts them, yet refused above: another speaker's words.
                return new Result(c, How.ORPHAN, Optional.empty(), Optional.empty());
            }
            int longest = Math.max(candidate.length(), exact.length());
            int distance = new LevenshteinDistance().apply(candidate, exact);
            if (longest > 0 && 1.0 - (double) distance / longest >= FUZZY_SIMILARITY) {
                return found(c, How.FUZZY, new TextSpan(fuzzyStart, fuzzyEnd));
            }
        }
        return new Result(c, How.ORPHAN, Optional.empty(), Optional.empty());
    }

    private Result found(Claim c, How how, TextSpan span) {
        return new Result(c, how, Optional.of(span), Optional.of(TextQuote.of(newText, span)));
    }

    /** Whether the words stand more than once in the old or the new text: then only context on both sides tells their places apart. */
    private boolean ambiguous(String exact) {
        return twice(oldText, exact) || twice(newText, exact);
    }

    private static boolean twice(String text, String exact) {
        int first = text.indexOf(exact);
        return first >= 0 && text.indexOf(exact, first + 1) >= 0;
    }


    /** The new offset of an old one, through unchanged tokens; -1 inside a change (the caller then looks further). */
    private int map(int offset, boolean start) {
        int i = java.util.Arrays.binarySearch(oldTokenStarts, offset);
        if (i >= 0) {
            // The offset starts a token: that token, if unchanged; an end offset belongs to the token before.
            int token = start ? i : i - 1;
            if (token < 0) {
                return 0;
            }
            int n = newStartOfOldToken[token];
            return n < 0 ? -1 : start ? n : n + (oldTokenEnds[token] - oldTokenStarts[token]);
        }
        if (offset >= oldText.length()) {
            int last = newStartOfOldToken.length - 1;
            return last >= 0 && newStartOfOldToken[last] >= 0 ? newStartOfOldToken[last] + (oldTokenEnds[last] - oldTokenStarts[last]) : -1;
        }
        int token = -i - 2;
        int n = token >= 0 ? newStartOfOldToken[token] : -1;
        return n < 0 ? -1 : n + (offset - oldTokenStarts[token]);
    }

    /** The new offset nearest an old one that lies in changed text, from the unchanged words around it. */
    private int around(int offset, boolean start) {
        int i = java.util.Arrays.binarySearch(oldTokenStarts, offset);
        int token = i >= 0 ? (start ? i : i - 1) : -i - 2;
        if (start) {
            for (int p = token - 1; p >= 0; p--) {
                if (newStartOfOldToken[p] >= 0) {
                    return newStartOfOldToken[p] + (oldTokenEnds[p] - oldTokenStarts[p]);
                }
            }
            return 0;
        }
        for (int q = token + 1; q < newStartOfOldToken.length; q++) {
            if (newStartOfOldToken[q] >= 0) {
                return newStartOfOldToken[q];
            }
        }
        return newText.length();
    }
}
