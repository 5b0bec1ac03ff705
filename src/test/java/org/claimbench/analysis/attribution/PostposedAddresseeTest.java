package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 55, round attr55b: a reporting clause set after what it reports, whose verb of telling has only its addressee after
 * it ({@link PostposedAddressees}), reports the clause before it, not the addressee's name. Sentences and names written for
 * this test.
 */
class PostposedAddresseeTest {

    @Test
    void aNamedAddresseeAfterAPostposedReportIsNoContent() {
        assertEquals(List.of("Varn | told | The pier keeper was kind and careful"),
                AttributionText.read("The pier keeper was kind and careful, Varn told The Harlow Courier."));
        assertEquals(List.of("Lena Ruiz | told | The ferry will run until May"),
                AttributionText.read("The ferry will run until May, Lena Ruiz told Radio Dunmore Saturday."));
    }

    @Test
    void anAddresseeAndATimeAfterAPostposedReportIsNoContent() {
        assertEquals(List.of("Ruiz | told | The ferry will run until May"),
                AttributionText.read("The ferry will run until May, Ruiz told the harbour committee last week."));
    }

    @Test
    void aTellingVerbWithItsMessageAfterItKeepsIt() {
        // Not set after a clause: what follows the verb is its complement, whatever it is.
        assertEquals(List.of("Ruiz | told | the ferry will run until May"),
                AttributionText.read("Ruiz told the Harlow Courier the ferry will run until May."));
        assertEquals(List.of("mayor | told | a long story"),
                AttributionText.read("The mayor told a long story."));
        // A quotation that goes on in the next sentence is the same speaker's.
        assertEquals(List.of("Varn | told | We never missed a day", "Varn | told | The boats were always full"),
                AttributionText.read("“We never missed a day,” Varn told The Harlow Courier. “The boats were always full.”"));
    }
}
