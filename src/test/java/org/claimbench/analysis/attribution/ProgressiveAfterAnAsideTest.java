package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a cue in -ing after a finite auxiliary is a progressive, the verb of its own clause, so the
 * subject before an aside set off by commas speaks ("The mayor, who spoke at …, is pledging to …"); only an -ing form
 * with no finite auxiliary before it is a participle clause hanging on the clause before (Quirk et al. 1985, 3.54,
 * 14.5). Sentences written for this test, each with the case to leave alone.
 */
class ProgressiveAfterAnAsideTest {

    @Test
    void aProgressiveCueAfterARelativeClauseSetOffTakesTheSubjectBeforeIt() {
        // Before: no attribution (the relative clause's "who" was taken for the subject of a participle clause).
        assertEquals(List.of("mayor | pledging | to keep the harbour open"),
                AttributionText.read("The mayor, who spoke at a rally on the pier, is pledging to keep the harbour open."));
        // The same cue with no aside before it, as before.
        assertEquals(List.of("mayor | pledging | to keep the harbour open"),
                AttributionText.read("The mayor is pledging to keep the harbour open."));
    }

    @Test
    void aProgressiveCueAfterAParticipleSetOffTakesTheSubjectBeforeIt() {
        // Before: no attribution (the participle "speaking" was read as the clause the cue hangs on).
        assertEquals(List.of("Ana Ruiz | arguing | the harbour will close"),
                AttributionText.read("Ana Ruiz, speaking at a rally on the pier, has been arguing that the harbour will close."));
        // A participle clause with no auxiliary still hangs on the clause before it.
        assertEquals(List.of("council | saying | the harbour will close"),
                AttributionText.read("The council met late on Monday, saying that the harbour will close."));
    }
}
