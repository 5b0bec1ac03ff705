package org.claimbench.analysis.contradiction;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * Two days for the same thing: claims of one event, close in meaning, each name one weekday or one
 * calendar date, and not the same one ("talks were held on Saturday" / "the talks on Sunday").
 * A claim that names two days (the talks and the day after) is left out.
 */
final class DaySignal implements PairSignal {

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.both(a, b, ClaimHolds.ONE_WEEKDAY) || ClaimHolds.both(a, b, ClaimHolds.ONE_DATE);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.sameEvent() || !pair.related(0.55)) {
            return Optional.empty();
        }
        if (one(a.weekdays) && one(b.weekdays) && !a.weekdays.equals(b.weekdays)) {
            String x = name(a.weekdays.get(0));
            String y = name(b.weekdays.get(0));
            return Optional.of(signal(x, y));
        }
        if (one(a.dates) && one(b.dates) && !a.dates.equals(b.dates)) {
            return Optional.of(signal(date(a.dates.get(0)), date(b.dates.get(0))));
        }
        return Optional.empty();
    }

    private static Signal signal(String x, String y) {
        return new Signal("different days", ContradictionKind.TEMPORAL, 0.4, () -> "“" + x + "” in one claim, “" + y
                + "” in the other: two days for the same thing.", "days:" + (x.compareTo(y) < 0 ? x + "/" + y : y + "/" + x));
    }

    private static boolean one(List<Integer> days) {
        return days.size() == 1;
    }

    private static String name(int weekday) {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String date(int monthDay) {
        return java.time.Month.of(monthDay / 100).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + monthDay % 100;
    }
}
