package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A time a text names, at [start, end) (UTF-16 units): a calendar day where it can be resolved
 * ("18 March 2025", "03/07/2025", "on Tuesday" against a known publication date, "yesterday"),
 * otherwise the weekday alone ("this Monday" in an undated text) or the day's possible readings
 * ("03/07/2025" is 3 July or 7 March until a weekday or a month name in the text settles it).
 *
 * @param days     the calendar days it may mean, most likely first; empty when only the weekday is known
 * @param weekday  the weekday it names, if it names one
 * @param relative    true for a day named relative to the text's date ("on Tuesday", "yesterday"),
 *                    false for a written date
 * @param approximate true when the day stands for a span ("last week": its middle)
 */
public record TimeMention(int start, int end, List<LocalDate> days, Optional<DayOfWeek> weekday, boolean relative, boolean approximate) {

    public TimeMention {
        days = List.copyOf(days);
    }

    /** A mention of one day or of its readings. */
    public TimeMention(int start, int end, List<LocalDate> days, Optional<DayOfWeek> weekday, boolean relative) {
        this(start, end, days, weekday, relative, false);
    }

    /** The day it means when that is settled (one reading). */
    public Optional<LocalDate> day() {
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }
}
