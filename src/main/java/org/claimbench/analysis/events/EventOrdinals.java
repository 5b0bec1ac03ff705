package org.claimbench.analysis.events;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal a lead gives its event ("the eighth call") and, for a first, the point or length of time it is counted from
 * ("the first talks since 2022", "the first talks in three years"). Read by {@link EventInference} into an
 * {@link EventProfile}; moved out of it whole so that each class stays short. Stateless and thread-safe.
 */
final class EventOrdinals {

    private EventOrdinals() {
    }

    /**
     * The ordinal the lead gives its event: one with the event's own noun ("the eighth call"), or
     * with none, as in an apposition ("…, the fourth in under a year"). With the indefinite article and no noun, "a first" is
     * the noun of a novelty ("a deal would mark a first in decades": first, noun, "the first occurrence of something", WordNet
     * 3.1; Merriam-Webster, first, noun 2), not the count of an event: an ordinal without its noun counts an event only after a
     * definite determiner ("the", "its", "their"), which points back at the event just named.
     */
    static OptionalInt ordinal(String lead, Optional<String> kind) {
        int[] found = ordinalFound(lead, kind);
        return found == null ? OptionalInt.empty() : OptionalInt.of(found[0]);
    }

    /** The ordinal {@link #ordinal} reads, as its value, where its match ends and where its ordinal word ends, or null. */
    private static int[] ordinalFound(String lead, Optional<String> kind) {
        Matcher m = EventNouns.ORDINAL.matcher(lead);
        while (m.find()) {
            String noun = m.group(3);
            if (noun == null && m.group(1).equalsIgnoreCase("a")) {
                continue;
            }
            Optional<String> of = noun == null ? kind : EventNouns.kindOf(noun);
            if (of.isPresent() && of.equals(kind)) {
                return new int[] {EventNouns.ordinalValue(m.group(2)), m.end(), m.end(2)};
            }
        }
        return null;
    }

    /**
     * The point a "first" is counted from, when the lead's ordinal is "the first … since …" ("the first visit by the envoy since
     * 1990", "their first direct meeting since the strike"): the words of three letters or more (years included) of the phrase
     * after "since", up to the end of the ordinal's clause (a comma, semicolon, colon, dash or sentence end); empty for any other
     * ordinal. "Since" sets the left boundary of a span that reaches the time of the telling (Quirk et al. 1985, 9.37-9.43;
     * Merriam-Webster, since, preposition: "in the period after a specified time in the past"), so "the first … since" marks the
     * end of a gap, not a place in one pair's numbered series: any two sides' first meeting after any gap is called so. Two
     * such firsts are one count only when counted from one point ({@link EventProfile#relation}).
     * <p>The gap is told two more ways (round 75). "In" with a length of time after a first or a superlative is the span up to
     * the time of the telling ("the first direct talks in more than three years", "for the first time in decades": Quirk et
     * al. 1985, ch. 9 on prepositions of time, 9.37-9.43 as above; Merriam-Webster, in, preposition, "during the period of"): its point is the length itself, one word marked {@link #SPAN} ("in three year"; "more than", "over", "nearly"
     * … loosen it and are left out), so "in over three years" and "in more than three years" are one point and "since 2022"
     * another. "After" or
     * "following" right after the event's noun is a postmodifying phrase of time that sets the same left boundary ("their
     * first meeting following the ceasefire": Quirk et al. 1985, ch. 17 on prepositional postmodifiers); further on in
     * the clause it may be a time of the event itself ("the first round ended after three hours"), not read.
     */
    static Set<String> firstSince(String lead, Optional<String> kind) {
        int[] found = ordinalFound(lead, kind);
        if (found == null || found[0] != 1) {
            return Set.of();
        }
        int to = found[1];
        while (to < lead.length() && ".,;:!?\n—–".indexOf(lead.charAt(to)) < 0) {
            to++;
        }
        String clause = lead.substring(found[1], to);
        Matcher span = IN_SPAN.matcher(clause);
        // "The first of four meetings in three weeks": a partitive ordinal picks one of a set (Quirk et al. 1985, 5.8-5.9 on
        // partitives), and the length is the set's span, not a gap the first ends.
        boolean partitive = PARTITIVE.matcher(lead.substring(found[2], found[1])).lookingAt();
        if (!partitive && span.lookingAt()) {
            return Set.of(SPAN + Principals.fold(span.group(1) + " " + span.group(2)).replaceFirst("s$", ""));
        }
        Matcher since = SINCE.matcher(clause);
        if (!since.find()) {
            since = AFTER.matcher(clause);
            if (!since.lookingAt()) {
                return Set.of();
            }
        }
        Set<String> words = new java.util.HashSet<>();
        for (Matcher w = POINT_WORD.matcher(Principals.fold(since.group(1))); w.find(); ) {
            if (!FUNCTION_WORDS.contains(w.group())) {
                words.add(w.group());
            }
        }
        return words;
    }

    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b(.*)");
    /** What marks a point that is a length of time ("in three year"), told apart from a point in time by {@link EventProfile}. */
    static final String SPAN = "in ";
    /** "after" or "following" opening the phrase right after the event's noun ({@link #firstSince}). */
    private static final Pattern AFTER = Pattern.compile("(?i)\\s*(?:after|following)\\b(.*)");
    /** "of" opening the words between an ordinal and its noun: a partitive ("the first of four meetings"). */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\s+of\\s");
    /** The numbers of a length of time ("three", "12", "a"; "several", "many", "some" tell none). */
    private static final String SPAN_NUMBERS = "a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some";
    /**
     * "in" with a length of time, loosened or not ("in more than three years", "in a decade", "in years"): its number and unit,
     * read only where it can postmodify the event's noun (Quirk et al. 1985, 17.37 on prepositional postmodifiers, which follow
     * their noun): right after it, or after a phrase of the sides ("between the two sides", "with the rebels", "of the two
     * blocs"), a prepositional phrase with no verb, modal or relative word in it. Further on, "in two weeks" may tell a time
     * to come of another clause ("talks will resume in two weeks"); after a counted set ("the first of three meetings in two
     * weeks") it is the set's span; "in a year's time" is a time to come (Quirk et al. 1985, 9.38 on "in" with a period
     * measured forward).
     */
    private static final Pattern IN_SPAN = Pattern.compile("(?i)\\s*(?:(?:between|with|among|of)\\s+(?!(?:" + SPAN_NUMBERS + ")\\s)"
            + "(?:(?!\\b(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|be|been|being|has|have|had|to|that|which"
            + "|who|when|where)\\b)[^,;.]){0,60}?\\s)?in\\s+(?:(?:more\\s+than|over|nearly|almost|about|around|at\\s+least"
            + "|less\\s+than|under)\\s+)?(" + SPAN_NUMBERS + "|)\\s*(years?|months?|decades?|weeks?)\\b(?!['\u2019]s?\\s+time\\b)");
    private static final Pattern POINT_WORD = Pattern.compile("\\p{L}{3,}|\\d{4}");
    /** Determiners, prepositions and conjunctions of three letters or more: they tell no point in time from another. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "its", "their", "his", "her", "from", "for", "with",
            "that", "this", "was", "were");
}
