package org.claimbench.analysis.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions in a news text, found by their credit: a caption dates and places its photo ("… in Osaka, Japan, Jun 29,
 * 2019. (File photo: REUTERS/Kevin Lamarque)"), often an earlier moment than the story's event, so its date is no dateline
 * and its weekday, meeting and place are not the lead's. News sites print a photo's credit on its caption's line or on a
 * line of its own beside it, in the agencies' forms (AP Stylebook, "photo credits"; Reuters and AFP captions): "(AP
 * Photo/Name Surname)", "REUTERS/Name Surname", "Name Surname/AP", "Photo: …", "(Name Surname/Outlet)", and the agency's name
 * alone in brackets closing the caption ("… Friday, May 2, 2025, as crews cleared the road (AP)"), as outlets that reprint wire
 * photos shorten the credit. The agencies are the world's wire services whose photos news sites reprint (AP, AFP, Reuters, EPA,
 * Getty Images, Xinhua, Anadolu, dpa, ANI, PTI, Bloomberg: the photo agencies the AP Stylebook's and Reuters' handbooks name in
 * credit lines); an agency's name in brackets inside a line is a story's dateline ("WASHINGTON (AP) — …") or an abbreviation,
 * and is left alone.
 */
final class Captions {

    /**
     * A photographer and an outlet joined by a slash, either way round, closing its line (a slash between names inside a
     * sentence or a headline, "the US/Russia talks", is no credit); or a label of a photo.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\b\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)+/\\p{Lu}\\p{L}*"            // Name Surname/AP
            + "|\\b\\p{Lu}\\p{L}*(?:\\s+Photo)?/\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)+)\\)?\\.?\\s*$" // REUTERS/Name Surname, AP Photo/Name Surname
            + "|\\b(?i:photo|photograph|file photo|image|picture)\\s*(?::|/|\\bby\\b)"     // Photo: …, File photo: …
            + "|\\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Xinhua|Anadolu|dpa|ANI|PTI|Bloomberg)\\)\\.?\\s*$"); // … (AP)

    private Captions() {
    }

    /**
     * The text with each caption blanked out (spaces of the same length, so offsets hold; UTF-16 units): a line that carries
     * a credit, and the line after a line that is nothing but a credit (the credit printed above its caption). Lines are
     * split at "\n".
     */
    static String blank(String text) {
        StringBuilder out = null;
        int start = 0;
        boolean creditAbove = false;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            Matcher m = CREDIT.matcher(line);
            boolean credit = m.find();
            boolean creditOnly = credit && line.strip().length() == m.group().strip().length();
            if (credit || (creditAbove && !line.isBlank())) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = start; i < end; i++) {
                    out.setCharAt(i, ' ');
                }
            }
            if (!line.isBlank()) {
                creditAbove = creditOnly;
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }
}
