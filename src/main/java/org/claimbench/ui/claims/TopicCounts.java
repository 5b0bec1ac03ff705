package org.claimbench.ui.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How many claims each topic holds, among the claims the table's other filters (search, sources, article, speaker,
 * verdict, state) let through: the topic filter's list shows these beside each choice, as the sources' legend shows its
 * counts (student-run52: only Edit › Topics… counted the questions). The topic filter itself is left out, so that each
 * choice says how many claims choosing it would list.
 *
 * @param byLabel  claims per topic label, labels compared without case (as the filter compares them)
 * @param noTopic  claims of no topic
 * @param shown    claims of any topic or none (what "All topics" lists)
 * @param all      every claim in the workspace
 * @param filtered whether another filter is set (the counts are then of fewer claims than {@code all})
 */
record TopicCounts(Map<String, Integer> byLabel, int noTopic, int shown, int all, boolean filtered) {

    /** No counts yet (before the first rows are read). */
    static final TopicCounts NONE = new TopicCounts(Map.of(), 0, 0, 0, false);

    /** Counts the rows that pass {@code others} by their topic; {@code filtered} says whether {@code others} hides any filter set. */
    static TopicCounts of(List<ClaimRow> rows, Predicate<ClaimRow> others, boolean filtered) {
        Map<String, Integer> by = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int none = 0;
        int shown = 0;
        for (ClaimRow r : rows) {
            if (!others.test(r)) {
                continue;
            }
            shown++;
            if (r.topic().isEmpty()) {
                none++;
            } else {
                by.merge(r.topic(), 1, Integer::sum);
            }
        }
        return new TopicCounts(by, none, shown, rows.size(), filtered);
    }

    /** The count beside a choice of the topic filter: "12" (with another filter set, "All topics" reads "12 of 40"). */
    String label(String choice) {
        if (ClaimsTableViewModel.ALL_TOPICS.equals(choice)) {
            return filtered ? String.format(Locale.ROOT, "%d of %d", shown, all) : String.valueOf(shown);
        }
        if (ClaimsTableViewModel.NO_TOPIC.equals(choice)) {
            return String.valueOf(noTopic);
        }
        return String.valueOf(byLabel.getOrDefault(choice, 0));
    }
}
