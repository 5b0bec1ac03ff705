package org.claimbench.analysis.contradiction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.WorkspaceContent;

/**
 * What the contradiction engine needs of a claim: its words, its source, the event its article
 * reports (a label, "" when not known, and the keys that event is known by: see
 * org.claimbench.analysis.events.EventKeys), where it stands in the article (start and end, -1
 * when unknown, and the text just before it, its lead: from the start of the sentence before its
 * own, at least 32 characters (see {@link #lead(String, List, int)}), so that two claims the
 * article itself sets against each other can be found), and what was read of it once and stored: its {@link ClaimReading} and
 * its {@link MeaningVector} ({@code ClaimReading.NONE} and {@code MeaningVector.ABSENT} when not
 * computed yet: the reading is then made on the spot, the vector left out).
 *
 * <p>{@code source} is the name the engine knows the source by ({@link org.claimbench.domain.Source#OUTLET} for the outlet's
 * own, whatever the user calls it); {@code sourceLabel} is the name reasons show the user (the source's own name; the
 * same as {@code source} when not given).
 */
public record ClaimFacts(long id, long articleId, int start, int end, String text, String lead, String source, String event,
                         List<String> eventKeys, ClaimReading reading, MeaningVector vector, String sourceLabel, boolean headline) {

    public ClaimFacts {
        sourceLabel = sourceLabel == null ? source : sourceLabel;
        lead = lead == null ? "" : lead;
        event = event == null ? "" : event;
        eventKeys = eventKeys == null ? List.of() : List.copyOf(eventKeys);
        reading = reading == null ? ClaimReading.NONE : reading;
        vector = vector == null ? MeaningVector.ABSENT : vector;
    }

    /** A claim not on a headline ({@link #onHeadline}). */
    public ClaimFacts(long id, long articleId, int start, int end, String text, String lead, String source, String event,
                      List<String> eventKeys, ClaimReading reading, MeaningVector vector, String sourceLabel) {
        this(id, articleId, start, end, text, lead, source, event, eventKeys, reading, vector, sourceLabel, false);
    }

    /** A claim whose source is shown by the name the engine knows it by. */
    public ClaimFacts(long id, long articleId, int start, int end, String text, String lead, String source, String event,
                      List<String> eventKeys, ClaimReading reading, MeaningVector vector) {
        this(id, articleId, start, end, text, lead, source, event, eventKeys, reading, vector, source);
    }

    /** A claim without its event's keys, reading or vector. */
    public ClaimFacts(long id, long articleId, int start, int end, String text, String lead, String source, String event) {
        this(id, articleId, start, end, text, lead, source, event, List.of(), ClaimReading.NONE, MeaningVector.ABSENT);
    }

    /** A claim whose place in its article is unknown. */
    public ClaimFacts(long id, long articleId, String text, String source, String event) {
        this(id, articleId, -1, -1, text, "", source, event);
    }

    /** The same claim with its article's event. */
    public ClaimFacts withEvent(String label, List<String> keys) {
        return new ClaimFacts(id, articleId, start, end, text, lead, source, label, keys, reading, vector, sourceLabel, headline);
    }

    /** The same claim with what was read of it. */
    public ClaimFacts withReading(ClaimReading r, MeaningVector v) {
        return new ClaimFacts(id, articleId, start, end, text, lead, source, event, eventKeys, r, v, sourceLabel, headline);
    }

    /** The same claim, on its article's headline or not ({@link #onHeadline}). */
    public ClaimFacts withHeadline(boolean h) {
        return new ClaimFacts(id, articleId, start, end, text, lead, source, event, eventKeys, reading, vector, sourceLabel, h);
    }

    /**
     * Whether the words [start, end) (UTF-16 units) lie on the text's first line and that line reads as a headline: it does not
     * end as a sentence or a lead-in does, in a full stop, a colon, a semicolon or a comma (perhaps inside closing quotation
     * marks or brackets; a question's or an exclamation's mark a headline may take): {@link
     * org.claimbench.domain.LineEnds#asSentence}, the test the Paste dialog makes of a first line (docs/formats.md): a text whose first line is its lede, a pasted one whose headline became its title, has none.
     */
    public static boolean onHeadline(String text, int start, int end) {
        int lineEnd = text.indexOf('\n');
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (start < 0 || end > lineEnd || lineEnd == text.length()) {
            // Not on the first line, or the text is one line: no headline above a body.
            return false;
        }
        String line = text.substring(0, lineEnd);
        return !line.isBlank() && !org.claimbench.domain.LineEnds.asSentence(line);
    }

    /** A workspace claim, with its source's name, its article's event (the user's, or "" to be inferred) and its lead. */
    public static ClaimFacts of(Claim c, String source, String event, String lead) {
        return of(c, source, source, event, lead);
    }

    /** A workspace claim, with its source's name for the engine and for the user (see the record's note), its event and lead. */
    public static ClaimFacts of(Claim c, String source, String sourceLabel, String event, String lead) {
        return new ClaimFacts(c.id(), c.articleId(), c.start(), c.end(), c.exact(), lead, source, event == null ? "" : event,
                List.of(), ClaimReading.NONE, MeaningVector.ABSENT, sourceLabel);
    }

    /**
     * Claims of a workspace, each with its source's name ({@link org.claimbench.domain.Source#OUTLET} for the outlet's own
     * source, by whatever name it has), its article's event as the user gave it, and its lead read from its
     * article's sentences (the sentence model loads on first use: never call this on the JavaFX thread).
     */
    public static List<ClaimFacts> of(WorkspaceContent w, List<Claim> claims) {
        Map<Long, String> sources = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        // The engine knows the outlet's own claims by the outlet's default name, whatever the user renamed its source to;
        // reasons name it as the user does.
        w.sources().forEach(s -> {
            sources.put(s.id(), s.isOutlet() ? org.claimbench.domain.Source.OUTLET : s.name());
            labels.put(s.id(), s.name());
        });
        Map<Long, String> events = new HashMap<>();
        w.articles().forEach(a -> events.put(a.id(), a.metadata().event()));
        // Each article's text and sentences are read once, for all of its claims; one claim of a long text (an edit) reads
        // only the lines before it.
        Map<Long, String> texts = new HashMap<>();
        Map<Long, List<SentenceSpan>> sentences = new HashMap<>();
        boolean few = claims.size() <= 4;
        return claims.stream().map(c -> {
            String text = texts.computeIfAbsent(c.articleId(), w::text);
            // A claim whose words an edit deleted (an orphan) keeps the span it had in the old text, which may reach past the
            // new one's end (a StringIndexOutOfBoundsException stopped every contradiction suggestion): it has no lead.
            String lead = c.isOrphan() || c.end() > text.length() ? ""
                    : few && text.length() > LONG_TEXT ? lead(text, c.start())
                    : lead(text, sentences.computeIfAbsent(c.articleId(), id -> English.shared().sentences(text)), c.start());
            return of(c, sources.getOrDefault(c.sourceId(), "?"), labels.getOrDefault(c.sourceId(), "?"), events.get(c.articleId()), lead)
                    .withHeadline(!c.isOrphan() && c.end() <= text.length() && onHeadline(text, c.start(), c.end()));
        }).toList();
    }

    /** A text longer than this (UTF-16 units) is not split into sentences whole for the lead of one claim. */
    static final int LONG_TEXT = 20_000;

    /**
     * The lead of a claim as {@link #lead(String, List, int)} gives it, from the sentences of only the lines that reach
     * into the 2,000 characters before the claim (a sentence never runs across a line break: English#sentences).
     */
    static String lead(String text, int start) {
        int from = text.lastIndexOf('\n', Math.max(0, start - LEAD_MAX) - 1) + 1;
        int to = text.indexOf('\n', start);
        to = to < 0 ? text.length() : to;
        List<SentenceSpan> spans = English.shared().sentences(text.substring(from, to)).stream()
                .map(x -> new SentenceSpan(x.start() + from, x.end() + from, x.paragraph())).toList();
        int k = sentenceAt(spans, start);
        if (from > 0 && k <= 0) {
            // The sentence before (or the claim's own) starts on an earlier line, more than 2,000 characters before the claim.
            return text.substring(start - LEAD_MAX, start);
        }
        return lead(text, spans, start);
    }

    /** The index of the last sentence starting at or before {@code start}, or -1. */
    private static int sentenceAt(List<SentenceSpan> sentences, int start) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static final int LEAD_MAX = 2000;

    /**
     * The lead of a claim starting at {@code start} (a UTF-16 index into {@code text}, whose {@code sentences} are given): the
     * text from the start of the sentence before the one the claim starts in (its own sentence's start for the first
     * sentence) to the claim, and at least the 32 characters before the claim (TextQuote.CONTEXT), at most 2,000.
     */
    public static String lead(String text, List<SentenceSpan> sentences, int start) {
        int from = Math.max(0, start - TextQuote.CONTEXT);
        int k = sentenceAt(sentences, start);
        if (k >= 0) {
            from = Math.min(from, sentences.get(Math.max(0, k - 1)).start());
        }
        return text.substring(Math.max(from, start - LEAD_MAX), start);
    }

    boolean positioned() {
        return start >= 0 && end >= start;
    }
}
