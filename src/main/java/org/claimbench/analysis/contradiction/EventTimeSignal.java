package org.claimbench.analysis.contradiction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Two accounts of one event that place the same event noun at incompatible times, or set incompatible spans between it and
 * the event reported ({@link EventTimes}: TimeML's TIMEX3 values and the TLINKs of "after" and "before"): "the meeting three
 * weeks ago" against "two months after their meeting", "a state visit later this year" against "later next year", "just days
 * after the call" against "the day after his call". The times must not overlap even with the vagueness of their words, and the
 * two claims must share a word besides the event noun (a place, a name: the same meeting), so that "the visit later this year"
 * and "a visit next year" of two different visitors pass only when the claims are otherwise about one thing.
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
        // One event, or an event both claims name (a claim that recalls the earlier meeting names it: Pair#oneEvent).
        if (!pair.oneEvent()) {
            return Optional.empty();
        }
        EventTimes ta = EventTimes.of(a);
        EventTimes tb = EventTimes.of(b);
        for (EventTimes.Placement first : ta.placements) {
            EventTimes.Placement x = within(ta, first.noun());
            EventTimes.Placement y = within(tb, first.noun());
            if (x != null && y != null && sharesMore(pair, x.noun()) && (x.to().isBefore(y.from()) || y.to().isBefore(x.from()))) {
                return Optional.of(new Signal("times of an event", ContradictionKind.TEMPORAL, WEIGHT,
                        () -> "One account puts the " + x.noun() + " " + when(x) + " (“" + x.words() + "”), the other " + when(y)
                                + " (“" + y.words() + "”).", "eventtime:" + x.noun()));
            }
        }
        for (EventTimes.Gap x : ta.gaps) {
            for (EventTimes.Gap y : tb.gaps) {
                if (x.anchor().equals(y.anchor()) && x.after() == y.after() && sharesMore(pair, x.anchor())
                        && (x.most() < y.fewest() || y.most() < x.fewest())) {
                    return Optional.of(new Signal("times of an event", ContradictionKind.TEMPORAL, WEIGHT,
                            () -> "“" + x.words() + "” in one account, “" + y.words() + "” in the other: two different spans "
                                    + (x.after() ? "after" : "before") + " the same " + x.anchor() + ".", "eventgap:" + x.anchor()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the two claims share a content word besides the event noun (a place or a name of the same meeting). */
    private static boolean sharesMore(Pair pair, String noun) {
        return pair.shared().stream().anyMatch(w -> !w.equals(noun) && !noun.startsWith(w));
    }

    /**
     * The days a claim leaves for an event noun: every placement it gives that noun holds at once ("weeks after a meeting … at the
     * end of October": the end of October); null when it places the noun nowhere or its placements leave no day in common.
     */
    private static EventTimes.Placement within(EventTimes t, String noun) {
        LocalDate from = null;
        LocalDate to = null;
        String words = null;
        for (EventTimes.Placement p : t.placements) {
            if (p.noun().equals(noun)) {
                boolean narrower = from == null || p.to().toEpochDay() - p.from().toEpochDay() < to.toEpochDay() - from.toEpochDay();
                words = narrower ? p.words() : words;
                from = from == null || p.from().isAfter(from) ? p.from() : from;
                to = to == null || p.to().isBefore(to) ? p.to() : to;
            }
        }
        return from == null || from.isAfter(to) ? null : new EventTimes.Placement(noun, from, to, words);
    }

    private static String when(EventTimes.Placement p) {
        return p.from().equals(p.to()) ? "on " + day(p.from()) : "between " + day(p.from()) + " and " + day(p.to());
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }
}
