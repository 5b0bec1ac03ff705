package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations ("hour-long", "a two-hour call", "90-minute", "2 1/2 hours", "nearly
 * two-and-a-half-hour"), ordinals of calls or contacts ("the sixth in less than five months",
 * "its eighth") and day counts ("30-day") from a claim, written in words or digits.
 */
public final class QuantityReader {

    private static final Map<String, Double> NUMBERS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("forty-five", 45.0), Map.entry("sixty", 60.0), Map.entry("ninety", 90.0), Map.entry("half", 0.5));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

    private static final String NUM = "(\\d+(?:\\.\\d+)?(?:\\s+1/2)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
            + "|thirty|forty|forty-five|sixty|ninety|an?)";
    /** "two-and-a-half-hour", "two and a half hours", "2 1/2 hours", "hour-long", "90-minute", "an hour". */
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:" + NUM + "(?:[- ]and[- ]a[- ]half)?[- ](hours?|minutes?)(?:[- ]long)?"
            + "|(hour|minute)[- ]long)\\b");
    private static final Pattern DAYS = Pattern.compile("(?i)\\b" + NUM + "[- ]days?\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|\\d+(?:st|nd|rd|th))\\b(?=[^.;]{0,40}\\b(call|calls|contact|contacts|conversation|conversations|talks|in less than|in the past|since)\\b)");

    public List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher d = DURATION.matcher(text);
        while (d.find()) {
            double minutes;
            if (d.group(3) != null) {
                minutes = d.group(3).equalsIgnoreCase("hour") ? 60 : 1;
            } else {
                double n = number(d.group(1));
                if (d.group(0).toLowerCase(Locale.ROOT).contains("and a half") || d.group(0).toLowerCase(Locale.ROOT).contains("and-a-half")) {
                    n += 0.5;
                }
                minutes = d.group(2).toLowerCase(Locale.ROOT).startsWith("hour") ? n * 60 : n;
            }
            out.add(new Quantity(Quantity.Kind.DURATION, minutes, d.group(0)));
        }
        Matcher days = DAYS.matcher(text);
        while (days.find()) {
            out.add(new Quantity(Quantity.Kind.DAYS, number(days.group(1)), days.group(0)));
        }
        Matcher o = ORDINAL.matcher(text);
        while (o.find()) {
            String w = o.group(1).toLowerCase(Locale.ROOT);
            Integer n = ORDINALS.get(w);
            if (n == null) {
                n = Integer.parseInt(w.replaceAll("\\D", ""));
            }
            out.add(new Quantity(Quantity.Kind.ORDINAL, n, o.group(1)));
        }
        return out;
    }

    private static double number(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        if (t.endsWith("1/2")) {
            return Double.parseDouble(t.substring(0, t.length() - 3).strip()) + 0.5;
        }
        Double n = NUMBERS.get(t);
        return n != null ? n : Double.parseDouble(t);
    }
}
