package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fractions of a whole, for {@link QuantityReader}: "half of the profits", "half the fund", "a third of the budget",
 * "two-thirds of the voters", "three quarters of it". A fraction of a whole is a proportion, read as the percentage it
 * is ("a third" 33.3 %), so that "a third of the budget" and "90 percent of the budget" are figures of one dimension. English
 * writes a fraction as a cardinal numerator and an ordinal denominator, the ordinal plural after a numerator above one,
 * "half" and "quarter" for two and four (Quirk et al. 1985 on fractions among the numerals); with the indefinite article
 * or "one" and "of" it is a fraction, not a rank ("a third of the budget", not "the third of the talks").
 */
final class Fractions {

    private Fractions() {
    }

    /** Denominators by their words (singular; a plural ends in "s"). */
    private static final Map<String, Double> DENOMINATORS = Map.of("half", 2.0, "halve", 2.0, "third", 3.0, "quarter", 4.0,
            "fourth", 4.0, "fifth", 5.0, "tenth", 10.0);
    private static final Map<String, Double> NUMERATORS = Map.of("a", 1.0, "an", 1.0, "one", 1.0, "two", 2.0, "three", 3.0,
            "four", 4.0, "nine", 9.0);

    /**
     * A numerator and a denominator before "of" ("a third of", "two-thirds of", "one-fifth of"), or "half" before "of" or a
     * determiner ("half of", "half the", "half its"). Group 1: the hedge ({@link QuantityReader#HEDGE}); 2 and 3: numerator and
     * denominator; 4: a "half" alone.
     */
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b" + Hedges.HEDGE
            + "(?:(a|an|one|two|three|four|nine)[- ](half|thirds?|quarters?|fourths?|fifths?|tenths?)\\s+of\\b"
            + "|(?<!\\b(?:and|a|an|one)\\s)(half)\\s+(?:of|the|its|their|his|her|our|all)\\b)");

    /** Reads the fractions of text into out as percentages, marking what they take in taken (times read before are left). */
    static void read(String text, String folded, List<Quantity> out, List<int[]> taken) {
        if (!folded.contains("half") && !folded.contains("third") && !folded.contains("quarter") && !folded.contains("fourth")
                && !folded.contains("fifth") && !folded.contains("tenth")) {
            return;
        }
        for (Matcher m = FRACTION.matcher(text); m.find(); ) {
            // "an hour and a half of questions": a time read before holds it.
            if (QuantityReader.overlaps(taken, m.start(), m.end())) {
                continue;
            }
            double value;
            if (m.group(4) != null) {
                value = 50;
            } else {
                String d = m.group(3).toLowerCase(Locale.ROOT);
                String one = d.endsWith("s") ? d.substring(0, d.length() - 1) : d;
                double numerator = NUMERATORS.get(m.group(2).toLowerCase(Locale.ROOT));
                // "two third of" is no fraction English writes: above one the denominator is plural ("two-thirds").
                if (numerator > 1 != d.endsWith("s")) {
                    continue;
                }
                value = 100 * numerator / DENOMINATORS.get(one);
            }
            int end = m.group(4) != null ? m.end(4) : m.end(3);
            int start = m.group(1) != null ? m.start(1) : m.group(4) != null ? m.start(4) : m.start(2);
            out.add(Hedges.hedged(m.group(1), "percent", "", value, value, text.substring(start, end), start));
            taken.add(new int[] {start, end});
        }
    }
}
