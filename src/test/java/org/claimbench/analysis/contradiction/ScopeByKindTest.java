package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Round 36: an act agreed on a thing in one account, on a narrower kind of it in the other (WordNet hyponymy). */
class ScopeByKindTest {

    @Test
    void aHaltAgreedOnAKindAgainstTheWholeClassIsAScopeConflict() {
        List<Signal> s = between(claim(1, "The two navies agreed a pause in their attacks on tankers in the gulf", "Coast guard"),
                claim(2, "The two navies agreed a pause in their attacks on vessels in the gulf", "Ministry"));
        assertTrue(names(s).contains("scope"), s.toString());
    }

    @Test
    void reportsOfActsDoneWithNoStatusUnrelatedThingsOrOneAccountAreNone() {
        List<Signal> done = between(claim(1, "Drones carried out attacks on tankers in the gulf", "Coast guard"),
                claim(2, "Drones carried out attacks on vessels in the gulf", "Ministry"));
        assertFalse(names(done).contains("scope"), "attacks on tankers are attacks on vessels: " + done);
        List<Signal> unrelated = between(claim(3, "The two navies agreed a pause in their attacks on tankers in the gulf", "Coast guard"),
                claim(4, "The two navies agreed a pause in their attacks on airports in the gulf", "Ministry"));
        assertFalse(names(unrelated).contains("scope"), unrelated.toString());
        List<Signal> one = between(claim(5, "The two navies agreed a pause in their attacks on tankers in the gulf", "Ministry"),
                claim(6, "The two navies agreed a pause in their attacks on vessels in the gulf", "Ministry"));
        assertFalse(names(one).contains("scope"), one.toString());
    }
}
