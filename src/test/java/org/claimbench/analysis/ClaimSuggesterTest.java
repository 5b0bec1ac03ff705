package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.speakers.SpeakerTable;
import org.junit.jupiter.api.Test;

/** Claim suggestions: attributions mapped to sources, and the outlet's own assertions, on texts written for the test. */
class ClaimSuggesterTest {

    private final ClaimSuggester suggester = new ClaimSuggester(new SpeakerTable(List.of(
            new SpeakerTable.Entry("Ines Aalto", "Port authority", List.of("Aalto", "Ines Aalto"), true),
            new SpeakerTable.Entry("Fishermen's association", "Fishermen", List.of("the fishermen's association"), false))));

    private List<String> suggest(String text) {
        return suggester.suggest(1, text).stream().map(s -> s.sourceName() + " / " + s.speaker() + ": " + text.substring(s.span().start(), s.span().end()))
                .toList();
    }

    @Test
    void anAttributedStatementGoesToItsSpeakersSourceWithTheSpeakerTablesName() {
        String text = "Port director Aalto said the harbour would close in May.";
        ClaimSuggestion s = suggester.suggest(1, text).get(0);
        assertEquals(Optional.of("Port authority"), s.source());
        assertEquals("Ines Aalto", s.speaker());
        assertEquals("Port director Aalto", text.substring(s.sourceSpan().orElseThrow().start(), s.sourceSpan().orElseThrow().end()));
        assertTrue(s.reason().contains("“said”") && s.reason().contains("Ines Aalto speaks for Port authority"), s.reason());
    }

    @Test
    void aSpeakerTheTableDoesNotKnowKeepsTheirNameAndHasNoSourceNeverThePress() {
        String text = "Ferry captain Odd Lien said the northern quay was too shallow.";
        ClaimSuggestion s = suggester.suggest(1, text).get(0);
        assertEquals("Odd Lien", s.speaker());
        assertEquals(Optional.empty(), s.source());
        assertEquals(ClaimSuggestion.UNASSIGNED, s.sourceName());
        assertTrue(!s.byOutlet());
    }

    @Test
    void theOutletsOwnAssertionIsAPressClaimAndSoIsTheHeadline() {
        String text = "Harbour traffic doubles after bridge closure\n\nHarbour traffic has doubled since the bridge closed in April.";
        assertEquals(List.of("Press / the outlet: Harbour traffic doubles after bridge closure",
                "Press / the outlet: Harbour traffic has doubled since the bridge closed in April."), suggest(text));
    }

    @Test
    void questionsSpeechWithNoOneNamedAndLinesWithoutAFullStopAreNoClaims() {
        String text = "Harbour traffic doubles after bridge closure\n\nWill the ferries keep running through the winter?\n\n"
                + "We will not give up the northern quay without a fight.\n\n“Nobody asked the fishermen about any of this.”\n\n"
                + "Photo by the harbour office archive staff\n\nThe bridge reopens in October.";
        assertEquals(List.of("Press / the outlet: Harbour traffic doubles after bridge closure", "Press / the outlet: The bridge reopens in October."),
                suggest(text));
    }

    @Test
    void aDenialsClaimCarriesItsCueSoThatItSaysWhatTheSpeakerSays() {
        // The content alone ("the ferry had been sold") would read as the union's own assertion of the sale; with its subject
        // (round 39) the claim is a clause, not a verb phrase with no one doing it ("denied that …").
        assertEquals(List.of("Unassigned / dockers' union: The dockers' union denied that the ferry had been sold to the city"),
                suggest("The dockers' union denied that the ferry had been sold to the city."));
        // The verb group goes with it: auxiliaries and adverbs before the cue.
        assertEquals(List.of("Unassigned / harbour board: The harbour board has flatly rejected claims that the quay is unsafe"),
                suggest("The harbour board has flatly rejected claims that the quay is unsafe."));
    }

    @Test
    void aDenialWhoseSubjectStandsBeforeAVerbOfItsOwnStartsAtItsVerbGroup() {
        // The subject and the cue's verb group are parted by a clause with a verb of its own: no clause to take whole.
        String text = "The board member Lund, having read the report twice, has flatly rejected the new survey of the quay.";
        assertEquals(List.of("has flatly rejected the new survey of the quay"),
                suggester.suggest(1, text).stream().map(c -> text.substring(c.span().start(), c.span().end())).toList());
    }

    @Test
    void theOutletsAccountOfAnActIsTheClauseFromItsSubjectNotTheObjectAlone() {
        // Round 39: "Berg the town's help in rebuilding the pier" (the indirect object and the object, no verb) said nothing a
        // reader could check; the outlet asserts that Ruiz offered it.
        assertEquals(List.of("Press / Ruiz: Ruiz offered Berg the town's help in rebuilding the pier"),
                suggest("Ruiz offered Berg the town's help in rebuilding the pier."));
        assertEquals(List.of("Press / Ortega: Ortega, who chairs the harbour board, accepted a freeze on the mooring fees"),
                suggest("Ortega, who chairs the harbour board, accepted a freeze on the mooring fees."));
        // "how much" is the degree of "demands", no word of its subject; the article goes with the subject.
        assertEquals(List.of("Press / council: the council demands a freeze on the fees"),
                suggest("The ferry line will not cut its fares, no matter how much the council demands a freeze on the fees.").stream()
                        .filter(c -> c.contains("demands")).toList());
        // A statement keeps its content span: what the speaker says, without "Aalto said".
        assertEquals(List.of("Port authority / Ines Aalto: the night ferry would stop in May"),
                suggest("Aalto said that the night ferry would stop in May."));
    }

    @Test
    void aStatementWhoseContentIsNoClauseIsTheReportingClauseWithItsSubject() {
        // Round 40 (attr48): a noun or prepositional phrase, an infinitive, a gerund, or an object with its complement after a
        // verb of calling says nothing a reader can check alone; the claim is the reporting clause with its subject.
        assertEquals(List.of("Port authority / Ines Aalto: Aalto called for a freeze on the mooring fees"),
                suggest("Aalto called for a freeze on the mooring fees."));
        assertEquals(List.of("Port authority / Ines Aalto: Aalto called the harbour talks \"fruitless\""),
                suggest("Aalto called the harbour talks \"fruitless\"."));
        assertEquals(List.of("Port authority / Ines Aalto: Aalto expressed concern about the cracked pier"),
                suggest("Aalto expressed concern about the cracked pier."));
        assertEquals(List.of("Port authority / Ines Aalto: Aalto claimed to have read the quay survey twice"),
                suggest("Aalto claimed to have read the quay survey twice."));
        // A participle clause with its subject earlier in the sentence starts at its verb.
        String participle = "The harbour master Ines Aalto closed the ferry office on Monday, calling for calm on the northern quay.";
        assertEquals(List.of("calling for calm on the northern quay"), suggester.suggest(1, participle).stream()
                .filter(c -> c.kind() == ClaimSuggestion.Kind.STATEMENT).map(c -> participle.substring(c.span().start(), c.span().end())).toList());
        // A finite clause stays the content alone, with or without "that", and so does a direct quotation.
        assertEquals(List.of("Port authority / Ines Aalto: the northern quay would reopen by June"),
                suggest("Aalto said the northern quay would reopen by June."));
        assertEquals(List.of("Port authority / Ines Aalto: The quay reopens in June"),
                suggest("Aalto said, “The quay reopens in June.”"));
        // The attribution's content span, which PolNeAR's evaluation measures, stays the phrase.
        String text = "Aalto called for a freeze on the mooring fees.";
        ClaimSuggestion s = suggester.suggest(1, text).get(0);
        assertEquals("a freeze on the mooring fees", text.substring(s.content().start(), s.content().end()));
    }

    @Test
    void aPhraseReportedUnderAModalIsNoClaim() {
        // "may call for": no act on record, so no claim; the same report without the modal is one.
        assertEquals(List.of(), suggest("The harbour board may call for a freeze on the mooring fees."));
        assertEquals(List.of("Unassigned / harbour board: The harbour board called for a freeze on the mooring fees"),
                suggest("The harbour board called for a freeze on the mooring fees."));
    }

    @Test
    void otherCuesAndADenialAfterItsQuotationKeepTheContentSpan() {
        assertEquals(List.of("Unassigned / dockers' union: the ferry had been sold to the city"),
                suggest("The dockers' union said that the ferry had been sold to the city."));
        assertEquals(List.of("Unassigned / dockers' union: We sold nothing"),
                suggest("“We sold nothing,” the dockers' union denied."));
    }

    @Test
    void aSentenceThatAttributesIsNotAlsoTheOutletsOwn() {
        String text = "The harbour will close in May, Aalto said.";
        assertEquals(List.of("Port authority / Ines Aalto: The harbour will close in May"), suggest(text));
    }

    @Test
    void remappingWithAnotherTableGivesTheSourceAtOnceWithoutReadingTheTextAgain() {
        String text = "Ferry captain Odd Lien said the northern quay was too shallow.";
        ClaimSuggestion before = suggester.suggest(1, text).get(0);
        ClaimSuggester after = new ClaimSuggester(new SpeakerTable(List.of(new SpeakerTable.Entry("Odd Lien", "Fishermen", List.of("Odd Lien"), true))));
        ClaimSuggestion mapped = after.mapped(before, text);
        assertEquals(Optional.of("Fishermen"), mapped.source());
        assertEquals(before.span(), mapped.span());
        assertTrue(mapped.reason().contains("Odd Lien speaks for Fishermen"), mapped.reason());
    }

    @Test
    void aWireDatelineWithASpacedHyphenIsNoPartOfTheClaim() {
        String text = "OSLO (Reuters) - The ferry talks will resume next week, the harbour board said.\n\n"
                + "TROMSO, Norway, March 3 (Reuters) - The northern quay stays shut until May, port officials said.\n\n"
                + "Well-known skippers - and their crews - stayed ashore, the guild said.";
        List<String> found = new ClaimSuggester(SpeakerTable.defaults()).suggest(1, text).stream()
                .map(x -> text.substring(x.span().start(), x.span().end())).toList();
        assertTrue(found.contains("The ferry talks will resume next week"), found.toString());
        assertTrue(found.contains("The northern quay stays shut until May"), found.toString());
        assertTrue(found.contains("Well-known skippers - and their crews - stayed ashore"), "no dateline, nothing cut: " + found);
    }

    @Test
    void aSpacedHyphenAfterAnAcronymInsideTheSentenceIsNoDateline() {
        // A dateline opens with its place in capitals and holds only names, a date and the agency before its dash; an
        // acronym inside an ordinary sentence, then a range or an aside set off by spaced hyphens, is no dateline.
        String text = "The EU budget for 2031 - 2035 will shrink, the treasurer said.\n\n"
                + "Talks at the WTO - held behind closed doors - will fail, the envoy said.\n\n"
                + "UN inspectors - all of them engineers - found the dam sound, the ministry said.";
        List<String> found = new ClaimSuggester(SpeakerTable.defaults()).suggest(1, text).stream()
                .map(x -> text.substring(x.span().start(), x.span().end())).toList();
        assertTrue(found.contains("The EU budget for 2031 - 2035 will shrink"), found.toString());
        assertTrue(found.contains("Talks at the WTO - held behind closed doors - will fail"), found.toString());
        assertTrue(found.contains("UN inspectors - all of them engineers - found the dam sound"), found.toString());
    }

    /**
     * A wire-style article written for this test (unseen-article.txt): what a careful reader marks
     * as claims, and who made each; the dateline is no part of the White House's claim.
     */
    @Test
    void anUnseenArticleGivesEachSpeakersClaimsToTheirSource() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("unseen-article.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> found = new ClaimSuggester(SpeakerTable.defaults()).suggest(1, text).stream()
                .map(x -> x.sourceName() + ": " + text.substring(x.span().start(), x.span().end())).toList();
        assertEquals(List.of(
                // The headline's "Kyiv warns against …" is Kyiv's attribution (a cue verb and its subject), as PolNeAR marks it.
                "Ukraine: a deal over our heads",
                "White House: President Donald Trump spoke with Russian President Vladimir Putin for about 90 minutes on Tuesday",
                "Kremlin readout: the two leaders had agreed to \"continue contacts at all levels\"",
                "Kremlin readout: Moscow was ready for a new round of talks in Istanbul",
                "Kremlin readout: The conversation was frank and businesslike",
                // The object and its complement of a verb of calling are no clause (round 40): the claim carries the verb; its
                // subject stands before an aside with a verb of its own ("Trump, writing on …,"), so it starts at the verb.
                "White House: called the call \"very productive\"",
                "White House: a ceasefire could come \"within weeks.\"",
                "White House: energy infrastructure would not be targeted for 30 days",
                "Ukraine: Kyiv had not been consulted",
                "Ukraine: Nothing about Ukraine without Ukraine",
                "Ukraine: any pause must cover \"all infrastructure, not only energy.\"",
                "Press: The Kremlin has made similar promises before and broken them within days, and the pause announced in March lasted barely a week.",
                "Europe: the EU would keep its sanctions in place",
                "Europe: Putin was \"playing for time.\""), found);
    }
}
