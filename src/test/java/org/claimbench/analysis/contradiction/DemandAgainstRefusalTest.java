package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 38 (stop 47): one side's condition or goal against the other side's refusal of the same thing (a newcomer's two samples
 * about one call offered none of these pairs). Sentences of our own.
 */
class DemandAgainstRefusalTest {

    private static boolean refused(String demanding, String demandingSource, String refusing, String refusingSource) {
        List<Signal> signals = between(claim(1, demanding, demandingSource), claim(2, refusing, refusingSource));
        return signals.stream().anyMatch(s -> s.name().equals(DemandAgainstRefusal.NAME));
    }

    private static List<String> heads(List<String> entries) {
        return entries.stream().map(Stances::head).toList();
    }

    @Test
    void whatOneSideInsistsOnAndWhatItRefusesAreRead() {
        Stances condition = claim(1, "The mayor is willing to keep negotiating, but only under conditions that include the closure of "
                + "the northern ferry line and a ban on night traffic", "City hall").stances;
        assertEquals(List.of("closure", "ban"), heads(condition.demanded()));
        assertEquals(List.of(), condition.refused());
        Stances rejected = claim(2, "Conditions such as the closure of the northern ferry line or higher fares are not acceptable",
                "Ferry union").stances;
        assertEquals(List.of("closure", "fare"), heads(rejected.refused()));
        assertEquals(List.of(), rejected.demanded());
        assertEquals(List.of("sale"), heads(claim(3, "The union is ready for talks, but not at the price of the sale of the cranes", "Union")
                .stances.refused()));
        assertEquals(List.of("sale"), heads(claim(4, "The board will not renounce the sale of the cranes", "Board").stances.demanded()));
        // Denied requirements require nothing; a renunciation not denied holds nothing.
        assertEquals(Stances.NONE, claim(5, "The mayor will meet the union with no conditions on the closure of the ferry line", "City hall").stances);
        assertEquals(Stances.NONE, claim(6, "The board renounced the sale of the cranes", "Board").stances);
    }

    @Test
    void aConditionAgainstItsRefusalIsAConflict() {
        assertTrue(refused("The mayor is willing to keep negotiating, but only under conditions that include the closure of the "
                + "northern ferry line", "City hall", "In the union's view, conditions such as the closure of the northern ferry line "
                + "are not acceptable", "Ferry union"));
        assertTrue(refused("The union has insisted on civilian ferries for the transfer of the workers", "Ferry union",
                "The board refused civilian ferries for the transfer of the workers", "Ferry board"));
        assertTrue(refused("The union demands a recount of the strike ballot at the northern depot", "Ferry union",
                "The board rejected a recount of the strike ballot at the northern depot", "Ferry board"));
    }

    @Test
    void aGoalAgainstItsRefusalIsAConflict() {
        assertTrue(refused("The board will not renounce the sale of the harbour cranes", "Harbour board",
                "The dockers are ready for talks, but not at the price of the sale of the harbour cranes", "Dockers' union"));
        assertTrue(refused("The board said its main objective is the sale of the harbour cranes", "Harbour board",
                "The dockers called the sale of the harbour cranes unacceptable", "Dockers' union"));
    }

    @Test
    void anotherThingOneSourceOrNoDemandIsNone() {
        // The refusal is of another thing of the same line: fares, not its closure.
        assertFalse(refused("The mayor is willing to keep negotiating, but only under conditions that include the closure of the "
                + "northern ferry line", "City hall", "Higher fares on the northern ferry line are not acceptable", "Ferry union"));
        // Two kinds of one thing: civilian ferries insisted on, military ferries refused.
        assertFalse(refused("The union has insisted on civilian ferries for the transfer of the workers", "Ferry union",
                "The board refused military ferries for the transfer of the workers", "Ferry board"));
        // Terms consented to are accepted, not insisted on (an account of agreeing against a refusal is a denial's matter).
        assertEquals(List.of(), claim(7, "The union agreed to all of the board's terms, including the closure of the northern ferry line",
                "Ferry board").stances.demanded());
        // One source's condition and its refusal of something else in it are one position.
        assertFalse(refused("The union demands a recount of the strike ballot at the northern depot", "Ferry union",
                "The union rejected a recount of the strike ballot at the northern depot", "Ferry union"));
        // No requirement: a closure only mentioned.
        assertFalse(refused("The mayor said the closure of the northern ferry line was discussed at length", "City hall",
                "The closure of the northern ferry line is not acceptable", "Ferry union"));
        // A demand without conditions is none: "no conditions on the closure".
        assertFalse(refused("The mayor will meet the union with no conditions on the closure of the northern ferry line", "City hall",
                "The closure of the northern ferry line is not acceptable", "Ferry union"));
    }
}
