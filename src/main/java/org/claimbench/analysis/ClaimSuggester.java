package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.TextSpan;

/**
 * Finds attributed statements and the outlet's own assertions in an article. Each sentence that
 * states something (not a dateline, caption, question or web boilerplate) becomes a suggestion:
 * attributed to a speaker when a reporting verb, "according to", a quotation or a pronoun ties it
 * to one, else to the Press (the outlet speaking for itself).
 */
public final class ClaimSuggester {

    static final Pattern REPORTING = Pattern.compile("\\b(said|says|say|told|tells|stressed|stresses|insisted|insists|claimed|claims|warned|warns"
            + "|denied|denies|called|calls|added|adds|noted|notes|emphasi[sz]ed|emphasi[sz]es|explained|stated|states|announced|announces"
            + "|assured|reiterated|reiterates|argued|argues|accused|accuses|acknowledged|declared|declares|wrote|writes|posted|replied"
            + "|recalled|confirmed|confirms|agreed|suggested|suggests|expressed|complained|celebrates|celebrated|praised|criticized"
            + "|criticised|indicated|indicates|believes|thinks|hopes|promised|vowed|admitted|dismissed|congratulated|specified"
            + "|pointed out|point out|declined|offered|proposed|demanded|rejected|refused|ruled out|described|hailed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|they|He|She|They)\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(skip to content|news|updated|home|share|previous post.*|next post.*"
            + "|stats|advertisement|read more.*|\\d+ min( read)?|by .{0,40}|[•·].*|\\d{1,2}/\\d{1,2}/\\d{2,4})$");
    private static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(is|are|was|were|will|would|has|have|had|can|could|must|should|may|might"
            + "|does|did|do|been|be|went|said|told|made|took|gave|came|met|spoke|saw|knew|thought|felt|got|found|left|kept|held|began"
            + "|brought|became|ran|put|set|won|lost|think|know|want|need|see|believe|hope|agree|say|feel|expect|\\p{L}+ed|\\p{L}+s)\\b");

    private final SpeakerTable speakers;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public ClaimSuggester(SpeakerTable speakers) {
        this.speakers = speakers;
    }

    public List<ClaimSuggestion> suggest(long articleId, String text) {
        List<ClaimSuggestion> out = new ArrayList<>();
        List<TextSpan> quotes = QuotedPassages.find(text);
        Context ctx = new Context(articleId, text, quotes);
        boolean seenStatement = false;
        for (Sentence s : splitter.split(text)) {
            if (ctx.lastSpeaker != null && s.paragraph() > ctx.lastSpeakerParagraph + 2) {
                ctx.lastSpeaker = null;
            }
            if (!statement(s)) {
                continue;
            }
            if (seenStatement && unpunctuatedLine(text, s)) {
                // A line with no full stop after the article has begun: a subheading, a teaser for another
                // story or a caption, not a claim. (Before any statement it is the headline, which is one.)
                continue;
            }
            seenStatement = true;
            List<Sentence> parts = clauses(s);
            if (parts.size() > 1) {
                // "X says A, but Y says B": a claim per source when the parts have different sources.
                List<ClaimSuggestion> each = new ArrayList<>();
                for (Sentence part : parts) {
                    attribute(ctx, part, speakers.find(text, part.start(), part.end())).ifPresent(each::add);
                }
                if (each.size() == parts.size() && each.stream().map(ClaimSuggestion::source).distinct().count() > 1) {
                    out.addAll(each);
                    continue;
                }
            }
            List<SpeakerMention> mentions = speakers.find(text, s.start(), s.end());
            Optional<ClaimSuggestion> suggestion = attribute(ctx, s, mentions);
            suggestion.ifPresent(out::add);
        }
        return out;
    }

    /** ", but Moscow says …", ", although most …": where a sentence may turn to a second statement, often another source's. */
    private static final Pattern CLAUSE_TURN = Pattern.compile(",\\s+(?:but|while|whereas|although|though|despite)\\s+(\\p{L}+)");
    /** A second statement has a subject of its own: a name, or a noun phrase; a pronoun only continues the first. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("\\p{Lu}\\p{L}*|the|a|an|his|her|its|their|this|these|those|most|many|some|both|all");

    /**
     * A sentence cut where it turns to a second statement with a subject of its own ("X says A,
     * but Moscow says B"), when both parts state something; else the sentence alone.
     */
    static List<Sentence> clauses(Sentence s) {
        String t = s.text();
        Matcher m = CLAUSE_TURN.matcher(t);
        List<Sentence> out = new ArrayList<>(2);
        int from = 0;
        while (m.find()) {
            if (!OWN_SUBJECT.matcher(m.group(1)).matches() || m.group(1).equals("I")) {
                continue;
            }
            String head = t.substring(from, m.start());
            int tailStart = m.start() + 1;
            while (Character.isWhitespace(t.charAt(tailStart))) {
                tailStart++;
            }
            String tail = t.substring(tailStart);
            if (words(head) >= 5 && words(tail) >= 5 && FINITE_VERB.matcher(head).find() && FINITE_VERB.matcher(tail).find()
                    && !inOpenQuote(t, m.start())) {
                out.add(new Sentence(new TextSpan(s.start() + from, s.start() + m.start()), s.paragraph(), head));
                from = tailStart;
            }
        }
        if (from == 0) {
            return List.of(s);
        }
        out.add(new Sentence(new TextSpan(s.start() + from, s.end()), s.paragraph(), t.substring(from)));
        return out;
    }

    /** Whether a position is inside a quotation opened earlier in the sentence (a quoted sentence stays whole). */
    private static boolean inOpenQuote(String t, int at) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“' || c == '«') {
                open++;
            } else if (c == '”' || c == '»') {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /** What the sentences before this one established: the last person a statement was attributed to. */
    private static final class Context {
        final long articleId;
        final String text;
        final List<TextSpan> quotes;
        SpeakerMention lastSpeaker;
        int lastSpeakerParagraph;

        Context(long articleId, String text, List<TextSpan> quotes) {
            this.articleId = articleId;
            this.text = text;
            this.quotes = quotes;
        }
    }

    /** A sentence standing alone on its line with no closing punctuation: a headline-like line. */
    static boolean unpunctuatedLine(String text, Sentence s) {
        boolean lineStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
        int end = s.end();
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        boolean lineEnd = end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
        String t = s.text().strip();
        return lineStart && lineEnd && !t.isEmpty() && ".!?\"”’»:;…)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** A sentence that states something: long enough, with a verb, not a question or web boilerplate. */
    static boolean statement(Sentence s) {
        String t = s.text().strip();
        String bare = t.replaceAll("[\"“”'’‘»)]+$", "");
        if (BOILERPLATE.matcher(t).matches() || bare.endsWith("?")) {
            return false;
        }
        int words = t.split("\\s+").length;
        return words >= 5 && FINITE_VERB.matcher(t).find();
    }

    private Optional<ClaimSuggestion> attribute(Context ctx, Sentence s, List<SpeakerMention> mentions) {
        String t = s.text();
        long articleId = ctx.articleId;
        Matcher verb = REPORTING.matcher(t);
        while (verb.find()) {
            int verbAt = s.start() + verb.start();
            int afterVerb = s.start() + verb.end();
            // The subject before the verb (the first speaker of the clause), or just after it ("…, Peskov said").
            Optional<SpeakerMention> before = mentions.stream()
                    .filter(m -> m.span().end() <= verbAt && verbAt - m.span().start() <= 70).findFirst();
            Optional<SpeakerMention> after = mentions.stream()
                    .filter(m -> m.span().start() >= afterVerb && m.span().start() - afterVerb <= 3).findFirst();
            Optional<SpeakerMention> who = before.or(() -> after);
            if (who.isPresent()) {
                if (words(t) - words(who.get().matched()) - 1 < 4) {
                    // Only the attribution ("Trump added in his statement."): nothing is claimed here.
                    return Optional.empty();
                }
                return Optional.of(attributed(ctx, s, s.span(), who.get(), who.get().matched() + " “" + verb.group() + "” it"));
            }
            Matcher pron = PRONOUN.matcher(t.substring(0, verb.start()));
            if (ctx.lastSpeaker != null && pron.find() && verb.start() - pron.end() <= 20) {
                return Optional.of(attributed(ctx, s, s.span(), ctx.lastSpeaker,
                        "“" + pron.group() + " " + verb.group() + "”, after a statement of " + ctx.lastSpeaker.speaker()));
            }
        }
        // "according to X": X is the speaker; the claim is the rest of the sentence.
        Matcher acc = ACCORDING.matcher(t);
        if (acc.find()) {
            int at = s.start() + acc.end();
            Optional<SpeakerMention> who = mentions.stream().filter(m -> m.span().start() >= at && m.span().start() <= at + 60).findFirst();
            if (who.isPresent()) {
                TextSpan span = withoutAccordingTo(ctx.text, s, acc.start(), who.get());
                return Optional.of(attributed(ctx, s, span, who.get(), "“according to " + who.get().matched() + "”"));
            }
        }
        Optional<TextSpan> quote = ctx.quotes.stream().filter(q -> insideQuote(s, q)).findFirst();
        if (quote.isPresent()) {
            Optional<SpeakerMention> who = quoteSpeaker(ctx, quote.get());
            if (who.isPresent()) {
                // Inside a long quotation, keep the sentences that say something on their own.
                if (words(t) < 6) {
                    return Optional.empty();
                }
                return Optional.of(attributed(ctx, s, s.span(), who.get(), "inside a quotation of " + who.get().matched()));
            }
        }
        if (QUOTE.matcher(t).find() && !mentions.isEmpty()) {
            SpeakerMention who = mentions.get(0);
            return Optional.of(attributed(ctx, s, s.span(), who, "a quotation beside " + who.matched()));
        }
        if (!pressWorthy(t)) {
            return Optional.empty();
        }
        return Optional.of(new ClaimSuggestion(articleId, s.span(), "journalist", "Press",
                "an assertion with no one else named as its speaker: the outlet's own", 0.4));
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("(^|\\W)(I|we|We|my|My|our|Our|us)(\\W|$)");
    private static final Pattern CONNECTOR = Pattern.compile("^[\"“'‘]?(And|But|So|Or|Likewise|Now|Frankly|Exactly|Which|If|Because|For example"
            + "|To|Then|Yet|Also|Still)\\b.*");

    /**
     * Whether an unattributed sentence reads as the outlet's own assertion: not a piece of someone's
     * speech (first person, an open quotation) and not a continuation leaning on the sentence before.
     */
    static boolean pressWorthy(String t) {
        String s = t.strip();
        return !FIRST_PERSON.matcher(s).find() && !CONNECTOR.matcher(s).matches()
                && !(s.startsWith("\"") || s.startsWith("“"));
    }

    /** At least half of the sentence lies inside the quoted passage. */
    private static boolean insideQuote(Sentence s, TextSpan q) {
        int overlap = Math.min(s.end(), q.end()) - Math.max(s.start(), q.start());
        return overlap * 2 >= s.span().length();
    }

    /**
     * Who a quoted passage belongs to: the speaker named with a reporting verb right after it
     * ("…," Trump celebrated), else the one named before it in the same sentence, else the last
     * person a statement was attributed to.
     */
    private Optional<SpeakerMention> quoteSpeaker(Context ctx, TextSpan q) {
        String text = ctx.text;
        int afterEnd = Math.min(text.length(), q.end() + 80);
        int lineEnd = text.indexOf('\n', q.end());
        if (lineEnd >= 0) {
            afterEnd = Math.min(afterEnd, lineEnd);
        }
        String after = text.substring(q.end(), afterEnd);
        if (REPORTING.matcher(after).find()) {
            List<SpeakerMention> m = speakers.find(text, q.end(), afterEnd);
            if (!m.isEmpty()) {
                return Optional.of(m.get(0));
            }
            if (PRONOUN.matcher(after).find() && ctx.lastSpeaker != null) {
                return Optional.of(ctx.lastSpeaker);
            }
        }
        int lineStart = text.lastIndexOf('\n', q.start()) + 1;
        int beforeStart = Math.max(lineStart, q.start() - 120);
        List<SpeakerMention> before = speakers.find(text, beforeStart, q.start());
        if (!before.isEmpty()) {
            return Optional.of(before.get(before.size() - 1));
        }
        return Optional.ofNullable(ctx.lastSpeaker);
    }

    private static ClaimSuggestion attributed(Context ctx, Sentence s, TextSpan span, SpeakerMention who, String cue) {
        if (who.person()) {
            ctx.lastSpeaker = who;
            ctx.lastSpeakerParagraph = s.paragraph();
        }
        return suggestion(ctx.articleId, span, who, cue);
    }

    private static ClaimSuggestion suggestion(long articleId, TextSpan span, SpeakerMention who, String cue) {
        String how = who.how().equals("exact") ? "" : " (" + who.how() + ")";
        return new ClaimSuggestion(articleId, span, who.speaker(), who.source(),
                cue + how + "; " + who.speaker() + " speaks for " + who.source(), 0.8);
    }

    /** The sentence without its "according to X," clause, when the clause opens or closes it. */
    private static TextSpan withoutAccordingTo(String text, Sentence s, int accordingAt, SpeakerMention who) {
        int clauseStart = s.start() + accordingAt;
        int clauseEnd = who.span().end();
        if (accordingAt == 0) {
            int comma = text.indexOf(',', clauseEnd);
            if (comma > 0 && comma < s.end() - 10) {
                int start = comma + 1;
                while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                return new TextSpan(start, s.end());
            }
            return s.span();
        }
        String rest = text.substring(clauseEnd, s.end()).strip();
        if (rest.length() <= 1) {
            int end = clauseStart;
            while (end > s.start() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            return end > s.start() ? new TextSpan(s.start(), end) : s.span();
        }
        return s.span();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
