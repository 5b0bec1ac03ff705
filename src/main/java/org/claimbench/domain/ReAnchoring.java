package org.claimbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * kept. A claim whose words are gone is an orphan: kept, listed, never silently dropped.
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

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]");
    private static final double FUZZY_SIMILARITY = 0.75;

    private final int[] newStartOfOldToken;
    private final int[] oldTokenStarts;
    private final int[] oldTokenEnds;
    private final String oldText;
    private final String newText;

    public ReAnchoring(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
        List<int[]> oldTokens = tokens(oldText);
        List<int[]> newTokens = tokens(newText);
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

    public List<Result> reanchor(List<Claim> claims) {
        List<Result> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(reanchor(c));
        }
        return out;
    }

    public Result reanchor(Claim c) {
        if (c.isOrphan()) {
            // An orphan has no place to map from: only its words, where their context fits, bring it back.
            return locate(newText, c.quote(), c.start())
                    .map(span -> found(c, How.QUOTE, span))
                    .orElse(new Result(c, How.STILL_ORPHAN, Optional.empty(), Optional.empty()));
        }
        int mappedStart = map(c.start(), true);
        int mappedEnd = map(c.end(), false);
        // An end inside a change ends where the next unchanged word begins; a start inside a change
        // starts where the last unchanged word before it ends: the changed words are in between.
        int fuzzyStart = mappedStart >= 0 ? mappedStart : around(c.start(), true);
        int fuzzyEnd = mappedEnd >= 0 ? mappedEnd : around(c.end(), false);
        String exact = c.quote().exact();
        if (mappedStart >= 0 && mappedEnd >= mappedStart && mappedStart + exact.length() <= newText.length()
                && newText.startsWith(exact, mappedStart)) {
            return found(c, How.POSITION, new TextSpan(mappedStart, mappedStart + exact.length()));
        }
        Optional<TextSpan> byQuote = byQuote(c, mappedStart >= 0 ? mappedStart : c.start());
        if (byQuote.isPresent()) {
            return found(c, How.QUOTE, byQuote.get());
        }
        if (fuzzyStart >= 0 && fuzzyEnd > fuzzyStart && fuzzyEnd - fuzzyStart <= 2 * exact.length() + 20) {
            String candidate = newText.substring(fuzzyStart, fuzzyEnd);
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

    private Optional<TextSpan> byQuote(Claim c, int near) {
        return locate(newText, c.quote(), near);
    }

    /**
     * Among the exact occurrences of a quote in a text whose context fits (see {@link #contextFits}),
     * the one whose context fits best, then the nearest to near (a UTF-16 offset). Empty when the
     * words are not there, or only in other company.
     */
    public static Optional<TextSpan> locate(String newText, TextQuote quote, int near) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        TextSpan best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = newText.indexOf(exact); i >= 0; i = newText.indexOf(exact, i + 1)) {
            int score = contextScore(newText, i, i + exact.length(), quote);
            if (!contextFits(score, quote)) {
                continue;
            }
            int distance = Math.abs(i - near);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = new TextSpan(i, i + exact.length());
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many characters of the stored prefix and suffix stand right before and after [start, end) of text. */
    public static int contextScore(String text, int start, int end, TextQuote quote) {
        return commonSuffix(text.substring(Math.max(0, start - quote.prefix().length()), start), quote.prefix())
                + commonPrefix(text.substring(end, Math.min(text.length(), end + quote.suffix().length())), quote.suffix());
    }

    /**
     * Whether a context score shows the quote's own place: at least half of the stored context
     * (prefix and suffix together) is there. Identical words elsewhere (the same phrase said by
     * another speaker) share at most a few characters of it.
     */
    public static boolean contextFits(int score, TextQuote quote) {
        int stored = quote.prefix().length() + quote.suffix().length();
        return score * 2 >= stored;
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

    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
