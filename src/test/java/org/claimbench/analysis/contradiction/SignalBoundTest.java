package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.analysis.meaning.MeaningVector;
import org.junit.jupiter.api.Test;

/**
 * The bound before the signals ({@link ContradictionSignals#mayFire}, {@link ClaimHolds}) decides a pair without scoring
 * it only where no signal fires: every pair of a generated corpus is scored with and without it, and the two agree.
 */
class SignalBoundTest {

    /** Sentences of our own, one or more for each signal's conditions (and their near misses). */
    static final List<String> SENTENCES = List.of(
            "The two mayors spoke for two hours on the phone",
            "The phone call between the mayors lasted three hours",
            "The call between the mayors lasted about 2 hours 45 minutes",
            "At least six workers were injured at the depot",
            "Four workers were injured at the depot, two of the wounded seriously",
            "It was the third call between the mayors this year",
            "It was the fifth call between the mayors since the spring",
            "The council raised the toll by 25% on the bridge",
            "The council raised the toll by 10% on the bridge",
            "The union has not accepted the offer of the board",
            "The union accepted the offer of the board",
            "The board did not agree to the lease",
            "The board agreed to the lease on Monday",
            "The talks were held indirectly through the league",
            "The clubs held direct talks about the pause",
            "The offer was unacceptable to the union",
            "The offer was acceptable to the union",
            "The union rejected the offer of the board",
            "The summit was a success for both mayors",
            "The summit was a failure for both mayors",
            "The hearing on the tolls was cancelled",
            "The hearing on the tolls was postponed until the spring",
            "The hearing on the tolls is planned for the spring",
            "A hearing on the tolls is possible but not yet decided",
            "The hearings will open at once",
            "The hearings will open only once the votes are counted",
            "The north bank closes first, followed by the south bank",
            "The south bank closes only if the north bank closes",
            "The council agreed to a full closure of the bridge",
            "The council agreed to a limited closure of the bridge",
            "The pause covers energy and water supplies",
            "The pause covers energy supplies",
            "The pause was accepted without limitation by the clubs",
            "The pause would only be used as a last resort by the clubs",
            "The talks were entirely about rents",
            "The talks covered rents, repairs and parking",
            "The mayors had a very productive meeting",
            "The meeting of the mayors was useless and a disaster",
            "The pause was brokered by the league",
            "The clubs settled the pause between themselves, directly",
            "The council ordered a halt to the evictions",
            "The evictions continued on Monday",
            "Bailiffs evicted three families from the estate",
            "The talks were held on Saturday",
            "The talks were held on Sunday",
            "The talks were held on 3 May",
            "The talks were held on 5 May",
            "The mayors spoke at 9 am",
            "The mayors spoke in the evening",
            "Claims that the union has surrendered are absolutely false",
            "The union surrendered to the board",
            "There has been no communication with the port authority",
            "The port authority announced to us that the pier will close",
            "The mayor quickly reversed his refusal",
            "The threats did not intimidate the mayor",
            "Ninety percent of the profits go to the taxpayers",
            "The profits will be split depending on contributions",
            "No such proposal was discussed on the call",
            "The mayor suggested that the county take over the ferries",
            "The ferries will be sold next year",
            "Rain fell on the estate all afternoon",
            // The negation's kinds one by one: a derived form affirmed, synonyms in its scope, likeness alone, a denied report,
            // an open condition, another party.
            "There is no agreement between the mayors on the tolls",
            "The mayors agreed on the tolls",
            "The council made no decision to halt the evictions",
            "The council decided to stop the evictions",
            "The union did not get a pay rise in the talks with the board",
            "The union won a pay rise in the talks with the board",
            "The mayor made no reference to the closure of the bridge",
            "The closure of the bridge was ordered by the mayor",
            "The clubs will sign the pause if the league pays",
            "The clubs have not signed the pause",
            "Eastport has not approved the budget",
            "Westport approved the budget",
            "The tolls were never raised during the talks",
            "The mayor proposed that the tolls be raised",
            // Round 76's signals, whose bits lie past an int's 31 (review65a 13): a limit and its passing, a rate and a total.
            "The army will leave the estate within 60 days",
            "The army may stay on the estate beyond 60 days",
            "The council will spend £3 million a year on the estate",
            "The council will spend £3 million on the estate in total.");
    private static final List<String> SOURCES = List.of("Mayor's office", "Union", "Press");
    private static final List<String> LEADS = List.of("", "However, ", "But ");

    @Test
    void everyPairOfAGeneratedCorpusScoresTheSameWithAndWithoutTheBound() {
        ContradictionSuggester suggester = new ContradictionSuggester();
        List<ClaimFeatures> claims = new ArrayList<>();
        long id = 1;
        for (int s = 0; s < SOURCES.size(); s++) {
            for (int t = 0; t < SENTENCES.size(); t++) {
                String text = SENTENCES.get(t);
                // Three articles of one event, each source in its own; claims placed in text order with a lead, half with vectors.
                long article = s;
                int start = 100 * t;
                String lead = LEADS.get((t + s) % LEADS.size());
                String event = t % 7 == 0 ? "" : "the call of 4 June";
                MeaningVector v = (t + s) % 2 == 0 ? vectorOf(text) : MeaningVector.ABSENT;
                ClaimFacts facts = new ClaimFacts(id++, article, start, start + text.length(), text, lead, SOURCES.get(s), event, List.of(),
                        null, v);
                claims.add(suggester.features(facts));
            }
        }
        // The claim before each in its article (as the suggester sets it), so the article's own contrast is read too.
        for (int i = 1; i < claims.size(); i++) {
            if (claims.get(i).facts.articleId() == claims.get(i - 1).facts.articleId()) {
                claims.get(i).previousId = claims.get(i - 1).facts.id();
            }
        }
        int fired = 0;
        int decided = 0;
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimFeatures a = claims.get(i);
                ClaimFeatures b = claims.get(j);
                Optional<ContradictionSuggestion> unbounded = suggester.score(a, b, false);
                Optional<ContradictionSuggestion> bounded = suggester.score(b, a, true);
                assertEquals(unbounded, bounded, () -> "“" + a.facts.text() + "” / “" + b.facts.text() + "”");
                if (unbounded.isPresent()) {
                    fired++;
                    unbounded.get().signals().forEach(x -> names.add(x.name() + ":" + x.pattern().replaceAll(":.*", "")));
                }
                if (!ContradictionSignals.mayFire(a, b)) {
                    decided++;
                }
            }
        }
        // The corpus reaches the signals (else the comparison says nothing) and the bound decides most pairs.
        assertTrue(fired >= 200, "pairs with a signal: " + fired);
        assertTrue(names.size() >= 15, "signals fired: " + names);
        assertTrue(names.contains("limit passed:limit") && names.contains("rate against total:sum"), "signals fired: " + names);
        int pairs = claims.size() * (claims.size() - 1) / 2;
        assertTrue(decided > pairs / 3, "decided by the bound: " + decided + " of " + pairs);
    }

    @Test
    void aPairOfTwoEventsThatNameNoneInCommonIsDecidedBeforeTheSignalsWithTheSameAnswer() {
        // The corpus's sentences in three sources, each sentence in one of two events or none known: claims of the two events meet
        // by their words, and some name a day both name.
        ContradictionSuggester suggester = new ContradictionSuggester();
        List<String> events = List.of("the call of 4 June", "the summit in Lisbon", "");
        List<ClaimFeatures> claims = new ArrayList<>();
        long id = 1;
        for (int s = 0; s < SOURCES.size(); s++) {
            for (int t = 0; t < SENTENCES.size(); t++) {
                String text = SENTENCES.get(t);
                MeaningVector v = (t + s) % 2 == 0 ? vectorOf(text) : MeaningVector.ABSENT;
                claims.add(suggester.features(new ClaimFacts(id++, s, -1, -1, text, "", SOURCES.get(s), events.get((t + s) % 3), List.of(),
                        null, v)));
            }
        }
        int barred = 0;
        int barredThatSignalsMayFireOn = 0;
        int acrossEventsNamedInCommon = 0;
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimFeatures a = claims.get(i);
                ClaimFeatures b = claims.get(j);
                assertEquals(suggester.score(a, b, false), suggester.score(b, a, true), () -> "“" + a.facts.text() + "” / “" + b.facts.text() + "”");
                assertEquals(ContradictionSignals.comparable(a, b), ContradictionSignals.comparable(b, a));
                if (!ContradictionSignals.comparable(a, b)) {
                    barred++;
                    assertEquals(null, ContradictionSignals.pair(a, b));
                    assertEquals(0, ContradictionSuggester.mayFire(a, b), () -> "“" + a.facts.text() + "” / “" + b.facts.text() + "”");
                    barredThatSignalsMayFireOn += ContradictionSignals.signalsThatMayFire(a, b) != 0 ? 1 : 0;
                } else if (!ContradictionSignals.sameEvent(a, b)) {
                    acrossEventsNamedInCommon++;
                }
            }
        }
        // The bar decides pairs that the signals' own bounds would have let through, and lets through two events' claims that name
        // a day in common.
        assertTrue(barredThatSignalsMayFireOn > 100, "barred pairs some signal's bound passes: " + barredThatSignalsMayFireOn + " of " + barred);
        assertTrue(acrossEventsNamedInCommon > 0, "pairs of two events naming one in common");
    }

    @Test
    void aClaimHoldsWhatItsSignalsReadFirst() {
        ClaimFeatures denial = SignalFixture.claim(1, "The union has not accepted the offer", "Union");
        ClaimFeatures plain = SignalFixture.claim(2, "The union accepted the offer", "Board");
        ClaimFeatures figure = SignalFixture.claim(3, "The call lasted two hours", "Board");
        ClaimFeatures weather = SignalFixture.claim(4, "Rain fell on the estate all afternoon", "Board");
        assertTrue((denial.holds.bits & ClaimHolds.NEGATION) != 0);
        assertEquals(0, plain.holds.bits & ClaimHolds.NEGATION);
        assertTrue((figure.holds.dimensions & plain.holds.dimensions) == 0 && figure.holds.dimensions != 0);
        assertTrue((plain.holds.words & ClaimHolds.signature("accept")) != 0);
        assertTrue(ContradictionSignals.mayFire(denial, plain), "a negation in one claim alone");
        assertTrue(!ContradictionSignals.mayFire(figure, weather), "nothing either holds that a signal needs of both");
    }

    @Test
    void aNegationIsBoundByTheRootsOfWhatItDeniesAndByTheAccounts() {
        ClaimFeatures denial = SignalFixture.claim(1, "The board has not approved the lease", "Union");
        ClaimFeatures approval = SignalFixture.claim(2, "The approval of the lease came on Monday", "Board");
        ClaimFeatures unrelated = SignalFixture.claim(3, "Rain fell on the estate all afternoon", "Board");
        ClaimFeatures sameSource = SignalFixture.claim(4, "Rain fell on the estate all afternoon", "Union");
        // "approve" and "approval" share a root, so their signatures meet; "approve" and the weather words do not.
        assertTrue((denial.holds.negatedRoots & approval.holds.roots) != 0);
        assertEquals(0, denial.holds.negatedRoots & unrelated.holds.roots);
        assertTrue(ContradictionSignals.mayFire(denial, approval));
        // Across two accounts of one event, two predicates in a denial's scope may be affirmed by synonyms: the bound lets the
        // pair through; one predicate alone is denied only by its own root, or by likeness with a word in common.
        ClaimFeatures resigned = SignalFixture.claim(6, "The board has not resigned", "Union");
        assertTrue((denial.holds.bits & ClaimHolds.SCOPED_PREDICATES) != 0);
        assertTrue(new NegationSignal().mayFire(denial, unrelated));
        assertEquals(0, resigned.holds.bits & ClaimHolds.SCOPED_PREDICATES);
        assertEquals((resigned.holds.words & unrelated.holds.words) != 0, new NegationSignal().mayFire(resigned, unrelated));
        // One source's claims in two articles are not two accounts, and no root is shared: the negation cannot fire.
        assertTrue(!new NegationSignal().mayFire(denial, sameSource));
        ClaimFeatures discussion = SignalFixture.claim(5, "The tolls were not discussed at the meeting", "Union");
        assertTrue((discussion.holds.bits & ClaimHolds.DENIES_DISCUSSION) != 0);
        assertEquals(0, denial.holds.bits & ClaimHolds.DENIES_DISCUSSION);
    }

    @Test
    void wordsOfOneRootShareARootKey() {
        List<String> words = List.of("agree", "agreement", "agreed", "decide", "decision", "inform", "information", "negotiate",
                "negotiation", "negotiations", "nation", "national", "approve", "approval", "arm", "armament", "art", "tolls", "toll",
                "talk", "talks", "pause", "paused", "ferry", "ferries", "closure", "close", "closed", "act", "action", "actual");
        for (String a : words) {
            for (String b : words) {
                if (Lexicons.sameRoot(a, b)) {
                    assertEquals(Lexicons.rootKey(a), Lexicons.rootKey(b), a + " / " + b);
                }
            }
        }
    }

    /**
     * A stand-in meaning vector: the sum of a pseudo-random vector per word (lower case), so sentences that share words are
     * alike in the cosine as an encoder's would be.
     */
    private static MeaningVector vectorOf(String text) {
        float[] v = new float[MeaningVector.DIMENSIONS];
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            java.util.Random r = new java.util.Random(w.hashCode());
            for (int x = 0; x < v.length; x++) {
                v[x] += (float) r.nextGaussian();
            }
        }
        return MeaningVector.of(v);
    }
}
