package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

    static Path pages() throws Exception {
        return Path.of(ExtractionEvaluationTest.class.getResource("pages/good/source.html").toURI()).getParent().getParent();
    }

    @Test
    void eachPageIsScoredAsBagsOfWordsAndTheFiguresAverageThem() throws Exception {
        ExtractionEvaluation.Result r = new ExtractionEvaluation(new ArticleImporter()).run(pages());
        assertEquals(List.of("good", "partial", "refused"), r.pages().stream().map(ExtractionEvaluation.Page::name).toList());
        assertEquals(1.0, r.pages().get(0).score().f1(), 1e-9);
        // 4 words imported, all expected; 7 expected: precision 1, recall 4/7, F1 8/11.
        assertEquals(1.0, r.pages().get(1).score().precision(), 1e-9);
        assertEquals(4 / 7.0, r.pages().get(1).score().recall(), 1e-9);
        assertEquals(8 / 11.0, r.pages().get(1).score().f1(), 1e-9);
        assertEquals(0.0, r.pages().get(2).score().f1(), 1e-9);
        assertTrue(r.pages().get(2).refusal().contains("is empty"), r.pages().get(2).refusal());
        assertEquals((1 + 8 / 11.0 + 0) / 3, r.meanF1(), 1e-9);
        assertEquals(1 / 3.0, r.shareGood(), 1e-9);
        assertEquals(1 / 3.0, r.titleAccuracy(), 1e-9);
        assertEquals(List.of("refused"), r.refused());
    }

    @Test
    void aFolderWithoutTestPagesIsRefusedWithTheLayoutItNeeds(@TempDir Path empty) {
        Exception e = assertThrows(java.io.IOException.class, () -> new ExtractionEvaluation(new ArticleImporter()).run(empty));
        assertTrue(e.getMessage().contains("source.html, expected.html and expected-metadata.json"), e.getMessage());
    }

    @Test
    void wordsAreCountedAsABagWithCaseAndScriptsWithoutSpacesInMind() {
        BagOfWords a = BagOfWords.of("The talks, the TALKS: talks!");
        assertEquals(5, a.size());
        assertEquals(3, a.counts().get("talks"));
        assertEquals(4, BagOfWords.of("会谈继续").size());
        assertEquals(1.0, BagOfWords.of("").against(BagOfWords.of("")).f1(), 1e-9);
        assertEquals(0.0, BagOfWords.of("").against(BagOfWords.of("word")).f1(), 1e-9);
    }
}
