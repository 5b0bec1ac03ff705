package org.claimbench.analysis.events;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events a text names only to place its own in time: "a week after their summit in Sarnholm", "the first call since the
 * summit", "ahead of the talks in Brevik", "after the three-hour summit in Halvik in June" (written in October). A temporal
 * preposition (before, since, ahead of, after, following) relates the event reported to another one (Quirk et al. 1985,
 * 9.36–9.40): what it names is a reference time, not the event, so its noun, name and ordinal are not the article's.
 * "Before", "since" and "ahead of" always set the named event apart; "after" and "following" only with a span between the
 * two ("two days after") or a month of the named event's own that is not the text's: "announced after the Halvik talks"
 * tells the talks' outcome, the event itself.
 */
final class ReferenceEvents {

    /** A span before the preposition: "a week", "two days", "months". */
    private static final String SPAN = "(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|several|a few|few|some)\\s+)?"
            + "(?:days?|weeks?|months?|years?)\\s+";
    /** The preposition, up to three words before the event noun, the noun, and up to two "in / at / on" phrases after it. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(" + SPAN + ")?(after|following|before|since|ahead\\s+of)\\s+"
            + "(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:" + EventNouns.CALL + "|" + EventNouns.MEETING + ")\\b"
            + "((?:\\s+(?:in|at|on)\\s+[\\p{L}\\d]+(?:\\s+(?-i:\\p{Lu}\\p{L}+))?){0,2})");

    private ReferenceEvents() {
    }

    /**
     * The text with each reference event blanked out (spaces of the same length, so offsets hold; UTF-16 units); reference: when
     * the text was published, if known.
     */
    static String blank(String text, Optional<LocalDate> reference) {
        StringBuilder out = null;
        for (Matcher m = REFERENCE.matcher(text); m.find(); ) {
            if (isReference(m, reference)) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = m.start(2); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isReference(Matcher m, Optional<LocalDate> reference) {
        String preposition = m.group(2).toLowerCase(Locale.ROOT);
        if (!preposition.equals("after") && !preposition.equals("following")) {
            return true;
        }
        if (m.group(1) != null) {
            return true;
        }
        Matcher month = DateReader.MONTH_NAME.matcher(m.group());
        while (month.find()) {
            String named = month.group(1);
            if (reference.isEmpty() || !reference.get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(named)) {
                return true;
            }
        }
        return false;
    }
}
