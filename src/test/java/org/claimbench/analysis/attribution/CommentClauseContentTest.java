package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 20: a comment clause "as X noted" set between the subject and the rest of the main clause interrupts
 * it (Quirk et al. 1985, 15.53-15.55): the statement is the whole sentence, as around a report set between commas. Where
 * the part before the comment clause is a clause of its own, it stays the statement. Sentences written for this test.
 */
class CommentClauseContentTest {

    @Test
    void aCommentClauseAfterTheSubjectTakesTheWholeSentence() {
        // Before: no attribution (the subject alone before the clause was too short a statement).
        assertEquals(List.of("Ruiz | noted | The council, as Ruiz noted, has never met in August"),
                AttributionText.read("The council, as Ruiz noted, has never met in August."));
    }

    @Test
    void aCommentClauseAfterAClauseTakesThatClause() {
        assertEquals(List.of("Ruiz | noted | The council raised the fees"),
                AttributionText.read("The council raised the fees, as Ruiz noted, and the tenants left the island."));
    }
}
