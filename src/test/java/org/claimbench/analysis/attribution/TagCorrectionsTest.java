package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words the tagger reads wrongly where a cue or a source stands (VerbTags, NameTags), on sentences written for this test. */
class TagCorrectionsTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aCueVerbInTheThirdPersonReadAsANounAfterItsSubjectIsACue() {
        // The tagger reads "notes", "shows" and "charges" here as plural nouns.
        assertEquals(List.of("harbour master | notes | the ferry runs late in winter"), read("The harbour master notes that the ferry runs late in winter."));
        assertEquals(List.of("audit | shows | the fund lost money twice"), read("The audit shows that the fund lost money twice."));
        assertEquals(List.of("mayor | charges | the council hid the costs from voters"), read("The mayor charges that the council hid the costs from voters."));
    }

    @Test
    void aPluralCueVerbReadAsANounAfterAPluralSubjectIsACue() {
        assertEquals(List.of("Tenants | insist | the depot must close"), read("Tenants insist the depot must close."));
        assertEquals(List.of("council | plans | to sell the depot"), read("The council plans to sell the depot."));
    }

    @Test
    void aCapitalisedWordReadAsOtherBeforeItsVerbIsAName() {
        // Round 21: "Sanders" read as X (no other class) before "told": the sentence had no source and went to the outlet.
        assertEquals(List.of("Sanders | told | nobody would question the ferry plan"),
                read("Heading into the first debate in 10 days, Sanders told reporters that nobody would question the ferry plan."));
    }

    @Test
    void aCueNounAfterAPossessiveStaysANoun() {
        // "plans" after "Moreau’s" opens a noun phrase: the sentence is the writer's, not Moreau's.
        assertEquals(List.of(), read("Moreau’s plans to sell the depot were dropped in May."));
    }

    @Test
    void aCueNounBeforeTheSentencesOwnVerbStaysItsSubject() {
        // The verb comes before "that": the plural noun is the subject of "suggested", not a cue of its own.
        assertEquals(List.of("Harbour reports | suggested | the depot had closed"), read("Harbour reports last week suggested that the depot had closed."));
    }

    @Test
    void aPluralNounThatOnlyLooksLikeACueStaysANoun() {
        // "attacks" after a noun, with no complement after it; "claims" after a possessive and before "of".
        assertEquals(List.of(), read("Night drone attacks on the depot continued for a week."));
        assertEquals(List.of("auditor | said | Ortega’s claims of a surplus were wrong"), read("Ortega’s claims of a surplus were wrong, the auditor said."));
    }

    @Test
    void aNameWithItsPossessiveReadAsAVerbIsAName() {
        // "Walsh’s" is read as one verb token before the quotation mark; the content runs on past it.
        assertEquals(List.of("Ortega | says | Walsh’s “new depot is a folly, even for him.”"), read("Ortega says Walsh’s “new depot is a folly, even for him.”"));
    }

    @Test
    void aCueVerbTheLemmatizerReadsAsNoEnglishVerbIsFoundByItsNextReading() {
        // OpenNLP's lemmatizer gives "shoute" and "reckone" and leaves "doubted" and "alleging" as they stand; WordNet has no such verb.
        assertEquals(List.of("ferry union | doubted | the new timetable would last"), read("The ferry union doubted that the new timetable would last."));
        assertEquals(List.of("Dock workers | shouted | the depot belongs to the town"), read("Dock workers shouted that the depot belongs to the town."));
        assertEquals(List.of("Grete Lund | reckoned | the levy would raise little"), read("Grete Lund reckoned that the levy would raise little."));
        assertEquals(List.of("two tenants | alleging | the landlord ignored the leak"),
                read("A suit was filed by two tenants alleging that the landlord ignored the leak."));
    }

    @Test
    void aVerbTheLemmatizerMisreadsStaysNoCueWhenNoneOfItsReadingsIsOne() {
        // "pivoted" is read as "pivote", then "pivot": WordNet knows the verb, the cue lexicon does not.
        assertEquals(List.of(), read("The ferry company pivoted to freight after the bridge opened."));
    }
}
