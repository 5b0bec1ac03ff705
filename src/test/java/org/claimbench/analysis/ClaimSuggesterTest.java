package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimSuggesterTest {

    private final ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.defaults());

    private List<ClaimSuggestion> suggest(String text) {
        return suggester.suggest(1, text);
    }

    private static String quote(String text, ClaimSuggestion s) {
        return text.substring(s.span().start(), s.span().end());
    }

    @Test
    void aReportingVerbTiesTheStatementToItsSpeakerAndSource() {
        String text = "Yuri Ushakovquoted by Reuters, Putin stressed that Russia would not back down from its goals in Ukraine.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("Kremlin readout", s.source());
        assertTrue(s.reason().contains("“stressed”"), s.reason());
    }

    @Test
    void accordingToNamesTheSpeakerAndIsLeftOutOfTheClaim() {
        String text = "The two leaders talked for an hour about Iran and Ukraine, according to Reuters.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("Press", s.source());
        assertEquals("Reuters", s.speaker());
        assertEquals("The two leaders talked for an hour about Iran and Ukraine", quote(text, s));
    }

    @Test
    void aPronounRefersBackToTheLastSpeaker() {
        String text = "Peskov said the talks had been useful for both sides. He added that no date had been set for a meeting.";
        List<ClaimSuggestion> s = suggest(text);
        assertEquals(2, s.size());
        assertEquals("Dmitry Peskov", s.get(1).speaker());
        assertTrue(s.get(1).reason().contains("after a statement of Dmitry Peskov"), s.get(1).reason());
    }

    @Test
    void aQuotationOfSeveralSentencesBelongsToWhoeverItIsAttributedTo() {
        String text = "\"I just finished a two-hour call with Russian President Vladimir Putin. I think it went very well. "
                + "The tone and spirit of the conversation were excellent,\" Trump wrote on Truth Social.";
        List<ClaimSuggestion> s = suggest(text);
        assertEquals(3, s.size());
        s.forEach(x -> assertEquals("White House", x.source(), x.reason()));
    }

    @Test
    void boilerplateQuestionsAndUnattributedSpeechAreNotSuggested() {
        String text = "Skip to content\n\nWill Putin's call draw Trump closer to the Kremlin?\n\n3 min\n\n"
                + "We want to see results and we want them now.\n\nThe Kremlin has given no indication it is ready to compromise.";
        List<ClaimSuggestion> s = suggest(text);
        assertEquals(1, s.size());
        assertEquals("Press", s.get(0).source());
        assertFalse(s.get(0).reason().isBlank());
    }

    @Test
    void aHeadlineIsAClaimButALaterLineWithNoFullStopIsNot() {
        String text = "NEWS\n\nTrump fails to get Putin to accept a ceasefire\n\n"
                + "Russia has not accepted anything, not even a 30-day ceasefire.\n\n"
                + "Putin wants to help Trump win the election\n\n"
                + "Russia has rejected every proposal. Trump presented this Monday as a great success of American diplomacy";
        List<String> quotes = suggest(text).stream().map(x -> quote(text, x)).toList();
        assertEquals(List.of("Trump fails to get Putin to accept a ceasefire", "Russia has not accepted anything, not even a 30-day ceasefire."),
                quotes.subList(0, 2));
        assertFalse(quotes.contains("Putin wants to help Trump win the election"), quotes.toString());
        assertTrue(quotes.contains("Trump presented this Monday as a great success of American diplomacy"),
                "a paragraph's last sentence missing its full stop is still a claim: " + quotes);
    }

    @Test
    void aSentenceThatTurnsToAnotherSourceGivesAClaimToEach() {
        String text = "By the next day, the Kremlin accused Kyiv of violating the ceasefire concerning energy infrastructure, "
                + "despite Ukrainian President Volodymyr Zelensky not yet having been briefed on the call.";
        List<ClaimSuggestion> found = suggest(text);
        assertEquals(2, found.size(), found.toString());
        assertEquals("Kremlin readout", found.get(0).source());
        assertEquals("By the next day, the Kremlin accused Kyiv of violating the ceasefire concerning energy infrastructure", quote(text, found.get(0)));
        assertEquals("Press", found.get(1).source());
        assertTrue(quote(text, found.get(1)).startsWith("despite Ukrainian President"));
    }

    @Test
    void aTurnThatContinuesTheSameSpeakerOrSourceKeepsTheSentenceWhole() {
        String pronoun = "Ushakov added that a specific plan for a meeting had not been agreed upon, but they agreed to continue the dialogue.";
        assertEquals(1, suggest(pronoun).size(), "“but they …” goes on with Ushakov's account");
        String sameSource = "According to Reuters, Trump has again proposed a 30-day ceasefire, which Ukraine backed at talks in Saudi Arabia, "
                + "but Russia has rejected it until its terms are met.";
        List<ClaimSuggestion> found = suggest(sameSource);
        assertEquals(1, found.size(), found.toString());
        assertTrue(quote(sameSource, found.get(0)).contains("but Russia has rejected it until its terms are met"), quote(sameSource, found.get(0)));
    }
}
