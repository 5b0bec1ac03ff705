package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.analysis.language.PlaceHolonyms;

/**
 * The articles after a given one (by position) that {@link EventGroups} must ask about, so that grouping costs the pairs
 * that may report one event and not every pair: what the profiles and leads of the others cannot join is never asked.
 * Each list holds every pair the full comparison would act on (more may be among them), in ascending order, so the groups
 * come out as if every pair had been asked in order. Not thread-safe.
 */
final class Candidates {

    private final List<EventGroups.Member> members;
    private final LeadSimilarity leads;
    /** Positions of the articles with a day, by the day's epoch day (ascending), and those days. */
    private final int[] byDay;
    private final long[] days;
    /** Positions by the kind and number of their ordinal ("call#6"). */
    private final Map<String, List<Integer>> byOrdinal = new HashMap<>();
    /** Positions by the weekdays their leads give an agreement's coming into force (round 75). */
    private final Map<DayOfWeek, List<Integer>> byInForce = new HashMap<>();
    /** Positions by each name of their event ("meeting@budapest"). */
    private final Map<String, List<Integer>> byName = new HashMap<>();
    /**
     * Positions by the places their names' places lie within, and by their names' places themselves, each as the kind and
     * the place's synset ("meeting@" and an offset: {@link PlaceHolonyms}): one place named at two levels (round 55).
     */
    private final Map<String, List<Integer>> byWhole = new HashMap<>();
    private final Map<String, List<Integer>> byPlace = new HashMap<>();
    /**
     * Positions of the articles with a weekday of their own and no day from publication only: by that weekday, and by each
     * weekday their lead names; those with a day apart from those without (two days settle a relation before weekdays do).
     */
    private final Map<DayOfWeek, List<Integer>> byWeekdayDated = new HashMap<>();
    private final Map<DayOfWeek, List<Integer>> byWeekdayUndated = new HashMap<>();
    private final Map<DayOfWeek, List<Integer>> byLeadWeekdayDated = new HashMap<>();
    private final Map<DayOfWeek, List<Integer>> byLeadWeekdayUndated = new HashMap<>();
    /** Positions of the articles dated by publication (or a statement's day) only, by that day's weekday (round 52). */
    private final Map<DayOfWeek, List<Integer>> byPublicationWeekday = new HashMap<>();
    /** Positions of the articles with a day by each day their lead names, and those days' epoch days, ascending (round 47). */
    private final int[] byLeadDay;
    private final long[] leadDays;
    private final int[] marked;
    private int query;

    Candidates(List<EventGroups.Member> members, LeadSimilarity leads) {
        this.members = members;
        this.leads = leads;
        int n = members.size();
        List<Integer> withDay = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventProfile p = members.get(i).profile();
            if (p.day().isPresent()) {
                withDay.add(i);
                for (LocalDate named : p.leadDays()) {
                    named(i, named);
                }
            }
            if (p.ordinal().isPresent()) {
                byOrdinal.computeIfAbsent(ordinalKey(p), k -> new ArrayList<>()).add(i);
            }
            for (DayOfWeek w : p.inForce()) {
                byInForce.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (String name : p.names()) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                for (String k : placeKeys(name, true)) {
                    byWhole.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
                for (String k : placeKeys(name, false)) {
                    byPlace.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            Optional<DayOfWeek> w = weekday(p);
            if (w.isPresent() && p.dayFromPublication()) {
                byPublicationWeekday.computeIfAbsent(w.get(), k -> new ArrayList<>()).add(i);
            }
            if (w.isPresent() && !p.dayFromPublication()) {
                boolean dated = p.day().isPresent();
                (dated ? byWeekdayDated : byWeekdayUndated).computeIfAbsent(w.get(), k -> new ArrayList<>()).add(i);
                for (DayOfWeek named : p.leadWeekdays()) {
                    (dated ? byLeadWeekdayDated : byLeadWeekdayUndated).computeIfAbsent(named, k -> new ArrayList<>()).add(i);
                }
            }
        }
        withDay.sort((a, b) -> members.get(a).profile().day().get().compareTo(members.get(b).profile().day().get()));
        byDay = withDay.stream().mapToInt(Integer::intValue).toArray();
        days = withDay.stream().mapToLong(i -> members.get(i).profile().day().get().toEpochDay()).toArray();
        long[][] named = namedDays.toArray(new long[0][]);
        Arrays.sort(named, (x, y) -> Long.compare(x[0], y[0]));
        leadDays = Arrays.stream(named).mapToLong(x -> x[0]).toArray();
        byLeadDay = Arrays.stream(named).mapToInt(x -> (int) x[1]).toArray();
        marked = new int[n];
    }

    /** The days dated leads name, as (epoch day, position), while the lists are built. */
    private final List<long[]> namedDays = new ArrayList<>();

    private void named(int position, LocalDate day) {
        namedDays.add(new long[] {day.toEpochDay(), position});
    }

    /** The keys of a name's place: its kind with the synset of each place it lies within (wholes) or of the place itself. */
    private static List<String> placeKeys(String name, boolean wholes) {
        int at = name.indexOf('@');
        if (at < 0) {
            return List.of();
        }
        String place = name.substring(at + 1);
        long[] offsets = wholes ? PlaceHolonyms.shared().wholes(place) : PlaceHolonyms.shared().senses(place);
        return Arrays.stream(offsets).mapToObj(o -> name.substring(0, at + 1) + o).toList();
    }

    /** The kind of event (or none) and the ordinal: SAME by ordinal needs both equal. */
    private static String ordinalKey(EventProfile p) {
        return p.kind().map(k -> "kind " + k).orElse("no kind") + "#" + p.ordinal().getAsInt();
    }

    /** The weekday {@link EventProfile#relation} compares: the day's, else the lead's own. */
    private static Optional<DayOfWeek> weekday(EventProfile p) {
        return p.day().map(LocalDate::getDayOfWeek).or(p::weekday);
    }

    /**
     * The articles after i that may report its event by {@link EventGroups}' first test: the same day within three days or
     * the same ordinal of the same kind ({@link EventProfile.Relation#SAME}), a shared name or weekday
     * ({@link EventProfile.Relation#LIKELY_SAME}, {@link EventProfile.Relation#NEXT_DAY}: {@link #mayBeLikely}), or leads that
     * may be {@link EventGroups#ALIKE} (what any other pair needs).
     */
    int[] mayJoin(int i) {
        query++;
        Ints out = new Ints();
        EventProfile p = members.get(i).profile();
        if (p.day().isPresent()) {
            long d = p.day().get().toEpochDay();
            // Two days are SAME at most three days apart (one, unless one is a publication date).
            for (int k = lowerBound(days, d - 3); k < days.length && days[k] <= d + 3; k++) {
                mark(byDay[k], i, out);
            }
        }
        if (p.ordinal().isPresent()) {
            markAll(byOrdinal.get(ordinalKey(p)), i, out);
        }
        for (DayOfWeek w : p.inForce()) {
            markAll(byInForce.get(w), i, out);
        }
        likely(i, out);
        for (int j : leads.near(i, EventGroups.ALIKE)) {
            mark(j, i, out);
        }
        return out.sorted();
    }

    /**
     * The articles after i whose profile and i's may say {@link EventProfile.Relation#LIKELY_SAME} or
     * {@link EventProfile.Relation#NEXT_DAY}: a shared name, the same weekday, or one lead naming the other's weekday
     * (weekdays only where one of the two has no day), or, where both have a day, one lead naming the other's day.
     */
    int[] mayBeLikely(int i) {
        query++;
        Ints out = new Ints();
        likely(i, out);
        return out.sorted();
    }

    private void likely(int i, Ints out) {
        EventProfile p = members.get(i).profile();
        for (String name : p.names()) {
            markAll(byName.get(name), i, out);
            // A place within this one, or this one within a place the other names (EventNouns.oneEvent).
            for (String k : placeKeys(name, false)) {
                markAll(byWhole.get(k), i, out);
            }
            for (String k : placeKeys(name, true)) {
                markAll(byPlace.get(k), i, out);
            }
        }
        if (p.day().isPresent()) {
            // A lead that names a day as one event's (at most three days from the other's: EventProfile.relation).
            for (LocalDate named : p.leadDays()) {
                long d = named.toEpochDay();
                for (int k = lowerBound(days, d - 3); k < days.length && days[k] <= d + 3; k++) {
                    mark(byDay[k], i, out);
                }
            }
            long d = p.day().get().toEpochDay();
            for (int k = lowerBound(leadDays, d - 3); k < leadDays.length && leadDays[k] <= d + 3; k++) {
                mark(byLeadDay[k], i, out);
            }
        }
        Optional<DayOfWeek> w = weekday(p);
        // A weekday told with no date and a report published that day or the next (EventProfile.relation, NEXT_DAY).
        if (w.isPresent() && p.dayFromPublication()) {
            markAll(byWeekdayUndated.get(w.get()), i, out);
            markAll(byWeekdayUndated.get(w.get().minus(1)), i, out);
        } else if (w.isPresent() && p.day().isEmpty()) {
            markAll(byPublicationWeekday.get(w.get()), i, out);
            markAll(byPublicationWeekday.get(w.get().plus(1)), i, out);
        }
        if (w.isPresent() && !p.dayFromPublication()) {
            boolean dated = p.day().isPresent();
            markAll(byWeekdayUndated.get(w.get()), i, out);
            markAll(byLeadWeekdayUndated.get(w.get()), i, out);
            if (!dated) {
                markAll(byWeekdayDated.get(w.get()), i, out);
                markAll(byLeadWeekdayDated.get(w.get()), i, out);
            }
            for (DayOfWeek named : p.leadWeekdays()) {
                markAll(byWeekdayUndated.get(named), i, out);
                if (!dated) {
                    markAll(byWeekdayDated.get(named), i, out);
                }
            }
        }
    }

    /** The first index of sorted whose value is at least day. */
    private static int lowerBound(long[] sorted, long day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void markAll(List<Integer> positions, int i, Ints out) {
        if (positions != null) {
            for (int j : positions) {
                mark(j, i, out);
            }
        }
    }

    private void mark(int j, int i, Ints out) {
        if (j > i && marked[j] != query) {
            marked[j] = query;
            out.add(j);
        }
    }

    /** A growing list of positions. */
    private static final class Ints {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
