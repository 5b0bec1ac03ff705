package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The noun a count counts: the head of its noun phrase, after any premodifier (a nationality adjective among them). */
class CountedNounTest {

    private static String head(String text) {
        List<Quantity> q = new QuantityReader().read(text);
        assertEquals(1, q.size(), text + " → " + q);
        return q.get(0).head();
    }

    private static boolean mismatch(String one, String other) {
        return names(between(claim(1, one, "Valley council"), claim(2, other, "Press"))).contains("numeric mismatch");
    }

    @Test
    void aPluralNounAfterANationalityAdjectiveIsTheHeadCounted() {
        assertEquals("farmer", head("the army freed 300 Norvian farmers on Tuesday"));
        assertEquals("trawler", head("the coastguard held three Dutch trawlers"));
    }

    @Test
    void aCountOfPeopleByTheirNationalityIsNoCountOfPrisonersOfThatNationality() {
        assertFalse(mismatch("A medic at the Lorr clinic says seven Norvians have been killed by the shelling",
                "In return, the Kaldish side released nearly 1,500 Norvian prisoners"));
    }

    @Test
    void twoCountsOfOneKindOfPrisonerStillDisagree() {
        assertTrue(mismatch("The Kaldish side released 1,500 Norvian prisoners on Monday",
                "The Kaldish side released 300 Norvian prisoners on Monday"));
    }
}
