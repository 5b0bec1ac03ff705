package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;

/**
 * What a length of time with no noun after it measures. The claim's first noun as a rule ("the call lasted two hours":
 * the call, "the hearing lasted an hour": the hearing); but when there is none, or it is the unit itself or people, and
 * the time is how long they talked or met ("the two leaders had spoken
 * for two hours", "they talked for three hours", "it lasted barely half an hour"), the event itself: a verb that names
 * the event before "for" — one WordNet 3.1 derives from an event noun (call, conversation, contact, talk, meeting, summit,
 * negotiation, visit: call, converse, talk, meet, negotiate …) or a synonym of one among its first senses (speak, phone) —
 * or "last" before the figure, gives the length of the event, {@link #EVENT}, which is the length of a call or of a
 * meeting ({@link Quantity#measuresSameAs}). Other verbs of communication or of social life ("protested", "prayed",
 * "voted", "worked" for two hours) measure what those people did, not the event.
 */
final class DurationHeads {

    /** The head of a length of time that measures the event reported, whichever kind it is. */
    static final String EVENT = "event";

    /** The nouns of the events reported, both kinds (EventNouns' calls and meetings), singular. */
    private static final List<String> EVENT_NOUNS = List.of("call", "conversation", "contact", "talk", "meeting", "summit", "negotiation", "visit");

    /** The verbs WordNet derives from {@link #EVENT_NOUNS} ("meeting": "meet"), read once. */
    private static final class EventVerbs {
        static final List<String> DERIVED = EVENT_NOUNS.stream().flatMap(n -> WordForms.derivedVerbs(n).stream()).distinct().toList();
    }

    /** The units of time a figure is given in ("lasted barely half an hour": the first noun is the unit, not what lasted). */
    private static final Set<String> UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year");

    private DurationHeads() {
    }

    /** The quantities with each time that names no noun given its head; first: the claim's first noun (null if none). */
    static List<Quantity> withHeads(List<Quantity> read, String first, ClaimReading reading) {
        String subject = first == null ? null : eventNoun(first);
        boolean eventLength = (subject == null || UNITS.contains(subject) || people(subject)) && talkedOrLasted(reading);
        String head = eventLength ? EVENT : subject;
        if (head == null) {
            return read;
        }
        List<Quantity> out = new ArrayList<>(read.size());
        for (Quantity q : read) {
            out.add(q.head().isEmpty() && q.dimension().equals("time") ? new Quantity(q.dimension(), head, q.low(), q.high(), q.words(), q.start()) : q);
        }
        return out;
    }

    /** People who talk or meet for a time ("the two leaders", "the delegations"): WordNet noun.person or noun.group. */
    private static boolean people(String noun) {
        String file = WordNet.shared().lexicographerFile(noun, WordNet.Pos.NOUN);
        return file.equals("noun.person") || file.equals("noun.group");
    }

    /**
     * A call, a conversation and a contact are one kind of thing; a meeting, a summit, talks and negotiations another, as
     * the event inference groups them (EventNouns' kinds); noun: a singular in lower case ("phone-call" too).
     */
    static String eventNoun(String noun) {
        return CALLS.contains(noun) ? "call" : MEETINGS.contains(noun) ? "meeting" : noun;
    }

    /** EventNouns' two kinds, singular (sets, not String.matches: that compiles its pattern on every call, once a claim). */
    private static final java.util.Set<String> CALLS = java.util.Set.of("call", "phone-call", "conversation", "contact");
    private static final java.util.Set<String> MEETINGS = java.util.Set.of("meeting", "summit", "talk", "negotiation");

    /** Whether the claim says how long people talked or met ("spoke for", "met for", "talked for over") or how long it lasted. */
    private static boolean talkedOrLasted(ClaimReading r) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.is(i, "VERB")) {
                continue;
            }
            if (r.lemma(i).equals("last") && i + 1 < r.size() && !r.is(i + 1, "NOUN") && !r.is(i + 1, "PROPN")) {
                return true;
            }
            if (i + 1 < r.size() && r.lemma(i + 1).equals("for") && namesTheEvent(r.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb (a lemma) names the event: derived from an event noun, or sharing a first sense with such a verb. */
    private static boolean namesTheEvent(String verb) {
        return EventVerbs.DERIVED.stream().anyMatch(v -> WordNet.shared().synonyms(verb, v, WordNet.Pos.VERB));
    }
}
