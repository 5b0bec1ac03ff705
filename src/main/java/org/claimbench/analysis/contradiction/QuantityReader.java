package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.language.Plurals.singular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.AsciiText;
import org.claimbench.analysis.language.WordNet;

/**
 * Reads the quantities of a claim, in digits or words: a figure with its unit or the noun it
 * counts ("1,200 prisoners", "30-day pause", "$5 billion", "12 percent"), durations however news
 * writes them ("hour-long", "two-and-a-half-hour", "2 1/2 hours", "2 hours 5 minutes", "an hour
 * and a half"), ranges ("2-3 hours", "between two and three hours"), approximations ("over",
 * "nearly", "about", "at least", "up to") and ordinals of events ("the sixth call", "its fourth in
 * the past two years"). The number words are English's cardinals and ordinals (a closed class);
 * the approximators and their intervals are {@link Hedges}'.
 */
public final class QuantityReader {

    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0),
            Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
            Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("half", 0.5), Map.entry("couple", 2.0), Map.entry("several", 3.0),
            Map.entry("thousand", 1e3), Map.entry("million", 1e6));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("twentieth", 20));
    private static final Map<String, Double> MINUTES = Map.of("second", 1 / 60.0, "minute", 1.0, "hour", 60.0, "day", 1440.0,
            "week", 10080.0, "month", 43200.0, "year", 525600.0);

    private static final String CARDINAL = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+1/2|½)?|a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|a hundred|a dozen|a couple of|several";
    private static final String UNIT = "seconds?|minutes?|hours?|days?|weeks?|months?|years?";
    private static final String HEDGE = Hedges.HEDGE;
    /** A time: "two-and-a-half-hour", "2 1/2 hours", "90-minute", "an hour and a half", "two hours and five minutes". */
    private static final Pattern TIME = Pattern.compile("(?i)\\b" + HEDGE + "(" + CARDINAL + ")(?:(?:[- ](?:to|and|or)[- ]|[-–])(" + CARDINAL + "))?"
            + "([- ]and[- ]a[- ]half)?[- ](" + UNIT + ")(?:[- ]and[- ]a[- ]half)?"
            + "(?:,?\\s+(?:and\\s+)?(" + CARDINAL + ")\\s+(minutes?|seconds?))?(?:[- ]long)?"
            + "(?:\\s+(?:of\\s+)?([a-z][a-z-]+(?:\\s+(?:call|conversation|meeting|summit|talks)s?\\b)?))?");
    /** "hour-long", "day-long", "month-long": one unit. */
    private static final Pattern UNIT_LONG = Pattern.compile("(?i)\\b(" + UNIT.replace("s?", "") + ")-long(?:\\s+([a-z][a-z-]+"
            + "(?:\\s+(?:call|conversation|meeting|summit|talks)s?\\b)?))?");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(" + CARDINAL + ")\\s+and\\s+(" + CARDINAL + ")\\s+(" + UNIT + "|[a-z]+)");
    /**
     * The abbreviations of the scale words news writes after a sum: "bn", "m", "mn", "trn", "tn" (The Economist Style
     * Guide, 12th ed. 2018, "Figures": m for million, bn for billion, trn for trillion), "mln", "bln" (Reuters Handbook of
     * Journalism, "millions, billions"), "k" for thousand (Oxford English Dictionary, k, n.: "thousand", of sums). A
     * letter alone is a scale only touching the digits of a sum ("$3m", not "5 m" nor "5k" without a currency sign). The
     * longer ones only in the guides' lower case: "TN", "MN" in capitals are states' postal codes ("the 12 TN delegates").
     */
    private static final String SCALE_ABBREVIATIONS = "(?-i:bn|mn|mln|bln|trn|tn)(?![a-z])|(?<=\\d)[mkb](?![a-z])";
    /** The scale words and their abbreviations, by the factor they multiply a figure by. */
    static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("hundred", 1e2), Map.entry("thousand", 1e3),
            Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("billion", 1e9), Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12));
    /** The names of the currencies whose signs {@link #FIGURE} reads, by their signs (ISO 4217's names: dollar, euro, pound sterling). */
    private static final Map<String, String> SIGNS = Map.of("dollar", "$", "euro", "€", "pound", "£");
    /** A count, a percentage or money: "1,200 prisoners", "12 percent", "$5 billion", "5 billion euros". */
    private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\w$€£.,/:]|[^\\d%]-|^-)" + HEDGE + "([$€£])?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
            + "|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million"
            + "|dozens|hundreds)"
            + "(?![a-z]))"
            // A sum as a compound premodifier, hyphenated ("a 420-billion-dollar fund": The Chicago Manual of Style, 7.87, on
            // compounds before a noun), is the sum "420 billion dollars".
            + "(?:(?:\\s*|-(?=(?:hundred|thousand|million|billion|trillion)-))(hundred(?:\\s+(?:thousand|million|billion))?|million|billion"
            + "|trillion|thousand|" + SCALE_ABBREVIATIONS + "))?"
            + "(?:(?<=hundred|thousand|million|billion|trillion)-(?=(?:" + CurrencyNames.ALTERNATION + ")\\b)|" + PercentagePoints.JOINED + "|\\s*)(%|percent(?!age)|per cent|(?-i:pct)\\b"
            + "|" + PercentagePoints.UNIT
            + "|(?:" + CurrencyNames.ALTERNATION + ")\\b|([a-z][a-z-]+)(?:\\s+([a-z][a-z-]+))?)?");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:the|its|their|a|his|her)\\s+(first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|\\d{1,2}(?:st|nd|rd|th))\\s+"
            + "(?:(?:[a-z-]+\\s+){0,3}?(calls?|conversations?|contacts?|talks|meetings?|summits?|rounds?|visits?|attempts?|times?)\\b"
            + "|(?=(?:in|since|of|this|so far)\\b))");
    /**
     * The span of time an ordinal counts in, after it in its clause: "in three months", "over the past two years", "this year".
     * An ordinal ranks its event among those its noun phrase sets (ordinals as postdeterminers: Quirk et al. 1985,
     * ch. 5): "the first … in ten years" ranks it in those years alone: ordinals counted over different spans do not measure the same count.
     */
    private static final Pattern WINDOW = Pattern.compile("(?i)^[^,.;:]{0,40}?\\b(?:in|over|during|within)\\s+(?:the\\s+)?(?:(?:past|last"
            + "|previous)\\s+)?(?:(" + CARDINAL + ")\\s+)?(day|week|month|year|decade)s?\\b|^\\s*(this|that)\\s+(year|month|week)\\b");
    /** What sets a span of time as a frame: "in the past", "over the last", "within", "for the next". */
    private static final Pattern FRAME = Pattern.compile("(?i)\\b(?:past|last|next|previous|coming|within|in|after|for the next)\\s+$");
    /** "half" just before a time's "a" or "an". */
    private static final Pattern HALF = Pattern.compile("(?i)\\bhalf\\s+$");
    /** A span "of" an event noun with no determiner between ("hours of talks", not "hours of the call"). */
    private static final Pattern OF_EVENT = Pattern.compile("(?i)\\bof\\s+(?!(?:the|a|an|this|that|their|its|his|her)\\b)[a-z-]+(?:\\s+[a-z-]+)?$");
    /** Words after a figure that are no noun it counts: function words, the simple prepositions among them (Quirk et al. 1985, 9.7). */
    private static final java.util.Set<String> NOT_HEADS = java.util.Set.of("of", "and", "or", "to", "in", "on", "at", "for", "the", "a", "an",
            "with", "by", "from", "than", "as", "that", "per", "after", "before", "since", "about", "over", "through", "during",
            "between", "into", "against", "across", "until", "without", "is", "was", "were", "are", "will", "have", "has",
            // clock times and the words after a number that make it no count
            "am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "o'clock", "more", "times", "percent");
    /**
     * The definite article or a demonstrative before a count makes it part of a definite description ("the two
     * leaders", "these three ports"): the phrase refers to a set the reader already knows and states no count of it
     * (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 5.23 and 6.63: numerals as postdeterminers).
     * A figure of money or a percentage keeps its value ("the $5 billion deal" states the sum).
     */
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");
    /** "several": more than two and not many (Oxford English Dictionary); read as three to nine. */
    private static final double SEVERAL_MOST = 9;
    /**
     * "several hundred", "a few thousand": a vague multiple of the hundred, thousand or million, three (or two) to
     * {@link #SEVERAL_MOST} of them, not one ("a few": a small number, more than one; Oxford English Dictionary).
     */
    private static final Pattern VAGUE_MULTIPLE = Pattern.compile("(?i)\\b(several|a few)\\s+$");

    /** What {@link #TIME} needs: a unit (its UNIT alternation, singular). */
    private static final String[] UNIT_WORDS = {"second", "minute", "hour", "day", "week", "month", "year"};
    /** What {@link #ORDINAL} needs without a digit: an ordinal word ("teenth": thirteenth to fifteenth). */
    private static final String[] ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "teenth", "twentieth"};
    /** What {@link #FIGURE} needs without a digit: one of its number words. */
    private static final String[] FIGURE_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozen"};

    public List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // Each pattern runs only over a text holding the words it needs (AsciiText): most claims state no quantity.
        String folded = AsciiText.lower(text);
        boolean digit = AsciiText.hasDigit(text);
        for (Matcher m = BETWEEN.matcher(folded.contains("between") ? text : ""); m.find(); ) {
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            Double perUnit = MINUTES.get(singular(unit));
            double a = number(m.group(1));
            double b = number(m.group(2));
            // "between 1 and 2 percent" (or "pct") is a range of percentages, not a count of percents.
            boolean percent = unit.equals("percent") || "pct".equals(m.group(3));
            String dimension = perUnit != null ? "time" : percent ? "percent" : "count";
            double f = perUnit != null ? perUnit : 1;
            out.add(new Quantity(dimension, perUnit != null || percent ? "" : singular(unit), Math.min(a, b) * f, Math.max(a, b) * f, m.group().strip(), m.start()));
            taken.add(new int[] {m.start(), m.end()});
        }
        for (Matcher m = TIME.matcher(AsciiText.containsAny(folded, UNIT_WORDS) ? text : ""); m.find(); ) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            double perUnit = MINUTES.get(singular(m.group(5).toLowerCase(Locale.ROOT)));
            double v = number(m.group(2));
            String lower = m.group().toLowerCase(Locale.ROOT);
            if (lower.contains("and a half") || lower.contains("and-a-half")) {
                v += 0.5;
            }
            // "half an hour", "half a day": the article after "half" is no count of one.
            // Six characters back: the word boundary before "half" is seen ("on behalf an hour" has none).
            Matcher half = HALF.matcher(text.substring(Math.max(0, m.start() - 6), m.start()));
            int start = m.start();
            if (m.group(1) == null && m.group(3) == null && m.group(2).matches("(?i)an?") && half.find()) {
                v = 0.5;
                start = Math.max(0, m.start() - 6) + half.start();
            }
            double value = v * perUnit;
            if (m.group(6) != null) {
                value += number(m.group(6)) * MINUTES.get(singular(m.group(7).toLowerCase(Locale.ROOT)));
            }
            double high = m.group(3) != null ? number(m.group(3)) * perUnit
                    : m.group(2).equalsIgnoreCase("several") ? SEVERAL_MOST * perUnit : value;
            String head = head(m.group(8));
            // "over the last six years", "within ten days": a span of time a claim is set in, not a figure it states.
            // "after four hours of talks" is how long the talks lasted: a span of an event noun without a determiner measures it.
            boolean measuresEvent = m.group(8) != null && OF_EVENT.matcher(m.group()).find() && (head.equals("call") || head.equals("meeting"));
            String dimension = !measuresEvent && FRAME.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find() ? "frame" : "time";
            out.add(Hedges.hedged(m.group(1), dimension, head, value, Math.max(value, high), trimHead(text.substring(start, m.end()), m.group(8)),
                    start));
            taken.add(new int[] {start, m.end()});
        }
        for (Matcher m = UNIT_LONG.matcher(folded.contains("-long") ? text : ""); m.find(); ) {
            if (!overlaps(taken, m.start(), m.end())) {
                double v = MINUTES.get(m.group(1).toLowerCase(Locale.ROOT));
                out.add(new Quantity("time", head(m.group(2)), v, v, trimHead(m.group(), m.group(2)), m.start()));
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        Fractions.read(text, folded, out, taken);
        for (Matcher m = ORDINAL.matcher(digit || AsciiText.containsAny(folded, ORDINAL_WORDS) ? text : ""); m.find(); ) {
            if (overlaps(taken, m.start(1), m.end(1))) {
                continue;
            }
            String w = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = ORDINALS.get(w);
            int value = n != null ? n : Integer.parseInt(w.replaceAll("\\D", ""));
            String noun = m.group(2) == null ? "" : singular(m.group(2).toLowerCase(Locale.ROOT));
            // A call, a conversation and a contact are counted alike ("the sixth call", "the sixth contact").
            String head = noun.matches("call|conversation|contact") ? "call" : noun.matches("meeting|summit|talk") ? "meeting" : noun;
            // An ordinal counted over a span of time counts within it only: "the first call in three months" is not the first ever.
            Matcher span = WINDOW.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
            String counted = span.find() ? (head + " in " + (span.group(2) != null ? (span.group(1) == null ? "" : span.group(1) + " ")
                    + span.group(2) : span.group(3) + " " + span.group(4))).strip().toLowerCase(Locale.ROOT) : head;
            out.add(new Quantity("ordinal", counted, value, value, m.group(1), m.start(1)));
        }
        Matcher m = FIGURE.matcher(digit || AsciiText.containsAny(folded, FIGURE_WORDS) ? text : "");
        for (int from = 0; m.find(from); from = next(m)) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 10), m.start());
            java.util.Optional<Quantity> figure = figure(m, DEFINITE.matcher(before).find());
            Matcher vague = VAGUE_MULTIPLE.matcher(before);
            if (figure.isPresent() && m.group(3).matches("(?i)hundred|thousand|million") && m.group(1) == null && vague.find()) {
                Quantity q = figure.get();
                double fewest = vague.group(1).equalsIgnoreCase("several") ? 3 : 2;
                figure = java.util.Optional.of(new Quantity(q.dimension(), q.head(), q.low() * fewest, q.high() * SEVERAL_MOST,
                        before.substring(vague.start()) + q.words(), m.start() - before.length() + vague.start()));
            }
            figure = FigureRanges.ranged(text, m, figure, out);
            figure.ifPresent(out::add);
        }
        return out;
    }

    /**
     * Where to look for the next figure after m: past it, or at the second number when m's "noun" is "to" or "or" and a number
     * word ("two or three trawlers": the second figure and its noun, the first its lower end; {@link #ranged}).
     */
    private static int next(Matcher m) {
        return m.group(6) != null && m.group(6).matches("(?i)to|or") && m.group(7) != null && FigureRanges.isNumberWord(m.group(7))
                ? m.start(7) : m.end();
    }

    private static java.util.Optional<Quantity> figure(Matcher m, boolean definite) {
        String digits = m.group(3).replace(",", "").toLowerCase(Locale.ROOT);
        boolean word = !Character.isDigit(digits.charAt(0));
        String unit = m.group(5) == null ? "" : m.group(5).toLowerCase(Locale.ROOT);
        // A number word needs what it counts or measures: a noun, a currency or a percent sign ("several million rupees").
        if (word && ((m.group(6) == null && unit.isEmpty()) || m.group(2) != null)) {
            return java.util.Optional.empty();
        }
        // "fifty-five": English hyphenates the tens and the units of a compound number (The Chicago Manual of Style, on
        // spelled-out numbers), its value their sum.
        double v = !word ? Double.parseDouble(digits) : digits.indexOf('-') > 0
                ? WORDS.get(digits.substring(0, digits.indexOf('-'))) + WORDS.get(digits.substring(digits.indexOf('-') + 1))
                : WORDS.getOrDefault(digits, digits.startsWith("dozen") ? 24.0 : 200.0);
        String scale = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        if (scale.length() == 1 && m.group(2) == null && !CurrencyNames.NAMES.contains(singular(unit))
                && (m.group(6) == null || !countedPlural(m.group(6).toLowerCase(Locale.ROOT)))) {
            // "5k", "3m" without a currency: a distance or a length as often as a sum (SCALE_ABBREVIATIONS), unless a plural of
            // things counted follows ("5m people", "20k refugees": a measure has no plural noun after it, "a 5m wall").
            return java.util.Optional.empty();
        }
        for (String multiplier : scale.split("\\s+")) {
            // "two hundred", "three hundred thousand": each word multiplies.
            v *= SCALES.getOrDefault(multiplier, 1.0);
        }
        String dimension;
        String head;
        String words = m.group().strip();
        String adjective = m.group(6) == null ? "" : m.group(6).toLowerCase(Locale.ROOT);
        if (!scale.isEmpty() && m.group(2) == null && (CurrencyNames.ADJECTIVES.contains(adjective)
                || CurrencyNames.ADJECTIVES.contains(singular(adjective)))) {
            // "2 trillion won": after a scale word a currency that is also an adjective is the currency (CurrencyNames).
            return java.util.Optional.of(Hedges.hedged(m.group(1), "money", adjective, v, v,
                    m.group().substring(0, m.end(6) - m.start()).strip(), m.start()));
        }
        // A difference of percentages in points is a dimension of its own, counted in percentage points (PercentagePoints).
        if (PercentagePoints.unit(unit)) {
            double points = PercentagePoints.inPercentagePoints(v, unit);
            return java.util.Optional.of(Hedges.hedged(m.group(1), PercentagePoints.DIMENSION, "", points, points, words, m.start()));
        }
        // "pct", the abbreviation of "percent" (Merriam-Webster, "pct."), as wire copy writes it ("1 to 2 pct": Jiji, Reuters), lower case only.
        if (unit.equals("%") || unit.startsWith("percent") || unit.startsWith("per cent") || "pct".equals(m.group(5))) {
            dimension = "percent";
            head = "";
        } else if (m.group(2) != null || CurrencyNames.NAMES.contains(singular(unit)) || CurrencyNames.NAMES.contains(unit)) {
            dimension = "money";
            // A currency's sign and its name are one currency ("$420 billion", "420 billion dollars").
            head = m.group(2) != null ? m.group(2) : SIGNS.getOrDefault(singular(unit), unit);
        } else {
            // A year, a date or a bare number counts nothing the reader can compare.
            if (definite || m.group(6) == null || NOT_HEADS.contains(unit) || NOT_HEADS.contains(m.group(6).toLowerCase(Locale.ROOT))
                    || (scale.isEmpty() && m.group(3).matches("(19|20)\\d\\d"))) {
                // (A year is written without a thousands comma: "2,000 farms" counts farms.)
                return java.util.Optional.empty();
            }
            dimension = "count";
            // "three Dutch trawlers", "one fishing trawler": either word may be the noun counted.
            String first = m.group(6).toLowerCase(Locale.ROOT);
            String second = m.group(7) == null ? "" : m.group(7).toLowerCase(Locale.ROOT);
            // "about 1,500 Welsh farmers": the plural noun after a premodifier is the head; the modifier does not name
            // what is counted ("nine Welshmen" counts people, "1,500 Welsh farmers" farmers).
            head = !second.isEmpty() && !NOT_HEADS.contains(second) && premodifiedHead(first, second) ? singular(second)
                    : singular(first) + (second.isEmpty() || NOT_HEADS.contains(second) ? "" : " " + singular(second));
        }
        return java.util.Optional.of(Hedges.hedged(m.group(1), dimension, head, v, v, words, m.start()));
    }

    private static String head(String word) {
        if (word == null) {
            return "";
        }
        String w = word.toLowerCase(Locale.ROOT);
        // "phone conversation", "video call": the noun that ends the compound is the head.
        int space = w.lastIndexOf(' ');
        if (space > 0) {
            w = w.substring(space + 1);
        }
        if (NOT_HEADS.contains(w) || w.endsWith("ly")) {
            return "";
        }
        String s = singular(w);
        return DurationHeads.eventNoun(s);
    }

    /** The quantity's words without the noun that follows them when it is no head ("two hours of" → "two hours"). */
    private static String trimHead(String matched, String headWord) {
        String t = matched.strip();
        if (headWord != null && NOT_HEADS.contains(headWord.toLowerCase(Locale.ROOT)) && t.endsWith(headWord)) {
            t = t.substring(0, t.length() - headWord.length()).strip();
            if (t.endsWith(" of")) {
                t = t.substring(0, t.length() - 3);
            }
        }
        return t;
    }

    /** The value of an English number word as written ("forty", "forty-five"; a closed class), or NaN. */
    static double numberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int dash = w.indexOf('-');
        Double v = dash < 0 ? WORDS.get(w) : WORDS.containsKey(w.substring(0, dash)) && WORDS.containsKey(w.substring(dash + 1))
                ? Double.valueOf(WORDS.get(w.substring(0, dash)) + WORDS.get(w.substring(dash + 1))) : null;
        return v == null ? Double.NaN : v;
    }

    private static double number(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip().replace(",", "");
        if (t.endsWith("1/2") || t.endsWith("½")) {
            return Double.parseDouble(t.replace("1/2", "").replace("½", "").strip()) + 0.5;
        }
        if (t.startsWith("a ")) {
            t = t.substring(2).replace(" of", "");
        }
        Double n = WORDS.get(t);
        return n != null ? n : Double.parseDouble(t);
    }

    static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (t[0] < end && start < t[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is an ordinal numeral ("first", "sixth"): a number, compared as a count, never as an opposite word. */
    static boolean ordinal(String word) {
        return ORDINALS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the second of two words after a figure heads their noun phrase and the first premodifies it: the second is a
     * plural of things counted and the first no plural ("1,500 Welsh farmers"). The head follows its premodifiers
     * (Quirk et al. 1985, 17.2), and an adjective of nationality before a noun modifies it (7.26): it names no thing counted.
     */
    private static boolean premodifiedHead(String first, String second) {
        return singular(first).equals(first) && countedPlural(second);
    }

    /**
     * Whether a word names a plural of things counted: a regular plural whose singular WordNet has as a noun ("refugees"), or a
     * noun WordNet files first in noun.group ("people", "staff", "police"): a collective noun, which takes plural concord
     * (Quirk et al. 1985, on collective nouns). Words of measure after a figure are no such plural ("5m high", "5k in").
     */
    private static boolean countedPlural(String word) {
        WordNet wn = WordNet.shared();
        String one = singular(word);
        return (!one.equals(word) && !wn.lexicographerFiles(one, WordNet.Pos.NOUN).isEmpty())
                || wn.lexicographerFile(word, WordNet.Pos.NOUN).equals("noun.group");
    }
}
