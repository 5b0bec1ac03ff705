package org.claimbench.analysis.contradiction;

import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Two times of day for the same thing: claims of one event, close in meaning, each name one time of
 * day ({@link TimeOfDay}), and more than an hour lies between them ("the envoys spoke at 15:10" / "an
 * evening call between the envoys"; "at 9 am" / "at 2 pm"). A claim that names two times (a start
 * and an end) is left out, and so is a pair whose times can meet within the hour ("at 17:30" /
 * "in the evening").
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
}
