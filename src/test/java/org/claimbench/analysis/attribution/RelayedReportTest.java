package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 50: a report of speech that another source relays ("according to X", "X reported", "X quoted") is the inner
 * speaker's claim, as PARC 3.0 nests it (Pareti 2016): the outlet or agency only passes it on. One attribution is left, with
 * the inner source; the relaying one gives way. What the relaying source says beyond the inner report (a clause coordinated
 * after it, a main clause before it), a belief it reports, what a count of people said (a poll's finding), a question, and "according to X" set
 * between a subject and its verb are as before. Sentences written
 * for this test.
 */
class RelayedReportTest {

    @Test
    void aReportOfSayingOpenedOrClosedByAccordingToIsTheInnerSpeakers() {
        // Before: "Gazette | According to | Ruiz warned that the ferry fares would double", the inner report dropped.
        assertEquals(List.of("Ruiz | warned | the ferry fares would double"),
                AttributionText.read("According to the Gazette, Ruiz warned that the ferry fares would double."));
        assertEquals(List.of("Ruiz | said | the fees would rise before the summer"),
                AttributionText.read("Ruiz said the fees would rise before the summer, according to the Gazette."));
    }

    @Test
    void aReportingClauseThatAnAgencyReportsIsTheSpeakersAlone() {
        // Before: the agency's attribution of "The quota will fall by a third, Brekke said" beside Brekke's, whose content ran
        // on over ", the Nordic Press Agency reported".
        assertEquals(List.of("Brekke | said | The quota will fall by a third next year"),
                AttributionText.read("The quota will fall by a third next year, Brekke said, the Nordic Press Agency reported."));
    }

    @Test
    void whatTheRelayingSourceSaysBeyondTheInnerReportStaysItsOwn() {
        assertEquals(List.of("Post | According to | Ruiz proposed a new levy on cruise ships, but the board has refused to discuss it"),
                AttributionText.read("According to the Post, Ruiz proposed a new levy on cruise ships, but the board has refused to discuss it."));
        assertEquals(List.of("Gazette | According to | the pier closed in May after Ruiz said the piles were rotten"),
                AttributionText.read("According to the Gazette, the pier closed in May after Ruiz said the piles were rotten."));
        assertEquals(List.of("poll | according to | Most islanders believe the pier should close"),
                AttributionText.read("Most islanders believe the pier should close, according to a poll released Thursday."));
        assertEquals(List.of("Berg | criticized | the harbour board's plan"),
                AttributionText.byCue("Berg, according to the Gazette, criticized the harbour board's plan.", "criticized"));
    }

    @Test
    void aCountOfPeopleOrAQuestionIsNoStatementToPassOn() {
        assertEquals(List.of("harbour survey | According to | 51 percent of islanders said they would use the ferry"),
                AttributionText.read("According to a harbour survey, 51 percent of islanders said they would use the ferry."));
        assertEquals("Berg | According to | Ruiz asked him if the pier could wait until spring",
                AttributionText.read("According to Berg, Ruiz asked him if the pier could wait until spring.").get(0));
    }

    @Test
    void aSpeakerWhoReportsAnotherKeepsBothReports() {
        // "say" passes on no report as a relay does: the clerk's statement and Berg's stand side by side (as before).
        assertEquals(2, AttributionText.read("The clerk said Berg told the board that the pier was unsafe.").size());
    }
}
