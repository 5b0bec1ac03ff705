package org.claimbench.analysis.contradiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.claimbench.analysis.events.EventKeys;
import org.claimbench.analysis.events.TimeMention;
import org.claimbench.domain.ContradictionKind;

/**
 * A weekday in one account against a written date in the other, for the same event: "their meeting on Friday" and "the meeting
 * held on 1 November" disagree when 1 November of that year is no Friday. A calendar date names one weekday only with its
 * year (the Gregorian calendar repeats its weekdays only after years), so the date's year is the one it is written with, or
 * else the year of the event its article reports ({@link EventKeys#YEAR}: the event's day or the article's date); with no year
 * known the pair is left alone, and a date that falls on the weekday said is agreement, never suggested. Two claims of one
 * event only ({@link Pair#sameEvent}), each naming one day and not the other kind, and dating one thing: the call or meeting
 * nearest each day is of one kind ({@link #nearestEvent}); a day with none beside it may be a deadline's or a reaction's.
 * A weekday that dates a statement about the event ("said on Friday") is
 * not the event's ({@link WordSenses#weekdays} leaves it out). Round 72 of issue 11.
 */
final class WeekdayAgainstDateSignal implements PairSignal {

    /** As strong as two days for the same thing ({@link DaySignal}). */
    static final double WEIGHT = 0.4;
    /** The nouns of calls and meetings (EventNouns' two kinds), and "met", which names its meeting. */
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:(call|calls|conversation|conversations|spoke by phone)"
            + "|(summit|summits|meeting|meetings|talks|visit|visits|negotiations|met))\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?\\s+\\d|\\d\\s+(?:January|February"
            + "|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return oneWeekdayNoDate(a) && oneDateNoWeekday(b) || oneWeekdayNoDate(b) && oneDateNoWeekday(a);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.sameEvent()) {
            return Optional.empty();
        }
        boolean weekdayFirst = oneWeekdayNoDate(a) && oneDateNoWeekday(b);
        if (!weekdayFirst && !(oneWeekdayNoDate(b) && oneDateNoWeekday(a))) {
            return Optional.empty();
        }
        ClaimFeatures told = weekdayFirst ? a : b;
        ClaimFeatures dated = weekdayFirst ? b : a;
        Optional<String> toldOf = nearestEvent(told.facts.text(), WEEKDAY);
        Optional<String> datedOf = nearestEvent(dated.facts.text(), DATE);
        // A day with no call or meeting beside it may date anything else of the event (a deadline, a reaction): left alone.
        if (toldOf.isEmpty() || !toldOf.equals(datedOf)) {
            return Optional.empty();
        }
        Optional<LocalDate> day = dateOf(dated, eventYear(told, dated));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek said = DayOfWeek.of(told.weekdays.get(0));
        DayOfWeek falls = day.get().getDayOfWeek();
        if (said == falls) {
            return Optional.empty();
        }
        String x = name(said);
        String y = day.get().getDayOfMonth() + " " + day.get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.get().getYear();
        return Optional.of(new Signal("weekday against date", ContradictionKind.TEMPORAL, WEIGHT, () -> "“" + x
                + "” in one claim, " + y + " in the other, which was a " + name(falls) + ": two days for the same thing.",
                "weekdate:" + said + "/" + day.get()));
    }

    /**
     * The kind ("call" or "meeting") of the event noun nearest the claim's day, before or after it ("his meeting with the
     * envoy on Friday": meeting; "his October 16 phone call": call), as TimeML anchors a time to the event it modifies
     * (Pustejovsky et al. 2003); empty when the claim names no call or meeting. A weekday said of a meeting and a date said of
     * a call date two things.
     */
    static Optional<String> nearestEvent(String text, Pattern day) {
        java.util.regex.Matcher d = day.matcher(text);
        if (!d.find()) {
            return Optional.empty();
        }
        String kind = null;
        int best = Integer.MAX_VALUE;
        for (java.util.regex.Matcher m = EVENT.matcher(text); m.find(); ) {
            int distance = m.end() <= d.start() ? d.start() - m.end() : Math.max(0, m.start() - d.end());
            if (distance < best) {
                best = distance;
                kind = m.group(1) != null ? "call" : "meeting";
            }
        }
        return Optional.ofNullable(kind);
    }

    private static boolean oneWeekdayNoDate(ClaimFeatures f) {
        return f.weekdays.size() == 1 && f.dates.isEmpty();
    }

    private static boolean oneDateNoWeekday(ClaimFeatures f) {
        return f.dates.size() == 1 && f.weekdays.isEmpty();
    }

    /** The one year both claims' events are known by (their articles' {@link EventKeys#YEAR} keys), if they agree. */
    private static OptionalInt eventYear(ClaimFeatures a, ClaimFeatures b) {
        OptionalInt ya = yearOf(a.facts.eventKeys());
        OptionalInt yb = yearOf(b.facts.eventKeys());
        if (ya.isPresent() && yb.isPresent() && ya.getAsInt() != yb.getAsInt()) {
            return OptionalInt.empty();
        }
        return ya.isPresent() ? ya : yb;
    }

    /** The year an event's keys give, when they give exactly one (a group of reports of two years gives none). */
    static OptionalInt yearOf(List<String> keys) {
        OptionalInt out = OptionalInt.empty();
        for (String k : keys) {
            if (k.startsWith(EventKeys.YEAR)) {
                int y = Integer.parseInt(k.substring(EventKeys.YEAR.length()));
                if (out.isPresent() && out.getAsInt() != y) {
                    return OptionalInt.empty();
                }
                out = OptionalInt.of(y);
            }
        }
        return out;
    }

    /** The claim's one written date as a day: in the year written with it, else in the event's year; empty when neither. */
    private static Optional<LocalDate> dateOf(ClaimFeatures f, OptionalInt eventYear) {
        String text = f.facts.text();
        for (TimeMention t : EventKeys.timeMentions(text)) {
            if (t.relative() || t.weekday().isPresent() || t.days().size() != 1) {
                continue;
            }
            LocalDate d = t.days().get(0);
            if (YEAR.matcher(text.substring(t.start(), t.end())).find()) {
                return Optional.of(d);
            }
            if (eventYear.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(eventYear.getAsInt(), d.getMonthValue(), d.getDayOfMonth()));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
