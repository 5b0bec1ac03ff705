package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lower end of a range written before a figure, for {@link QuantityReader}: "1 to 2 pct", "1% to 2%", "1-2 percent",
 * "$1-2 billion", "two or three ships", "between 1 and 2 percent". English writes a range of figures as two numbers joined by
 * "to", "or" or a dash, the unit and the scale once after the second or after each (Quirk et al. 1985 on approximate
 * numbers, "two or three"; The Chicago Manual of Style, 17th ed. 2017, on the en dash between figures and on ranges of
 * percentages, "1%–2%" or "1 to 2 percent"). A range is its interval: "1 to 2 pct" is [1, 2] %, not 2 %.
 *
 * <p>A hyphen joins figures into a range only when the first is the smaller ("2024-25" is a season, "F-16" a name): a
 * hyphenated second figure that makes no range stays unread, as before.
 */
final class FigureRanges {

    private FigureRanges() {
    }

    /** The number words a range may begin with (English's cardinals to twenty and the tens: a closed class). */
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0));

    /**
     * A first figure and its joining word, just before a second: "from" or "between" before it, an optional currency sign, the number, an optional scale word
     * and an optional percent, then "to", "or", "and" (after "between"), a hyphen or an en dash. Read on the text before the second figure (anchored
     * at its end). Not after a word character, a point or a slash ("3.1-2", "a/1-2").
     */
    private static final Pattern LOW = Pattern.compile("(?i)(?<![\\w.,/-])(from\\s+|between\\s+)?([$€£])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + String.join("|", WORDS.keySet()) + ")"
            + "(?:\\s*(hundred|thousand|million|billion|trillion|bn|mn|tn|trn))?"
            + "\\s*(%|percent|per cent|(?-i:pct))?\\s*(to|or|and|-|–)\\s*$");

    /**
     * What stands before a figure: the range's lower end, where its first figure starts, and whether a dash joins them.
     *
     * @param low     the lower end, in the second figure's units (its scale applied: "$1-2 billion" gives 1e9)
     * @param start   where the first figure's words start (UTF-16 index in the claim)
     * @param hyphen  whether the two are joined by a hyphen (a range only when low is below the second figure)
     * @param currency the first figure's currency sign ("$" of "$1-2 billion"), or null
     * @param percent whether the first figure has its own percent ("1% to 2%")
     */
    record Low(double low, int start, boolean hyphen, String currency, boolean percent) {
    }

    /**
     * The lower end of a range ending where the figure at {@code figureStart} begins, or null: {@code scale} is the second
     * figure's scale (1 when none), which the first takes when it has none of its own ("1 to 2 million").
     */
    static Low before(String text, int figureStart, double scale) {
        int from = Math.max(0, figureStart - 40);
        Matcher m = LOW.matcher(text.substring(from, figureStart));
        // "between $1 and $2 billion" is a range, "1 and 2" without "between" none; "from 5% to 8%" is a change from one
        // figure to another (the source and goal of a path, Quirk et al. 1985 on "from … to"), two figures, no range.
        if (!m.find()) {
            return null;
        }
        String opening = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (opening.startsWith("from") || (m.group(6).equalsIgnoreCase("and") && !opening.startsWith("between"))) {
            return null;
        }
        String n = m.group(3).toLowerCase(Locale.ROOT).replace(",", "");
        double v = WORDS.containsKey(n) ? WORDS.get(n) : Double.parseDouble(n);
        v *= m.group(4) == null ? scale : QuantityReader.SCALES.getOrDefault(m.group(4).toLowerCase(Locale.ROOT), 1.0);
        int start = from + (m.group(2) != null ? m.start(2) : m.start(3));
        return new Low(v, start, m.group(6).equals("-"), m.group(2), m.group(5) != null);
    }

    /** Whether a word is one of the number words a range may begin or end with ("two or three"). */
    static boolean isNumberWord(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a hyphen stands right before this figure (then it is the second of a range or no figure: "F-16", "2024-25"). */
    static boolean afterHyphen(String text, int figureStart) {
        return figureStart > 0 && text.charAt(figureStart - 1) == '-';
    }

    /** Drops from {@code read} the figures that start at or after {@code start}: the range's first figure, now its lower end. */
    static void dropFirstFigure(List<Quantity> read, int start, int end) {
        read.removeIf(q -> q.start() >= start && q.start() < end);
    }

    /**
     * The figure m read (by {@link QuantityReader}'s figure pattern: group 1 its hedge, 2 its currency sign, 3 its number, 4 its scale words), as the upper end of a range when a first figure and "to", "or" or a dash stand before it
     * ("1 to 2 pct" is [1, 2] %, "$1-2 billion" [1e9, 2e9] dollars); the first figure, read on its
     * own before, is then dropped from out. A figure after a hyphen that makes no range stays unread ("F-16", "2024-25").
     */
    static java.util.Optional<Quantity> ranged(String text, Matcher m, java.util.Optional<Quantity> figure, List<Quantity> out) {
        boolean hyphen = afterHyphen(text, m.start());
        if (m.group(1) != null) {
            // A hedged second figure ("1 to over 2 percent") is no plain range.
            return hyphen ? java.util.Optional.empty() : figure;
        }
        double scale = 1;
        if (m.group(4) != null) {
            for (String multiplier : m.group(4).toLowerCase(Locale.ROOT).split("\\s+")) {
                scale *= QuantityReader.SCALES.getOrDefault(multiplier, 1.0);
            }
        }
        Low low = before(text, m.start(), scale);
        java.util.Optional<Quantity> upper = figure;
        if (low != null && low.currency() != null && m.group(2) == null && Character.isDigit(m.group(3).charAt(0))) {
            // "$1-2 billion": the sign written once, before the first figure, is the second's too.
            double v = Double.parseDouble(m.group(3).replace(",", "")) * scale;
            upper = java.util.Optional.of(new Quantity("money", low.currency(), v, v, m.group().strip(), m.start()));
        }
        if (low == null || upper.isEmpty() || upper.get().dimension().equals("frame") || low.low() >= upper.get().low()
                || (low.percent() && !upper.get().dimension().equals("percent"))) {
            return hyphen ? java.util.Optional.empty() : figure;
        }
        Quantity q = upper.get();
        dropFirstFigure(out, low.start(), m.start());
        return java.util.Optional.of(new Quantity(q.dimension(), q.head(), low.low(), q.high(),
                text.substring(low.start(), m.start()) + q.words(), low.start()));
    }
}
