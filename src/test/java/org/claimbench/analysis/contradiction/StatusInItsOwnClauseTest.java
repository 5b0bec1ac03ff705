package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A status word bears on the noun of its own clause: "agreed that a shorter season could be a first step" agrees to a
 * proposition, whose own predicate ("could be") is what it says of the season; the season is not what was agreed. So it
 * meets no "proposed a shorter season" as a status of the season. Sentences of our own.
 */
class StatusInItsOwnClauseTest {

    private static final String PROPOSED = "The league proposed a shorter season for the northern clubs";

    @Test
    void aStatusOfItsObjectMeetsTheOtherStatus() {
        List<Signal> s = between(claim(1, "The northern clubs agreed to a shorter season with the league", "Clubs"), claim(2, PROPOSED, "League"));
        assertTrue(names(s).contains("status"), s.toString());
    }

    @Test
    void aStatusOfAComplementClauseIsNoStatusOfItsNoun() {
        List<Signal> s = between(claim(1, "The northern clubs agreed that a shorter season could be the first step towards a deal", "Clubs"),
                claim(2, PROPOSED, "League"));
        assertFalse(names(s).contains("status"), s.toString());
        ClaimFeatures f = claim(3, "The owners agreed that the talks will continue next week", "Owners");
        assertTrue(f.statuses.stream().noneMatch(x -> x.target().equals("talk")), f.statuses.toString());
    }
}
