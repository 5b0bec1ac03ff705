package org.claimbench.analysis.contradiction;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two percentage changes ({@link PercentChanges}) are changes of one thing over one stretch, so that their figures may
 * conflict. A change names what changed as the subject of its verb ("Boeing shares rose 0.9%"), not after the figure: two
 * changes are of one thing when their subjects begin with the same word ("Shares of …", "Boeing's stock" / "Boeing shares"; the
 * first content word of a noun phrase is its premodifier or its head, Quirk et al. 1985, 17.2) and neither subject names a
 * proper noun the other does not ("Shares of Acme" / "Shares of Birch"). "Exports from the port" and "imports through the
 * port" are two things though they share "port". A change is also measured over a stretch: a day ("on Monday") or a period
 * ("on the year", "month-on-month", "in the quarter"; the comparison bases of statistical releases, OECD Glossary of
 * Statistical Terms, "growth rates"); two changes naming different days or different periods are not compared.
 */
final class ComparableChanges {

    /** Where a subject starts: a clause boundary, a conjunction or a verb of saying before it. */
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:[,;:(—–]|\\b(?:and|but|while|whereas|as|after|when|that|said|says|say|reported|with)\\b)\\s*");
    /** Words of a subject that name nothing: determiners, prepositions, verbs of being and of a market's session. */
    private static final Set<String> NOT_CONTENT = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
            "those", "of", "from", "through", "in", "at", "on", "for", "to", "by", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "closed", "ended", "finished", "opened", "traded", "trading", "stood", "now", "also", "meanwhile",
            // A pronoun subject names no thing by itself: two changes "it rose" / "it fell" may be of two referents (review63d).
            "it", "they", "he", "she", "we", "you", "i");
    /** A stretch a change is measured over, its kind in group 1 or 2 ("year" of "on the year", "year-on-year", "a year"). */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:(day|week|month|quarter|year)-(?:on|over)-\\1"
            + "|(?:on|in|over|for)\\s+the\\s+(day|week|month|quarter|year)|from\\s+a\\s+(day|week|month|quarter|year)\\s+(?:earlier|ago|before)"
            + "|(?:an?|per)\\s+(day|week|month|quarter|year)\\b(?!\\s+(?:earlier|ago|before)))\\b");

    /** A subject's first noun and the first content word of an "of" phrase after it. */
    private static final Pattern OF_COMPLEMENT = Pattern.compile("(?i)^\\W*(?:(?:the|a|an|its|their)\\s+)?[\\p{L}'’-]+\\s+of\\s+"
            + "(?:(?:the|a|an|its|their|this|that)\\s+)?([\\p{L}-]+)");

    private ComparableChanges() {
    }

    /** Whether change qa of claim a and change qb of claim b are changes of one thing over one stretch. */
    static boolean comparable(ClaimFeatures a, Quantity qa, ClaimFeatures b, Quantity qb) {
        if (!a.weekdays.isEmpty() && !b.weekdays.isEmpty() && Collections.disjoint(a.weekdays, b.weekdays)) {
            return false;
        }
        if (!a.dates.isEmpty() && !b.dates.isEmpty() && Collections.disjoint(a.dates, b.dates)) {
            return false;
        }
        String pa = period(a.facts.text());
        String pb = period(b.facts.text());
        if (!pa.isEmpty() && !pb.isEmpty() && !pa.equals(pb)) {
            return false;
        }
        String ta = changed(a.facts.text(), qa);
        String tb = changed(b.facts.text(), qb);
        List<String> sa = subject(ta);
        List<String> sb = subject(tb);
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        Set<String> namesA = names(sa);
        Set<String> namesB = names(sb);
        if (!namesA.isEmpty() && !namesB.isEmpty() && !namesA.equals(namesB)) {
            return false;
        }
        // A head with an "of" complement names what it counts by both ("shipments of grain" / "shipments of coal").
        if (!head(ta).equals(head(tb))) {
            return false;
        }
        return key(sa.get(0)).equals(key(sb.get(0))) && complement(ta).equals(complement(tb))
                || named(namesA, sb) || named(namesB, sa);
    }

    /**
     * The head of a change's subject: the last word of its first run of content words ("sales" of "Home sales", "stock" of
     * "Acme's stock closed …", "Shares" of "Shares of Acme"; the head closes an English noun phrase's premodifiers, Quirk et
     * al. 1985, 17.2), with "stock" and "share" one word (a company's shares are its stock). "Home sales" and "home prices"
     * are two things though they begin alike (review63d).
     */
    private static String head(String subject) {
        String head = "";
        for (String w : subject.split("[^\\p{L}\\p{N}'’&.-]+")) {
            String word = w.replaceAll("['’]s?$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (NOT_CONTENT.contains(word.toLowerCase(Locale.ROOT))) {
                if (!head.isEmpty()) {
                    break;
                }
                continue;
            }
            head = word;
        }
        String k = key(head);
        return "stock".equals(k) ? "share" : k;
    }

    /** The first word of an "of" phrase right after a subject's first noun ("grain" of "shipments of grain"), or "". */
    private static String complement(String subject) {
        Matcher m = OF_COMPLEMENT.matcher(subject);
        return m.find() ? key(m.group(1)) : "";
    }

    /** Whether a subject's proper nouns are all among the other subject's words ("shares of Acme" / "Acme shares"). */
    private static boolean named(Set<String> names, List<String> other) {
        return !names.isEmpty() && other.stream().map(ComparableChanges::key).toList().containsAll(names);
    }

    /** The kind of stretch a claim measures its change over ("year", "month"), or "". */
    private static String period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.find()) {
            return "";
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * What a change is of: for a change written as a noun, its "in" phrase ("timber exports" of "a 4% rise in timber exports";
     * the theme of a nominalisation, Quirk et al. 1985, 17.54), none when it has none; else its clause's subject.
     */
    private static String changed(String text, Quantity q) {
        String thing = PercentChanges.changedThing(text, q);
        return thing != null ? thing : subjectText(text, q.start());
    }

    /**
     * The subject before a change's direction word, from the last boundary before it; for a verbless supplement after a comma
     * ("Acme's stock closed lower, down 0.2%"), the clause before it, whose subject the supplement is said of (Quirk et al. 1985,
     * 15.58 on verbless clauses).
     */
    private static String subjectText(String text, int directionAt) {
        String before = text.substring(0, Math.max(0, Math.min(directionAt, text.length())));
        int from = 0;
        int previous = 0;
        for (Matcher m = BOUNDARY.matcher(before); m.find(); ) {
            previous = from;
            from = m.end();
        }
        boolean verbless = before.substring(from).isBlank() && from > 0 && before.charAt(before.lastIndexOf(',', from) < 0 ? 0 : before.lastIndexOf(',', from)) == ',';
        return verbless ? before.substring(previous, Math.max(previous, before.lastIndexOf(',', from))) : before.substring(from);
    }

    /** The content words (as written) of the subject before a change's direction word. */
    private static List<String> subject(String subject) {
        return java.util.Arrays.stream(subject.split("[^\\p{L}\\p{N}'’&.-]+"))
                .map(w -> w.replaceAll("['’]s?$", ""))
                .filter(w -> !w.isEmpty() && !NOT_CONTENT.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    /** The capitalised words of a subject after its first (which a sentence's start may capitalise): its proper nouns. */
    private static Set<String> names(List<String> subject) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < subject.size(); i++) {
            if (Character.isUpperCase(subject.get(i).charAt(0))) {
                out.add(key(subject.get(i)));
            }
        }
        return out;
    }

    /** A word lower-cased, a plural "-s" dropped ("shares" and "share" are one word). */
    private static String key(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }
}
