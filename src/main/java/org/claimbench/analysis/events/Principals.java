package org.claimbench.analysis.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The principal participants of the event a report tells: the persons its headline and lead introduce by a title ("Prime
 * Minister Viktor Orban", "President Ahmed al-Sharaa"). A news report names its event's principals at the top (the inverted
 * pyramid: the lead tells who, what, when, where), and a person of office is introduced by title and name (Chicago Manual of
 * Style, 17th ed., 8.21–8.24: civil, royal and diplomatic titles before a name). Two reports of one meeting name the same
 * principals, though one may call a guest by surname, by title ("the Hungarian leader") or by country: such a report introduces
 * no titled person the other leaves out, so it is never set apart. Two visits of different guests to one host name the host
 * in both and each its own guest: each introduces a person the other's lead never mentions.
 *
 * @param persons   each titled person of the opening ({@link #OPENING} UTF-16 units), as the words of the name after its
 *                  title, folded (lower case, diacritics dropped, an Arabic article "al-" or "el-" dropped); words under
 *                  three letters left out
 * @param leadWords the folded words of three letters or more of the lead ({@link EventInference#LEAD} UTF-16 units)
 */
public record Principals(List<List<String>> persons, Set<String> leadWords) {

    /** A report that introduces nobody by title: it sets no report apart. */
    public static final Principals NONE = new Principals(List.of(), Set.of());

    /** The headline and the first sentence or two of a report, in UTF-16 units: where the inverted pyramid puts the principals. */
    static final int OPENING = 400;

    /**
     * Titles of office written before a name (Chicago Manual of Style, 17th ed., 8.21–8.24, and 8.32 for royal titles); a
     * title may be followed by its office's qualifiers ("Prime Minister", "Secretary of State Ana Ferro").
     */
    private static final String TITLE = "(?:President|Prime Minister|Premier|Chancellor|King|Queen|Crown Prince|Prince|Emir|Sheikh"
            + "|Minister|Secretary|Governor|Senator|Ambassador|Pope)";
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\-’']+";
    /** Lower-case particles inside names ("Ahmed al-Sharaa", "Ursula von der Leyen"). */
    private static final String PARTICLE = "(?:(?:al|el|bin|de|der|van|von)[- ])";
    private static final Pattern PERSON = Pattern.compile("\\b" + TITLE + "(?:\\s+(?:of\\s+)?" + CAPITALISED + ")*?\\s+("
            + PARTICLE + "*" + CAPITALISED + "(?:\\s+" + PARTICLE + "*" + CAPITALISED + "){0,2})");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> PARTICLES = Set.of("bin", "der", "van", "von");

    public Principals {
        persons = persons.stream().map(List::copyOf).toList();
        leadWords = Set.copyOf(leadWords);
    }

    /** The principals of a report's text (headline first, as imported). */
    public static Principals of(String text) {
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        List<List<String>> persons = new ArrayList<>();
        for (Matcher m = PERSON.matcher(opening); m.find(); ) {
            List<String> name = new ArrayList<>();
            for (String w : fold(m.group(1)).split("\\s+")) {
                String word = w.replaceFirst("^(?:al|el)-", "").replaceAll("[’']s$", "");
                if (word.length() >= 3 && !PARTICLES.contains(word)) {
                    name.add(word);
                }
            }
            if (!name.isEmpty() && !persons.contains(name)) {
                persons.add(name);
            }
        }
        if (persons.isEmpty()) {
            return NONE;
        }
        Set<String> words = new HashSet<>();
        for (Matcher m = WORD.matcher(fold(text.substring(0, Math.min(text.length(), EventInference.LEAD)))); m.find(); ) {
            words.add(m.group());
        }
        return new Principals(persons, words);
    }

    /**
     * Whether the two reports tell events of different principals: each introduces by title a person the other's lead never
     * mentions (by any word of the name, spelt within {@link #sameName} of it), and those it leaves out are at least as many
     * as those it shares. Two reports of one meeting may each name an aide of their own beside the principals they share
     * (two of three shared: one event); two visits to one host share the host and each has its own guest (one of two: two
     * events). A report that introduces nobody sets nothing apart.
     */
    public boolean differ(Principals o) {
        return !persons.isEmpty() && !o.persons.isEmpty() && mostlyLeftOut(o) && o.mostlyLeftOut(this);
    }

    /** Whether some of these persons, and at least half of them, are mentioned nowhere in the other's lead. */
    private boolean mostlyLeftOut(Principals o) {
        int left = 0;
        for (List<String> person : persons) {
            if (leftOut(person, o)) {
                left++;
            }
        }
        return left > 0 && 2 * left >= persons.size();
    }

    private static boolean leftOut(List<String> person, Principals o) {
        return person.stream().noneMatch(w -> o.leadWords.contains(w) || o.leadWords.stream().anyMatch(x -> sameName(w, x)));
    }

    /**
     * Whether the two reports introduce the same principals: both introduce someone by title, and each one's persons are all
     * mentioned in the other's lead (round 63).
     */
    public boolean agree(Principals o) {
        return !persons.isEmpty() && !o.persons.isEmpty() && !leavesOut(o) && !o.leavesOut(this);
    }

    /** Whether one of these persons is mentioned nowhere in the other's lead. */
    private boolean leavesOut(Principals o) {
        return persons.stream().anyMatch(person -> leftOut(person, o));
    }

    /**
     * Whether two words are one name transliterated or spelt two ways ("Ahmed" and "Ahmad", "Shara" and "Sharaa"): words of five
     * letters or more within one edit (Levenshtein) of each other, two from six letters on.
     */
    static boolean sameName(String a, String b) {
        if (a.length() < 5 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int allowed = a.length() <= 5 ? 1 : 2;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int least = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                least = Math.min(least, current[j]);
            }
            if (least > allowed) {
                return false;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()] <= allowed;
    }

    /** Lower case, diacritics dropped ("Orbán" = "Orban"). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
