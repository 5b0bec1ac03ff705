package org.claimbench.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

class AttributionScoresTest {

    private static final String TEXT = "The council will cut bus fares next year, the mayor said. He added that trams would stay free for pupils. "
            + "Rents rose again.";

    private static TextSpan of(String words) {
        int at = TEXT.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    private static final GoldAttribution FARES = new GoldAttribution(List.of(of("the mayor")), List.of(of("said")),
            List.of(of("The council will cut bus fares next year")));
    private static final GoldAttribution TRAMS = new GoldAttribution(List.of(of("He")), List.of(of("added")),
            List.of(of("trams would stay free for pupils")));

    private static AttributionScores.Figures score(PredictedAttribution... predicted) {
        return AttributionScores.score(List.of(new AttributionScores.ScoredText("t_1", "t", TEXT, List.of(FARES, TRAMS), List.of(predicted)))).all();
    }

    @Test
    void aSuggestionSharingHalfTheWordsByF1MatchesAndOneSharingLessDoesNot() {
        // "that trams would stay free for pupils": 6 of 7 words shared, F1 0.92.
        AttributionScores.Figures f = score(new PredictedAttribution(of("that trams would stay free for pupils"), Optional.of(of("He")), "the mayor", false, ""),
                new PredictedAttribution(of("the mayor said"), Optional.empty(), "someone", false, ""));
        assertEquals(0.5, f.statementRecall());
        assertEquals(0.5, f.precision(), "the second suggestion shares one word of eight with the fares statement");
    }

    @Test
    void theOutletsOwnAssertionsCountForRecallButNotForPrecisionAndNameNoSpeaker() {
        AttributionScores.Figures f = score(new PredictedAttribution(of("The council will cut bus fares next year, the mayor said."), Optional.empty(),
                "the outlet", true, ""), new PredictedAttribution(of("Rents rose again"), Optional.empty(), "the outlet", true, ""));
        assertEquals(0.5, f.statementRecall());
        assertEquals(0.0, f.attributedStatementRecall());
        assertEquals(0, f.attributedSuggestions());
        assertEquals(0.0, f.speakerAccuracy(), "the outlet is not the mayor");
        assertEquals(1, f.speakersJudged(), "the pronoun source of the trams statement is not judged");
    }

    @Test
    void aSpeakerIsRightWhenItSharesAContentWordWithTheGoldSourceAndTheSourceSpanIsScoredByF1() {
        AttributionScores.Figures right = score(new PredictedAttribution(of("The council will cut bus fares next year"), Optional.of(of("the mayor")),
                "Mayor Ana Ruiz", false, ""));
        assertEquals(1.0, right.speakerAccuracy());
        assertEquals(1.0, right.sourceSpanF1());
        AttributionScores.Figures wrong = score(new PredictedAttribution(of("The council will cut bus fares next year"), Optional.empty(),
                "the council", false, ""));
        assertEquals(0.0, wrong.speakerAccuracy(), "'the' is no shared name");
        assertEquals(0.0, wrong.sourceSpanF1());
    }

    @Test
    void eachGoldAttributionIsMatchedOnceSoADuplicateIsAnExtra() {
        PredictedAttribution fares = new PredictedAttribution(of("The council will cut bus fares next year"), Optional.empty(), "the mayor", false, "");
        AttributionScores.Result r = AttributionScores.score(List.of(new AttributionScores.ScoredText("t_1", "t", TEXT, List.of(FARES, TRAMS),
                List.of(fares, fares))));
        assertEquals(0.5, r.all().precision());
        assertEquals(1, r.extras().size());
        assertEquals(1, r.misses().size());
    }
}
