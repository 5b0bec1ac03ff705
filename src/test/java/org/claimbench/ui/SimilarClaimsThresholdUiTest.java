package org.claimbench.ui;

import static org.claimbench.ui.WorkbenchFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.claimbench.analysis.meaning.MeaningVector;
import org.claimbench.ui.claims.ClaimRow;
import org.claimbench.workspace.ContradictionInputs;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The threshold of "Select similar claims" (M), measured on the samples: the 35 claims TopicsUiTest works on, grouped by
 * hand into five questions (our grouping, by the claims' places in the text's order, article by article, 1–35; the gold annotation has no
 * topics), and for each threshold from 0.40 to 0.70 the precision and recall of "similar" over every pair of claims (similar:
 * a cosine of the two claims' stored vectors at least the threshold; right: the two share a question).
 */
class SimilarClaimsThresholdUiTest extends SampleWindowTest {

    /**
     * Our five questions: what Russia demands; who wants a ceasefire or peace; whether the talks and a meeting go on; how
     * Putin courts Trump (praise, shared history, business); what is left for Ukraine (arms, its say, Trump's part).
     */
    static final List<List<Integer>> QUESTIONS = List.of(
            List.of(1, 6, 9, 16, 33, 34, 35),
            List.of(3, 5, 11, 15, 20, 32),
            List.of(12, 13, 26, 30, 31),
            List.of(2, 4, 17, 18, 19, 21, 22, 24, 25),
            List.of(7, 8, 10, 14, 23, 27, 28, 29));

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void atTheChosenThresholdMoreThanHalfTheSimilarPairsShareAQuestion(FxRobot robot) {
        app.acceptClaimsWithASource(robot, 35);
        robot.interact(() -> app.context.view().focusList(0));
        TableView<ClaimRow> table = robot.lookup("#claimsTable").queryTableView();
        // In the text's order (article, then place): the table's own order follows the order the claims were accepted in.
        List<ClaimRow> rows = onFx(() -> table.getItems().stream().sorted(java.util.Comparator.<ClaimRow>comparingLong(r -> r.claim().articleId())
                .thenComparingInt(r -> r.claim().span().start())).toList());
        assertEquals(35, rows.size());
        Map<Long, MeaningVector> v = ContradictionInputs.storedVectors(app.workspace(), rows.stream().map(ClaimRow::claim).toList());
        assertEquals(35, v.size(), "every claim's vector is stored once the suggestions have read it");
        int[] question = new int[36];
        for (int q = 0; q < QUESTIONS.size(); q++) {
            for (int place : QUESTIONS.get(q)) {
                question[place] = q + 1;
            }
        }
        StringBuilder table2 = new StringBuilder("threshold precision recall pairs-similar\n");
        int chosenPairs = -1;
        double chosenPrecision = 0;
        for (int step = 0; step <= 6; step++) {
            double t = 0.40 + step * 0.05;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int a = 1; a <= 35; a++) {
                for (int b = a + 1; b <= 35; b++) {
                    boolean similar = v.get(rows.get(a - 1).id()).cosine(v.get(rows.get(b - 1).id())) >= t;
                    boolean same = question[a] == question[b];
                    tp += similar && same ? 1 : 0;
                    fp += similar && !same ? 1 : 0;
                    fn += !similar && same ? 1 : 0;
                }
            }
            double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double r = tp / (double) (tp + fn);
            table2.append(String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %d%n", t, p, r, tp + fp));
            if (Math.abs(t - org.claimbench.ui.claims.SimilarClaims.THRESHOLD) < 1e-9) {
                chosenPairs = tp + fp;
                chosenPrecision = p;
            }
        }
        System.out.println("SimilarClaimsThresholdUiTest:\n" + table2);
        // Any pair shares a question 110 times in 595 (0.18). The threshold is the least at which more than half the pairs
        // called similar share a question, so that M adds more right claims than wrong ones (each a ctrl+click to take out).
        assertTrue(chosenPrecision > 0.5, "precision at the chosen threshold:\n" + table2);
        assertTrue(chosenPairs >= 0 && chosenPairs <= 35, "pairs similar at the chosen threshold, fewer than one a claim:\n" + table2);
    }
}
