package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * The candidate pairs of {@link Candidates} (its keys numbered, their claims in one array, the look-ups numbered once and
 * the keys' texts dropped) are the pairs the blocking keys' definition gives when counted from the keys' texts: a key both
 * claims post, by 2 to {@link ContradictionSuggester#MAX_POSTINGS} claims and not only waiting to be looked up, counts 1 (a
 * "#" key 2); a key one looks up that the other posts, by at most MAX_POSTINGS, counts 2; the claim next in its article 2;
 * a pair is a candidate from 2 on. Sentences of our own.
 */
class CandidatesTest {

    private static final String[] TEXTS = {
        "The harbour board agreed to lower the mooring fees by 10%",
        "The mooring fees were never lowered, the skippers said",
        "The board did not discuss the fees at all",
        "Talks on the fees lasted three hours on Tuesday",
        "The talks lasted barely an hour",
        "The ferry strike was called off after the vote",
        "The strike goes on, the union insisted",
        "The union rejected the offer once again",
        "The union agreed with the offer",
        "An indirect approach was taken through the mayor",
        "The board and the union talked directly",
        "The harbour was completely closed for two days",
        "The harbour was only partly closed",
        "The vote was postponed until March",
        "The vote was cancelled",
        "Only the fees were discussed",
        "The fees, the berths and the cranes were all discussed",
    };
    private static final String[] SOURCES = {"Board", "Union", "Press"};

    private static List<ClaimFeatures> claims() {
        QuantityReader reader = new QuantityReader();
        List<ClaimFeatures> out = new ArrayList<>();
        for (int i = 0; i < 3 * TEXTS.length; i++) {
            String text = TEXTS[(i * 7) % TEXTS.length];
            int article = i / 4;
            // Two events, and some claims of no known event; three claims of an article placed in its text, one not.
            String event = i % 5 == 4 ? "" : article % 2 == 0 ? "the strike of May" : "the vote of June";
            int start = i % 4 == 3 ? -1 : 100 * (4 - i % 4);
            out.add(new ClaimFeatures(new ClaimFacts(i + 1, article, start, start < 0 ? -1 : start + text.length(), text, "",
                    SOURCES[i % SOURCES.length], event, List.of(), ClaimReading.NONE, MeaningVector.ABSENT), reader));
        }
        return out;
    }

    /** The candidate pairs "i:j" (i < j) counted from the keys' texts, as the class comment defines them. */
    private static Set<String> byDefinition(List<ClaimFeatures> features) {
        SenseKeys.Denials denials = SenseKeys.Denials.among(features);
        int n = features.size();
        List<List<String>> posted = new ArrayList<>();
        java.util.Map<String, Integer> postedBy = new java.util.HashMap<>();
        for (ClaimFeatures f : features) {
            List<String> own = BlockingKeys.posted(f, denials);
            posted.add(own);
            own.forEach(k -> postedBy.merge(k, 1, Integer::sum));
        }
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int weight = 0;
                for (String k : posted.get(i)) {
                    int by = postedBy.get(k);
                    if (by >= 2 && by <= ContradictionSuggester.MAX_POSTINGS && !BlockingKeys.postedOnly(k)) {
                        weight += (k.startsWith("#") ? 2 : 1) * count(posted.get(j), k);
                    }
                }
                for (String k : BlockingKeys.lookedUp(features.get(i), denials)) {
                    if (postedBy.getOrDefault(k, 0) <= ContradictionSuggester.MAX_POSTINGS) {
                        weight += 2 * count(posted.get(j), k);
                    }
                }
                if (nextInArticle(features, i, j) || nextInArticle(features, j, i)) {
                    weight += 2;
                }
                if (weight >= 2) {
                    out.add(i + ":" + j);
                }
            }
        }
        return out;
    }

    private static int count(List<String> keys, String key) {
        return (int) keys.stream().filter(key::equals).count();
    }

    /** Whether b is the claim right after a in their article's text (both placed). */
    private static boolean nextInArticle(List<ClaimFeatures> features, int a, int b) {
        ClaimFeatures x = features.get(a);
        ClaimFeatures y = features.get(b);
        if (!x.facts.positioned() || !y.facts.positioned() || x.facts.articleId() != y.facts.articleId()
                || ClaimFeatures.TEXT_ORDER.compare(x, y) >= 0) {
            return false;
        }
        return features.stream().noneMatch(z -> z != x && z != y && z.facts.positioned() && z.facts.articleId() == x.facts.articleId()
                && ClaimFeatures.TEXT_ORDER.compare(x, z) < 0 && ClaimFeatures.TEXT_ORDER.compare(z, y) < 0);
    }

    private static Set<String> found(Candidates candidates) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            int from = i;
            candidates.forEachLater(i, j -> out.add(from + ":" + j));
        }
        return out;
    }

    @Test
    void theNumberedKeysFindThePairsTheKeysTextsDefine() {
        List<ClaimFeatures> features = claims();
        Set<String> expected = byDefinition(features);
        assertFalse(expected.isEmpty());
        assertEquals(expected, found(new Candidates(features, null, false)), "the keys' texts dropped");
        assertEquals(expected, found(new Candidates(features)), "the keys' texts kept");
    }

    @Test
    void withoutTheKeysTextsOnlyTheKeysThatPairKeepTheirClaims() {
        List<ClaimFeatures> features = claims();
        Candidates named = new Candidates(features);
        Candidates pruned = new Candidates(features, null, false);
        // Keys one claim alone posts (and no claim looks up), too common or only waiting to be looked up hold no claims there.
        assertTrue(pruned.postingsHeld() < named.postingsHeld(), pruned.postingsHeld() + " against " + named.postingsHeld());
        assertEquals(found(named), found(pruned));
    }

    @Test
    void aClaimsRowsLetGoOnceItsPairsAreFoundLeaveTheOthersPairsAsTheyWere() {
        List<ClaimFeatures> features = claims();
        Set<String> expected = byDefinition(features);
        Candidates candidates = new Candidates(features, null, false);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            int from = i;
            candidates.forEachLater(i, j -> out.add(from + ":" + j));
            candidates.release(i);
        }
        assertEquals(expected, out, "each claim's pairs found before its rows go, in order");
        // Once let go, a claim finds none of its later pairs by its own rows (only the keys the later claims post remain).
        int first = Integer.parseInt(expected.iterator().next().split(":")[0]);
        Set<Integer> after = new TreeSet<>();
        candidates.forEachLater(first, after::add);
        assertTrue(after.size() < byDefinition(features).stream().filter(p -> p.startsWith(first + ":")).count(), after.toString());
        assertThrows(IllegalStateException.class, () -> new Candidates(features).release(0), "rows are kept where routes are named");
    }

    @Test
    void withoutTheKeysTextsTheRoutesCannotBeNamed() {
        List<ClaimFeatures> features = claims();
        String[] pair = byDefinition(features).iterator().next().split(":");
        assertFalse(new Candidates(features).routes(Integer.parseInt(pair[0]), Integer.parseInt(pair[1])).isEmpty());
        assertThrows(IllegalStateException.class, () -> new Candidates(features, null, false).routes(0, 1));
    }
}
