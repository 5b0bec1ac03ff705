package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.attribution.CueLexicon;
import org.claimbench.analysis.language.English;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

class ErrorCategoriesTest {

    private static final String TEXT = "The ferry company will cancel the winter crossings, the harbour master said. "
            + "Local traders seem to doubt that the pier will reopen in spring. "
            + "The mayor's criticism of the plan was that the repairs had come too late. "
            + "Ana Ruiz said the union believed that the depot was unsafe.";

    private static TextSpan of(String words) {
        int at = TEXT.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    private static GoldAttribution gold(String source, String cue, String content) {
        return new GoldAttribution(source.isEmpty() ? List.of() : List.of(of(source)), List.of(of(cue)), List.of(of(content)));
    }

    private static final GoldAttribution CROSSINGS = gold("the harbour master", "said", "The ferry company will cancel the winter crossings");
    private static final GoldAttribution PIER = gold("Local traders", "seem", "to doubt that the pier will reopen in spring");
    private static final GoldAttribution REPAIRS = gold("The mayor's", "criticism", "that the repairs had come too late");
    private static final GoldAttribution DEPOT = gold("the union", "believed", "that the depot was unsafe");

    private final ErrorCategories categories = new ErrorCategories(English.shared(), CueLexicon.standard());

    private AttributionScores.Result score(List<GoldAttribution> gold, PredictedAttribution... predicted) {
        return AttributionScores.score(List.of(new AttributionScores.ScoredText("t_1", "t", TEXT, gold, List.of(predicted))), categories);
    }

    @Test
    void aStatementFoundAsTheOutletsSentenceIsNamedByItsGoldCuesKind() {
        AttributionScores.Result r = score(List.of(CROSSINGS, REPAIRS),
                new PredictedAttribution(of("The ferry company will cancel the winter crossings, the harbour master said."), Optional.empty(),
                        "the outlet", true, ""),
                new PredictedAttribution(of("The mayor's criticism of the plan was that the repairs had come too late."), Optional.empty(),
                        "the outlet", true, ""));
        assertEquals(List.of("wrong speaker: found as the outlet's own sentence; cue a verb of the cue lexicon",
                "wrong speaker: found as the outlet's own sentence; cue a noun (claim, criticism, support)"),
                r.wrongSpeakers().stream().map(AttributionScores.WrongSpeaker::category).toList());
    }

    @Test
    void aMissIsNamedByItsCueUnlessAnAttributionOverlapsIt() {
        AttributionScores.Result none = score(List.of(PIER));
        assertEquals("missed: no attribution found; cue a verb not in the cue lexicon (seem, decide, look)", none.misses().get(0).category());
        AttributionScores.Result edges = score(List.of(PIER), new PredictedAttribution(of("the pier"), Optional.of(of("Local traders")),
                "Local traders", false, ""));
        assertEquals("missed: an attribution overlaps it, its edges differ", edges.misses().get(0).category());
    }

    @Test
    void theOuterSpeakerOfANestedAttributionAndAnotherPhraseAreToldApart() {
        AttributionScores.Result nested = score(List.of(DEPOT), new PredictedAttribution(of("the union believed that the depot was unsafe"),
                Optional.of(of("Ana Ruiz")), "Ana Ruiz", false, ""));
        assertEquals("wrong speaker: nested, the outer speaker given", nested.wrongSpeakers().get(0).category());
        AttributionScores.Result other = score(List.of(CROSSINGS), new PredictedAttribution(of("The ferry company will cancel the winter crossings"),
                Optional.of(of("The ferry company")), "ferry company", false, ""));
        assertEquals("wrong speaker: another noun phrase; the gold source a group or description", other.wrongSpeakers().get(0).category());
        assertEquals(1, other.wrongSpeakerCategories().get("wrong speaker: another noun phrase; the gold source a group or description"));
    }

    @Test
    void withoutADiagnosisEveryCategoryIsEmptyAndNoneIsCounted() {
        AttributionScores.Result r = AttributionScores.score(List.of(new AttributionScores.ScoredText("t_1", "t", TEXT, List.of(PIER), List.of())));
        assertEquals("", r.misses().get(0).category());
        assertTrue(r.missCategories().isEmpty());
    }
}
