package org.claimbench.analysis.contradiction;

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
        String rest = m.substring(0, named.start(1)) + m.substring(named.end(1));
        if (named.find() || OTHER_DATE.matcher(rest).find() || LAST_YEAR.matcher(m).find()) {
            return Optional.empty();
        }
        return Optional.of(new Signal("times of an act", ContradictionKind.TEMPORAL, EventTimeSignal.WEIGHT,
                () -> "“last year” in one account, “" + words + "” (this year) in the other: two years for the same act.",
                "lastyear:" + monthName));
    }
}
