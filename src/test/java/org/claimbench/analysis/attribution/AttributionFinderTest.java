package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule of attribution on sentences written for this test, with the case it must leave alone. */
class AttributionFinderTest {

    private final AttributionFinder finder = new AttributionFinder();

    private static List<String> read(String text) {
        return AttributionText.read(text);
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
        assertEquals(List.of("Lena Ortiz | According to | the quay will reopen in June"),
                read("According to a spokeswoman for the port, Lena Ortiz, the quay will reopen in June."));
    }

    @Test
    void theSourceIsTheNounPhraseInTheCuesOwnClause() {
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read("Tomas Berg, the city engineer, said the piers were cracking."));
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"), read("The mayor's adviser, Tomas Berg, said the piers were cracking."));
        assertEquals(List.of("Tomas Berg | said | the piers were cracking"),
                read("Tomas Berg, who inspected the bridge on Monday, said the piers were cracking."));
        assertEquals(List.of("Transport Ministry | said | the piers were cracking"), read("The Transport Ministry said the piers were cracking."));
        // A restrictive relative clause (no commas) between the subject and the cue: its head noun speaks.
        assertEquals(List.of("Engineers | said | the piers were cracking"),
                read("Engineers who asked not to be named said the piers were cracking."));
        assertEquals(List.of("Two inspectors | said | the piers were cracking"),
                read("Two inspectors who walked the bridge on Monday said the piers were cracking."));
        // "that" after a noun with no verb of its own before the cue opens no relative clause.
        assertEquals(List.of("Transport Ministry | said | the piers were cracking"), read("The Transport Ministry said that the piers were cracking."));
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

    @Test
    void anInfinitiveAfterAVerbOfPromisingOrIntendingIsWhatTheSpeakerCommitsTo() {
        assertEquals(List.of("Tomas Berg | promised | to reopen the bridge before the winter"),
                read("Tomas Berg promised to reopen the bridge before the winter."));
        assertEquals(List.of("harbour board | seeks | to raise the mooring fees by a third"),
                read("The harbour board seeks to raise the mooring fees by a third."));
        assertEquals(List.of(), read("Tomas Berg walked to the bridge before the winter."), "no cue, no infinitive content");
        assertEquals(List.of(), read("Tomas Berg talked to the engineers on the bridge."), "“to” before a noun is no infinitive");
    }

    @Test
    void aClauseAfterAPlaceOrATimeIsTheContentAndSoIsAGerundSubject() {
        assertEquals(List.of("Port Authority | said | it would appeal the ruling"),
                read("The Port Authority said in a statement on Thursday night it would appeal the ruling."));
        assertEquals(List.of("Tomas Berg | said | selling the old ferry has been a mistake"),
                read("Tomas Berg said selling the old ferry has been a mistake."));
        assertEquals(List.of(), read("Tomas Berg said in a statement on Thursday."));
    }

    @Test
    void aGerundIsWhatAVerbOfRememberingOrAdmittingIsAbout() {
        assertEquals(List.of("Ana Ruiz | recalled | sitting on the harbour wall as a child"),
                read("Ana Ruiz recalled sitting on the harbour wall as a child."));
    }

    @Test
    void aFrontedClauseWithItsMainClauseIsTheStatementButAFrontedClauseAloneIsNot() {
        assertEquals(List.of("Ana Ruiz | said | If the tide rises, the lower road will flood"),
                read("If the tide rises, the lower road will flood, Ana Ruiz said."));
        assertEquals(List.of(), read("When the tide rose, a fisherman shouted."));
    }

    @Test
    void anAttributionInAClauseOfAsGivesTheMainClause() {
        assertEquals(List.of("Harbour Gazette | noted | the council spent twice its budget on the pier"),
                read("As the Harbour Gazette noted, the council spent twice its budget on the pier."));
        assertEquals(List.of("Harbour Gazette | noted | The council spent twice its budget on the pier"),
                read("The council spent twice its budget on the pier, as the Harbour Gazette noted."));
        assertEquals(List.of(), read("As the tide rose, the council met on the pier."));
    }

    @Test
    void aSourceKeepsItsBracketsAndItsAsidesBetweenCommasOrDashes() {
        String bracketed = "Sen. Ana Ruiz (D-Ore.) said the pier would reopen in May.";
        Attribution a = only(bracketed);
        assertEquals("Ana Ruiz", a.speaker());
        assertEquals("Sen. Ana Ruiz (D-Ore.)", covered(bracketed, a.source().orElseThrow()));
        assertEquals(List.of("Ana Ruiz | said | the pier would reopen in May"), read("Sen. Ana Ruiz (D-Ore.), said the pier would reopen in May."));
        assertEquals(List.of("Tomas Berg | told | the pier would reopen in May"),
                read("Tomas Berg — after a long pause — told reporters the pier would reopen in May."));
        // A hyphen standing alone between spaces is a dash typed on a keyboard without one: the same aside.
        assertEquals(List.of("Tomas Berg | told | the pier would reopen in May"),
                read("Tomas Berg - after a long pause - told reporters the pier would reopen in May."));
        assertEquals(List.of("Tomas Berg | said | the pier would reopen in May"),
                read("Tomas Berg, an engineer who has inspected every bridge and pier along the northern coast for the last twenty years, "
                        + "said the pier would reopen in May."));
    }

    @Test
    void aHyphenatedNameIsOneName() {
        assertEquals(List.of("Ana Ruiz-Berg | noted | the pier would reopen in May"), read("Ana Ruiz-Berg noted that the pier would reopen in May."));
    }

    @Test
    void madeItClearIsACueOfTwoWordsAfterTheVerb() {
        assertEquals(List.of("Tomas Berg | made it clear | the pier would not reopen before May"),
                read("Tomas Berg made it clear that the pier would not reopen before May."));
        assertEquals(List.of(), read("Tomas Berg made it to the pier before May."));
    }

    @Test
    void theSubjectOfIsSaidToIsWhoSpoke() {
        assertEquals(List.of("Tomas Berg | warned | the pier was unsafe"),
                read("Tomas Berg is said to have warned the council that the pier was unsafe."));
        assertEquals(List.of("engineers | told | the pier was unsafe"),
                read("The engineers were reported to have told the council that the pier was unsafe."));
        assertEquals(List.of(), read("Tomas Berg is expected to visit the pier in May."));
    }

    @Test
    void aGerundAfterWhileOrByBelongsToTheSubjectOfItsClause() {
        List<String> found = read("Tomas Berg kept his objections while hoping that the pier would reopen in May.");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Tomas Berg | hoping | "), found.toString());
    }

    @Test
    void theVicePresidentIsNotThePresident() {
        String text = "President Ana Ruiz and Vice President Tomas Berg visited the pier. The vice president said the pier would reopen in May.";
        assertEquals(List.of("Tomas Berg | said | the pier would reopen in May"), read(text));
        String other = "President Ana Ruiz and Vice President Tomas Berg visited the pier. The president said the pier would reopen in May.";
        assertEquals(List.of("Ana Ruiz | said | the pier would reopen in May"), read(other));
    }

    @Test
    void aPossessiveWrittenApartNamesWhoseAccountItIs() {
        String text = "Ana Ruiz ’s office said the pier would reopen in May.";
        assertEquals("Ana Ruiz", only(text).speaker());
    }

    @Test
    void aCapitalisedWordTaggedAsAPronounThatIsNoPronounIsAName() {
        assertEquals(List.of("Weaver | says | the ferry will stop in June"), read("Weaver says the ferry will stop in June."));
    }

    @Test
    void aTimeBetweenTheSubjectAndItsCueIsNoSource() {
        assertEquals(List.of("Tomas Berg | announced | the pier would reopen in May"),
                read("Tomas Berg on Friday announced that the pier would reopen in May."));
        assertEquals(List.of("council | said | the ferry would stop in June"), read("The council this week said the ferry would stop in June."));
        assertEquals(List.of("Figures | suggest | rents rose by a third"),
                read("Figures quoted last week by the Harbour Gazette suggest that rents rose by a third."));
        assertEquals(List.of("Ana Ruiz | called | the plan “reckless”"), read("Ana Ruiz, the harbour master, on Tuesday called the plan “reckless”."));
        assertEquals(List.of("Ana Ruiz | declared | the pier unsafe"), read("Mayor Ana Ruiz in 1990 declared the pier unsafe."));
    }

    @Test
    void aParticipleQualifyingANounIsNoCue() {
        assertEquals(List.of(), read("The proposed bridge will cost twice as much as the ferry."));
        assertEquals(List.of(), read("The sixth widely known plan since May was dropped."));
        assertEquals(List.of("council | proposed | changes to the ferry timetable"), read("The council proposed changes to the ferry timetable."));
    }

    @Test
    void aPartOfAGroupAndThePeopleAParticipleDescribesAreSources() {
        String text = "Most of them said the rent was too high.";
        assertEquals("Most of them", covered(text, only(text).source().orElseThrow()));
        assertEquals(List.of("Those surveyed | said | the ferry was late too often"), read("Those surveyed said the ferry was late too often."));
        // A negative quantifier says that they did not: nobody is the source of that statement.
        assertEquals(List.of(), read("None of them said the rent was too high."));
        assertEquals(List.of(), read("Few of them said the ferry was late."));
    }
}
