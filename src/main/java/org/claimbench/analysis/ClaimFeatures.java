package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the signals look at in one claim, read once: its words, the lower-case words that
 * carry its meaning, its quantities, and the cue words of denial, timing, praise, blame and scope.
 * Scoring a pair then compares sets and strings; it reads no text again.
 */
final class ClaimFeatures {

    static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|without|neither|nor|refus\\w*|reject\\w*"
            + "|ruled out|rules out|den(y|ies|ied)|isn't|won't|hasn't|haven't|didn't|doesn't|cannot|can't|nothing|none)\\b|n't\\b");
    /** Urgency ("will start immediately"); "immediately after the call" only orders two events in time. */
    static final Pattern IMMEDIATE = Pattern.compile("(?i)\\b(immediately(?!\\s+(?:after|before|following|afterwards)\\b)|right away|at once"
            + "|without delay|straight away|will start|start immediately|begin immediately)\\b");
    /** What can start now or only on a condition: talks, a ceasefire, a deal. */
    static final Pattern PROCESS = Pattern.compile("(?i)\\b(negotiat\\w*|talks?|cease-?fires?|truce|agreements?|deal|peace|memorandum"
            + "|summit|meeting|hostilities|fighting)\\b");
    static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(when|if|once|only after|only if|provided|on condition|conditions?"
            + "|until|possible if|as soon as)\\b");
    // "well" and "great" praise ("it went very well", "a great call"), not in "as well" or "great interest".
    static final Pattern POSITIVE = Pattern.compile("(?i)\\b((?<!as )well(?! as)|excellent|productive|positive|success(ful)?"
            + "|great(?! (deal|many|number|interest|power|powers|britain))|good(?! (faith|deal|many))"
            + "|constructive|breakthrough|progress|significant steps|concessions)\\b");
    static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(fail(s|ed|ure)?|futile|standstill|stalemate|impasse|no results"
            + "|nothing|humiliat\\w*|ignored|not budged|dismissed|refusals?|no indication|passive|dangerous|for show)\\b");
    static final Pattern LIMITED = Pattern.compile("(?i)\\b(limited|partial|only|some|specific|narrow)\\b");
    static final Pattern FULL = Pattern.compile("(?i)\\b(comprehensive|full|complete|general|total|all|entire|broader)\\b");
    /** Connectives that oppose what follows to what came before. */
    private static final String CONTRASTS = "however|but|although|though|yet|despite|whereas|nevertheless|nonetheless|in contrast"
            + "|on the other hand|contrary to";
    /** One of them at the start of a claim ("instead" too, which only opens one). */
    static final Pattern CONTRAST_OPENING = Pattern.compile("(?i)^\\W*(" + CONTRASTS + "|instead)\\b");
    /** One of them as the last words before a claim. */
    static final Pattern CONTRAST_LEAD = Pattern.compile("(?i)\\b(" + CONTRASTS + ")\\W*$");
    /** Claims of an article in the order of its text (ties by id, so the order is total). */
    static final java.util.Comparator<ClaimFeatures> TEXT_ORDER = java.util.Comparator.comparingInt((ClaimFeatures f) -> f.facts.start())
            .thenComparingInt(f -> f.facts.end()).thenComparingLong(f -> f.facts.id());
    static final Set<String> TOPICS = Set.of("ceasefire", "cease-fire", "negotiation", "talk", "agreement", "peace", "call",
            "conversation", "concession", "truce", "war", "summit", "meeting", "sanction", "deal", "hostility", "infrastructure", "energy");

    final ClaimFacts facts;
    /**
     * Its distinct content words and predicates, in text order: lists, not sets, as a claim has a
     * handful and the index keeps them for every claim (a hash set each cost 85 MB for 100,000
     * claims); the words themselves are interned by {@link Words}.
     */
    final List<String> words;
    final List<String> predicates;
    final List<Quantity> quantities;
    final String negation;
    final String immediate;
    final String conditional;
    /** Says when or on what condition something starts (talks, a ceasefire): what the timing signal compares. */
    final boolean startsSomething;
    final String positive;
    final String negative;
    final String limited;
    final String full;
    final boolean onTopic;
    final List<Antonyms.Side> sides;
    /** The contrast connective that opens this claim or comes right before it, and how far before its start it begins. */
    final String contrast;
    final int contrastDistance;
    /** The claim just before this one in its article, among the claims being compared (set by the suggester); 0 if none. */
    long previousId;

    ClaimFeatures(ClaimFacts facts, QuantityReader reader) {
        this.facts = facts;
        String t = facts.text();
        words = List.copyOf(Words.content(t));
        predicates = List.copyOf(Words.predicates(t));
        quantities = reader.read(t);
        negation = first(NEGATION, t);
        immediate = first(IMMEDIATE, t);
        conditional = first(CONDITIONAL, t);
        startsSomething = (immediate != null || conditional != null) && PROCESS.matcher(t).find();
        positive = unnegated(POSITIVE, t);
        negative = first(NEGATIVE, t);
        limited = first(LIMITED, t);
        full = first(FULL, t);
        onTopic = words.stream().anyMatch(TOPICS::contains);
        sides = Antonyms.sides(t);
        Matcher opening = CONTRAST_OPENING.matcher(t);
        Matcher lead = CONTRAST_LEAD.matcher(facts.lead());
        if (opening.find()) {
            contrast = opening.group(1);
            contrastDistance = 0;
        } else if (lead.find()) {
            contrast = lead.group(1);
            contrastDistance = facts.lead().length() - lead.start(1);
        } else {
            contrast = null;
            contrastDistance = 0;
        }
    }

    /** The first match not denied by the words just before it ("isn't willing to make any concessions" praises nothing). */
    private static String unnegated(Pattern p, String t) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 30), m.start());
            if (!NEGATION.matcher(before).find()) {
                return m.group().strip();
            }
        }
        return null;
    }

    private static String first(Pattern p, String t) {
        Matcher m = p.matcher(t);
        return m.find() ? m.group().strip() : null;
    }

    /** The features the index pairs claims by: rare words, kinds of quantity, and timing or praise cues within an event. */
    List<String> blockingKeys() {
        List<String> f = new ArrayList<>(words);
        for (Quantity q : quantities) {
            f.add("#" + q.kind());
        }
        // Timing and praise-or-blame claims rarely share words with what they contradict ("negotiations
        // will start immediately" / "a ceasefire … when agreements are reached"): they meet within their event.
        String scope = facts.event() == null || facts.event().isBlank() ? "article " + facts.articleId() : facts.event();
        if (immediate != null || conditional != null) {
            f.add("#timing@" + scope);
        }
        if (positive != null || negative != null) {
            f.add("#sentiment@" + scope);
        }
        for (Antonyms.Side side : sides) {
            f.add("#antonym:" + side.group().label() + "@" + scope);
        }
        return f;
    }
}
