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

    private List<String> quotes(String text) {
        return suggest(text).stream().map(x -> quote(text, x)).toList();
    }

    @Test
    void insideALongQuotationAContinuationIsNotAClaimOfItsOwn() {
        String text = "\"We are ready to talk to both sides. The sanctions will stay in place until the attacks stop. But it takes two for that. "
                + "Now they manufacture shells and drones. Russia must stop the attacks first,\" Vance said on Friday.";
        List<String> found = quotes(text);
        assertTrue(found.contains("The sanctions will stay in place until the attacks stop."), found.toString());
        assertFalse(found.contains("But it takes two for that."), found.toString());
        assertFalse(found.contains("Now they manufacture shells and drones."), found.toString());
        assertTrue(found.stream().anyMatch(q -> q.startsWith("Russia must stop the attacks first")), "the closing sentence carries the attribution: " + found);
    }

    @Test
    void aWordInScareQuotesDoesNotMakeTheSentenceTheNamedPersonsStatement() {
        String scare = "Putin, whom he likes to call a \"partner\" in public, once again proposed new projects for both countries.";
        assertEquals("Press", suggest(scare).get(0).source(), "one quoted word is the outlet's irony, not Putin's statement");
        String quoted = "Putin began the call by congratulating his counterpart on the \"successful passage\" of the tax bill in Congress.";
        assertEquals("Kremlin readout", suggest(quoted).get(0).source(), "two quoted words are his");
    }

    @Test
    void severalQuotationsReportedWithThatGiveAClaimEach() {
        String text = "In his account of the call, Putin said that \"a ceasefire with Ukraine is possible if the relevant agreements are reached\" "
                + "and that \"Russia and Ukraine must find compromises that suit both parties.\"";
        assertEquals(List.of("a ceasefire with Ukraine is possible if the relevant agreements are reached",
                "Russia and Ukraine must find compromises that suit both parties"), quotes(text));
        suggest(text).forEach(x -> assertEquals("Kremlin readout", x.source(), x.reason()));
        String one = "Putin said that \"a ceasefire with Ukraine is possible if the relevant agreements are reached\" at the end of the call.";
        assertEquals(1, suggest(one).size(), "one quotation: the sentence is the claim");
    }

    @Test
    void aQuotationInBracketsAfterANameIsThatPersonsClaim() {
        String text = "The warning was echoed on Friday by Secretary of State Marco Rubio (\"we have no more time to waste\") and others.";
        ClaimSuggestion rubio = suggest(text).stream().filter(x -> quote(text, x).equals("we have no more time to waste")).findFirst().orElseThrow();
        assertEquals("White House", rubio.source());
        assertTrue(rubio.reason().contains("in brackets"), rubio.reason());
    }

    @Test
    void theOutletsAsideInsideSomeoneElsesStatementIsAPressClaim() {
        String count = "In a new call this Thursday, the sixth in less than five months, Putin said he would not abandon his goals in Ukraine.";
        List<ClaimSuggestion> found = suggest(count);
        assertEquals(2, found.size(), found.toString());
        assertEquals("Kremlin readout", found.get(0).source());
        assertEquals("the sixth in less than five months", quote(count, found.get(1)));
        assertEquals("Press", found.get(1).source());

        String hedged = "Putin reiterated his requirements for a cease-fire during the call, which are likely unacceptable to Ukraine.";
        assertTrue(quotes(hedged).contains("which are likely unacceptable to Ukraine"), quotes(hedged).toString());
        String gloss = "Putin made it clear that he wants \"the elimination of the root causes of the conflict,\" that is, Kiev's virtual surrender.";
        assertTrue(quotes(gloss).contains("Kiev's virtual surrender"), quotes(gloss).toString());

        String own = "The two presidents spoke for an hour on Thursday, their sixth call in less than five months.";
        assertEquals(1, suggest(own).size(), "in the outlet's own sentence the count is part of its claim");
    }

    @Test
    void aSentenceThatRepeatsAnEarlierClaimOfTheSameSourceIsNotSuggestedAgain() {
        String text = "\"Russia and Ukraine will immediately begin negotiations for a ceasefire. Trade between both countries will follow soon after. "
                + "Negotiations between Russia and Ukraine will start immediately. Let it begin,\" Trump wrote.";
        List<String> found = quotes(text);
        assertFalse(found.contains("Negotiations between Russia and Ukraine will start immediately."), found.toString());
        String denied = text.replace("Negotiations between Russia and Ukraine will start immediately.",
                "Negotiations between Russia and Ukraine will not start immediately.");
        assertTrue(quotes(denied).contains("Negotiations between Russia and Ukraine will not start immediately."), "a denial is no repetition");
    }

    @Test
    void aParticipleReportsTheSubjectsStatement() {
        String text = "But now Trump is excited about his achievements in brokering a ceasefire in Gaza and freeing hostages, "
                + "saying that his success in the Middle East will help end the war between Russia and Ukraine.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("White House", s.source());
        assertTrue(quote(text, s).startsWith("saying that his success"), quote(text, s));
    }

    @Test
    void andBeforeASecondSpeakerSplitsTheSentence() {
        String text = "Ushakov stressed that this issue was one of the main points of the call, "
                + "and Putin expressed concern about escalating tensions between Israel and Iran.";
        assertEquals(List.of("this issue was one of the main points of the call",
                "Putin expressed concern about escalating tensions between Israel and Iran."), quotes(text));
        assertEquals(List.of("Yuri Ushakov", "Vladimir Putin"), suggest(text).stream().map(ClaimSuggestion::speaker).toList());
    }

    @Test
    void theSpeakerNamedAfterAClosingQuotationMarkIsTheOneWhoSpoke() {
        String text = "\"I am not sure that Vladimir Putin has a strategy to end the war effort,\" Vance pointed out.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("JD Vance", s.speaker());
        assertEquals("White House", s.source());
    }

    @Test
    void aNameWithTheVerbAfterACommaIsTheSpeakerWhateverIsNamedEarlier() {
        String late = "Putin and Trump had an hour-long phone conversation on Thursday, the White House said.";
        assertEquals("White House", suggest(late).get(0).source());
        String inside = "Ukrainian officials gathered in Washington said it was the Tomahawk discussion that forced Putin to talk.";
        assertEquals("Ukraine", suggest(inside).get(0).source(), "a place in the subject is not the speaker");
    }

    @Test
    void aVerbOfThoughtOrIntentionOrInARelativeClauseReportsNoStatement() {
        String hope = "This Friday, Volodymyr Zelensky hopes to convince Trump by phone not to postpone the planned shipments.";
        assertEquals("Press", suggest(hope).get(0).source(), "a hope to do something is the outlet's report of an intention");
        String relative = "The Russian president, who calls his counterpart a \"partner\" on the phone, is not willing to make any concessions.";
        assertEquals("Press", suggest(relative).get(0).source(), "the main clause is the outlet's");
        String trailing = "TASS quoted a Kremlin spokesman, Dmitry Peskov, who declined to give details of the conversation.";
        assertEquals("Kremlin readout", suggest(trailing).get(0).source());
    }

    @Test
    void theClaimIsTheStatementWithoutTheWordsThatAttributeIt() {
        assertEquals(List.of("the talks had been useful for both sides."), quotes("Peskov said the talks had been useful for both sides."));
        assertEquals(List.of("Kyiv was ready for a ceasefire."), quotes("Zelensky told reporters on Friday that Kyiv was ready for a ceasefire."));
        assertEquals(List.of("Putin and Trump had an hour-long phone conversation on Thursday"),
                quotes("Putin and Trump had an hour-long phone conversation on Thursday, the White House said."));
        assertEquals(List.of("Russia is willing to work on a memorandum with Ukraine"),
                quotes("\"Russia is willing to work on a memorandum with Ukraine,\" Putin said at the end of the meeting."));
        assertEquals(List.of("I just finished a two-hour call with Putin."),
                quotes("Trump wrote on Truth Social: \"I just finished a two-hour call with Putin.\""));
        assertEquals(List.of("it was the Tomahawk discussion that forced Putin to reopen talks."),
                quotes("Ukrainian officials gathered in Washington said it was the Tomahawk discussion that forced Putin to reopen talks."),
                "a “that” inside the statement does not start it");
        String act = "Putin praised Trump as a peacemaker in the Middle East and beyond.";
        assertEquals(List.of(act), quotes(act), "a verb with an object, not a statement: the whole sentence is the claim");
        String middle = "The call, Peskov said, lasted for more than two hours and was frank.";
        assertEquals(List.of(middle), quotes(middle), "an attribution in the middle leaves the sentence whole");
    }

    @Test
    void aReportingParticipleGivesItsSpeakerAClaimOfTheirOwn() {
        String text = "\"We will not do it anymore,\" Vance said bluntly, a message echoed by the White House spokesperson, "
                + "complaining about the president's frustration with both sides.";
        List<ClaimSuggestion> found = suggest(text);
        assertEquals(List.of("We will not do it anymore", "complaining about the president's frustration with both sides."),
                found.stream().map(x -> quote(text, x)).toList());
        assertEquals("White House", found.get(1).source());
    }

    @Test
    void aQuotationBelongsToWhoeverTheVerbAfterItNamesNotToSomeoneMentionedFurtherOn() {
        String text = "Vance said the trip had been a success for both countries. \"They should accept direct talks between them. "
                + "We think it will happen very soon,\" the vice president insisted, explaining that he had spoken with Trump.";
        List<ClaimSuggestion> found = suggest(text);
        ClaimSuggestion quoted = found.stream().filter(x -> quote(text, x).equals("They should accept direct talks between them.")).findFirst()
                .orElseThrow(() -> new AssertionError(quotes(text)));
        assertEquals("JD Vance", quoted.speaker(), quoted.reason());
        assertTrue(quotes(text).contains("We think it will happen very soon"), "the closing sentence without its marks and attribution");
    }

    @Test
    void theSpeakerIsTheOneNamedInTheVerbsOwnClause() {
        assertEquals("Yuri Ushakov", suggest("Kremlin aide Yuri Ushakov told reporters that the leaders agreed to keep in touch.").get(0).speaker());
        assertEquals("Ukraine", suggest("Trump and Putin talk for 90 minutes as Kyiv warns against \"a deal over our heads\"").get(0).source());
        assertEquals("Ursula von der Leyen", suggest("European Commission President Ursula von der Leyen said the EU would keep its sanctions.")
                .get(0).speaker());
        assertEquals("Donald Trump", suggest("Trump, after talking to Putin for an hour, said the call had gone very well.").get(0).speaker(),
                "a name set off by commas is not the subject");
        assertEquals("Kremlin readout", suggest("The Kremlin's summary of the call with President Trump indicates that Moscow has not shifted.")
                .get(0).source(), "someone spoken with is not the one who speaks");
        assertEquals("White House", suggest("Secretary of State Marco Rubio said the administration had no more time to waste.")
                .get(0).source(), "a title with “of” in it is still the speaker's");
    }

    @Test
    void anActReportedAccordingToSomeoneIsThatSourcesClaim() {
        String text = "According to Reuters, Trump has again proposed a 30-day ceasefire, which Ukraine backed at talks in Saudi Arabia.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("Reuters", s.speaker());
        assertEquals("Trump has again proposed a 30-day ceasefire, which Ukraine backed at talks in Saudi Arabia.", quote(text, s));
        String words = "According to The Guardian, von der Leyen warned that agreements without Ukraine could jeopardise its position.";
        assertEquals("Europe", suggest(words).get(0).source(), "a statement keeps its speaker whoever reports it");
    }

    @Test
    void inHisViewGivesTheLastSpeakersView() {
        String text = "Zelensky said on X that Putin's demands would weaken Ukraine. "
                + "In his view, conditions such as recognition of annexed territories are not acceptable.";
        ClaimSuggestion s = suggest(text).get(1);
        assertEquals("Volodymyr Zelensky", s.speaker(), s.reason());
        assertEquals("conditions such as recognition of annexed territories are not acceptable.", quote(text, s));
        assertEquals("Press", suggest("In his view, conditions such as recognition of annexed territories are not acceptable.").get(0).source(),
                "with no one named before, the view is the outlet's to report");
    }

    @Test
    void heMeansThePersonThePreviousSentenceWasAbout() {
        String text = "Trump, on the other hand, pushed for an immediate ceasefire. On Truth Social, he called the call excellent and productive.";
        List<ClaimSuggestion> found = suggest(text);
        assertEquals("Donald Trump", found.get(found.size() - 1).speaker(), found.get(found.size() - 1).reason());
    }

    @Test
    void aParticipleAfterAnAttributionGoesOnWithTheSameSpeaker() {
        String text = "\"Nothing about Ukraine without Ukraine,\" Sybiha wrote on X, adding that any pause must cover \"all infrastructure, not only energy.\"";
        List<ClaimSuggestion> found = suggest(text);
        assertEquals(List.of("Nothing about Ukraine without Ukraine", "adding that any pause must cover \"all infrastructure, not only energy.\""),
                found.stream().map(x -> quote(text, x)).toList());
        assertEquals("Andrii Sybiha", found.get(1).speaker());
        assertEquals(List.of("Putin was \"playing for time.\""), quotes("Merz warned that Putin was \"playing for time.\""),
                "a quotation inside the statement keeps both its marks");
    }

    @Test
    void theOutletsBackgroundSetAtAnotherTimeIsNotAMainAssertion() {
        assertTrue(quotes("Past agreements between Russia and Ukraine have involved refraining from energy strikes.").isEmpty());
        assertTrue(quotes("At the end of February, the Kremlin leader had already opened the door to joint mining projects.").isEmpty());
        assertEquals(1, quotes("The call came the day after the United States suspended some arms deliveries in July.").size(),
                "a sentence about the call is about the event, whatever its dates");
        assertEquals(1, quotes("Peskov said in February that the talks had stalled for good.").size(), "someone's statement is a claim");
        assertEquals(1, quotes("Russia has not accepted anything, not even a 30-day ceasefire.").size());
    }

    @Test
    void aSpeakersAccountNamesTheSpeaker() {
        String text = "In the Kremlin's account, the two leaders agreed to continue the dialogue at all levels.";
        ClaimSuggestion s = suggest(text).get(0);
        assertEquals("Kremlin readout", s.source());
        assertEquals("the two leaders agreed to continue the dialogue at all levels.", quote(text, s));
        assertTrue(s.reason().contains("account"), s.reason());
        assertEquals("Ukraine", suggest("Zelensky's version of the call differs on how long the pause on strikes should last.").get(0).source());
    }

    /** An article written for this test, in the way wire reports are written, not one of the samples. */
    @Test
    void anArticleTheRulesWereNotWrittenOnGetsItsClaimsAndSpeakers() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("unseen-article.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> found = suggest(text).stream().map(x -> x.source() + ": " + quote(text, x)).toList();
        assertEquals(List.of(
                "Press: Trump and Putin talk for 90 minutes as Kyiv warns against \"a deal over our heads\"",
                "White House: WASHINGTON — President Donald Trump spoke with Russian President Vladimir Putin for about 90 minutes on Tuesday",
                "Press: the first of their calls since the summer",
                "Kremlin readout: the two leaders had agreed to \"continue contacts at all levels\" and that Moscow was ready for a new round "
                        + "of talks in Istanbul.",
                "Kremlin readout: The conversation was frank and businesslike",
                "White House: Trump, writing on Truth Social, called the call \"very productive\" and said a ceasefire could come \"within weeks.\"",
                "White House: energy infrastructure would not be targeted for 30 days.",
                "Ukraine: Kyiv had not been consulted.",
                "Ukraine: Nothing about Ukraine without Ukraine",
                "Ukraine: adding that any pause must cover \"all infrastructure, not only energy.\"",
                "Europe: the EU would keep its sanctions in place",
                "Europe: Putin was \"playing for time.\""), found);
    }

    @Test
    void theHeadlineIsTheOutletsClaimWhoeverItQuotes() {
        String text = "Putin insists to Trump that he will not renounce Ukraine's surrender.\n\n"
                + "Peskov said the talks had been useful for both sides and would go on.";
        List<ClaimSuggestion> found = suggest(text);
        assertEquals("Press", found.get(0).source(), found.get(0).reason());
        assertEquals("Putin insists to Trump that he will not renounce Ukraine's surrender.", quote(text, found.get(0)));
        assertEquals("Kremlin readout", found.get(1).source());
        assertEquals("Kremlin readout", suggest("Peskov said the talks had been useful for both sides.").get(0).source(),
                "a text of one sentence has no headline");
        String lead = "MOSCOW - Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had been useful for both sides.\n\n"
                + "The two presidents spoke for an hour, the Kremlin said.";
        assertEquals("Kremlin readout", suggest(lead).get(0).source(), "a one-sentence lead paragraph is no headline");
    }
}
