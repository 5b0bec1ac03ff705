package org.claimbench.analysis.contradiction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a claim places an event (a call, a meeting, a visit …) and how long after or before another one, normalised as TimeML's
 * TIMEX3 values are (Pustejovsky et al. 2003; ISO-TimeML, ISO 24617-1:2012): a duration ("three weeks", "two months", "days")
 * and a time relative to the document's creation time ("three weeks ago", "last month", "at the end of October", "later this
 * year", "next year"), resolved against the claim's reference day, and the TLINK a duration with "after" or "before" sets
 * between two events ("two months after the talks": the talks BEFORE the event reported, by that span).
 *
 * <p>Every reading keeps the vagueness of its words, so that two claims that agree within it never differ: a count of units is
 * that count give or take half a unit (a round number's granularity: Krifka 2009, "Approximate interpretations of number
 * words"), "about" and "some" widen it by a unit, "nearly" and "over" bound it on one side; a bare plural ("days", "weeks") is
 * two units or more and fewer than the next unit's two ("days": under two weeks; Quirk et al. 1985, 5.56 on plurals of measure);
 * "the day after" is one calendar day. "This year" and "next year" are deictic and resolved; "later in the year" is anaphoric
 * (the year of the discourse, TimeML's anchor on another time) and left out. The reference day is the article's event day
 * (the day of the call the claim reports), with a day either way for a report written the day after.
 */
final class EventTimes {

    /**
     * An event noun placed between two days, inclusive, by the words given; reported: the later event a span was counted from
     * ("" when the words place the noun themselves, "three weeks ago").
     */
    record Placement(String noun, LocalDate from, LocalDate to, String words, String reported) {
        Placement(String noun, LocalDate from, LocalDate to, String words) {
            this(noun, from, to, words, "");
        }
    }

    /**
     * A span, in days, from an event of the given noun (the anchor) to the event reported: after it, or before it; reported is
     * that later (earlier) event's noun or verb ("the summit, held days after the call": summit; "they spoke two months after").
     */
    record Gap(String anchor, boolean after, double fewest, double most, String words, String reported) {
    }

    static final EventTimes NONE = new EventTimes(List.of(), List.of());

    final List<Placement> placements;
    final List<Gap> gaps;

    private EventTimes(List<Placement> placements, List<Gap> gaps) {
        this.placements = List.copyOf(placements);
        this.gaps = List.copyOf(gaps);
    }

    boolean isEmpty() {
        return placements.isEmpty() && gaps.isEmpty();
    }

    /** A count; a figure not part of a decimal ("2.5 weeks" is read whole, never as "5 weeks"). */
    private static final String COUNT = "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several"
            + "|(?<![\\d.,])\\d{1,3}(?:\\.\\d+)?(?![.,]\\d))";
    private static final String HEDGE = "(?:(?<hedge>about|around|roughly|approximately|some|nearly|almost|over|more than|less than|under|just|only)\\s+)?";
    private static final String UNIT = "(?<unit>hour|day|week|month|year)(?<upl>s?)";
    /** A span: "three weeks", "about two months", "just days", "a day"; "the day" (after) is one day. */
    private static final String SPAN = "(?:" + HEDGE + "(?:" + COUNT + "\\s+)?" + UNIT + "|(?<theday>the (?:next |following )?day))";
    private static final Pattern AGO = Pattern.compile("\\b" + SPAN + "\\s+ago\\b");
    /** "N after (before) X": X's words are checked by {@link EventTimeClauses#anchorPhrase} (a determiner or names, then modifiers; no clause). */
    private static final Pattern AFTER = Pattern.compile("\\b" + SPAN + "\\s+(?<rel>after|before)\\s+(?<pre>(?:[\\p{L}'-]+\\s+){0,6}?)" + EventTimeClauses.EVENT + "\\b");
    private static final Pattern MONTH_PART = Pattern.compile("\\b(?:(?:at |by )?the (end|close|beginning|start|middle) of|(late|early|mid-?))\\s*"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern DEICTIC = Pattern.compile("\\b(?:(later|earlier) )?(last month|this month|this year|next year|last year)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    /** Days in each unit (a month and a year as the Gregorian calendar's means). */
    private static final Map<String, Double> DAYS = Map.of("hour", 1 / 24.0, "day", 1.0, "week", 7.0, "month", 30.44, "year", 365.25);
    /** Fewer than two of the next unit: the most a bare plural stands for, in its own units ("weeks": under two months). */
    private static final Map<String, Double> BARE_MOST = Map.of("hour", 24.0, "day", 14.0, "week", 8.7, "month", 24.0, "year", 100.0);

    /** The claim's reading, made once and kept on it. */
    static EventTimes of(ClaimFeatures f) {
        EventTimes t = f.eventTimes;
        if (t == null) {
            t = read(f.facts.text(), reference(f.facts.eventKeys()));
            f.eventTimes = t;
        }
        return t;
    }

    /** The article's event day: its first "day:" key (org.claimbench.analysis.events.EventKeys), if it has one. */
    static Optional<LocalDate> reference(List<String> eventKeys) {
        for (String k : eventKeys) {
            if (k.startsWith("day:")) {
                try {
                    return Optional.of(LocalDate.parse(k.substring(4)));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** What a claim's text places in time, against its reference day (gaps need none). */
    static EventTimes read(String text, Optional<LocalDate> reference) {
        // Lower-cased a char at a time, so the offsets of the lowered text are the original's ("İ" stays one char).
        String t = EventTimeClauses.lower(text);
        if (!(t.contains("ago") || t.contains("after") || t.contains("before") || t.contains("month")
                || t.contains("year") || t.contains("late") || t.contains("early") || t.contains("mid") || t.contains(" of "))) {
            return NONE;
        }
        List<Placement> placements = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Matcher m = AFTER.matcher(t); m.find(); ) {
            if (!m.group("pl").isEmpty() || !EventTimeClauses.anchorPhrase(text.substring(m.start("pre"), m.start("noun")))
                    || EventTimeClauses.OTHER_INSTANCE.matcher(t.substring(m.start("pre"), m.start("noun"))).find()) {
                continue;
            }
            double[] span = span(m);
            boolean after = m.group("rel").equals("after");
            String anchor = EventTimeClauses.noun(m.group("noun"));
            String words = text.substring(m.start(), m.end());
            String reported = EventTimeClauses.reportedEvent(t, m.start(), m.end());
            if (reported.isEmpty()) {
                // Which event the span leads to is not said ("in a sour mood the day after his call"): nothing to compare.
                continue;
            }
            gaps.add(new Gap(anchor, after, span[0], span[1], words, reported));
            // The event reported is on the claim's one written day outside the anchor's phrase, else on the reference day.
            Optional<LocalDate> main = writtenDay(text, reference, m.start(), EventTimeClauses.phraseEnd(t, m.end())).or(() -> reference);
            main.ifPresent(d -> placements.add(after ? new Placement(anchor, back(d, span[1] + 1), back(d, span[0] - 1), words, reported)
                    : new Placement(anchor, forward(d, span[0] - 1), forward(d, span[1] + 1), words, reported)));
        }
        if (reference.isEmpty()) {
            return placements.isEmpty() && gaps.isEmpty() ? NONE : new EventTimes(placements, gaps);
        }
        LocalDate ref = reference.get();
        for (Matcher m = AGO.matcher(t); m.find(); ) {
            String noun = EventTimeClauses.nounBefore(t, m.start());
            if (noun != null) {
                double[] span = span(m);
                // A day's slack: a report may be written the day after the event it dates its "ago" from.
                placements.add(new Placement(noun, back(ref, span[1] + 1), back(ref, span[0] - 1), text.substring(m.start(), m.end())));
            }
        }
        for (Matcher m = MONTH_PART.matcher(t); m.find(); ) {
            String noun = EventTimeClauses.nounBefore(t, m.start());
            if (noun != null) {
                placements.add(monthPart(noun, m, ref, text.substring(m.start(), m.end())));
            }
        }
        for (Matcher m = DEICTIC.matcher(t); m.find(); ) {
            String noun = EventTimeClauses.nounBefore(t, m.start());
            if (noun != null) {
                // Read from the reference day and from the day after (a report written the next day), keeping both readings.
                Placement on = deictic(noun, m.group(1), m.group(2), ref, "");
                Placement next = deictic(noun, m.group(1), m.group(2), ref.plusDays(1), "");
                placements.add(new Placement(noun, on.from().isBefore(next.from()) ? on.from() : next.from(),
                        on.to().isAfter(next.to()) ? on.to() : next.to(), text.substring(m.start(), m.end())));
            }
        }
        return new EventTimes(placements, gaps);
    }

    /** The span a match of {@link #SPAN} names, in days: fewest and most. */
    private static double[] span(Matcher m) {
        if (m.group("theday") != null) {
            return new double[] {1, 1};
        }
        String hedge = m.group("hedge");
        String count = m.group("count");
        String unit = m.group("unit");
        boolean plural = !m.group("upl").isEmpty();
        double u = DAYS.get(unit);
        double lo;
        double hi;
        if (count == null) {
            if (!plural) {
                return new double[] {0, Double.MAX_VALUE};
            }
            lo = 2;
            hi = BARE_MOST.get(unit);
        } else if (count.equals("a few") || count.equals("a couple of")) {
            lo = 2;
            hi = count.equals("a few") ? 4 : 3;
        } else if (count.equals("several")) {
            lo = 3;
            hi = 9;
        } else {
            double n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Double.parseDouble(count);
            lo = n - 0.5;
            hi = n + 0.5;
            if (hedge != null) {
                switch (hedge) {
                    case "nearly", "almost", "less than", "under" -> { lo = n - 1; hi = n; }
                    case "over", "more than" -> { lo = n; hi = 2 * n; }
                    case "about", "around", "roughly", "approximately", "some" -> { lo = n - 1; hi = n + 1; }
                    default -> { }
                }
            }
        }
        return new double[] {Math.max(0, lo) * u, hi * u};
    }

    /**
     * A part of a month: its first ten days, its middle ten, its last third; of the month's occurrence nearest the reference day
     * (within six months either way: "early January" in a report of late November is the coming January).
     */
    private static Placement monthPart(String noun, Matcher m, LocalDate ref, String words) {
        int month = java.time.Month.valueOf(m.group(3).toUpperCase(Locale.ROOT)).getValue();
        YearMonth here = YearMonth.from(ref);
        YearMonth ym = YearMonth.of(ref.getYear(), month);
        long apart = java.time.temporal.ChronoUnit.MONTHS.between(here, ym);
        ym = apart > 6 ? ym.minusYears(1) : apart < -6 ? ym.plusYears(1) : ym;
        String part = m.group(1) != null ? m.group(1) : m.group(2).replace("-", "");
        return switch (part) {
            case "beginning", "start", "early" -> new Placement(noun, ym.atDay(1), ym.atDay(10).plusDays(2), words);
            case "middle", "mid" -> new Placement(noun, ym.atDay(11).minusDays(2), ym.atDay(20).plusDays(2), words);
            default -> new Placement(noun, ym.atDay(21).minusDays(2), ym.atEndOfMonth(), words);
        };
    }

    /** "last month", "(earlier) this month", "(later) this year", "next year", "last year" against the reference day. */
    private static Placement deictic(String noun, String later, String phrase, LocalDate ref, String words) {
        return switch (phrase) {
            case "last month" -> {
                YearMonth last = YearMonth.from(ref).minusMonths(1);
                yield new Placement(noun, last.atDay(1), last.atEndOfMonth(), words);
            }
            case "this month" -> {
                YearMonth month = YearMonth.from(ref);
                // The reference is the event's day; a report of it may be written a day later.
                yield new Placement(noun, "later".equals(later) ? ref : month.atDay(1),
                        "earlier".equals(later) ? ref.plusDays(1) : month.atEndOfMonth(), words);
            }
            case "this year" -> new Placement(noun, "later".equals(later) ? ref : ref.withDayOfYear(1),
                    "earlier".equals(later) ? ref : ref.withMonth(12).withDayOfMonth(31), words);
            case "next year" -> new Placement(noun, ref.plusYears(1).withDayOfYear(1), ref.plusYears(1).withMonth(12).withDayOfMonth(31), words);
            default -> new Placement(noun, ref.minusYears(1).withDayOfYear(1), ref.minusYears(1).withMonth(12).withDayOfMonth(31), words);
        };
    }

    /**
     * The one calendar date the claim writes ("on Nov. 24") outside the anchor's phrase (from, to: "after their meeting in Alaska on
     * 15 August" dates the meeting, not the event reported), in the reference's year; without a reference, only a date that
     * writes its year (DateReader would take the machine's clock year). Empty when it writes none or several.
     */
    private static Optional<LocalDate> writtenDay(String text, Optional<LocalDate> reference, int from, int to) {
        List<org.claimbench.analysis.events.TimeMention> days = new org.claimbench.analysis.events.DateReader().read(text, reference).stream()
                .filter(d -> !d.relative() && d.day().isPresent() && (d.end() <= from || d.start() >= to))
                .filter(d -> reference.isPresent() || YEAR.matcher(text.substring(d.start(), d.end())).find()).toList();
        return days.size() == 1 ? days.get(0).day() : Optional.empty();
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static LocalDate back(LocalDate d, double days) {
        return d.minusDays(Math.round(Math.min(days, 36_500)));
    }

    private static LocalDate forward(LocalDate d, double days) {
        return d.plusDays(Math.round(Math.min(days, 36_500)));
    }
}
