package org.claimbench.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The English month names as news writes them in dates, full or abbreviated as the AP and Chicago styles abbreviate them
 * ("Jan.", "Sept.", "Sep."; "May", "June" and "July" never), capitalised: "may 5" is no date. Shared by the importer's header
 * dates and the event inference's date reader. Stateless.
 */
public final class MonthNames {

    /** One capturing group: a month's name, full or abbreviated, capitalised. */
    public static final String PATTERN = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?"
            + "|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private MonthNames() {
    }

    /** The month's number, 1–12, of a name {@link #PATTERN} matched (its first three letters, any case). */
    public static int number(String name) {
        return NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
