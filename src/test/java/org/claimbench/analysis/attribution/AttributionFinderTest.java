package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule of attribution on sentences written for this test, with the case it must leave alone. */
class AttributionFinderTest {

    private final AttributionFinder finder = new AttributionFinder();

    /** An attribution as text: "speaker | cue | content". */
    private List<String> read(String text) {
        return finder.find(text).stream().map(a -> a.speaker() + " | " + text.substring(a.cue().start(), a.cue().end()) + " | "
                + text.substring(a.content().start(), a.content().end())).toList();
    }

    private Attribution only(String text) {
        List<Attribution> found = finder.find(text);
        assertEquals(1, found.size(), read(text).toString());
        return found.get(0);
    }

    private static String covered(String text, org.claimbench.domain.TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void aReportingVerbGivesItsComplementWithOrWithoutThat() {
        assertEquals(List.of("Tomas Berg | said | the bridge would close in April"), read("Tomas Berg said that the bridge would close in April."));
        assertEquals(List.of("Tomas Berg | said | the bridge would close in April"), read("Tomas Berg said the bridge would close in April."));
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read("Tomas Berg said on Monday that the piers were cracking."));
    }

    @Test
    void aVerbOfTellingSkipsItsAddressee() {
        assertEquals(List.of("Tomas Berg | told | the piers were cracking"), read("Tomas Berg told reporters that the piers were cracking."));
        assertEquals(List.of("Tomas Berg | warned | the piers were cracking"), read("Tomas Berg warned the council the piers were cracking."));
    }

    @Test
    void aCueWithNothingToReportIsNoAttributionNorIsAnInfinitiveOrAPassive() {
        assertEquals(List.of(), read("Tomas Berg said on Monday."));
        assertEquals(List.of(), read("The council had nothing to say about the bridge."));
        assertEquals(List.of(), read("The engineers were told the piers were cracking."));
    }

    @Test
    void anAttributionAfterItsContentClosesIt() {
        String text = "The bridge will close in April, the city engineer said.";
        Attribution a = only(text);
        assertEquals("The bridge will close in April", covered(text, a.content()));
        assertEquals("the city engineer", covered(text, a.source().orElseThrow()));
        assertEquals(List.of("Tomas Berg | said | The bridge will close in April"), read("The bridge will close in April, said Tomas Berg."));
    }

    @Test
    void aClauseSetBeforeTheMainOneIsNotWhatTheSpeakerSaid() {
        assertEquals(List.of(), read("When the engineers left the site, a neighbour shouted."));
        assertEquals(List.of(), read("In a letter on Friday, the engineers said."));
    }

    @Test
    void aQuotationOfSeveralSentencesIsOneContentAndItsMarksStayOut() {
        String text = "“The piers are cracking. We cannot wait another winter,” Tomas Berg said.";
        Attribution a = only(text);
        assertEquals("The piers are cracking. We cannot wait another winter", covered(text, a.content()));
        assertEquals(Attribution.Kind.DIRECT, a.kind());
    }

    @Test
    void aSpeakerInsideTheQuotationJoinsItsTwoParts() {
        String text = "“The piers are cracking,” Tomas Berg said, “and we cannot wait another winter.”";
        assertEquals("The piers are cracking,” Tomas Berg said, “and we cannot wait another winter", covered(text, only(text).content()));
    }

    @Test
    void theQuotationOpeningTheNextSentenceGoesOnWithTheSameSpeaker() {
        String text = "“The piers are cracking,” Tomas Berg said. “We cannot wait another winter.”\n\nThe council meets on Friday.";
        assertEquals("The piers are cracking,” Tomas Berg said. “We cannot wait another winter", covered(text, only(text).content()));
    }

    @Test
    void aQuotationOverParagraphsIsOneContent() {
        String text = "Tomas Berg said: “The piers are cracking and the deck is sagging.\n\n“We cannot wait another winter.”\n\nThe council met.";
        Attribution a = only(text);
        assertEquals("The piers are cracking and the deck is sagging.\n\n“We cannot wait another winter", covered(text, a.content()));
    }

    @Test
    void aParagraphThatOnlyQuotesGoesOnWithTheSpeakerRightBeforeIt() {
        String text = "“The piers are cracking,” Tomas Berg said.\n\n“Nobody has inspected them for eleven years.”\n\nThe council met.";
        List<String> found = read(text);
        assertEquals(List.of("Tomas Berg | said | The piers are cracking", "Tomas Berg | said | Nobody has inspected them for eleven years"), found);
        String indirect = "Tomas Berg said the piers were cracking.\n\n“Nobody has inspected them for eleven years.”";
        assertEquals(2, read(indirect).size(), "a quotation right after someone's reported words is theirs, as news writes it: " + read(indirect));
        String later = "Tomas Berg said the piers were cracking. The council met on Friday.\n\n“Nobody has inspected them for eleven years.”";
        assertEquals(1, read(later).size(), "a sentence between them breaks the thread: " + read(later));
    }

    @Test
    void theQuotedPersonsOwnReportingVerbsArePartOfTheirWords() {
        String text = "“I told the council that the piers were cracking,” Tomas Berg said.";
        assertEquals(List.of("Tomas Berg | said | I told the council that the piers were cracking"), read(text));
    }

    @Test
    void quotationMarksTypedInMixedStylesStillOpenAndClose() {
        String text = "“The piers are cracking and the deck is sagging,\" Tomas Berg said.";
        assertEquals(List.of("Tomas Berg | said | The piers are cracking and the deck is sagging"), read(text));
        String doubled = "''The piers are cracking and the deck is sagging,'' Tomas Berg said.";
        assertEquals(List.of("Tomas Berg | said | The piers are cracking and the deck is sagging"), read(doubled));
    }

    @Test
    void aReportingParticipleGivesItsClauseToTheSentencesSubject() {
        String text = "The union criticized the plan, saying it would cost two hundred jobs.";
        assertEquals(List.of("union | criticized | the plan", "union | saying | it would cost two hundred jobs"), read(text));
    }

    @Test
    void saidThatAAndThatBIsTwoClaims() {
        String text = "Tomas Berg said that the piers were cracking and that the deck needed new steel.";
        assertEquals(List.of("Tomas Berg | said | the piers were cracking", "Tomas Berg | said | the deck needed new steel"), read(text));
        String one = "Tomas Berg said that the piers and the deck needed new steel.";
        assertEquals(1, read(one).size());
    }

    @Test
    void accordingToGivesTheRestOfTheSentenceOnEitherSide() {
        assertEquals(List.of("ministry | According to | exports fell by a tenth in March"), read("According to the ministry, exports fell by a tenth in March."));
        assertEquals(List.of("ministry | according to | Exports fell by a tenth in March"), read("Exports fell by a tenth in March, according to the ministry."));
        assertEquals(List.of("Lena Ortiz | according to | it is an issue for the council"),
                read("However, according to the mayor's adviser, Lena Ortiz, it is an issue for the council."));
    }

    @Test
    void theSourceIsTheNounPhraseInTheCuesOwnClause() {
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read("Tomas Berg, the city engineer, said the piers were cracking."));
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read("The mayor's adviser, Tomas Berg, said the piers were cracking."));
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"),
                read("Tomas Berg, who inspected the bridge on Monday, said the piers were cracking."));
        assertEquals(List.of("Transport Ministry | said | the piers were cracking"), read("The Transport Ministry said the piers were cracking."));
        assertEquals(List.of("Two engineers | said | the piers were cracking"), read("Two engineers said the piers were cracking."));
        assertEquals(List.of("Tomas Berg | said | the work would end in May"),
                read("Tomas Berg visited the site and said the work would end in May."));
    }

    @Test
    void aPronounOrATitleIsTheNearestFittingEarlierMention() {
        String he = "Tomas Berg inspected the bridge on Monday. He said the piers were cracking.";
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read(he));
        String they = "Local officials said the road was safe. They added that repairs would start in June.";
        assertEquals(List.of("Local officials | said | the road was safe", "Local officials | added | repairs would start in June"), read(they));
        String title = "President Ana Ruiz visited the site on Tuesday. The president said the repairs were urgent.";
        assertEquals(List.of("Ana Ruiz | said | the repairs were urgent"), read(title));
        String surname = "Tomas Berg said the piers were cracking. Later, Berg added that the work would take a year.";
        assertEquals(List.of("Tomas Berg | said | the piers were cracking", "Tomas Berg | added | the work would take a year"), read(surname));
    }

    @Test
    void aLineOpeningWithANameAndAColonGivesTheNamesWords() {
        String text = "Berg: Bridge repairs cannot wait another winter\n\nThe council meets on Friday.";
        assertEquals(List.of("Berg | : | Bridge repairs cannot wait another winter"), read(text));
        assertEquals(List.of(), read("Update: the council meets on Friday at noon\n\nNothing else changed."));
    }

    @Test
    void aCueIsFoundByItsLemmaWhateverItsForm() {
        assertTrue(read("The inspectors have insisted that the piers were cracking.").get(0).contains("insisted"));
        assertTrue(read("The inspectors are insisting that the piers are cracking.").get(0).contains("insisting"));
        assertTrue(read("The inspectors insist that the piers are cracking.").get(0).contains("insist"));
    }

    @Test
    void aVerbOfJudgingOrShowingTakesWhatItIsAboutButAVerbOfSayingTakesOnlyAClause() {
        assertEquals(List.of("council | discussed | the new harbour fees"), read("The council discussed the new harbour fees."));
        assertEquals(List.of("Tomas Berg | joked | about moving the bridge"), read("Tomas Berg joked about moving the bridge."));
        assertEquals(List.of(), read("Tomas Berg said Monday."));
        assertEquals(List.of(), read("Tomas Berg spoke in the town hall."));
    }

    @Test
    void aSubjectIsFoundAcrossAnInsertedAccordingToOrAPrepositionalPhrase() {
        assertEquals(List.of("Tomas Berg | criticized | the council's delay"), read("Tomas Berg according to the Gazette criticized the council's delay."));
        assertEquals(List.of("Local engineers | said | the piers were cracking"),
                read("Local engineers gathered in Salem said the piers were cracking."));
    }

    @Test
    void aParticipleAfterTheMainClauseBelongsToItsSubjectEvenAfterACopula() {
        String text = "Ana Ruiz is pleased with the repairs, saying that the bridge will reopen in October.";
        assertEquals(List.of("Ana Ruiz | saying | the bridge will reopen in October"), read(text));
    }

    @Test
    void aNameWithParticlesIsOneName() {
        assertEquals(List.of("Ursula van der Berg | said | the bridge would reopen"), read("Ursula van der Berg said the bridge would reopen."));
        assertEquals(List.of("van der Berg | warned | the piers were cracking"), read("Later, van der Berg warned that the piers were cracking."));
    }
}
