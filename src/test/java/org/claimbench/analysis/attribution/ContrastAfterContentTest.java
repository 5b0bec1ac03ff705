package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 52, round attr53: a that-clause content ends before ", but" and a clause with a subject of its own, the writer's
 * (as PolNeAR annotates it); ", but that …", a second that-clause, stays in the content. Sentences written for this test.
 */
class ContrastAfterContentTest {

    @Test
    void theContentEndsBeforeButAndANewClause() {
        assertEquals(List.of("harbour master | said | the pier was safe"),
                AttributionText.read("The harbour master said that the pier was safe, but the wardens closed it on Sunday."));
    }

    @Test
    void aPartlyQuotedContentEndsBeforeButAndANewClause() {
        assertEquals(List.of("envoy | welcomes | talks will open soon,\" perhaps in Geneva", "Dorvania | says | a truce is possible"),
                AttributionText.read("The envoy welcomes that \"talks will open soon,\" perhaps in Geneva, but Dorvania avoids promises and says"
                        + " that \"a truce is possible.\""));
    }

    @Test
    void aSecondThatClauseAfterButStaysInTheContent() {
        assertEquals(List.of("harbour master | said | the pier was safe, but that the wardens closed it on Sunday"),
                AttributionText.read("The harbour master said that the pier was safe, but that the wardens closed it on Sunday."));
    }
}
