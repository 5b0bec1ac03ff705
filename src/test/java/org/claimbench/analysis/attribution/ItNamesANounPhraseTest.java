package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A source "it" refers back to the nearest definite singular noun phrase of an organisation or a document that is a subject
 * ({@link NounPhraseAntecedents}); a person, a plural, or another subject standing between leave it as written. Sentences
 * written for this test.
 */
class ItNamesANounPhraseTest {

    @Test
    void itStandsForACommitteeNamedBefore() {
        List<String> read = AttributionText.read("The budget committee met behind closed doors on Tuesday. "
                + "It said that the ferry fares would rise in May.");
        assertEquals("budget committee | said | the ferry fares would rise in May", read.get(read.size() - 1));
    }

    @Test
    void itStandsForAReportNamedBefore() {
        List<String> read = AttributionText.read("The annual report was published on Friday. "
                + "It found that the harbour had overspent by four million crowns.");
        assertEquals("annual report | found | the harbour had overspent by four million crowns", read.get(read.size() - 1));
    }

    @Test
    void itTakesTheNearerNounPhraseOverAnOrganisationsNameFurtherBack() {
        List<String> read = AttributionText.read("The Port Authority asked the audit committee for a review of the fees, "
                + "and the committee agreed. It said that the fees had been set too high.");
        assertEquals("committee | said | the fees had been set too high", read.get(read.size() - 1));
    }

    @Test
    void aPersonIsNoAntecedentOfIt() {
        List<String> read = AttributionText.read("The harbour master spoke to the crews on Tuesday. "
                + "It said that the ferry fares would rise in May.");
        assertEquals("It | said | the ferry fares would rise in May", read.get(read.size() - 1));
    }

    @Test
    void aPluralIsNoAntecedentOfIt() {
        List<String> read = AttributionText.read("The committees met behind closed doors on Tuesday. "
                + "It said that the ferry fares would rise in May.");
        assertEquals("It | said | the ferry fares would rise in May", read.get(read.size() - 1));
    }

    @Test
    void aCollectiveTakenAsPluralIsNoAntecedentOfIt() {
        List<String> read = AttributionText.read("The ferry crew were angry about the new rota. "
                + "It said that the ferry fares would rise in May.");
        assertEquals("It | said | the ferry fares would rise in May", read.get(read.size() - 1));
    }

    @Test
    void aNounPhraseInsideSomeoneElsesQuotationIsNoAntecedentOfIt() {
        List<String> read = AttributionText.read("The harbour board met on Monday. \"Only a few know where the planning team is going,\" "
                + "it added.");
        // Without the quotation check the planning team was taken. The quoted clause's own subject stands between the board and "it", so "it" stays.
        assertEquals("it | added | Only a few know where the planning team is going", read.get(read.size() - 1));
    }
}
