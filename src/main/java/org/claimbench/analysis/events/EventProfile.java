package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an article tells of the event it reports: its day (from a weekday or date in the lead, or
 * else the day the text was published, which only places it within a few days), its weekday when
 * no day can be resolved, what kind of event it is (a call, a meeting), its ordinal ("the eighth
 * call"), the names it goes by ("meeting@budapest" for "the Budapest summit") and every weekday its
 * lead names ("announced on Monday … to take effect on Tuesday": Monday and Tuesday) and the calendar days those resolve to
 * against the text's date (leadDays: empty when it has none). weekdayOfReport: the weekday is
 * that of a statement about the event ("an official said on Monday") with no date to resolve it, so it tells the
 * event's time only as far as the same weekday of another report does. weekBefore: the seven days of the week before the
 * text's date when a report that tells no day of its own points back at "last week" (a follow-up), else empty. firstSince: when the ordinal is "the first …
 * since …", the words of the point it is counted from ("since 1990": {"1990"}), else empty. act: what the headline and lead
 * tell done to an agreement, its conclusion or its signing ({@link AgreementActs}; round 74).
 */
public record EventProfile(Optional<LocalDate> day, boolean dayFromPublication, Optional<DayOfWeek> weekday, boolean weekdayOfReport,
                           Optional<String> kind,
                           OptionalInt ordinal, Set<String> names, Set<DayOfWeek> leadWeekdays, Set<LocalDate> leadDays,
                           Set<LocalDate> weekBefore, Set<String> firstSince, AgreementActs.Act act, Set<DayOfWeek> inForce) {

    /** How two profiles relate: the same event, different events, or not known. */
    public enum Relation {
        /** The same day or the same ordinal of the same kind of event. */
        SAME,
        /**
         * A shared name, the same weekday, or the other's weekday (or day) named in one lead besides its own: the same event if
         * the texts also speak of the same things.
         */
        LIKELY_SAME,
        /**
         * Two weekdays in a row of which one lead names both ("announced on Monday … in force on Tuesday"), or a weekday told
         * with no date and a report published that weekday or the day after: the same event if the texts also speak of the
         * same things or name the same participants and places.
         */
        NEXT_DAY,
        DIFFERENT,
        UNKNOWN
    }

    public static final EventProfile UNKNOWN = new EventProfile(Optional.empty(), false, Optional.empty(), false, Optional.empty(),
            OptionalInt.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), AgreementActs.Act.NONE, Set.of());

    public EventProfile {
        names = Set.copyOf(names);
        leadWeekdays = Set.copyOf(leadWeekdays);
        leadDays = Set.copyOf(leadDays);
        weekBefore = Set.copyOf(weekBefore);
        firstSince = Set.copyOf(firstSince);
        inForce = Set.copyOf(inForce);
    }

    /** A profile that tells no day an agreement takes effect, as before round 75 read them. */
    public EventProfile(Optional<LocalDate> day, boolean dayFromPublication, Optional<DayOfWeek> weekday, boolean weekdayOfReport,
                        Optional<String> kind, OptionalInt ordinal, Set<String> names, Set<DayOfWeek> leadWeekdays, Set<LocalDate> leadDays,
                        Set<LocalDate> weekBefore, Set<String> firstSince, AgreementActs.Act act) {
        this(day, dayFromPublication, weekday, weekdayOfReport, kind, ordinal, names, leadWeekdays, leadDays, weekBefore, firstSince, act,
                Set.of());
    }

    /** A profile without a week before or a "first … since" point, as before round 64 read them. */
    public EventProfile(Optional<LocalDate> day, boolean dayFromPublication, Optional<DayOfWeek> weekday, boolean weekdayOfReport,
                        Optional<String> kind, OptionalInt ordinal, Set<String> names, Set<DayOfWeek> leadWeekdays, Set<LocalDate> leadDays) {
        this(day, dayFromPublication, weekday, weekdayOfReport, kind, ordinal, names, leadWeekdays, leadDays, Set.of(), Set.of());
    }

    /** A profile that tells no act of an agreement, as before round 74 read them. */
    public EventProfile(Optional<LocalDate> day, boolean dayFromPublication, Optional<DayOfWeek> weekday, boolean weekdayOfReport,
                        Optional<String> kind, OptionalInt ordinal, Set<String> names, Set<DayOfWeek> leadWeekdays, Set<LocalDate> leadDays,
                        Set<LocalDate> weekBefore, Set<String> firstSince) {
        this(day, dayFromPublication, weekday, weekdayOfReport, kind, ordinal, names, leadWeekdays, leadDays, weekBefore, firstSince,
                AgreementActs.Act.NONE);
    }

    /** True when the text says nothing of its event's day, order or name. */
    public boolean isEmpty() {
        return day.isEmpty() && weekday.isEmpty() && ordinal.isEmpty() && names.isEmpty();
    }

    /** True when it says nothing of its event's day, order or name but the weekday of a statement about it. */
    public boolean placesNothing() {
        return day.isEmpty() && (weekday.isEmpty() || weekdayOfReport) && ordinal.isEmpty() && names.isEmpty();
    }

    /**
     * Days settle it first (one day apart at most, three when a day is only the publication date:
     * a call is reported the same day or the next; days further apart are likely one event when one lead names the other's
     * day besides its own, "reopened on Saturday, three days after Wednesday's call", as weekdays are below); then ordinals of the same kind of event ("the
     * sixth call" and "the sixth contact" are one); then a shared name; then weekdays: the same weekday is likely the same
     * event, and so is the next day when one lead names both days (an event announced on Monday that takes effect on
     * Tuesday, reported by one outlet as Monday's announcement and by another as Tuesday's news).
     */
    public Relation relation(EventProfile o) {
        Relation byTime = byTime(o);
        if (byTime != Relation.UNKNOWN || day.isPresent() && o.day.isPresent()) {
            return byTime;
        }
        // Nothing of their times or names relates them: a conclusion and a signing of an agreement are two acts, weeks apart
        // as often as not; two reports of the same one act are likely one event, if their leads speak of the same things
        // (EventGroups), as two of one weekday are (AgreementActs, round 74). A day of effect relates them only then: it
        // outranks no ordinal, place or act that sets them apart (review of round 78, finding 6).
        if (AgreementActs.apart(act, o.act)) {
            return Relation.DIFFERENT;
        }
        if (sameDayInForce(o)) {
            return Relation.SAME;
        }
        return AgreementActs.same(act, o.act) ? Relation.LIKELY_SAME : Relation.UNKNOWN;
    }

    /** Whether their days, ordinals, names or weekdays make them {@link Relation#SAME}, whatever their days of effect. */
    boolean sameByTime(EventProfile o) {
        return byTime(o) == Relation.SAME;
    }

    /**
     * Whether both leads give an agreement's coming into force the same weekday and no two days of theirs settle it: a report
     * of an agreement's announcement tells the day it is to take effect, a report of the days after recalls the day it took
     * effect (EventInference, round 75); the leads must still speak of the same things (EventGroups).
     */
    boolean sameDayInForce(EventProfile o) {
        return !(day.isPresent() && o.day.isPresent()) && !java.util.Collections.disjoint(inForce, o.inForce);
    }

    /** How two profiles relate by their days, ordinals, names and weekdays ({@link #relation}). */
    private Relation byTime(EventProfile o) {
        if (day.isPresent() && o.day.isPresent()) {
            long apart = Math.abs(ChronoUnit.DAYS.between(day.get(), o.day.get()));
            if (apart <= (dayFromPublication || o.dayFromPublication ? 3 : 1)) {
                return Relation.SAME;
            }
            // A report of a consequence or a reaction dates itself by its own day and names the event's ("three days after
            // Wednesday's call"): the day it names is the other's, so it speaks of that event, if the leads speak of the same
            // things (EventGroups), as for weekdays with no date below (round 31; with dates, round 47).
            long tolerance = dayFromPublication || o.dayFromPublication ? 3 : 1;
            // A follow-up's "last week" is a whole week already: the other's day falls inside it, with slack only for a day that
            // is itself a publication date (round 64).
            return names(leadDays, o.day.get(), tolerance) || names(o.leadDays, day.get(), tolerance)
                    || names(weekBefore, o.day.get(), o.dayFromPublication ? 3 : 0) || names(o.weekBefore, day.get(), dayFromPublication ? 3 : 0)
                    ? Relation.LIKELY_SAME : Relation.DIFFERENT;
        }
        if (ordinal.isPresent() && o.ordinal.isPresent() && kind.equals(o.kind) && !countedFromOtherPoints(o)) {
            return ordinal.getAsInt() == o.ordinal.getAsInt() ? Relation.SAME : Relation.DIFFERENT;
        }
        if (sharesName(o)) {
            return Relation.LIKELY_SAME;
        }
        Optional<DayOfWeek> w1 = day.map(LocalDate::getDayOfWeek).or(() -> weekday);
        Optional<DayOfWeek> w2 = o.day.map(LocalDate::getDayOfWeek).or(() -> o.weekday);
        if (w1.isPresent() && w2.isPresent() && !dayFromPublication && !o.dayFromPublication) {
            // Two reports of an event "on Thursday" with nothing else to tell them apart: most likely one event, if their leads
            // speak of the same things (EventGroups). The kind is no proof either way: one outlet's "call" is another's "talks".
            // The lead's first weekday may be a reaction's day rather than the event's: a different one proves nothing.
            if (w1.equals(w2)) {
                return Relation.LIKELY_SAME;
            }
            if (nextDayNamedByEither(w1.get(), w2.get(), o)) {
                return Relation.NEXT_DAY;
            }
            // One lead names the other's day besides its own first ("caravans were broken up on Saturday … after Wednesday's
            // call"): its first weekday is a consequence's or a reaction's, and the event it follows is the other's, if the
            // leads speak of the same things (EventGroups), as for the same weekday.
            return leadWeekdays.contains(w2.get()) || o.leadWeekdays.contains(w1.get()) ? Relation.LIKELY_SAME : Relation.UNKNOWN;
        }
        if (w1.isPresent() && w2.isPresent() && day.isPresent() != o.day.isPresent() && reportOfTheWeekday(day.isPresent() ? this : o, day.isPresent() ? w2.get() : w1.get())) {
            return Relation.NEXT_DAY;
        }
        return Relation.UNKNOWN;
    }

    /**
     * Whether both ordinals are "the first … since …" counted from points that share no word ("since 1990" against "since the
     * strike"): each ends a gap of its own, so the two firsts say nothing of one event, either way ({@link EventOrdinals#firstSince},
     * round 64). Two firsts counted from the same point ("since 1990", "since independence in 1990"), or both from none, are
     * read as before; a first over a length of time ("in three years") against a first counted from none is not one count
     * either (round 75).
     */
    boolean countedFromOtherPoints(EventProfile o) {
        if (firstSince.isEmpty() != o.firstSince.isEmpty()) {
            // A first over a length of time ("the first talks in three years") presupposes one before the gap, so it is no first
            // that opens a series ("the first summit of the two blocs"): two counts that say nothing of one event either way. A
            // first since a point may count from the series' opening ("since he took office") and is read as before (round 75).
            boolean span = (firstSince.isEmpty() ? o.firstSince : firstSince).stream().anyMatch(w -> w.startsWith(EventOrdinals.SPAN));
            return span && ordinal.equals(OptionalInt.of(1)) && o.ordinal.equals(OptionalInt.of(1));
        }
        return !firstSince.isEmpty() && java.util.Collections.disjoint(firstSince, o.firstSince);
    }

    /**
     * Whether a report dated only by its publication (or by the day of a statement about its event) may be the report of an
     * event told by its weekday alone: the weekday is the report's own day or the day before it. A statement made on a
     * Tuesday is reported that day or, by outlets a time zone ahead or printing the next morning, on the Wednesday (round 47
     * read the same lag for a weekday a zone ahead); with no date for the weekday nothing more is known, so the two are one
     * event only as two reports of days in a row are ({@link Relation#NEXT_DAY}: their leads or their telling names meet,
     * EventGroups). Round 52 of issue 11.
     */
    private static boolean reportOfTheWeekday(EventProfile dated, DayOfWeek told) {
        DayOfWeek reported = dated.day.get().getDayOfWeek();
        return dated.dayFromPublication && (told == reported || told.plus(1) == reported);
    }

    /**
     * Whether the two name one event: a name in common, or one place named at two levels ("talks in Switzerland", "talks in
     * Geneva": {@link EventNouns#oneEvent}), unless each also puts its meeting in a place the other's names do not hold
     * ({@link EventNouns#twoPlaces}: "the APEC summit in Lima" and "… in San Francisco" share the series' name, not the meeting,
     * as a series moves its host each time). Reads WordNet: not on the JavaFX thread.
     */
    public boolean sharesName(EventProfile o) {
        boolean shared = false;
        for (String a : names) {
            for (String b : o.names) {
                if (EventNouns.oneEvent(a, b)) {
                    shared = true;
                } else if (EventNouns.twoPlaces(a, b) && unmatched(a, o.names) && unmatched(b, names)) {
                    return false;
                }
            }
        }
        return shared;
    }

    /** Whether no name of names is one event with name. */
    private static boolean unmatched(String name, Set<String> names) {
        return names.stream().noneMatch(n -> EventNouns.oneEvent(name, n));
    }

    /** Whether one of days is the same day as day, as two days of one event are (at most tolerance days apart). */
    private static boolean names(Set<LocalDate> days, LocalDate day, long tolerance) {
        return days.stream().anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, day)) <= tolerance);
    }

    /** Whether two weekdays are a day apart and one of the two leads names both ("on Monday … from Tuesday"). */
    private boolean nextDayNamedByEither(DayOfWeek mine, DayOfWeek theirs, EventProfile o) {
        boolean adjacent = mine.plus(1) == theirs || theirs.plus(1) == mine;
        return adjacent && (leadWeekdays.contains(theirs) || o.leadWeekdays.contains(mine));
    }
}
