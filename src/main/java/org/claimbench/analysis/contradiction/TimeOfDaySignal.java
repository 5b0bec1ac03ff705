package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Two times of day for the same thing: claims of one event, close in meaning, each name one time of
 * day ({@link TimeOfDay}), and more than an hour lies between them ("the envoys spoke at 15:10" / "an
 * evening call between the envoys"; "at 9 am" / "at 2 pm"). A claim that names two times (a start
 * and an end) is left out, and so is a pair whose times can meet within the hour ("at 17:30" /
 * "in the evening"), and a pair whose claims put their times on different days ("took effect at midnight on
 * Monday" / "a statement on Tuesday morning"): a time of day is a point of its day (TimeML anchors a TIMEX3 of a
 * part of the day to its date, Pustejovsky et al. 2003), so times of two days are two moments, not one told two
 * ways; whether the days themselves disagree is the day signal's question ({@link DaySignal}).
 */
final class TimeOfDaySignal implements PairSignal {

    /** Minutes two times may lie apart and still be one moment told loosely. */
    static final int SLACK = 60;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.both(a, b, ClaimHolds.ONE_TIME_OF_DAY);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (a.timesOfDay.size() != 1 || b.timesOfDay.size() != 1 || !pair.sameEvent() || !pair.related(0.55)) {
            return Optional.empty();
        }
        if (onOtherDays(a, b)) {
            return Optional.empty();
        }
        TimeOfDay x = a.timesOfDay.get(0);
        TimeOfDay y = b.timesOfDay.get(0);
        if (!x.apartFrom(y, SLACK)) {
            return Optional.empty();
        }
        String first = x.words().compareTo(y.words()) < 0 ? x.words() : y.words();
        String second = first.equals(x.words()) ? y.words() : x.words();
        return Optional.of(new Signal("different times", ContradictionKind.TEMPORAL, 0.4, () -> "“" + x.words() + "” in one claim, “"
                + y.words() + "” in the other: two times of day for the same thing.", "times:" + first + "/" + second));
    }

    /**
     * Whether both claims name days and none in common: their dates, or any weekday among their content lemmas, also one
     * that dates a statement ("said on Friday morning": the morning is the statement's too).
     */
    static boolean onOtherDays(ClaimFeatures a, ClaimFeatures b) {
        if (!a.dates.isEmpty() && !b.dates.isEmpty() && java.util.Collections.disjoint(a.dates, b.dates)) {
            return true;
        }
        List<String> x = days(a);
        List<String> y = days(b);
        return !x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y);
    }

    private static List<String> days(ClaimFeatures f) {
        List<String> out = new java.util.ArrayList<>(1);
        for (String w : f.words) {
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (WordSenses.WEEKDAYS.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
