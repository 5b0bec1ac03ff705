package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Fighting reported in one account, denied in other words in the other (HostileActDenied). */
class HostileActDeniedTest {

    private static final String ATTACKS = "The Veldran militia launched attacks on the border villages near Ostrava Pass overnight";
    private static final String NO_GUNFIRE = "No gunfire was heard in the border villages near Ostrava Pass overnight";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("denial:hostile-act"));
    }

    @Test
    void fightingReportedAgainstFightingDeniedInOtherWordsIsAConflictBothWays() {
        List<Signal> s = between(claim(1, ATTACKS, "Army"), claim(2, NO_GUNFIRE, "Militia"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“no … gunfire” in one claim, “attack” in the other: one account "
                + "reports an armed attack, the other denies that any fighting took place.")), s.toString());
        assertTrue(fires(between(claim(3, NO_GUNFIRE, "Militia"), claim(4, ATTACKS, "Army"))));
        // A verb of carrying out before the denied noun; a verb of fighting affirmed ("assaulted").
        assertTrue(fires(between(claim(5, "The militia has not launched any attacks on the border villages near Ostrava Pass", "Militia"),
                claim(6, "Army officers said the militia assaulted the border villages near Ostrava Pass", "Army"))));
    }

    @Test
    void aDenialOfSomethingElseFightingDeniedInBothOrOneAccountIsNone() {
        // The negation denies a plan; the attack is inside its complement.
        assertFalse(fires(between(claim(1, ATTACKS, "Army"),
                claim(2, "There is no plan for an attack on the border villages near Ostrava Pass", "Militia"))));
        // No fighting affirmed: both deny it.
        assertFalse(fires(between(claim(3, "The militia did not attack the border villages near Ostrava Pass overnight", "Army"),
                claim(4, NO_GUNFIRE, "Militia"))));
        // Fighting in the other claim that is no word of fighting ("fire" as a blaze).
        assertFalse(fires(between(claim(5, "A fire destroyed the market in the border villages near Ostrava Pass overnight", "Army"),
                claim(6, NO_GUNFIRE, "Militia"))));
        // One source's own two claims are one account.
        assertFalse(fires(between(claim(7, ATTACKS, "Militia"), claim(8, NO_GUNFIRE, "Militia"))));
    }
}
