package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 21: a quotation that closes a clause begun before it, and the reporting clause after the quotation
 * ("The islanders are fans of “Harbour Lights,” Okafor said."): the content is the whole clause, partly quoted, as PARC 3.0
 * annotates a mixed quotation. Sentences written for this test, with the cases to leave alone.
 */
class MixedQuotationBeforeReportTest {

    @Test
    void aQuotationClosingAClauseBegunBeforeItGivesTheWholeClause() {
        assertEquals(List.of("Okafor | said | The ferry will run “all winter long,”"),
                AttributionText.read("The ferry will run “all winter long,” Okafor said."));
        // Two quoted words alone were too short a statement: the sentence had no attribution.
        assertEquals(List.of("Okafor | said | The islanders are big fans of “Harbour Lights,”"),
                AttributionText.read("The islanders are big fans of “Harbour Lights,” Okafor said."));
    }

    @Test
    void aQuotationFramedAsAWholeKeepsItsOwnWords() {
        // After a colon, after a comma, after a verb of saying, and opening the sentence, the quotation is the content.
        assertEquals(List.of("he | said | The pier is safe"), AttributionText.read("His verdict: “The pier is safe,” he said."));
        assertEquals(List.of("Okafor | said | It is safe"), AttributionText.read("Asked about the pier, “It is safe,” Okafor said."));
        assertEquals(List.of("Okafor | said | the pier is safe"), AttributionText.read("Okafor said “the pier is safe,” she added."));
        assertEquals(List.of("Okafor | said | The pier is safe"), AttributionText.read("“The pier is safe,” Okafor said."));
    }
}
