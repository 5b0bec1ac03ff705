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

    /** Verbs that report what someone said (two-word ones too: "pointed out"). */
    private static final List<String> REPORTING_VERBS = List.of("said", "says", "say", "told", "tells", "stressed", "stresses", "insisted",
            "insists", "claimed", "claims", "warned", "warns", "denied", "denies", "called", "calls", "added", "adds", "noted", "notes",
            "emphasised", "emphasized", "emphasises", "emphasizes", "explained", "stated", "states", "announced", "announces", "assured",
            "reiterated", "reiterates", "argued", "argues", "accused", "accuses", "acknowledged", "declared", "declares", "wrote", "writes",
            "posted", "replied", "recalled", "confirmed", "confirms", "agreed", "suggested", "suggests", "expressed", "complained",
            "celebrates", "celebrated", "praised", "criticized", "criticised", "indicated", "indicates", "believes", "thinks", "hopes",
            "promised", "vowed", "admitted", "dismissed", "congratulated", "specified", "pointed out", "point out", "declined", "offered",
            "proposed", "demanded", "rejected", "refused", "ruled out", "described", "hailed", "concluded", "observed", "remarked",
            "responded", "answered", "asserted", "maintained", "conceded");
    /** The verbs as one pattern, grouped by first letter so that a word start tries a handful of them, not all. */
    static final Pattern REPORTING = Pattern.compile("\\b(" + byFirstLetter(REPORTING_VERBS) + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "thinks about it", "hopes to convince": a state of mind or an intention, not a statement reported. */
    private static final Pattern NOT_SPEECH = Pattern.compile("(?i)(?:thinks|think|believes|believe|hopes|hope)\\s+(?:about|of|for|to)\\b");
    private static final Pattern ACCOUNT = Pattern.compile("(?i)['’]s\\s+(account|version|readout|summary|interpretation|telling)\\b");

    /** A speaker's account named in a sentence: who, the word ("account", "version"), where the phrase starts and ends in the sentence. */
    private record Account(SpeakerMention who, String word, int start, int end) {
    }

    /** The speaker whose account the sentence gives ("the Kremlin's account", "Ushakov's version"), if it names one. */
    private static Optional<Account> accountOf(Sentence s, List<SpeakerMention> mentions) {
        Matcher account = ACCOUNT.matcher(s.text());
        if (!account.find()) {
            return Optional.empty();
        }
        int at = s.start() + account.start();
        return mentions.stream().filter(m -> m.span().end() >= at && m.span().end() <= at + 2).findFirst()
                .map(m -> new Account(m, account.group(1), account.start(), account.end()));
    }

    /** "In his view, …", "According to her, …": a sentence giving the last speaker's view. */
    private static final Pattern THEIR_VIEW = Pattern.compile("^(?:(?:In|By) (?:his|her|their) (?:view|words|opinion|account|estimation)"
            + "|According to (?:him|her|them)),\\s*");
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\b");
    static final Pattern PRONOUN = Pattern.compile("\\b(he|she|they|He|She|They)\\b");
    /** The speaker of the outlet's own assertions. */
    static final String OUTLET = "journalist";

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
            if (!SentenceKinds.statement(s)) {
                continue;
            }
            if (seenStatement && SentenceKinds.unpunctuatedLine(text, s)) {
                // A line with no full stop after the article has begun: a subheading, a teaser for another
                // story or a caption, not a claim. (Before any statement it is the headline, which is one.)
                continue;
            }
            // A headline: the first line of its own, short (a one-sentence lead paragraph is longer, and ends with a full stop).
            int headlineWords = s.text().strip().endsWith(".") ? 12 : 16;
            boolean headline = !seenStatement && SentenceKinds.aloneOnItsLine(text, s) && Words.count(s.text()) <= headlineWords
                    && SentenceKinds.textFollows(text, s) && pressWorthy(s.text());
            seenStatement = true;
            if (headline) {
                // The headline is the outlet's words about the story, whoever it quotes or paraphrases.
                out.add(new ClaimSuggestion(articleId, s.span(), OUTLET, "Press", "the headline: the outlet's own summary of the story", 0.4));
                continue;
            }
            List<SpeakerMention> mentions = speakers.find(text, s.start(), s.end());
            List<Sentence> parts = SentenceParts.clauses(s);
            List<ClaimSuggestion> claims = new ArrayList<>();
            if (parts.size() > 1) {
                // "X says A, but Y says B": a claim per part when the parts have different sources, or different
                // speakers each named in the text.
                for (Sentence part : parts) {
                    attribute(ctx, part, speakers.find(text, part.start(), part.end())).ifPresent(claims::add);
                }
                boolean named = claims.stream().noneMatch(c -> c.speaker().equals(OUTLET));
                if (claims.size() != parts.size() || (claims.stream().map(ClaimSuggestion::source).distinct().count() < 2
                        && !(named && claims.stream().map(ClaimSuggestion::speaker).distinct().count() > 1))) {
                    claims.clear();
                }
            }
            if (claims.isEmpty()) {
                attribute(ctx, s, mentions).ifPresent(claims::add);
                parts = List.of(s);
            }
            for (int i = 0; i < claims.size(); i++) {
                out.addAll(parts(ctx, parts.get(i), claims.get(i)));
            }
            if (claims.stream().allMatch(c -> c.speaker().equals(OUTLET)) && !mentions.isEmpty() && mentions.get(0).person()
                    && words(text.substring(s.start(), mentions.get(0).span().start())) <= 2) {
                // The person a sentence is about ("Trump, on the other hand, pushed for …") is whom "he" means next.
                ctx.lastSpeaker = mentions.get(0);
                ctx.lastSpeakerParagraph = s.paragraph();
            }
            participles(ctx, s, claims, mentions).ifPresent(out::add);
            for (SpeakerMention m : mentions) {
                TextSpan bracketed = SentenceParts.bracketedQuote(text, m, quotes);
                if (bracketed != null) {
                    out.add(suggestion(articleId, bracketed, m, "a quotation in brackets after " + m.matched()));
                }
            }
        }
        return Restatements.without(text, out);
    }

    /**
     * A claim as the user would mark it: a claim per quotation when the sentence (or clause) reports
     * several with "that", and beside someone's statement the outlet's own aside in it, as a Press claim.
     */
    private static List<ClaimSuggestion> parts(Context ctx, Sentence claimed, ClaimSuggestion c) {
        if (c.source().equals("Press")) {
            return List.of(c);
        }
        List<TextSpan> quoted = SentenceParts.reportedQuotes(ctx.text, claimed, ctx.quotes);
        List<ClaimSuggestion> out = new ArrayList<>();
        if (!quoted.isEmpty()) {
            for (TextSpan q : quoted) {
                out.add(new ClaimSuggestion(c.articleId(), q, c.speaker(), c.source(),
                        c.reason() + " (one of " + quoted.size() + " quotations reported in the sentence)", c.score()));
            }
            return out;
        }
        out.add(c);
        for (TextSpan aside : SentenceParts.outletAsides(ctx.text, claimed)) {
            out.add(new ClaimSuggestion(c.articleId(), aside, OUTLET, "Press",
                    "the outlet's own aside inside a statement of " + c.speaker(), 0.4));
        }
        return out;
    }

    /**
     * "Trump is excited about …, saying that …", "…, the White House spokesperson, complaining about …": the
     * participle's statement, by the speaker named last before it outside the sentence's other claims.
     */
    private static Optional<ClaimSuggestion> participles(Context ctx, Sentence s, List<ClaimSuggestion> claims, List<SpeakerMention> mentions) {
        TextSpan span = SentenceParts.participle(ctx.text, s);
        if (span == null) {
            return Optional.empty();
        }
        int from = claims.stream().mapToInt(c -> c.span().end()).max().orElse(s.start());
        if (claims.stream().anyMatch(c -> c.span().contains(span.start())) || from > span.start()) {
            return Optional.empty();
        }
        SpeakerMention who = null;
        for (SpeakerMention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= span.start()) {
                who = m;
            }
        }
        String word = ctx.text.substring(span.start(), span.end()).split("\\s+")[0];
        if (who != null) {
            return Optional.of(attributed(ctx, s, span, who, who.matched() + " … “" + word + "”"));
        }
        // "…," he wrote on X, adding that …: the participle goes on with the sentence's speaker.
        return claims.stream().filter(c -> !c.speaker().equals(OUTLET)).reduce((a, b) -> b)
                .map(c -> new ClaimSuggestion(c.articleId(), span, c.speaker(), c.source(),
                        "“" + word + "”, going on with " + c.speaker() + "'s statement; " + c.speaker() + " speaks for " + c.source(), c.score()));
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

    private Optional<ClaimSuggestion> attribute(Context ctx, Sentence s, List<SpeakerMention> mentions) {
        String t = s.text();
        long articleId = ctx.articleId;
        Optional<Account> account = accountOf(s, mentions);
        if (account.isPresent()) {
            // "In the Kremlin's account, the two leaders agreed …": the Kremlin's claim is what follows the comma.
            Account a = account.get();
            int comma = t.indexOf(',', a.end());
            if (a.start() <= 40 && comma >= 0 && comma <= a.end() + 30) {
                TextSpan span = StatementSpans.after(ctx.text, s, s.start() + comma + 1);
                return Optional.of(attributed(ctx, s, span, a.who(), "“" + a.who().matched() + "’s " + a.word() + "”"));
            }
        }
        Matcher theirView = THEIR_VIEW.matcher(t);
        if (theirView.find() && ctx.lastSpeaker != null) {
            // "In his view, conditions such as … are not acceptable": the view of the one who spoke last.
            TextSpan span = StatementSpans.after(ctx.text, s, s.start() + theirView.end());
            return Optional.of(attributed(ctx, s, span, ctx.lastSpeaker,
                    "“" + theirView.group().replaceAll("[,\\s]+$", "") + "”, after a statement of " + ctx.lastSpeaker.speaker()));
        }
        Matcher verb = REPORTING.matcher(t);
        Matcher according = ACCORDING.matcher(t);
        int accordingAt = according.find() ? according.start() : -1;
        while (verb.find()) {
            if (StatementSpans.ACTS.matcher(verb.group()).matches() && accordingAt >= 0
                    && (t.substring(0, accordingAt).isBlank() || accordingAt > verb.end())) {
                // "According to Reuters, Trump has again proposed …", "Putin praised Trump …, according to a Kremlin aide":
                // the one it is according to reports the act.
                continue;
            }
            if (NOT_SPEECH.matcher(t).region(verb.start(), t.length()).lookingAt() || inRelativeClause(t, verb.start())) {
                continue;
            }
            int verbAt = s.start() + verb.start();
            int afterVerb = s.start() + verb.end();
            Optional<SpeakerMention> who = VerbSubjects.of(ctx.text, s, verbAt, afterVerb, mentions);
            if (who.isPresent()) {
                if (words(t) - words(who.get().matched()) - 1 < 4) {
                    // Only the attribution ("Trump added in his statement."): nothing is claimed here.
                    return Optional.empty();
                }
                int attrStart = Math.min(who.get().span().start(), verbAt);
                int attrEnd = Math.max(who.get().span().end(), afterVerb);
                TextSpan statement = StatementSpans.of(ctx.text, s, attrStart, attrEnd, verb.group());
                return Optional.of(attributed(ctx, s, statement, who.get(), who.get().matched() + " “" + verb.group() + "” it"));
            }
            Matcher pron = PRONOUN.matcher(t.substring(0, verb.start()));
            if (ctx.lastSpeaker != null && pron.find() && verb.start() - pron.end() <= 20) {
                TextSpan statement = StatementSpans.of(ctx.text, s, s.start() + pron.start(), afterVerb, verb.group());
                return Optional.of(attributed(ctx, s, statement, ctx.lastSpeaker,
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
        if (account.isPresent()) {
            return Optional.of(attributed(ctx, s, s.span(), account.get().who(), "“" + account.get().who().matched() + "’s account”"));
        }
        Optional<TextSpan> quote = ctx.quotes.stream().filter(q -> QuotedPassages.holds(s, q)).findFirst();
        if (quote.isPresent()) {
            Optional<SpeakerMention> who = QuotedPassages.speaker(ctx.text, quote.get(), speakers, ctx.lastSpeaker);
            if (who.isPresent()) {
                // Inside a long quotation, keep the sentences that say something on their own: long enough,
                // and, between its opening and closing sentences, not a continuation leaning on the one before ("But it takes two").
                boolean inside = s.start() > quote.get().start() + 1 && s.end() < quote.get().end();
                if (words(t) < 6 || (inside && CONNECTOR.matcher(t.strip()).matches())) {
                    return Optional.empty();
                }
                return Optional.of(attributed(ctx, s, StatementSpans.within(ctx.text, s, quote.get()), who.get(),
                        "inside a quotation of " + who.get().matched()));
            }
        }
        if (QuotedPassages.statementIn(ctx.text, s, ctx.quotes) && !mentions.isEmpty()) {
            SpeakerMention who = mentions.get(0);
            return Optional.of(attributed(ctx, s, s.span(), who, "a quotation beside " + who.matched()));
        }
        if (!pressWorthy(t) || background(t)) {
            return Optional.empty();
        }
        return Optional.of(new ClaimSuggestion(articleId, s.span(), OUTLET, "Press",
                "an assertion with no one else named as its speaker: the outlet's own", 0.4));
    }

    private static final Pattern RELATIVE_OPEN = Pattern.compile(",\\s*who\\s+$");
    private static final Pattern MAIN_VERB_AFTER = Pattern.compile(",\\s+(?:is|are|was|were|has|have|had|will|would|can|could|remains)\\b");

    /**
     * A verb in a relative clause inside the subject ("The Russian president, who calls him a "partner", is
     * not willing …"): it describes the subject; the sentence's statement is the main clause's.
     */
    private static boolean inRelativeClause(String t, int verbAt) {
        return RELATIVE_OPEN.matcher(t.substring(Math.max(0, verbAt - 8), verbAt)).find()
                && MAIN_VERB_AFTER.matcher(t).region(verbAt, t.length()).find();
    }

    /**
     * The outlet's background: a sentence set at another time ("in February", "a few months ago", "since
     * returning to power", "past agreements") that does not speak of the call or the talks is context for
     * the event, not one of the article's main assertions about it.
     */
    private static final Pattern BACKGROUND_TIME = Pattern.compile("(?i)\\b(?:January|February|March|April|June|July|August|September|October"
            + "|November|December|ago|for months|for years|since|following the|previously|past|earlier this (?:year|month)"
            + "|last (?:year|month|week))\\b");
    private static final Pattern EVENT_WORDS = Pattern.compile("(?i)\\b(?:call|calls|conversation|phone|spoke|speak|talk|talks|talked|discussion|discussed)\\b");
    static boolean background(String t) {
        return BACKGROUND_TIME.matcher(t).find() && !EVENT_WORDS.matcher(t).find();
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
        // "I", "we" inside a quotation closed in the sentence are the quoted person's, not the writer's.
        String outsideQuotes = CLOSED_QUOTE.matcher(s).replaceAll("\"\"");
        return !FIRST_PERSON.matcher(outsideQuotes).find() && !CONNECTOR.matcher(s).matches()
                && !(s.startsWith("\"") || s.startsWith("“"));
    }

    private static final Pattern CLOSED_QUOTE = Pattern.compile("\"[^\"]*\"|“[^”]*”");

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
        return Words.count(s);
    }

    /** "(?:a(?:dded|dds)|c(?:alled|alls))": an alternation of words grouped by their first letter. */
    static String byFirstLetter(List<String> words) {
        java.util.Map<Character, List<String>> groups = new java.util.TreeMap<>();
        for (String w : words) {
            groups.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(Pattern.quote(w.substring(1)).replace("\\Q\\E", ""));
        }
        StringBuilder out = new StringBuilder("(?:");
        groups.forEach((first, rests) -> out.append(out.length() > 3 ? "|" : "").append(first).append("(?:").append(String.join("|", rests))
                .append(')'));
        return out.append(')').toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
