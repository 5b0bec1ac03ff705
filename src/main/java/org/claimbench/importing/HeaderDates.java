package org.claimbench.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a text was published, read from its header where a file gives no date of its own (a saved page's text, a
 * Markdown or Word copy): two conventions of the news page and the wire story.
 *
 * <ul>
 * <li>A <b>labelled date line</b> of the page's header: a label of publication and a written date on a line of its own, or
 * after a separator of the header's byline ("By Ann Roe | Published July 27, 2025"). The labels are those of news sites'
 * headers and of schema.org's CreativeWork dates (datePublished, dateModified): "Published", "First published", "Posted",
 * "Date", "Dated", "Issued", and "Updated", "Last updated", "Modified"; a published date wins over an updated one (the
 * article's date is its first publication, as datePublished is).</li>
 * <li>A <b>dateline</b> opening a paragraph (AP Stylebook, "datelines"; the wire services' form): a place in capitals or
 * title case, a comma, a month and day, perhaps the agency in brackets, then a dash or colon ("KESTON, March 4 (Wire) —").
 * Without a year of its own the day takes the one year the lead names (AP writes no year for a date of the current year);
 * where the lead names none or several, the dateline gives no date rather than a guess. A line opening with a preposition of
 * time or a weekday ("On Monday, July 27: …", a timeline's entry) is no dateline. The wire's form with the agency after the
 * place ("VELDRA (Coastwire) -", AP's "WASHINGTON (AP) —"; Reuters Handbook of Journalism and AP Stylebook, "datelines")
 * may give the month and day after the agency; where it gives none, the day is that of a header line above it that is a
 * date alone (the wire page's timestamp, "June 14, 2025 4:12 PM GMT"), else there is none.</li>
 * </ul>
 *
 * Dates are read in English forms: "2025-07-27", "July 27, 2025", "Jul. 27, 2025", "27 July 2025", with a weekday before
 * or a time after. A numeric date whose day and month may be swapped ("03/07/2025") is not read. Offsets are not kept:
 * only the day. Stateless and thread-safe.
 */
final class HeaderDates {

    /** How far into the text the header and the first dateline may stand (UTF-16 units). */
    static final int HEADER = 1200;
    /** How many non-blank lines the header may have before the date. */
    private static final int HEADER_LINES = 12;
    /** How far the lead reaches for the year of a dateline that gives none (UTF-16 units). */
    private static final int LEAD = 1500;

    private static final String MONTH = org.claimbench.domain.MonthNames.PATTERN;
    private static final String WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
    /** A written date, its parts in named groups: ISO (iy, im, id), month first (mm, md, my), day first (dd, dm, dy). */
    private static final String DATE = WEEKDAY + "(?:(?<iy>(?:19|20)\\d\\d)[-/](?<im>\\d\\d?)[-/](?<id>\\d\\d?)\\b"
            + "|" + MONTH.replace("(Jan", "(?<mm>Jan") + "\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>(?:19|20)\\d\\d)\\b"
            + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH.replace("(Jan", "(?<dm>Jan") + ",?\\s+(?<dy>(?:19|20)\\d\\d)\\b)";
    /** A label of publication (group "pub") or of a later change (group "upd"), then perhaps "on", ":" or a dash. */
    private static final String LABEL = "(?:(?<pub>(?:first\\s+)?published|posted|dated?|issued|publication\\s+date)"
            + "|(?<upd>(?:last\\s+)?updated|(?:last\\s+)?modified))(?:\\s+on)?\\s*[:\\-–—]?\\s*";
    /** At a line's start or after a byline's separator: a label and a date. */
    private static final Pattern LABELLED = Pattern.compile("(?i)(?:^|[|·•]\\s*)" + LABEL + "(?-i)" + DATE, Pattern.MULTILINE);
    /** A dateline: place (in capitals or title case, perhaps ", STATE"), month and day, perhaps a year, the agency, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\s*(?!(?:On|In|At|By|From|Since|Until|Before|After|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?,\\s+" + MONTH + "\\s+(\\d{1,2})\\b(?:,?\\s+((?:19|20)\\d\\d))?"
            + "\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:--|[—–:]|-\\s)");
    /**
     * The wire's dateline with the agency after the place ("VELDRA (Coastwire) -", AP's "CITY (AP) —"), perhaps the month and
     * day after the agency (group 1, 2) and a year (3), then a dash or colon.
     */
    private static final Pattern WIRE = Pattern.compile("(?m)^\\s*(?!(?:On|In|At|By|From|Since|Until|Before|After|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?\\s*\\([^()\\n]{1,40}\\)\\s*(?:" + MONTH + "\\s+(\\d{1,2})\\b(?:,?\\s+((?:19|20)\\d\\d))?\\s*)?"
            + "(?:--|[—–:]|-\\s)");
    /** A line of the header that is a date alone, perhaps with its time and zone ("June 14, 2025 4:12 PM GMT"), as wire pages print it. */
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^[ \\t]*" + DATE + "(?:,?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[:.]\\d\\d(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+\\p{Lu}{2,5})?)?[ \\t]*$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d$€£.,])((?:19|20)\\d\\d)(?![\\d%])");

    private HeaderDates() {
    }

    /** The day {@code text} (an article's text, its first line perhaps its title) says it was published, if its header says. */
    static Optional<LocalDate> published(String text) {
        String head = header(text);
        Optional<LocalDate> updated = Optional.empty();
        Matcher m = LABELLED.matcher(head);
        while (m.find()) {
            Optional<LocalDate> day = day(m);
            if (day.isPresent() && m.group("pub") != null) {
                return day;
            }
            if (updated.isEmpty()) {
                updated = day;
            }
        }
        return updated.or(() -> dateline(text));
    }

    /**
     * The day of the first dateline in the header, its year its own or the one the lead names; a wire dateline with no day
     * ("VELDRA (Coastwire) -") takes the day of a line above it that is a date alone, the wire page's timestamp.
     */
    private static Optional<LocalDate> dateline(String text) {
        String head = text.substring(0, Math.min(text.length(), HEADER));
        Matcher m = DATELINE.matcher(head);
        Matcher w = WIRE.matcher(head);
        boolean dated = m.find();
        boolean wire = w.find();
        if (wire && (!dated || w.start() < m.start())) {
            if (w.group(1) == null) {
                Matcher alone = DATE_LINE.matcher(head.substring(0, w.start()));
                return alone.find() ? day(alone) : Optional.empty();
            }
            return dayOf(text, w);
        }
        return dated ? dayOf(text, m) : Optional.empty();
    }

    /** The day a dateline's month (group 1) and day (2) give, in its own year (3) or the one the lead names. */
    private static Optional<LocalDate> dayOf(String text, Matcher m) {
        Optional<Integer> year = m.group(3) != null ? Optional.of(Integer.parseInt(m.group(3))) : onlyYear(text.substring(0, Math.min(text.length(), LEAD)));
        return year.flatMap(y -> of(y, month(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** The one year {@code lead} names, or empty where it names none or several. */
    private static Optional<Integer> onlyYear(String lead) {
        Set<Integer> years = new HashSet<>();
        Matcher y = YEAR.matcher(lead);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        return years.size() == 1 ? years.stream().findFirst() : Optional.empty();
    }

    /** The header: the text's first non-blank lines, within {@link #HEADER} units. */
    private static String header(String text) {
        int end = 0;
        int lines = 0;
        while (end < Math.min(text.length(), HEADER) && lines < HEADER_LINES) {
            int nl = text.indexOf('\n', end);
            int next = nl < 0 ? text.length() : nl + 1;
            if (!text.substring(end, next).isBlank()) {
                lines++;
            }
            end = next;
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    private static Optional<LocalDate> day(Matcher m) {
        if (m.group("iy") != null) {
            return of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id")));
        }
        if (m.group("mm") != null) {
            return of(Integer.parseInt(m.group("my")), month(m.group("mm")), Integer.parseInt(m.group("md")));
        }
        return of(Integer.parseInt(m.group("dy")), month(m.group("dm")), Integer.parseInt(m.group("dd")));
    }

    private static int month(String name) {
        return org.claimbench.domain.MonthNames.number(name);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
