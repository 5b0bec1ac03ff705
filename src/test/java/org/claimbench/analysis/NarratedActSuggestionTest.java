package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.speakers.SpeakerTable;
import org.junit.jupiter.api.Test;

/**
 * A narrated act is suggested as the outlet's claim with its actor kept, and the speaker table's mapping of that actor does not
 * make it the actor's (attribution round 34); sentences written for this test.
 */
class NarratedActSuggestionTest {

    private static final String TEXT = "Ferry fares to rise in spring\n\n"
            + "Port director Ines Aalto said that the night ferry would stop in May. "
            + "Aalto accepted a two-year freeze on the harbour fees.";

    private static ClaimSuggestion about(List<ClaimSuggestion> all, String words) {
        return all.stream().filter(s -> TEXT.substring(s.span().start(), s.span().end()).contains(words)).findFirst().orElseThrow();
    }

    @Test
    void anActTheOutletNarratesIsThePresssWithItsActor() {
        List<ClaimSuggestion> all = new ClaimSuggester(new SpeakerTable(List.of())).suggest(1, TEXT);
        ClaimSuggestion act = about(all, "two-year freeze");
        assertEquals(ClaimSuggestion.Kind.NARRATED, act.kind());
        assertEquals(Optional.of("Press"), act.source());
        assertEquals("Ines Aalto", act.speaker(), "the actor is kept");
        assertEquals("Aalto", TEXT.substring(act.sourceSpan().orElseThrow().start(), act.sourceSpan().orElseThrow().end()));
        assertEquals("The outlet's account of what Ines Aalto did (“accepted”): the claim is the outlet's.", act.reason());
        ClaimSuggestion said = about(all, "night ferry");
        assertEquals(ClaimSuggestion.Kind.STATEMENT, said.kind());
        assertEquals(Optional.empty(), said.source(), "her statement waits for her source");
    }

    @Test
    void theSpeakerTablesSourceForTheActorLeavesTheNarratedActWithThePress() {
        List<ClaimSuggestion> all = new ClaimSuggester(new SpeakerTable(List.of())).suggest(1, TEXT);
        ClaimSuggester knowing = new ClaimSuggester(new SpeakerTable(List.of(new SpeakerTable.Entry("Ines Aalto", "Port authority",
                List.of("Ines Aalto", "Aalto"), true))));
        ClaimSuggestion act = knowing.mapped(about(all, "two-year freeze"), TEXT);
        assertEquals(Optional.of("Press"), act.source());
        assertEquals(ClaimSuggestion.Kind.NARRATED, act.kind());
        assertEquals("The outlet's account of what Ines Aalto did (“accepted”): the claim is the outlet's.", act.reason());
        assertEquals(Optional.of("Port authority"), knowing.mapped(about(all, "night ferry"), TEXT).source(), "her statement follows the table");
    }
}
