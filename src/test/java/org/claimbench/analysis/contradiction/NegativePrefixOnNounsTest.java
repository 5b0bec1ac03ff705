package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The negative in- (il-, im-, ir-) attaches to adjectives and adverbs (Quirk et al. 1985, App. I.20); a word the tagger reads
 * otherwise counts only when WordNet knows it as an adjective or an adverb, so a noun such as "immigrant" (in- of "into") is
 * no opposite of "migrant" (round 24 of issue 11). Sentences of our own.
 */
class NegativePrefixOnNounsTest {

    private static boolean opposites(ClaimFeatures a, ClaimFeatures b) {
        return between(a, b).stream().anyMatch(s -> s.reason().get().contains("opposite words for the same thing"));
    }

    @Test
    void immigrantsAreNoOppositeOfMigrants() {
        ClaimFeatures port = claim(1, "The port will now accept all illegal immigrants returned on navy ships without delay", "Port");
        ClaimFeatures ships = claim(2, "The ships, which carried about 80 migrants each, were held at the quay", "Press");
        assertFalse(opposites(port, ships), between(port, ships).toString());
        assertFalse(opposites(ships, port), "whichever comes first");
        assertFalse(port.oppositesByPrefix.contains("migrant"), port.oppositesByPrefix.toString());
    }

    @Test
    void aQuotedAdjectiveKeepsItsNegativePrefix() {
        ClaimFeatures quoted = claim(1, "The harbour talks were \"indirect\", the minister said", "Harbour");
        ClaimFeatures plain = claim(2, "The harbour talks were direct", "Dockers");
        assertTrue(opposites(quoted, plain), between(quoted, plain).toString());
    }

    @Test
    void theRuleReadsWordNetsPartOfSpeech() {
        assertNull(Lexicons.unprefixed("immigrant", false), "a noun of people");
        assertEquals("direct", Lexicons.unprefixed("indirect", false));
        assertEquals("legal", Lexicons.unprefixed("illegal", true));
        assertEquals("migrant", Lexicons.unprefixed("immigrant", true), "the tagger's adjective is believed");
    }
}
