package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A claim's features stored as bytes ({@link StoredFeatures}) read back as they were made, and trusted only when they are the
 * present code's for the claim as it is now: sentences of our own ({@link SignalBoundTest#SENTENCES}).
 */
class StoredFeaturesTest {

    private static final List<String> LEADS = List.of("", "However, ", "But the clerk said ");

    private static List<ClaimFacts> claims() {
        List<ClaimFacts> out = new ArrayList<>();
        long id = 1;
        for (int t = 0; t < SignalBoundTest.SENTENCES.size(); t++) {
            String text = SignalBoundTest.SENTENCES.get(t);
            String event = t % 5 == 0 ? "" : "The call of 4 June";
            List<String> keys = t % 3 == 0 ? List.of("day:2031-06-04") : List.of();
            out.add(new ClaimFacts(id++, t % 4, 10 * t, 10 * t + text.length(), text, LEADS.get(t % LEADS.size()), t % 2 == 0 ? "Union" : "Board",
                    event, keys, ClaimReading.read(text), null));
        }
        return out;
    }

    @Test
    void storedFeaturesReadBackScoreEveryPairAsTheClaimsReadAnew() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        List<ClaimFacts> facts = claims();
        List<ClaimFeatures> fresh = new ArrayList<>();
        List<ClaimFeatures> back = new ArrayList<>();
        for (ClaimFacts f : facts) {
            ClaimFeatures made = suggester.features(f);
            byte[] stored = StoredFeatures.encode(made);
            ClaimFeatures read = StoredFeatures.decode(f, stored);
            assertNotNull(read, f.text());
            // Every field written survives: the form read back writes the same bytes.
            assertArrayEquals(stored, StoredFeatures.encode(read), f.text());
            assertEquals(made.holds.bits, read.holds.bits, f.text());
            assertEquals(made.holds.words, read.holds.words, f.text());
            assertSame(made.mediation == Mediation.NONE, read.mediation == Mediation.NONE);
            fresh.add(made);
            back.add(read);
        }
        for (int i = 1; i < facts.size(); i++) {
            if (facts.get(i).articleId() == facts.get(i - 1).articleId()) {
                fresh.get(i).previousId = facts.get(i - 1).id();
                back.get(i).previousId = facts.get(i - 1).id();
            }
        }
        int fired = 0;
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                var expected = suggester.score(fresh.get(i), fresh.get(j));
                assertEquals(expected, suggester.score(back.get(i), back.get(j)), facts.get(i).text() + " / " + facts.get(j).text());
                fired += expected.isPresent() ? 1 : 0;
            }
        }
        assertTrue(fired >= 50, "pairs with a signal: " + fired);
        // An index built from the stored forms keeps the same pairs as one that reads the claims.
        List<byte[]> stored = new ArrayList<>(StoredFeatures.encodeAll(facts));
        assertEquals(facts.stream().map(StoredFeatures::encode).map(Arrays::toString).toList(), stored.stream().map(Arrays::toString).toList());
        assertTrue(facts.stream().allMatch(f -> StoredFeatures.current(f, stored.get(facts.indexOf(f)))));
        assertEquals(new ContradictionIndex(facts).ranked(), new ContradictionIndex(facts, stored).ranked());
        assertTrue(stored.stream().allMatch(java.util.Objects::isNull), "each form let go once read");
    }

    @Test
    void anAnaphorAndItsAntecedentFromTheLeadSurviveTheStoredForm() {
        String text = "The two councils have not discussed this issue at all";
        ClaimFacts f = new ClaimFacts(1, 1, 40, 40 + text.length(), text, "The ferry timetable was raised first. ", "Union",
                "The call of 4 June", List.of(), ClaimReading.read(text), null);
        ClaimFeatures made = new ContradictionSuggester().features(f);
        assertTrue(made.anaphora.resolved(), "the shell noun finds its antecedent in the lead: " + made.anaphora);
        ClaimFeatures read = StoredFeatures.decode(f, StoredFeatures.encode(made));
        assertNotNull(read);
        assertEquals(made.anaphora, read.anaphora);
    }

    @Test
    void aFormMadeFromAnotherQuoteLeadOrEventIsReadAnew() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        ClaimFacts f = claims().get(3);
        byte[] stored = StoredFeatures.encode(f);
        assertTrue(StoredFeatures.current(f, stored));
        String edited = "The union has accepted the offer of the board";
        List<ClaimFacts> changed = List.of(
                new ClaimFacts(f.id(), f.articleId(), f.start(), f.end(), edited, f.lead(), f.source(), f.event(), f.eventKeys(),
                        ClaimReading.read(edited), null),
                new ClaimFacts(f.id(), f.articleId(), f.start(), f.end(), f.text(), "However, ", f.source(), f.event(), f.eventKeys(), f.reading(), null),
                new ClaimFacts(f.id(), f.articleId(), f.start(), f.end(), f.text(), f.lead(), f.source(), "The summit in Lisbon", f.eventKeys(),
                        f.reading(), null),
                new ClaimFacts(f.id(), f.articleId(), f.start(), f.end(), f.text(), f.lead(), f.source(), f.event(), List.of("call#3"),
                        f.reading(), null));
        for (ClaimFacts c : changed) {
            assertNull(StoredFeatures.decode(c, stored), c.toString());
            assertTrue(!StoredFeatures.current(c, stored));
            // Read anew: the same features as the changed claim's own.
            assertArrayEquals(StoredFeatures.encode(c), StoredFeatures.encode(StoredFeatures.featuresOf(c, stored, new QuantityReader())));
        }
        // Its id, source and place are not what its features are read from: the form stays good.
        assertTrue(StoredFeatures.current(new ClaimFacts(99, 7, 0, f.text().length(), f.text(), f.lead(), "Press", f.event(), f.eventKeys(),
                f.reading(), null), stored));
        assertNotNull(suggester);
    }

    @Test
    void aFormOfOtherCodeOrDamagedIsReadAnewNotAnError() {
        ClaimFacts f = claims().get(10);
        byte[] stored = StoredFeatures.encode(f);
        // Another version of the code that computes features (its hash follows the magic byte).
        byte[] other = stored.clone();
        other[1] ^= 0x40;
        assertNull(StoredFeatures.decode(f, other));
        assertTrue(!StoredFeatures.current(f, other));
        List<byte[]> damaged = new ArrayList<>(List.of(new byte[0], new byte[] {1, 2, 3}, Arrays.copyOf(stored, stored.length - 5),
                Arrays.copyOf(stored, stored.length + 3), Arrays.copyOf(stored, 17)));
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 200; k++) {
            byte[] b = stored.clone();
            int at = random.nextInt(b.length);
            b[at] = (byte) random.nextInt(256);
            damaged.add(b);
        }
        ClaimFeatures expected = new ContradictionSuggester().features(f);
        int changed = 0;
        for (byte[] b : damaged) {
            if (Arrays.equals(b, stored)) {
                continue;
            }
            changed++;
            // Not read (its checksum), never an exception; read anew, the claim's own features.
            assertNull(StoredFeatures.decode(f, b));
            assertTrue(!StoredFeatures.current(f, b));
            assertArrayEquals(StoredFeatures.encode(expected), StoredFeatures.encode(StoredFeatures.featuresOf(f, b, new QuantityReader())));
        }
        assertTrue(changed > 150);
        // Without a stored reading, there is nothing to store.
        assertNull(StoredFeatures.encode(new ClaimFacts(1, 1, f.text(), "Union", "")));
    }

    @Test
    void theVersionIsAHashOfTheAnalysisClassesReadOnce() {
        long v = StoredFeatures.version();
        assertEquals(v, StoredFeatures.version());
        assertTrue(v != 0);
    }
}
