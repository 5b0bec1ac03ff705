package org.claimbench.analysis.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of a set of articles in one call: each article's profile inferred from its text
 * ({@link EventInference}), then the articles grouped ({@link EventGroups}), the user's event
 * winning. Costs a pass of a few regular expressions over each text (about a millisecond per
 * article of 5 KB). Thread-safe.
 */
public final class ArticleEvents {

    /** One article: its id, its text, its publication date if known, and the event the user gave it ("" if none). */
    public record Input(long articleId, String text, Optional<LocalDate> published, String correction) {
    }

    private final EventInference inference = new EventInference();

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{4,}");

    /** The lead's words of four letters or more, lower case (short words say little of an event). */
    static List<String> leadWords(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text.substring(0, Math.min(text.length(), EventInference.LEAD)));
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** A run of capitalised words inside a sentence: after a lower-case word, a comma or a semicolon. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(?<=[\\p{Ll},;]\\s)\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*");
    /** Capitalised words that name a time, not a participant or a place. */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /**
     * The names the lead mentions, lower case, one word each: runs of capitalised words inside a sentence, which in
     * English prose are proper names (people, places, institutions, titles before a name); a sentence's first word is
     * left out, and so are title-case lines (headlines), where most words are capitalised, and weekdays and months.
     */
    static List<String> leadNames(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.substring(0, Math.min(text.length(), EventInference.LEAD)).split("\n")) {
            if (titleCase(line)) {
                continue;
            }
            java.util.regex.Matcher m = NAME.matcher(line);
            while (m.find()) {
                for (String w : m.group().split("\\s+")) {
                    String lower = w.toLowerCase(java.util.Locale.ROOT);
                    if (lower.length() >= 3 && !TIME_WORDS.contains(lower)) {
                        out.add(lower);
                    }
                }
            }
        }
        return out;
    }

    /** Whether most of a line's words of four letters or more are capitalised, as in a title-case headline. */
    private static boolean titleCase(String line) {
        int words = 0;
        int capitalised = 0;
        for (java.util.regex.Matcher m = WORD.matcher(line); m.find(); ) {
            words++;
            capitalised += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
        }
        return words > 0 && 2 * capitalised > words;
    }

    /** Each article's event (label and keys), by article id. */
    public Map<Long, EventGroups.Assigned> assign(List<Input> articles) {
        return EventGroups.assign(members(articles));
    }

    /** What {@link EventGroups#assign} reads of each article (its profile, the user's event, its lead's words and names, its principals), in order. */
    public List<EventGroups.Member> members(List<Input> articles) {
        List<EventGroups.Member> members = new ArrayList<>(articles.size());
        for (Input a : articles) {
            members.add(new EventGroups.Member(a.articleId(), inference.infer(a.text(), a.published()),
                    a.correction() == null ? "" : a.correction(), leadWords(a.text()), leadNames(a.text()), Principals.of(a.text())));
        }
        return members;
    }
}
