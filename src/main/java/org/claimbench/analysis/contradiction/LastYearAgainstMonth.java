package org.claimbench.analysis.contradiction;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * One act dated "last year" in one account and "in April" in the other: a month named without its year is this year's month
 * (news gives the year only for a date outside the current year: The Associated Press Stylebook, "months" and "dates"), and
 * "last year" is the year before (TimeML's deictic year, resolved against the same document time), so the two cannot date one
 * act ("curbs introduced last year" / "curbs introduced in April"). The guard that the two speak of one act: a pair of one
 * event, related by meaning as {@link EventTimeSignal} asks of a timed thing told two ways, sharing a word that is no word of
 * time; and each claim dates it once: a claim that names both a month and "last year" (or a year in figures) is left out.
 * Each date is resolved against its own article's event day (a month after that day is last year's, as DateReader reads a
 * date without its year), and the signal is silent when either day is unknown; the act is the same past verb nearest each
 * date ({@link ActDated}), and "last year" as a comparison's base ("from last year") dates no act.
 */
final class LastYearAgainstMonth implements PairSignal {

    /** "last year", not "last year's" (a modifier of a noun, no date of the act). */
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast year\\b(?!['’]s)");
    /** A month written out after "in" or "since", with no year after it ("in April", not "in April 2024" nor "in April last year"). */
    private static final Pattern MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince)\\s+(?:early\\s+|late\\s+|mid-)?(January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b(?!,?\\s+(?:\\d{4}|last|this|of)\\b)");
    /** Any month name, or a year in figures: a claim with one of these besides its "last year" dates two things. */
    private static final Pattern OTHER_DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:19|20)\\d\\d)\\b");
    /** Words of time: shared by any two dated claims, they say nothing of the act dated. */
    private static final Set<String> TIME_WORDS = Set.of("year", "last", "month", "since", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");
    /** As {@link EventTimeSignal}: two tellings of one dated thing, at the relatedness floor of a time. */
    private static final double RELATED = 0.5;

    /**
     * "last year" as the base of a comparison, not the date of an act: after "from", "than", "over", "compared with/to", "as",
     * "like", "versus" ("rose 5% from last year"), or "the same period/time … last year" (Quirk et al. 1985, 15.63 on comparative
     * clauses; the year-on-year base of statistical releases).
     */
    private static final Pattern BASE = Pattern.compile("(?i)(?:\\b(?:from|than|over|compared\\s+(?:with|to)|as|like|versus)\\s+"
            + "(?:(?:the\\s+)?same\\s+\\p{L}+\\s+(?:of\\s+)?)?|\\bsame\\s+(?:period|time|month|quarter|week|day|season)\\b[^.;]{0,40})$");

    private static boolean comparisonBase(String text, int lastYearAt) {
        return BASE.matcher(text.substring(Math.max(0, lastYearAt - 60), lastYearAt)).find();
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return (mayBeLastYear(a) && !mayBeLastYear(b)) || (mayBeLastYear(b) && !mayBeLastYear(a));
    }

    private static boolean mayBeLastYear(ClaimFeatures f) {
        return f.facts.text().contains("ast year");
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.sameEvent() || !pair.related(RELATED) || pair.shared().stream().allMatch(TIME_WORDS::contains)) {
            return Optional.empty();
        }
        ClaimFeatures year = mayBeLastYear(a) ? a : b;
        ClaimFeatures month = year == a ? b : a;
        String y = year.facts.text();
        String m = month.facts.text();
        Matcher last = LAST_YEAR.matcher(y);
        Matcher named = MONTH.matcher(m);
        if (!last.find() || OTHER_DATE.matcher(y).find() || !named.find()) {
            return Optional.empty();
        }
        String words = named.group();
        String monthName = named.group(1);
        int monthAt = named.start();
        int monthEnd = named.end();
        String rest = m.substring(0, named.start(1)) + m.substring(named.end(1));
        if (named.find() || OTHER_DATE.matcher(rest).find() || LAST_YEAR.matcher(m).find() || comparisonBase(y, last.start())) {
            return Optional.empty();
        }
        // The same act: the verb nearest each date is one verb, in the past in both (ActDated).
        String actYear = ActDated.pastVerb(y, last.start(), last.end());
        String actMonth = ActDated.pastVerb(m, monthAt, monthEnd);
        if (actYear.isEmpty() || !actYear.equals(actMonth)) {
            return Optional.empty();
        }
        // Each date resolved against its own article's day, as DateReader does (a month after that day is last year's).
        Optional<LocalDate> refYear = EventTimes.reference(year.facts.eventKeys());
        Optional<LocalDate> refMonth = EventTimes.reference(month.facts.eventKeys());
        if (refYear.isEmpty() || refMonth.isEmpty()) {
            return Optional.empty();
        }
        int lastYear = refYear.get().getYear() - 1;
        LocalDate first = LocalDate.of(refMonth.get().getYear(), org.claimbench.domain.MonthNames.number(monthName), 1);
        int monthYear = org.claimbench.analysis.events.DateReader.lastYears(first, refMonth.get()) ? first.getYear() - 1 : first.getYear();
        if (monthYear == lastYear) {
            return Optional.empty();
        }
        return Optional.of(new Signal("times of an act", ContradictionKind.TEMPORAL, EventTimeSignal.WEIGHT,
                () -> "“last year” (" + lastYear + ") in one account, “" + words + "” (" + monthYear + ") in the other: two years for the same act.",
                "lastyear:" + monthName));
    }
}
