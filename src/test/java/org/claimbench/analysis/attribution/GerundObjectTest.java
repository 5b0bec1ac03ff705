package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 22: a gerund-participle clause right after a cue verb of speaking is its object, what was proposed or
 * called for ("proposed raising the fees", "called for closing the pier"; Quirk et al. 1985, 16.38-16.40), as it already was
 * after other cue verbs ("remembered queuing"). Sentences written for this test, with the case to leave alone.
 */
class GerundObjectTest {

    @Test
    void aGerundClauseAfterAVerbOfSpeakingIsWhatWasSaid() {
        assertEquals(List.of("Ruiz | proposed | raising the harbour fees for large trawlers"),
                AttributionText.read("Ruiz proposed raising the harbour fees for large trawlers."));
        assertEquals(List.of("mayor | called for | immediately closing the old pier before winter"),
                AttributionText.read("The mayor has also called for immediately closing the old pier before winter."));
    }

    @Test
    void aGerundAsTheReportedClausesSubjectStaysPartOfTheClause() {
        assertEquals(List.of("Ruiz | said | raising the fees would hurt the fishing crews"),
                AttributionText.read("Ruiz said raising the fees would hurt the fishing crews."));
    }
}
