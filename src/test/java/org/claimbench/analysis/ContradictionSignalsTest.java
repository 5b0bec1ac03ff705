package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;
import org.junit.jupiter.api.Test;

class ContradictionSignalsTest {

    private final QuantityReader reader = new QuantityReader();
    private final ContradictionSignals signals = new ContradictionSignals();

    private static ClaimFacts claim(long id, String text, String source) {
        return new ClaimFacts(id, 1, text, source, "call of 3 July");
    }

    @Test
    void durationsAreReadInWordsAndDigits() {
        assertEquals(60.0, reader.read("had an hour-long phone conversation").get(0).value());
        assertEquals(120.0, reader.read("I just finished a two-hour call").get(0).value());
        assertEquals(90.0, reader.read("a 90-minute call").get(0).value());
        assertEquals(150.0, reader.read("it lasted 2 1/2 hours").get(0).value());
        assertEquals(150.0, reader.read("a nearly two-and-a-half-hour intervention").get(0).value());
        assertEquals(30.0, reader.read("a limited 30-day ceasefire").get(0).value());
    }

    @Test
    void ordinalsCountCallsOnlyNearAWordForCalls() {
        List<Quantity> q = reader.read("the sixth in less than five months");
        assertEquals(Quantity.Kind.ORDINAL, q.get(0).kind());
        assertEquals(6.0, q.get(0).value());
        assertEquals(8.0, reader.read("its eighth in the past eight months").get(0).value());
        assertTrue(reader.read("the second largest city").isEmpty());
    }

    @Test
    void differentFiguresForTheSameQuantityAreANumericContradiction() {
        List<Signal> s = signals.between(claim(1, "Putin and Trump had an hour-long phone conversation", "Press"),
                claim(2, "I just finished a two-hour call with Russian President Vladimir Putin", "White House"));
        assertEquals(ContradictionKind.NUMERIC, s.get(0).kind());
        assertTrue(s.get(0).explanation().contains("“an hour-long” (60 min) against “two-hour” (120 min)"), s.get(0).explanation());
        assertTrue(signals.between(claim(1, "an hour-long call", "Press"), claim(2, "a 60-minute call", "Press")).isEmpty());
    }

    @Test
    void nowAgainstOnlyOnAConditionIsATimingContradiction() {
        List<Signal> s = signals.between(claim(1, "Russia and Ukraine will immediately begin negotiations for a ceasefire", "White House"),
                claim(2, "a ceasefire with Ukraine is possible if the relevant agreements are reached", "Kremlin readout"));
        assertEquals(ContradictionKind.TEMPORAL, s.get(0).kind());
        assertTrue(signals.between(claim(1, "Negotiations will start immediately", "White House"),
                claim(2, "Talks on trade will begin immediately", "Kremlin readout")).isEmpty());
        assertTrue(signals.between(claim(1, "I informed the European leaders during a call I had immediately after the call with Putin", "White House"),
                claim(2, "a ceasefire with Ukraine is possible if the relevant agreements are reached", "Kremlin readout")).stream()
                .noneMatch(x -> x.kind() == ContradictionKind.TEMPORAL), "“immediately after” orders two events, it urges nothing");
        assertTrue(signals.between(claim(1, "negotiations will start immediately, perhaps in the Vatican", "White House"),
                claim(2, "if Russia is not willing, in the end we will have to say this is not our war", "Kremlin readout")).stream()
                .noneMatch(x -> x.kind() == ContradictionKind.TEMPORAL), "a condition on something else is no answer to “start now”");
    }

    @Test
    void aDenialOfTheSameStatementIsAPolarityContradiction() {
        List<Signal> s = signals.between(claim(1, "Russia has accepted the 30-day ceasefire on energy strikes", "Kremlin readout"),
                claim(2, "Russia has not accepted the 30-day ceasefire on energy strikes", "Press"));
        assertEquals(ContradictionKind.POLARITY, s.get(0).kind());
        assertTrue(signals.between(claim(1, "Putin met Trump", "Press"), claim(2, "Putin did not meet Zelensky in Istanbul", "Press")).isEmpty(),
                "names alone do not make two claims about the same thing");
    }

    @Test
    void aPastFormMeetsItsVerbSoADenialIsFoundAcrossTenses() {
        List<Signal> s = signals.between(claim(1, "Vladimir Putin isn't willing to make any concessions", "Press"),
                claim(2, "Putin has made some concessions", "White House"));
        assertEquals(ContradictionKind.POLARITY, s.get(0).kind());
        assertTrue(s.get(0).explanation().contains("make, concession"), s.get(0).explanation());
        assertEquals("agree", Words.stem("agreed"));
        assertEquals(Words.stem("ceasing"), Words.stem("ceased"));
    }

    @Test
    void praiseAgainstFailureFromTwoSidesIsFraming() {
        List<Signal> s = signals.between(claim(1, "I think the call went very well", "White House"),
                claim(2, "Trump fails again to get Putin to accept a ceasefire on the call", "Press"));
        assertEquals(ContradictionKind.FRAMING, s.get(0).kind());
        assertTrue(signals.between(claim(1, "The talks covered energy as well as prisoners in this call", "White House"),
                claim(2, "Trump fails again to get a ceasefire on the call", "Press")).isEmpty(), "“as well as” praises nothing");
        assertTrue(signals.between(claim(1, "Putin isn't willing to make any concessions on the call", "Kremlin readout"),
                claim(2, "Trump fails again to get a ceasefire on the call", "Press")).stream().noneMatch(x -> x.kind() == ContradictionKind.FRAMING),
                "a denied concession is no praise");
    }

    @Test
    void pairsAreFoundWithoutComparingEveryClaimAndDismissedPairsStayAway() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        List<ClaimFacts> claims = List.of(claim(1, "Putin and Trump had an hour-long phone conversation", "Press"),
                claim(2, "I just finished a two-hour call with Russian President Vladimir Putin", "White House"),
                claim(3, "The weather in Moscow was mild and sunny", "Press"));
        List<ContradictionSuggestion> found = suggester.suggest(claims, Set.of());
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).claimA());
        assertEquals(2, found.get(0).claimB());
        assertTrue(suggester.suggest(claims, Set.of(ContradictionSuggester.key(2, 1))).isEmpty());
    }

    @Test
    void claimsAboutDifferentEventsRankBelowTheSameEvent() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        ClaimFacts a = new ClaimFacts(1, 1, "an hour-long call", "Press", "call of 3 July");
        ClaimFacts b = new ClaimFacts(2, 2, "a two-hour call", "White House", "call of 3 July");
        ClaimFacts c = new ClaimFacts(3, 3, "a two-hour call", "White House", "call of 19 May");
        assertTrue(suggester.score(a, b).orElseThrow().sameEvent());
        assertTrue(suggester.score(a, b).orElseThrow().score() > suggester.score(a, c).orElseThrow().score());
        assertTrue(suggester.score(a, c).orElseThrow().explanation().contains("different events"));
    }

    @Test
    void oppositeWordsFromTwoSourcesAreFoundAndANegatedWordIsNotItsOpposite() {
        List<Signal> s = signals.between(claim(1, "Trump, on the other hand, pushed for an immediate ceasefire.", "Press"),
                claim(2, "criticized Trump's passive approach, which he said gives Russia room for further military action", "Europe"));
        assertEquals("opposite words", s.get(0).name());
        assertTrue(s.get(0).explanation().contains("“pushed for” against “passive”"), s.get(0).explanation());
        List<Signal> impact = signals.between(claim(1, "the Tomahawk would not have a major impact on the battlefield", "Kremlin readout"),
                claim(2, "all dangerous talk about a potentially game-changing U.S. supply of weapons", "Press"));
        assertTrue(impact.stream().anyMatch(x -> x.explanation().contains("“game-changing” against “not have a major impact”")), impact.toString());
        assertTrue(signals.between(claim(1, "Russia is willing to work on a memorandum", "Kremlin readout"),
                claim(2, "Russia is willing to talk", "Press")).isEmpty(), "the same side twice is no contradiction");
        assertTrue(signals.between(claim(1, "Trump pushed for an immediate ceasefire", "Press"),
                claim(2, "the passive approach of the allies", "Press")).isEmpty(), "one source is not set against itself by a word");
    }

    @Test
    void wordsEveryWarReportHasDoNotMakeADenialOfTheSameThing() {
        assertTrue(signals.between(claim(1, "his success will help end the war", "White House"),
                claim(2, "Russia has always ruled out ending the war", "Press")).stream().noneMatch(x -> x.name().equals("polarity mismatch")));
    }

    private static ClaimFacts placed(long id, int start, String text, String lead, String source) {
        return new ClaimFacts(id, 7, start, start + text.length(), text, lead, source, "call of 19 May");
    }

    @Test
    void aClaimTheArticleOpposesToTheOneBeforeItIsSuggested() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        ClaimFacts steps = placed(1, 100, "he has taken significant steps", "that \"Putin has made some concessions\" and that \"", "White House");
        ClaimFacts show = placed(2, 148, "although most were announced in Riyadh", "icant steps\" in these talks, ", "Press");
        List<ContradictionSuggestion> found = suggester.suggest(List.of(steps, show), Set.of());
        assertEquals(1, found.size());
        assertTrue(found.get(0).signals().stream().anyMatch(x -> x.explanation().contains("“although” right after it")),
                found.get(0).explanation());

        ClaimFacts between = placed(3, 135, "in these talks", "ps", "Press");
        assertTrue(suggester.suggest(List.of(steps, between, show), Set.of()).stream()
                .noneMatch(x -> x.claimA() == 1 && x.claimB() == 2), "only the claim right before is opposed");
        ClaimFacts plain = placed(2, 148, "most have been held in Riyadh", "icant steps\" in these talks, ", "Press");
        assertTrue(suggester.suggest(List.of(steps, plain), Set.of()).isEmpty(), "no connective, no opposition");
    }
}
