package org.claimbench.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

import org.claimbench.domain.Claim;

/**
 * What setting a topic on claims replaces, said in a few words for the undo label and the status bar:
 * "2 had “How long was the call?”", or "2 had “A”, 1 had “B”". Claims without a topic, or already
 * with the new one, are not counted: nothing of theirs is lost.
 */
final class TopicsReplaced {

    /** Topics named before "and n more". */
    static final int NAMED = 3;

    private TopicsReplaced() {
    }

    /**
     * @param before   the claims as they are before the edit
     * @param newTopic the topic they get (null: their topic is taken away)
     * @param label    a topic's label by its id
     * @return "" if no claim loses another topic, else "n had “label”", the most frequent first, comma-separated
     */
    static String phrase(Collection<Claim> before, Long newTopic, LongFunction<String> label) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Claim c : before) {
            if (c.topicId() != null && !Objects.equals(c.topicId(), newTopic)) {
                counts.merge(c.topicId(), 1, Integer::sum);
            }
        }
        List<Map.Entry<Long, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<Long, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < NAMED; i++) {
            parts.add(sorted.get(i).getValue() + " had “" + label.apply(sorted.get(i).getKey()) + "”");
        }
        if (sorted.size() > NAMED) {
            int rest = sorted.subList(NAMED, sorted.size()).stream().mapToInt(Map.Entry::getValue).sum();
            parts.add(rest + " had " + (sorted.size() - NAMED) + " other topic" + (sorted.size() - NAMED == 1 ? "" : "s"));
        }
        return String.join(", ", parts);
    }
}
