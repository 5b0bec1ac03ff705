package org.claimbench.analysis.contradiction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Two accounts of one event that place the same event noun at incompatible times, or set incompatible spans between it and
 * the same later event ({@link EventTimes}: TimeML's TIMEX3 values and the TLINKs of "after" and "before"): a talk "a fortnight
 * ago" against one "three months after" it, a visit "this year" against the same visit "next year", a summit held "weeks
 * after" a call against the same summit "the day after" it. The times must not overlap even with the
 * vagueness of their words. The guard that the two speak of one thing: the pair is of one event (or the event both name is the
 * one placed), the claims are related by meaning as {@link DaySignal} asks (at a lower floor), and they share a content word that is neither a
 * unit of time ("week", "year") nor a form of the event noun ("meeting", "meet") — a place or a name, so that "the visit later
 * this year" and "a visit next year" of two different visitors do not meet on their shared time words.
 */
final class EventTimeSignal implements PairSignal {

    /** As strong as two days for the same thing ({@link DaySignal}). */
    static final double WEIGHT = 0.4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !EventTimes.of(a).isEmpty() && !EventTimes.of(b).isEmpty();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.related(DAY_RELATED)) {
            return Optional.empty();
        }
        EventTimes ta = EventTimes.of(a);
        EventTimes tb = EventTimes.of(b);
        for (EventTimes.Placement first : ta.placements) {
            EventTimes.Placement x = within(ta, first.noun());
            EventTimes.Placement y = within(tb, first.noun());
            // Two spans counted from two different later events place nothing against each other.
            if (x != null && y != null && ofOneEvent(pair, x.noun()) && sharesMore(pair, x.noun())
                    && (x.reported().isEmpty() || y.reported().isEmpty() || x.reported().equals(y.reported()))
                    && (x.to().isBefore(y.from()) || y.to().isBefore(x.from()))) {
                return Optional.of(new Signal("times of an event", ContradictionKind.TEMPORAL, WEIGHT,
                        () -> "One account puts the " + x.noun() + " " + when(x) + " (“" + x.words() + "”), the other " + when(y)
                                + " (“" + y.words() + "”).", "eventtime:" + x.noun()));
            }
        }
        for (EventTimes.Gap x : ta.gaps) {
            for (EventTimes.Gap y : tb.gaps) {
                // The same span's two ends: the same anchor and the same later event (the summit, held days after the call).
                if (x.anchor().equals(y.anchor()) && x.reported().equals(y.reported()) && x.after() == y.after()
                        && ofOneEvent(pair, x.anchor()) && sharesMore(pair, x.anchor()) && (x.most() < y.fewest() || y.most() < x.fewest())) {
                    return Optional.of(new Signal("times of an event", ContradictionKind.TEMPORAL, WEIGHT,
                            () -> "“" + x.words() + "” in one account, “" + y.words() + "” in the other: two different spans "
                                    + (x.after() ? "after" : "before") + " the same " + x.anchor() + ".", "eventgap:" + x.anchor()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Related by meaning as {@link DaySignal} asks, at the floor {@link NegationSignal} and {@link FactualitySignal} ask of two
     * claims of one thing (0.4, not DaySignal's 0.55): here the event noun and a shared name already tie the two, and the two
     * placements of one meeting are often told in different words (corpus 8's gold pair at cosine 0.43, corpus 9's at 0.48).
     */
    private static final double DAY_RELATED = 0.4;

    /** Units of time: shared by any two claims that time anything, they say nothing of the thing timed. */
    private static final java.util.Set<String> UNITS = java.util.Set.of("hour", "day", "week", "month", "year", "ago", "time");

    /** Each event noun's forms as lemmas (the noun, its verb): sharing them is sharing the noun placed. */
    private static final java.util.Map<String, java.util.Set<String>> FORMS = java.util.Map.of(
            "meeting", java.util.Set.of("meeting", "meet"), "call", java.util.Set.of("call", "phone", "telephone"),
            "talk", java.util.Set.of("talk", "talks"), "negotiation", java.util.Set.of("negotiation", "negotiations", "negotiate"),
            "visit", java.util.Set.of("visit"), "summit", java.util.Set.of("summit"),
            "conversation", java.util.Set.of("conversation", "converse"), "contact", java.util.Set.of("contact"));

    /**
     * Whether the pair is of one event, or the event both claims name is one of the noun placed ("the South Korea meeting" for two
     * placements of the meeting): in two reports of different events two calls "three weeks ago" and "two months ago" are two.
     */
    private static boolean ofOneEvent(Pair pair, String noun) {
        return pair.sameEvent() || pair.sharedEvent().endsWith(" " + noun);
    }

    /** Whether the two claims share a content word that is no unit of time and no form of the event noun (a place, a name). */
    private static boolean sharesMore(Pair pair, String noun) {
        java.util.Set<String> forms = FORMS.getOrDefault(noun, java.util.Set.of(noun));
        return pair.shared().stream().anyMatch(w -> !UNITS.contains(w) && !forms.contains(w) && !noun.startsWith(w));
    }

    /**
     * The days a claim leaves for an event noun: every placement it gives that noun holds at once ("weeks after a meeting … at the
     * end of October": the end of October); null when it places the noun nowhere or its placements leave no day in common.
     */
    private static EventTimes.Placement within(EventTimes t, String noun) {
        LocalDate from = null;
        LocalDate to = null;
        String words = null;
        // A placement of its own ("three weeks ago") dates the noun whatever the claim reports; else the later event counted from.
        String reported = null;
        for (EventTimes.Placement p : t.placements) {
            if (p.noun().equals(noun)) {
                boolean narrower = from == null || p.to().toEpochDay() - p.from().toEpochDay() < to.toEpochDay() - from.toEpochDay();
                words = narrower ? p.words() : words;
                reported = reported == null || p.reported().isEmpty() ? p.reported() : reported;
                from = from == null || p.from().isAfter(from) ? p.from() : from;
                to = to == null || p.to().isBefore(to) ? p.to() : to;
            }
        }
        return from == null || from.isAfter(to) ? null : new EventTimes.Placement(noun, from, to, words, reported);
    }

    private static String when(EventTimes.Placement p) {
        return p.from().equals(p.to()) ? "on " + day(p.from()) : "between " + day(p.from()) + " and " + day(p.to());
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }
}
