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

    /** Each article's event (label and keys), by article id. */
    public Map<Long, EventGroups.Assigned> assign(List<Input> articles) {
        List<EventGroups.Member> members = new ArrayList<>(articles.size());
        for (Input a : articles) {
            members.add(new EventGroups.Member(a.articleId(), inference.infer(a.text(), a.published()),
                    a.correction() == null ? "" : a.correction(), leadWords(a.text())));
        }
        return EventGroups.assign(members);
    }
}
