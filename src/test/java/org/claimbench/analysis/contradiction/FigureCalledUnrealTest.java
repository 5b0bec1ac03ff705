package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A figure one account gives, called unreal by an idiom of falsity in the other (FigureCalledUnreal). */
class FigureCalledUnrealTest {

    private static final String LEASED = "The governor said the Talvik harbour would be leased to the Orrin consortium for 40 years";
    private static final String UNREAL = "The harbour belongs to the province; a lease for 40 years, its council says, bears no relation to reality.";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().startsWith("denial:figure-unreal"));
    }

    @Test
    void aFigureCalledUnrealAgainstTheSameFigureStatedIsAConflictBothWays() {
        List<Signal> s = between(claim(1, LEASED, "Governor"), claim(2, UNREAL, "Province"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“40 years” said to have “no relation to reality” in one account, "
                + "“40 years” stated in the other: one side denies the figure the other gives.")), s.toString());
        assertTrue(fires(between(claim(3, UNREAL, "Province"), claim(4, LEASED, "Governor"))));
        // "has no basis in fact", the same figure in other words around it.
        assertTrue(fires(between(claim(5, "The Orrin consortium will hold the Talvik harbour for 40 years, the governor said", "Governor"),
                claim(6, "The story that the harbour is leased for 40 years, the council said, has no basis in fact", "Province"))));
    }

    @Test
    void anotherFigureAFigureOutsideThePhraseDeniedOrOneAccountIsNone() {
        // The figures differ: the other account's figure is not the one denied.
        assertFalse(fires(between(claim(1, "The governor said the Talvik harbour would be leased to the Orrin consortium for 25 years",
                "Governor"), claim(2, UNREAL, "Province"))));
        // No idiom of falsity: a figure repeated is no denial.
        assertFalse(fires(between(claim(3, LEASED, "Governor"),
                claim(4, "The harbour belongs to the province, and the lease of 40 years must be approved by its council.", "Province"))));
        // The figure stands after the idiom, in another sentence: it is not what is called unreal.
        assertFalse(fires(between(claim(5, LEASED, "Governor"),
                claim(6, "His account bears no relation to reality. The province will decide within 40 years.", "Province"))));
        // One source's own two claims are one account.
        assertFalse(fires(between(claim(7, LEASED, "Province"), claim(8, UNREAL, "Province"))));
    }
}
