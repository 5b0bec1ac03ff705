package org.claimbench.analysis.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.AsciiText;
import org.claimbench.analysis.language.PlaceHolonyms;
import org.claimbench.analysis.language.WordNet;

/**
 * The nouns news uses for the events that readouts describe, in two kinds: a "call" (a phone call,
 * a telephone conversation, a contact) and a "meeting" (a summit, talks, a meeting, a visit); the
 * ordinals that count them ("the eighth call") and the places that name them ("the Budapest
 * summit", "talks in Istanbul").
 */
final class EventNouns {

    static final String CALL = "(?:phone |telephone )?(?:calls?|conversations?|contacts?)";
    static final String MEETING = "(?:summits?|meetings?|talks|visits?|negotiations)";
    /**
     * The means of a call named as an adjunct, with no noun of the event: "spoke by phone", "talked over the telephone" (a
     * prepositional phrase of means, Quirk et al. 1985, 9.48: "by" and "over" with a means of communication): a call.
     */
    static final String BY_PHONE = "(?:by|over the) (?:tele)?phone";
    /** The first event noun of a text, or a call's means. */
    private static final Pattern NOUN = Pattern.compile("(?i)\\b(" + CALL + "|" + MEETING + "|" + BY_PHONE + ")\\b");
    private static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|\\d{1,2}(?:st|nd|rd|th)";
    /**
     * "the eighth call", "its fourth in the past two years", "the ninth officially recorded visit":
     * an ordinal, up to three words that qualify it, and the event noun, or no noun when a
     * preposition follows at once (an apposition to the event just named).
     */
    static final Pattern ORDINAL = Pattern.compile("(?i)\\b(the|its|their|a)\\s+(" + ORDINALS + ")\\s+"
            + "(?:(?:[a-z-]+\\s+){0,3}?(" + CALL + "|" + MEETING + ")\\b|(?=(?:in|since|of|this|so far)\\b))");
    /**
     * "the Budapest summit", "summit in Budapest", "talks in Istanbul", "the Alaska meeting"; the noun may open its sentence
     * ("Talks in Istanbul ended …": the capital is the sentence's, the place still the name). A place of two words is one
     * line's: a headline ends at its line break, and the capitalised word that opens the next line is not the place's
     * ("talks in Geneva" above "Treasury Secretary …"). After an acronym the noun may be capitalised too ("the APEC Summit", as
     * "the APEC summit"): a formal name of a meeting capitalises its generic word (The Chicago Manual of Style, 8.68-8.69 on
     * conferences and meetings), while a headline's title case capitalises only the first letter of each word, so "Trump
     * Meeting" stays no name (round 70). The acronym must be one WordNet 3.1 does not have ({@link #seriesAcronym}): it files
     * NATO, ASEAN, EU, UN, WHO, OPEC, IMF and WTO as noun.group, so they name no meeting here, and US, UK, PRC as places, where
     * "Talks" is a headline's verb ("… Says US Talks Tough …"); names with digits (G20, COP29) are not matched. The series'
     * name and the place after its noun are both read ("the APEC Summit in Lima": meeting@apec and meeting@lima).
     */
    private static final Pattern NAMED = Pattern.compile("\\b(?:(?<![-–])(\\p{Lu}\\p{L}+)\\s+(summit|meeting|talks"
            + "|(?<=\\b\\p{Lu}{2,12}\\h{1,3})(?:Summit|Meeting|Talks))"
            + "|([Ss]ummit|[Mm]eeting|[Tt]alks|[Nn]egotiations)\\s+(?:in|at)\\s+(\\p{Lu}\\p{L}+(?:\\h+\\p{Lu}\\p{L}+)?))\\b");
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    /** Capitalised words before "summit" that name no place ("The summit", "Next meeting"). */
    private static final Set<String> NOT_PLACES = Set.of("the", "a", "this", "that", "next", "last", "first", "second", "new", "peace",
            "presidential", "bilateral", "trilateral", "emergency", "leaders", "their", "his", "her", "its", "our");

    /** What {@link #NAMED} needs, and what {@link #ORDINAL} needs to count an event: the nouns of MEETING (and CALL). */
    private static final String[] MEETING_NOUNS = {"summit", "meeting", "talks", "negotiations"};
    private static final String[] ORDINAL_NAMES = ORDINAL_WORDS.keySet().toArray(String[]::new);
    private static final String[] EVENT_NOUNS = {"call", "conversation", "contact", "summit", "meeting", "talks", "visit", "negotiations"};

    private EventNouns() {
    }

    /** The kind of event a text speaks of most (the first one named on a tie). */
    static Optional<String> firstKind(String text) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Matcher m = NOUN.matcher(text); m.find(); ) {
            kindOf(m.group(1)).ifPresent(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing((x, y) -> 0)).map(Map.Entry::getKey);
    }

    /** "call" or "meeting" for an event noun. */
    static Optional<String> kindOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.matches("(?:phone |telephone )?(?:calls?|conversations?|contacts?)") || n.matches(BY_PHONE)) {
            return Optional.of("call");
        }
        return n.matches("summits?|meetings?|talks|visits?|negotiations") ? Optional.of("meeting") : Optional.empty();
    }

    static int ordinalValue(String word) {
        Integer n = ORDINAL_WORDS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word.replaceAll("\\D", ""));
    }

    /** Named meetings of a text, as "meeting@budapest". */
    static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (!AsciiText.containsAny(AsciiText.lower(text), MEETING_NOUNS)) {
            // Most claims name no meeting: the pattern is not run over them.
            return out;
        }
        Matcher m = NAMED.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            String place = placeWords(m.group(1) != null ? m.group(1) : m.group(4));
            boolean positional = m.group(1) != null && capitalByPosition(text, m.start(1));
            boolean capitalNoun = m.group(2) != null && Character.isUpperCase(m.group(2).charAt(0));
            if (!place.isEmpty() && !NOT_PLACES.contains(place) && mayBePlace(place) && !(positional && (commonWord(place) || commonPlaceNoun(place)))
                    && (!capitalNoun || seriesAcronym(place))) {
                out.add("meeting@" + place);
                // The noun may have its place after it too ("the APEC summit in Lima"): a series' name is no place.
                from = m.group(2) != null ? m.start(2) : m.end();
            } else {
                // "The talks in Halvik": a word before the noun that is no place leaves the noun to name it after.
                from = m.group(2) != null ? m.start(2) : m.end();
            }
        }
        return out;
    }

    /**
     * Whether two names of events ("meeting@geneva", "meeting@switzerland") name one event: the same name, or names of the
     * same kind whose places are one named at two levels, one within the other by WordNet's part holonyms
     * ({@link PlaceHolonyms#within}): a report of "talks in Switzerland" and one of "talks in Geneva" name one place, as a
     * writer names a place as precisely as the reader needs (Grice's maxim of quantity), not a different one. Two places
     * within one whole ("Geneva" and "Zurich") are two places. Reads WordNet: not on the JavaFX thread. Round 55 of issue 11.
     */
    static boolean oneEvent(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int at = a.indexOf('@');
        if (at < 0 || !b.startsWith(a.substring(0, at + 1))) {
            return false;
        }
        String x = a.substring(at + 1);
        String y = b.substring(at + 1);
        return PlaceHolonyms.shared().within(x, y) || PlaceHolonyms.shared().within(y, x);
    }

    /**
     * Whether the acronym before a capitalised meeting noun ("the APEC Summit") may be a series' name: a word WordNet 3.1 does
     * not have at all. One it files as a place (US, UK) is a subject whose "Talks" is a verb in title case; one it files as
     * a group (NATO, EU) is no place, and {@link #mayBePlace} already turns it down.
     */
    private static boolean seriesAcronym(String word) {
        return WordNet.shared().lexicographerFiles(word, WordNet.Pos.NOUN).isEmpty();
    }

    /**
     * Whether two names of events that are not one ({@link #oneEvent}) are places WordNet 3.1 files as locations: two places it
     * knows, neither within the other, are two. A name it does not know (a series' acronym, "apec"; a town too small for it)
     * may lie within the other and proves nothing (stop 63, review of round 70).
     */
    static boolean twoPlaces(String a, String b) {
        return PlaceHolonyms.shared().senses(a.substring(a.indexOf('@') + 1)).length > 0
                && PlaceHolonyms.shared().senses(b.substring(b.indexOf('@') + 1)).length > 0;
    }

    /**
     * Whether a name before or after a meeting noun may be a place: one of its words is one WordNet 3.1 files among its first
     * senses in noun.location ("Port Louis": port), or one WordNet does not have at all (a town too small for it, "Abu Dhabi",
     * a name of our own). A name WordNet knows only as other things is no place: "the Oval Office meeting" (oval: noun.shape,
     * office: noun.artifact), "the Putin meeting" (noun.person), "the Kremlin talks" (noun.artifact).
     */
    private static boolean mayBePlace(String place) {
        for (String word : place.split(" ")) {
            List<String> files = WordNet.shared().lexicographerFiles(word, WordNet.Pos.NOUN);
            if (files.isEmpty() || files.contains("noun.location")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at start is capitalised by its place alone (quotation marks and an opening bracket before it are
     * passed over): it opens the text, a line (a headline, a subheading: "Productive meeting with the minister") or a
     * sentence (after ".", "!" or "?"), or follows a colon (a kicker: "Washington: Decisive talks …"), where English
     * capitalises every word (The Chicago Manual of Style, 8.1 and 8.159: the first word of a sentence or a heading), so its
     * capital says nothing of its being a name.
     */
    static boolean capitalByPosition(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"'“‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n\r:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether a place of one word is a common noun in WordNet 3.1 and not a place it spells capitalised: "Port talks end …",
     * "Border talks resume" open a headline with a common noun of a place, capitalised by position only (The Chicago Manual of
     * Style, 8.1), not a name ("Geneva talks", "Turkey talks" stay: WordNet spells those places as proper nouns).
     */
    private static boolean commonPlaceNoun(String place) {
        // One word only (NAMED takes one before the noun): a name of two ("Cape Town") is a name though each word is common.
        return place.indexOf(' ') < 0 && !WordNet.shared().lexicographerFiles(place, WordNet.Pos.NOUN).isEmpty()
                && !WordNet.shared().namesPlace(place);
    }

    /**
     * Whether a word WordNet 3.1 has in lower case as a common adjective, verb or adverb ("strategic", "productive", "historic"):
     * capitalised only by its place, it is that word, not a name (a name WordNet files as a place is kept before this is asked,
     * {@link #mayBePlace}). Every word of the place must be one for the place to be dropped.
     */
    private static boolean commonWord(String place) {
        for (String word : place.split(" ")) {
            boolean common = !WordNet.shared().lexicographerFiles(word, WordNet.Pos.ADJECTIVE).isEmpty()
                    || !WordNet.shared().lexicographerFiles(word, WordNet.Pos.VERB).isEmpty()
                    || !WordNet.shared().lexicographerFiles(word, WordNet.Pos.ADVERB).isEmpty();
            if (!common || WordNet.shared().lexicographerFiles(word, WordNet.Pos.NOUN).contains("noun.location")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a meeting's place, lower case, without the months and weekdays among them ("March", "Halvik Tuesday" →
     * "halvik"): those say when, not where (their English names by {@link java.time.Month} and {@link java.time.DayOfWeek}).
     */
    private static String placeWords(String words) {
        List<String> kept = new java.util.ArrayList<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!CALENDAR.contains(w)) {
                kept.add(w);
            }
        }
        return String.join(" ", kept);
    }

    /** The months and weekdays in English, lower case. */
    private static final Set<String> CALENDAR = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.Month.values()).map(x -> x.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(x -> x.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)))
            .map(x -> x.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Ordinals of a text with their kind, as "call#8". */
    static Set<String> ordinals(String text) {
        Set<String> out = new LinkedHashSet<>();
        // Only an ordinal with its event noun counts: a text without both is not scanned (AsciiText: the pattern folds ASCII only).
        String folded = AsciiText.lower(text);
        boolean both = (AsciiText.hasDigit(text) || AsciiText.containsAny(folded, ORDINAL_NAMES))
                && AsciiText.containsAny(folded, EVENT_NOUNS);
        for (Matcher m = ORDINAL.matcher(both ? text : ""); m.find(); ) {
            if (m.group(3) != null) {
                kindOf(m.group(3)).ifPresent(k -> out.add(k + "#" + ordinalValue(m.group(2))));
            }
        }
        return out;
    }
}
