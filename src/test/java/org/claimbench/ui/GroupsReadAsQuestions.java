package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.topics.StudentQuestions;
import org.claimbench.domain.Topic;
import org.claimbench.ui.claims.TopicSuggestionsViewModel.Group;
import org.claimbench.workspace.Workspace;

/**
 * How the counting tests of the suggested topics read the groups, as a student who knows the questions of
 * {@link StudentQuestions}: each group is read as the question most of its claims answer (ties to the first question), and the
 * first group of a question is where that question's claims go; "Not grouped" is read as none.
 */
final class GroupsReadAsQuestions {

    /** The question (its index) of each claim's quote. */
    final Map<String, Integer> questionOfClaim = new HashMap<>();
    /** Each group read as a question: the question's index. */
    final Map<Group, Integer> questionOfGroup = new HashMap<>();
    /** Each question's first group: its index in the groups shown. */
    final Map<Integer, Integer> groupOfQuestion = new HashMap<>();

    GroupsReadAsQuestions(List<Group> shown) {
        List<String> claims = StudentQuestions.claims();
        for (int i = 0; i < claims.size(); i++) {
            questionOfClaim.put(claims.get(i), StudentQuestions.questionOfEach().get(i));
        }
        for (int g = 0; g < shown.size(); g++) {
            if (shown.get(g).notGrouped()) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            int at = g;
            onFx(() -> shown.get(at).claims().stream().map(c -> c.row().quote()).toList()).forEach(q -> counts.merge(questionOfClaim.get(q), 1, Integer::sum));
            int q = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey())).orElseThrow().getKey();
            questionOfGroup.put(shown.get(g), q);
            groupOfQuestion.putIfAbsent(q, g);
        }
    }

    /** How many of the 35 claims hold the topic of their own question now. */
    static int inTheirQuestion(Workspace w) {
        Map<String, String> topicOf = onFx(() -> {
            Map<String, String> out = new HashMap<>();
            w.claims().forEach(c -> out.put(c.exact(), c.topicId() == null ? "" : w.topic(c.topicId()).map(Topic::label).orElse("")));
            return out;
        });
        List<String> claims = StudentQuestions.claims();
        int right = 0;
        for (int i = 0; i < claims.size(); i++) {
            right += topicOf.get(claims.get(i)).equals(StudentQuestions.QUESTIONS.get(StudentQuestions.questionOfEach().get(i)).question()) ? 1 : 0;
        }
        return right;
    }
}
