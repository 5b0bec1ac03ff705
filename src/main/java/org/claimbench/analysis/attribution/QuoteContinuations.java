package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.domain.TextSpan;

/**
 * Quotations with no cue of their own that go on with the attribution right before them: a
 * quotation opening the sentence after an attribution's last one ("…,” Smith said.¶“More words.”",
 * "Smith said the piers were cracking.¶“Nobody has inspected them.”"), as news copy runs a
 * speaker's quotation on after their name. Each becomes an attribution to the same source, the
 * reason saying so; a sentence in between breaks the thread.
 */
final class QuoteContinuations {

    private QuoteContinuations() {
    }

    static List<Attribution> find(String text, List<AnalysedSentence> sentences, Quotations quotes, List<Attribution> found) {
        List<Attribution> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(a -> a.cue().start()));
        List<Attribution> out = new ArrayList<>();
        for (TextSpan q : quotes.all()) {
            if (covered(q, found) || covered(q, out)) {
                continue;
            }
            TextSpan inner = Spans.trimmed(text, q.start() + 1, q.end());
            if (inner == null || words(text, inner) < 4) {
                continue;
            }
            Attribution before = lastBefore(q.start(), sorted, out);
            if (before == null || !adjacent(sentences, before, q) || !opensSentence(sentences, q)) {
                continue;
            }
            out.add(new Attribution(inner, before.source(), before.cue(), before.cueLemma(), before.speaker(), Attribution.Kind.DIRECT,
                    "the quotation goes on from the one before it, attributed with “" + text.substring(before.cue().start(), before.cue().end())
                            + "”"));
        }
        return out;
    }

    /** Whether an attribution's content overlaps the quotation by half of it or more. */
    private static boolean covered(TextSpan q, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            int overlap = Math.min(a.content().end(), q.end()) - Math.max(a.content().start(), q.start());
            if (overlap * 2 >= q.length() || a.cue().start() >= q.start() && a.cue().end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static Attribution lastBefore(int offset, List<Attribution> sorted, List<Attribution> continued) {
        Attribution best = null;
        for (Attribution a : sorted) {
            if (a.content().end() <= offset && a.cue().end() <= offset && (best == null || a.content().end() > best.content().end())) {
                best = a;
            }
        }
        for (Attribution a : continued) {
            if (a.content().end() <= offset && (best == null || a.content().end() > best.content().end())) {
                best = a;
            }
        }
        return best;
    }

    /** Whether the quotation starts in the sentence after the attribution's last one (or in the same one, after it). */
    private static boolean adjacent(List<AnalysedSentence> sentences, Attribution a, TextSpan q) {
        int last = Math.max(a.content().end(), a.cue().end()) - 1;
        int sa = sentenceOf(sentences, last);
        int sq = sentenceOf(sentences, q.start() + 1);
        return sa >= 0 && sq >= 0 && (sq == sa || sq == sa + 1);
    }

    /** Whether the quotation opens its sentence (a quotation inside the outlet's own sentence is the outlet's quoting). */
    private static boolean opensSentence(List<AnalysedSentence> sentences, TextSpan q) {
        int s = sentenceOf(sentences, q.start() + 1);
        return s >= 0 && sentences.get(s).start() >= q.start();
    }

    private static int sentenceOf(List<AnalysedSentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            AnalysedSentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return lo - 1 >= 0 && lo - 1 < sentences.size() ? lo - 1 : -1;
    }

    private static int words(String text, TextSpan span) {
        return text.substring(span.start(), span.end()).strip().split("\\s+").length;
    }
}
