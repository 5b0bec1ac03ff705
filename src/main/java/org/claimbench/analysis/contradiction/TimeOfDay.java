package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day a claim names, as an interval of minutes after midnight: a clock time ("at 15:35",
 * "4 am", "9.30 p.m.", "noon", "midnight") is one minute; a part of the day ("an evening call",
 * "overnight") is the span the word names. TimeML gives the parts of the day their own values (MO,
 * AF, EV, NI: Pustejovsky et al. 2003) but no hours; the spans here follow WordNet 3.1's glosses
 * ("morning: the time period between dawn and noon", "afternoon: the part of the day between noon and
 * evening", "evening: the early part of night, from dinner until bedtime", "night: the time after
 * sunset and before sunrise"), taken wide (dawn at 4, dinner at 17), so a borderline hour is no
 * conflict. Night runs past midnight: its span ends at 30 × 60 (6 am the next day). The parts of the day are read
 * in lower case only ("Good Morning Britain" is a name).
 *
 * A time that bounds a stretch of time rather than placing the event ("until 7 pm", "after midnight", "by
 * noon", "from 9 am") is left out: an end and a start are not two accounts of one moment.
 * A time given in a named zone ("4 am Tehran time", "midnight EDT", "09:00 GMT") is compared only with
 * times in the same zone; "local time" counts as no zone.
 *
 * @param words the words as written ("15:35", "evening")
 * @param from  first minute, 0 to 1,799
 * @param to    last minute, at least {@code from}
 * @param zone  the time zone named right after it, lower case ("tehran time", "edt"; "" when none or local)
 */
record TimeOfDay(String words, int from, int to, String zone) {

    /** A 24-hour clock ("15:35", "09:05"); a "." would read as a decimal, so only with am/pm. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)(?<![\\d.:,])(?:([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s*([ap])\\.?\\s?m\\b\\.?)?|(1[0-2]|0?[1-9])(?:[.:]([0-5]\\d))?\\s*([ap])\\.?\\s?m\\b\\.?)(?![\\d:])");
    /** A zone right after a time: "Tehran time", "Eastern Time", "EDT", "GMT" (an abbreviation of two to five capitals). */
    private static final Pattern ZONE = Pattern.compile("\\G,?\\s*\\(?((?:[A-Z][a-z]+\\s+){1,2}[Tt]ime|local time|[A-Z]{2,5})\\b");
    /** The prepositions of a time that bounds a stretch (TimeML's signals of a begin or end point, Pustejovsky et al. 2003). */
    private static final Pattern BOUND = Pattern.compile("(?i)\\b(?:until|till|by|before|after|since|from|between|and|to)\\s+(?:the\\s+)?$");
    private static final Pattern PART = Pattern.compile("\\b(morning|afternoon|evening|night|overnight|midday|noon|midnight)\\b");

    /**
     * Whether this time and another cannot be the same moment: they are told in the same zone and more than
     * {@code slack} minutes lie between them.
     */
    boolean apartFrom(TimeOfDay o, int slack) {
        return zone.equals(o.zone) && gap(this, o) > slack && gap(shift(this), o) > slack && gap(this, shift(o)) > slack;
    }

    /** Whether it is a single minute (a clock time), not a part of the day. */
    boolean clock() {
        return from == to;
    }

    private static TimeOfDay shift(TimeOfDay t) {
        return new TimeOfDay(t.words, t.from + 24 * 60, t.to + 24 * 60, t.zone);
    }

    private static int gap(TimeOfDay x, TimeOfDay y) {
        return Math.max(0, Math.max(x.from - y.to, y.from - x.to));
    }

    /** Every time of day in a text, in the order written. */
    static List<TimeOfDay> read(String text) {
        // Most claims name no time: a look for a digit and for the words of the parts of the day first (no pattern run).
        boolean digits = false;
        for (int i = 0; i < text.length() && !digits; i++) {
            digits = Character.isDigit(text.charAt(i));
        }
        boolean parts = text.contains("morning") || text.contains("evening") || text.contains("noon") || text.contains("night")
                || text.contains("midday");
        if (!digits && !parts) {
            return List.of();
        }
        List<TimeOfDay> out = new ArrayList<>(1);
        // A time that bounds a stretch ("until 7 pm", "9 am and 5 pm", "9 am to 5 pm") says the claim speaks of a span or of
        // several times: such a claim names no one time to set against another's.
        boolean bounded = false;
        Matcher m = CLOCK.matcher(text);
        while (digits && m.find()) {
            int hour;
            int minute;
            String half;
            if (m.group(1) != null) {
                hour = Integer.parseInt(m.group(1));
                minute = Integer.parseInt(m.group(2));
                half = m.group(3);
            } else {
                hour = Integer.parseInt(m.group(4));
                minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                half = m.group(6);
            }
            if (half != null) {
                if (hour > 12) {
                    continue;
                }
                hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
            }
            if (bounds(text, m.start())) {
                bounded = true;
                continue;
            }
            int at = hour * 60 + minute;
            out.add(new TimeOfDay(m.group().strip(), at, at, zone(text, m.end())));
        }
        Matcher p = PART.matcher(text);
        while (parts && p.find()) {
            String w = p.group(1).toLowerCase(Locale.ROOT);
            if (bounds(text, p.start())) {
                bounded = true;
                continue;
            }
            String zone = zone(text, p.end());
            out.add(switch (w) {
                case "morning" -> new TimeOfDay(w, 4 * 60, 12 * 60, zone);
                case "afternoon" -> new TimeOfDay(w, 12 * 60, 18 * 60, zone);
                case "evening" -> new TimeOfDay(w, 17 * 60, 24 * 60, zone);
                case "noon", "midday" -> new TimeOfDay(w, 12 * 60, 12 * 60, zone);
                case "midnight" -> new TimeOfDay(w, 24 * 60, 24 * 60, zone);
                default -> new TimeOfDay(w, 20 * 60, 30 * 60, zone);
            });
        }
        return bounded ? List.of() : List.copyOf(out);
    }

    /** The zone named right after position {@code at} of the text, lower case; "" when none or "local time". */
    private static String zone(String text, int at) {
        Matcher z = ZONE.matcher(text);
        if (!z.find(at) || z.start() != at) {
            return "";
        }
        String name = z.group(1).toLowerCase(Locale.ROOT);
        return name.equals("local time") ? "" : name;
    }

    /** Whether the words just before position {@code at} make the time a bound of a stretch ("until", "after the"). */
    private static boolean bounds(String text, int at) {
        return BOUND.matcher(text.substring(Math.max(0, at - 16), at)).find();
    }
}
