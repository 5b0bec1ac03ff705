package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A condition one account attaches to an agreement, which the other says its text does not set (ConditionDeniedOfText). */
class ConditionDeniedOfTextTest {

    private static final String DENIED = "\"I have read the treaty. The text does not state that the treaty is conditional on "
            + "there being no new tariffs on grain,\" the senator said.";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("condition:denied-attached"));
    }

    @Test
    void aConditionTheTextIsSaidNotToSetAgainstTheSameConditionAttachedIsAConflict() {
        List<Signal> s = between(claim(1, DENIED, "Senate"),
                claim(2, "The trade minister warned that the treaty would be void in the event of new tariffs on grain.", "Ministry"));
        assertTrue(fires(s), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().equals("“not state … conditional on” in one account, "
                + "“in the event of …” in the other: one says the text sets no such condition, the other attaches it (new, tariff, grain).")), s.toString());
        // "if" before its consequence, and "contains no clause" as the denial.
        assertTrue(fires(between(claim(3, "If grain tariffs are raised again, the pact will be suspended, the minister said.", "Ministry"),
                claim(4, "The pact contains no clause saying it lapses if grain tariffs are raised.", "Press"))));
    }

    /** Whether the senator's denial meets the ministry's claim. */
    private static boolean firesOnDenial(String ministry) {
        return fires(between(claim(1, DENIED, "Senate"), claim(2, ministry, "Ministry")));
    }

    @Test
    void anotherConditionAConditionNotOnATextOrOneSourceInOneArticleIsNone() {
        // Another condition: tariffs on grain are not a strike by the dockers.
        assertFalse(firesOnDenial("The minister said the treaty would be suspended if the dockers went on strike."));
        // One adjective alone is no one condition: new tariffs are not new elections.
        assertFalse(firesOnDenial("The minister warned that the treaty would be void in the event of new elections."));
        // A condition on no text or agreement: a match called off.
        assertFalse(firesOnDenial("The final will be called off if new tariffs on grain are announced."));
        // The text said to set the condition, not denied: both attach it.
        assertFalse(fires(between(claim(5, "The text states that the treaty is conditional on there being no new tariffs on grain.", "Senate"),
                claim(6, "The minister warned that the treaty would be void in the event of new tariffs on grain.", "Ministry"))));
        // One source's two claims in one article (article 7); in two articles they are two readings of the text.
        String warned = "The senator warned that the treaty would be void in the event of new tariffs on grain.";
        assertFalse(fires(between(claim(7, DENIED, "Senate"),
                new ClaimFeatures(new ClaimFacts(8, 7, warned, "Senate", "the same event"), new QuantityReader()))));
        assertTrue(fires(between(claim(9, DENIED, "Senate"), claim(10, warned, "Senate"))));
    }

    @Test
    void aConditionInAClauseAfterTheDenialsButIsNotWhatTheTextIsSaidNotToSet() {
        // The charter is said not to mention the islands; the condition is the premier's own, and both accounts give it.
        String premier = "The premier says the charter holds only if import duties fall.";
        for (String joint : List.of(", but the premier", ". The premier", "; the premier", ", and the premier")) {
            String press = "The charter does not mention the islands" + joint + " says it holds only if import duties fall.";
            assertFalse(fires(between(claim(11, press, "Press"), claim(12, premier, "Premier"))), press);
        }
        // The denied report's own complement clause is still what is denied.
        assertTrue(fires(between(claim(17, "The charter does not say that it holds only if import duties fall.", "Press"),
                claim(18, "The premier says the charter holds only if import duties fall.", "Premier"))));
    }

    @Test
    void subjectToQualifiesTheTextOnlyWhereItsHeadIsTheText() {
        // "subject to" qualifies the fertiliser imports, not the charter: under the charter, no condition is set on it.
        assertFalse(fires(between(claim(21, "The charter does not state that it is conditional on a steep duty on fertiliser.", "Press"),
                claim(22, "Under the charter, fertiliser imports are subject to a steep duty.", "Ministry"))));
        assertFalse(fires(between(claim(23, "The charter does not mention fertiliser, which remains subject to separate duties.", "Press"),
                claim(24, "Under the charter, fertiliser imports are subject to a steep duty.", "Ministry"))));
        // It qualifies the charter itself, or its ratification.
        String denied = "The charter does not state that it is subject to a vote of the island assembly.";
        assertTrue(fires(between(claim(25, denied, "Press"), claim(26, "The charter is subject to a vote of the island assembly, the minister said.", "Ministry"))));
        assertTrue(fires(between(claim(27, denied, "Press"), claim(28, "Ratification of the charter remains subject to a vote of the island assembly.", "Ministry"))));
    }

    @Test
    void providedThatAttachesAConditionAndProvidesThatReportsTheText() {
        // The lemmatiser reads "provided" as "provide"; as a conjunction it follows a clause.
        String denied = "The charter does not say that it holds only if import duties fall.";
        assertTrue(fires(between(claim(31, denied, "Press"), claim(32, "The charter holds, provided that import duties fall, the premier said.", "Premier"))));
        // "provides that" reports what the text says: its "that" clause is no condition (the charter holds, the duties fall).
        assertFalse(fires(between(claim(33, denied, "Press"), claim(34, "The charter provides that import duties fall and that it holds.", "Premier"))));
    }

    @Test
    void aNegativeAdverbialThatOpensTheSentenceDeniesTheVerbAfterItsInvertedSubject() {
        // "Nowhere does the island charter state …": subject-auxiliary inversion puts the subject between negator and verb.
        assertTrue(fires(between(claim(41, "Nowhere does the island charter state that it lapses if import duties rise.", "Press"),
                claim(42, "The premier warned that the charter lapses if import duties rise.", "Premier"))));
    }
}
