package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 55, round attr55: after an opening "In" + a poll or a survey, what a count of respondents said is the inquiry's finding
 * ({@link InquiryFindings#ofCounts}); a person's report there stays the person's. Sentences and names written for this test.
 */
class CountedRespondentsTest {

    @Test
    void aCountOfRespondentsReportsThePollsFinding() {
        assertEquals(List.of("Harbour Gazette poll | In | 58 percent said the ferry should stay public"),
                AttributionText.read("In a Harbour Gazette poll released on Monday, 58 percent said the ferry should stay public."));
        assertEquals(List.of("Velmont Radio poll | In | 31 percent of the islanders told pollsters that the tolls were too high"),
                AttributionText.read("In the Velmont Radio poll, 31 percent of the islanders told pollsters that the tolls were too high."));
    }

    @Test
    void aPersonsReportAfterAnInquiryStaysThePersons() {
        assertEquals(List.of("Ana Ruiz | said | the numbers were wrong"),
                AttributionText.read("In the Harbour Gazette poll, Ana Ruiz said that the numbers were wrong."));
        assertEquals(List.of("mayor | said | the ferry should stay public"),
                AttributionText.read("In an interview on Monday, the mayor said the ferry should stay public."));
    }
}
