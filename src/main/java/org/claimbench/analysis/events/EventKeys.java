package org.claimbench.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The keys by which a claim or an event is known to speak of a particular event: a day
 * ("day:2025-03-18") and its month ("month:03"), an ordinal of a kind of event ("call#8") and a named meeting
 * ("meeting@budapest"). Two claims from articles about different events are compared only when
 * their keys meet: both speak of the Budapest summit, or one speaks of the other's event.
 */
public final class EventKeys {

    private static final DateReader DATES = new DateReader();
    /** The prefix of an event's year key ("year:2025"): an article's only, never a claim's. */
    public static final String YEAR = "year:";

    private EventKeys() {
    }

    /** The keys of an article's event. */
    static List<String> of(EventProfile p) {
        List<String> out = new ArrayList<>();
        if (p.day().isPresent() && !p.dayFromPublication()) {
            out.add("day:" + p.day().get());
            out.add(month(p.day().get().getMonthValue()));
        }
        // The event's year, known even from a publication date (a report is written within days of its event): a date its
        // claims write without a year is a day of that year (contradiction.WeekdayAgainstDateSignal). No claim has such a key,
        // so it joins no events.
        p.day().ifPresent(d -> out.add(YEAR + d.getYear()));
        // "The first … since …" ends a gap and numbers no series (EventOrdinals.firstSince): a claim's "first meeting" of
        // another event is no mention of this one.
        if (p.firstSince().isEmpty()) {
            p.ordinal().ifPresent(n -> out.add(p.kind().orElse("event") + "#" + n));
        }
        out.addAll(p.names());
        return out;
    }

    /** The events a claim names itself: written days ("on 18 March"), ordinals with their noun, named meetings. */
    public static List<String> inClaim(String text) {
        return inClaim(text, timeMentions(text));
    }

    /** The days a claim's text names, without a reference date ({@link DateReader#read}): what {@link #inClaim} reads. */
    public static List<TimeMention> timeMentions(String text) {
        return DATES.read(text, Optional.empty());
    }

    /** As {@link #inClaim(String)}, with the text's {@link #timeMentions} read already (a claim's features read them once). */
    public static List<String> inClaim(String text, List<TimeMention> mentions) {
        List<String> out = new ArrayList<>();
        for (TimeMention t : mentions) {
            if (!t.relative()) {
                t.day().ifPresent(d -> out.add("day:" + d));
            }
        }
        for (Matcher m = DateReader.MONTH_NAME.matcher(DateReader.mayNameAMonth(text) ? text : ""); m.find(); ) {
            // Month names written out, capitalised; not "May", a verb as often as a month.
            String key = month(java.time.Month.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)).getValue());
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        // "May" after a preposition of time is the month: the modal never follows one ("in May", "since May"; Quirk et al. 1985,
        // 9.37, "in" with months; a modal needs its subject before it, 3.21).
        if (text.indexOf("May") >= 0) {
            for (Matcher m = MAY_AFTER_A_PREPOSITION.matcher(text); m.find(); ) {
                String key = month(5);
                if (!out.contains(key)) {
                    out.add(key);
                }
            }
        }
        out.addAll(EventNouns.ordinals(text));
        out.addAll(EventNouns.names(text));
        return out;
    }

    /** "May" after "in", "since", "until", "till", "early" or "late", and not a name's genitive ("in May's cabinet"). */
    private static final java.util.regex.Pattern MAY_AFTER_A_PREPOSITION =
            java.util.regex.Pattern.compile("\\b(?i:in|since|until|till|early|late)\\s+May\\b(?!['’]s)");

    private static String month(int m) {
        return String.format(java.util.Locale.ROOT, "month:%02d", m);
    }

    /**
     * Whether a claim names a month before its article's event and none of the event's own ("In March they had spoken for
     * two hours" in a report of a call in May): it recalls an earlier event. A later month is no other event: it is what the
     * event set for the future ("the ferry line will reopen in April" agreed in a call in March), the article's own claim.
     * An event over days of two months (a summit from 30 June to 1 July) has both. A month is read as its nearest
     * occurrence to the event's (December in a report of January: the December before; January in a report of December:
     * the January after; six months apart: before). False when the event's month is not known.
     */
    public static boolean elsewhen(List<String> claimKeys, List<String> articleKeys) {
        List<Integer> own = articleKeys.stream().filter(k -> k.startsWith("month:")).map(EventKeys::monthOf).toList();
        if (own.isEmpty()) {
            return false;
        }
        boolean earlier = false;
        for (String k : claimKeys) {
            if (k.startsWith("month:")) {
                int m = monthOf(k);
                if (own.contains(m)) {
                    return false;
                }
                earlier |= own.stream().allMatch(o -> Math.floorMod(m - o, 12) >= 6);
            }
        }
        return earlier;
    }

    private static int monthOf(String key) {
        return Integer.parseInt(key.substring("month:".length()));
    }

    /**
     * A claim's keys by which it meets another event: its days, ordinals and named meetings if it names any, its months
     * only if it names nothing more particular ("after the summit in Sarnholm in August" speaks of that summit, not of
     * every event of August).
     */
    public static List<String> mostSpecific(List<String> claimKeys) {
        // Most claims name no month (most no event at all): their keys are their own, with no list made (this runs for every pair).
        boolean months = false;
        for (String k : claimKeys) {
            months |= k.startsWith("month:");
        }
        if (!months) {
            return claimKeys;
        }
        List<String> particular = claimKeys.stream().filter(k -> !k.startsWith("month:")).toList();
        return particular.isEmpty() ? claimKeys : particular;
    }

    /** A readable name of a key: "18 March 2025", "the 8th call", "the Budapest meeting". */
    public static String describe(String key) {
        if (key.startsWith("day:")) {
            return key.substring(4);
        }
        if (key.startsWith(YEAR)) {
            return key.substring(YEAR.length());
        }
        if (key.startsWith("month:")) {
            return java.time.Month.of(Integer.parseInt(key.substring(6))).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        }
        int hash = key.indexOf('#');
        if (hash > 0) {
            return "the " + ordinal(Integer.parseInt(key.substring(hash + 1))) + " " + key.substring(0, hash);
        }
        int at = key.indexOf('@');
        String place = key.substring(at + 1);
        return "the " + Character.toUpperCase(place.charAt(0)) + place.substring(1) + " " + key.substring(0, at);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
