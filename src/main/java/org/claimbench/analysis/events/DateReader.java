package org.claimbench.analysis.events;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.AsciiText;

/**
 * Finds the days an English news text names: written dates ("18 March 2025", "March 18",
 * "2025-03-18", "03/07/2025", "Mar. 18"), weekdays ("on Tuesday", "this Thursday", "last
 * Friday", "Monday's call") and "yesterday", "today", "last night", "last week", "over the weekend"
 * (a week or weekend placed at its middle, marked approximate). A weekday is resolved against
 * the reference date (when the text was published) as news writes it: the most recent such day
 * on or before the reference (within six days), the one after it for "next"; a date without a year
 * takes the reference's year (or the year the text names elsewhere). Without a reference, a weekday
 * keeps only its name. A day-month order that is ambiguous ("03/07/2025") keeps both readings,
 * the day-first one first, unless a month name or a weekday elsewhere in the text settles it.
 */
public final class DateReader {

    private static final String MONTH = org.claimbench.domain.MonthNames.PATTERN;
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+((?:19|20)\\d\\d))?";
    /** "18 March 2025", "18th of March". */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z])" + YEAR);
    /** "March 18, 2025", "Mar. 18". Month names are capitalised: "may 5" is no date. */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*(?:%|percent|per cent|million|billion))" + YEAR);
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:(last|this|next|on|past)\\s+)?(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)\\b");
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(yesterday|today|tonight|last night|this morning|earlier today|last week"
            + "|earlier this week|over the weekend|last weekend)\\b");
    /** Month names written out (not "May", a verb as often as a month, nor abbreviations). */
    static final Pattern MONTH_NAME = Pattern.compile("\\b(January|February|March|April|June|July|August|September|October"
            + "|November|December)\\b");
    /** Each month's name as {@link #MONTH_NAME} matches it (case and all). */
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "June", "July", "August", "September",
        "October", "November", "December"};
    private static final Pattern YEAR_ALONE = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    /** Every day the text names, in text order; reference: when the text was published, if known. */
    public List<TimeMention> read(String text, Optional<LocalDate> reference) {
        List<TimeMention> out = new ArrayList<>();
        // Most claims hold no digit: the five patterns that need one are not run over them (the reader runs once per claim
        // whenever contradiction suggestions are made, 100,000 times in a big workspace).
        boolean digits = text.chars().anyMatch(Character::isDigit);
        int year = reference.map(LocalDate::getYear).orElseGet(() -> digits ? lastYear(text) : LocalDate.now().getYear());
        for (Matcher m = ISO.matcher(digits ? text : ""); m.find(); ) {
            day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .ifPresent(d -> out.add(new TimeMention(m.start(), m.end(), List.of(d), Optional.empty(), false)));
        }
        List<int[]> numeric = new ArrayList<>();
        for (Matcher m = NUMERIC.matcher(digits ? text : ""); m.find(); ) {
            numeric.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        for (Matcher m = DAY_MONTH.matcher(digits ? text : ""); m.find(); ) {
            written(m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), year, reference).ifPresent(out::add);
        }
        for (Matcher m = MONTH_DAY.matcher(digits ? text : ""); m.find(); ) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            written(m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), year, reference).ifPresent(out::add);
        }
        List<DayOfWeek> weekdaysNamed = new ArrayList<>();
        // Every weekday's name ends in "day": a text without it is not scanned (AsciiText: the pattern folds ASCII only).
        for (Matcher m = WEEKDAY.matcher(AsciiText.lower(text).contains("day") ? text : ""); m.find(); ) {
            DayOfWeek w = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            weekdaysNamed.add(w);
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if ((mod.isEmpty() || mod.equals("on")) && coming(text, m.start(), m.end())) {
                mod = "coming";
            }
            String modifier = mod;
            List<LocalDate> days = reference.map(r -> readings(r, w, modifier)).orElse(List.of());
            out.add(new TimeMention(m.start(), m.end(), days, Optional.of(w), true));
        }
        // Without a reference these days are resolved to nothing: the text is not scanned for them.
        for (Matcher m = DEICTIC.matcher(reference.isPresent() ? text : ""); m.find(); ) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate r = reference.get();
            // A week or a weekend is placed at its middle and marked approximate (EventProfile then allows three days either way).
            LocalDate d = switch (w) {
                case "yesterday", "last night" -> r.minusDays(1);
                case "last week" -> r.minusWeeks(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
                case "earlier this week" -> r.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
                case "over the weekend", "last weekend" -> r.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                default -> r;
            };
            boolean approximate = w.contains("week");
            out.add(new TimeMention(m.start(), m.end(), List.of(d), Optional.empty(), true, approximate));
        }
        List<Integer> monthsNamed = new ArrayList<>();
        for (Matcher m = MONTH_NAME.matcher(mayNameAMonth(text) ? text : ""); m.find(); ) {
            monthsNamed.add(org.claimbench.domain.MonthNames.number(m.group(1)));
        }
        for (int[] n : numeric) {
            out.add(new TimeMention(n[0], n[1], numericReadings(n[2], n[3], n[4], weekdaysNamed, monthsNamed), Optional.empty(), false));
        }
        out.sort(Comparator.comparingInt(TimeMention::start));
        return out;
    }

    /** Whether a text holds a month's name written out (what {@link #MONTH_NAME} needs): most claims do not. */
    static boolean mayNameAMonth(String text) {
        return AsciiText.containsAny(text, MONTH_NAMES);
    }

    /** The latest year the text names, or this year when it names none (a date without one is most likely recent). */
    private static int lastYear(String text) {
        int best = 0;
        for (Matcher m = YEAR_ALONE.matcher(text); m.find(); ) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        return best == 0 ? LocalDate.now().getYear() : best;
    }

    /**
     * Whether a date written without its year, read in its text's year, is last year's: it falls more than two months after
     * the text's reference day ("December 30" written in a text of 2 January).
     */
    public static boolean lastYears(LocalDate readInTheTextsYear, LocalDate reference) {
        return readInTheTextsYear.isAfter(reference.plusMonths(2));
    }

    private static Optional<TimeMention> written(Matcher m, int day, String month, String yearText, int year, Optional<LocalDate> reference) {
        int mo = org.claimbench.domain.MonthNames.number(month);
        int y = yearText != null ? Integer.parseInt(yearText) : year;
        Optional<LocalDate> d = day(y, mo, day);
        if (yearText == null && d.isPresent() && reference.isPresent() && lastYears(d.get(), reference.get())) {
            d = day(y - 1, mo, day);
        }
        return d.map(x -> new TimeMention(m.start(), m.end(), List.of(x), Optional.empty(), false));
    }

    /**
     * "03/07/2025": both readings unless one is impossible, or the text's weekdays and month names
     * favour one (a text dated 03/07/2025 that says "this Thursday" and "July" means 3 July 2025).
     */
    private static List<LocalDate> numericReadings(int first, int second, int year, List<DayOfWeek> weekdays, List<Integer> months) {
        Optional<LocalDate> dayFirst = day(year, second, first);
        Optional<LocalDate> monthFirst = day(year, first, second);
        if (dayFirst.isEmpty() || monthFirst.isEmpty() || dayFirst.equals(monthFirst)) {
            return dayFirst.or(() -> monthFirst).map(List::of).orElse(List.of());
        }
        int a = fit(dayFirst.get(), weekdays, months);
        int b = fit(monthFirst.get(), weekdays, months);
        if (a != b) {
            return List.of(a > b ? dayFirst.get() : monthFirst.get());
        }
        return List.of(dayFirst.get(), monthFirst.get());
    }

    private static int fit(LocalDate d, List<DayOfWeek> weekdays, List<Integer> months) {
        return (weekdays.contains(d.getDayOfWeek()) ? 1 : 0) + (months.contains(d.getMonthValue()) ? 1 : 0);
    }

    /**
     * The days a weekday may name against the reference: one ({@link #resolve}), except a bare past weekday that is the day
     * after the reference's ("on Tuesday" in a text dated Monday), which keeps two readings, six days back and the next day.
     * A publication date is the publisher's calendar day, and a story told where the day has already turned names its local
     * day (time zones run from 12 hours behind UTC to 14 ahead: a day at most; a story from the Middle East filed on Tuesday
     * morning is dated Monday in New York); six days back is the far end of the week a bare weekday names (The Associated
     * Press Stylebook, "days of the week": the day's name for the seven days before or after the current date). Which one is
     * meant the text does not say, so the weekday alone is kept, as for an ambiguous numeric date.
     */
    static List<LocalDate> readings(LocalDate reference, DayOfWeek w, String modifier) {
        LocalDate d = resolve(reference, w, modifier);
        if (modifier.isEmpty() || modifier.equals("on")) {
            LocalDate next = reference.plusDays(1);
            if (next.getDayOfWeek() == w && !d.equals(next)) {
                return List.of(d, next);
            }
        }
        return List.of(d);
    }

    /** "this Friday" is the Friday of the reference's week (Monday to Sunday); "on Friday" the last one up to the reference. */
    static LocalDate resolve(LocalDate reference, DayOfWeek w, String modifier) {
        if (modifier.equals("this")) {
            return reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(w.getValue() - 1L);
        }
        if (modifier.equals("next")) {
            return reference.with(TemporalAdjusters.next(w));
        }
        if (modifier.equals("coming")) {
            return reference.with(TemporalAdjusters.nextOrSame(w));
        }
        if (modifier.equals("last") || modifier.equals("past")) {
            return reference.with(TemporalAdjusters.previous(w));
        }
        return reference.with(TemporalAdjusters.previousOrSame(w));
    }

    /**
     * Whether a bare weekday ("on Saturday", "Saturday") stands in a clause about the future, so that it names the coming
     * such day, not the last one: the nearest tense marker before it in its sentence is a modal or semi-modal of future
     * time ("will", "shall", "is to", "is due", "is set", "is scheduled", "is expected", "plans to", "is going to": Quirk et al.
     * 1985, 4.41-4.48), with no verb in the past between ("Varga, who will travel there, spoke with Reuel on Tuesday": past); a
     * sentence that opens with the day takes the first such marker after it ("On Saturday, the two will meet"). "Would" is
     * left out: its future is the past's, before or after the text's date.
     */
    static boolean coming(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".;!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".;!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String before = text.substring(from, start);
        if (before.isBlank()) {
            Matcher after = TENSE.matcher(text.substring(end, to));
            return after.find() && after.group(1) != null;
        }
        boolean future = false;
        for (Matcher b = TENSE.matcher(before); b.find(); ) {
            future = b.group(1) != null;
        }
        return future;
    }

    /** A marker of future time (group 1) or a verb in the past (group 2): irregular pasts of the news' verbs, and "-ed" forms. */
    private static final Pattern TENSE = Pattern.compile("(?i)\\b(?:(will|shall|'ll|(?:is|are) (?:going to|to|due|set|scheduled|expected)|plans? to)"
            + "|(said|told|spoke|met|held|took|gave|made|was|were|had|did|went|came|sent|wrote|began|[a-z]{2,}ed))\\b");

    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean overlaps(List<TimeMention> found, int start, int end) {
        return found.stream().anyMatch(t -> t.start() < end && start < t.end());
    }
}
