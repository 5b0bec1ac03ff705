package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.signalled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementStageSignalTest {

    private static final String STAGE = "agreement stage";

    @Test
    void aTreatySignedAgainstOneStillExpectedToBeSigned() {
        assertTrue(signalled(STAGE, "Norway and Chile have signed the fisheries treaty, the ministry announced",
                "The two fisheries ministers are expected to meet next season to sign the fisheries treaty"));
        assertTrue(signalled(STAGE, "The port treaty between Ghana and Togo will be signed by the two ministers",
                "Ghana and Togo signed the port treaty at the border post"));
    }

    @Test
    void aConventionConcludedAgainstOneTheSidesAgreedToNegotiate() {
        assertTrue(signalled(STAGE, "Peru and Ecuador have concluded a water-sharing convention for the river basin",
                "Peru and Ecuador agreed to negotiate a water-sharing convention for the river basin"));
        assertTrue(signalled(STAGE, "The ministers announced closing of talks on the water-sharing convention",
                "Details of the water-sharing convention are still being ironed out by the ministers"));
    }

    @Test
    void aDealFinalisedAgainstADealInPrinciple() {
        assertTrue(signalled(STAGE, "The ferry operators finalised a deal on the harbour fees",
                "The ferry operators have a deal in principle on the harbour fees"));
    }

    @Test
    void aStageNearlyReachedIsStillToCome() {
        assertFalse(signalled(STAGE, "The ferry operators said the deal on the harbour fees is nearly finalised",
                "The ferry operators have a deal in principle on the harbour fees"), "nearly finalised is not finalised");
        assertTrue(signalled(STAGE, "The ferry operators said the deal on the harbour fees is almost signed",
                "The ferry operators signed the deal on the harbour fees"), "almost signed against signed");
    }

    @Test
    void aLaterStageStillToComeIsNoConflict() {
        assertFalse(signalled(STAGE, "Peru and Ecuador concluded the water-sharing convention after long talks",
                "The water-sharing convention between Peru and Ecuador is expected to be signed by the ministers"),
                "concluded, and signing is the next stage");
        assertFalse(signalled(STAGE, "Ghana and Togo signed the port treaty at the border post",
                "The port treaty signed by Ghana and Togo is pending ratification by both parliaments"), "signed, not yet in force");
    }

    @Test
    void twoAccountsThatAgreeOnTheStageAreNoConflict() {
        assertFalse(signalled(STAGE, "Ghana and Togo signed the port treaty at the border post",
                "The port treaty was signed by Ghana and Togo at the border post"));
        assertFalse(signalled(STAGE, "Ghana and Togo are expected to sign the port treaty at the border post",
                "Ghana and Togo will sign the port treaty at the border post"));
    }

    @Test
    void aPastPurposeOrADeniedStageOrADatedStageIsLeftOut() {
        assertFalse(signalled(STAGE, "The ministers of Ghana and Togo met at the border to sign the port treaty",
                "Ghana and Togo signed the port treaty at the border post"), "an infinitive of purpose in the past");
        assertFalse(signalled(STAGE, "Ghana and Togo have not signed the port treaty, the border agency said",
                "Ghana and Togo are expected to sign the port treaty at the border post"), "a negated stage");
        assertFalse(signalled(STAGE, "Ghana and Togo are set to sign the port treaty on Thursday",
                "Ghana and Togo on Thursday signed the port treaty at the border post"), "the plan and the act of one day");
        assertFalse(signalled(STAGE, "Ghana and Togo signed the port treaty in March",
                "Ghana and Togo are expected to sign the port treaty at the border post"), "a dated stage");
        assertFalse(signalled(STAGE, "The port treaty signed with Togo today opens the border crossing to trucks",
                "Ghana and Togo are expected to sign the port treaty at the border crossing"), "a stage of the report's own day");
    }

    @Test
    void aStageInAClauseOfConditionOrOfTimeToComeIsNotDone() {
        assertFalse(signalled(STAGE, "Until the port treaty is signed, trucks from Togo will wait at the border post",
                "Ghana and Togo have a preliminary port treaty for the border post"), "until: still to be signed");
        assertFalse(signalled(STAGE, "If the port treaty is signed, trucks from Togo will cross the border post freely",
                "Ghana and Togo are expected to sign the port treaty at the border post"), "if: a condition");
        assertTrue(signalled(STAGE, "Until the port treaty is signed, trucks from Togo will wait at the border post",
                "Ghana and Togo signed the port treaty at the border post"), "until it is signed, against signed");
    }

    @Test
    void severalAgreementsOrNoAgreementAreLeftOut() {
        assertFalse(signalled(STAGE, "Ghana and Togo signed several port agreements at the border post",
                "Ghana and Togo are expected to sign more port agreements at the border post"), "plural agreements");
        assertFalse(signalled(STAGE, "The harbour pilots signed the petition against the new fees",
                "The harbour pilots are expected to sign the petition against the new fees"), "a petition is no agreement");
    }

    @Test
    void aSignedFrameworkOrPreliminaryDealIsNeitherTheFinalTextDoneNorOneStillToCome() {
        assertFalse(signalled(STAGE, "Chile and Peru have signed a framework agreement on lithium mining",
                "A framework agreement on lithium mining was signed by the two ministers"), "both tell a framework signed");
        assertFalse(signalled(STAGE, "The utilities signed a preliminary deal on grid tariffs",
                "The grid tariff deal was signed by the utilities"), "a preliminary text signed is not the deal's signature");
        assertFalse(signalled(STAGE, "The framework accord signed at the summit governs salmon quotas in the fjord",
                "The two ministers are expected to conclude an accord on salmon quotas in the fjord"), "signed framework, text to come");
    }

    @Test
    void talksThatEndedOrAFindingConcludedAreNoAgreementConcluded() {
        assertFalse(signalled(STAGE, "Talks ended without a deal on the river crossing",
                "The two sides agreed to negotiate a deal on the river crossing"), "ended without a deal");
        assertFalse(signalled(STAGE, "Auditors concluded that the deal on the river crossing was too costly",
                "A deal on the river crossing is still being negotiated"), "a finding concluded");
    }

    @Test
    void twoAgreementsOrTwoSignatoriesAreNotOneStage() {
        assertFalse(signalled(STAGE, "Norway signed a new fisheries agreement with Iceland",
                "Norway's fisheries agreement with Scotland is still being negotiated"), "another partner's agreement");
        assertFalse(signalled(STAGE, "A water agreement was signed by Jordan and Syria",
                "Jordan is expected to sign a power deal with Iraq in the coming weeks"), "another agreement of one party");
        assertFalse(signalled(STAGE, "Canada signed the plastics accord at the summit",
                "Brazil is expected to sign the plastics accord at the summit"), "another party to one multilateral accord");
        assertFalse(signalled(STAGE, "Ministers said they signed documents, and a long-awaited port treaty is still awaited",
                "Ministers are expected to sign the port treaty"), "a verb far from the noun");
    }

    @Test
    void neitherNorNoneNegateAStage() {
        assertFalse(signalled(STAGE, "Neither side has signed the canal treaty",
                "Both sides are expected to sign the canal treaty"));
    }

    @Test
    void oneParliamentsRatificationIsNotAnothersNorEntryIntoForce() {
        assertFalse(signalled(STAGE, "The canal treaty was ratified by the Danish Parliament",
                "The canal treaty awaits entry pending ratification by the Swedish Riksdag"), "two bodies");
        List<AgreementStageSignal.Told> told = AgreementStageSignal.told("The canal treaty was ratified by the Danish Parliament");
        assertTrue(told.stream().allMatch(t -> t.stage() == AgreementStageSignal.Stage.RATIFIED), "ratified is not in force");
    }

    @Test
    void aPastTimeOpenerOrOnceAgainIsNoStageToCome() {
        assertFalse(signalled(STAGE, "Days before the vote the two sides signed the canal treaty",
                "The canal treaty was signed by the two sides"), "before with a past verb");
        assertFalse(signalled(STAGE, "The two premiers once again signed the canal treaty",
                "The canal treaty was signed by the two premiers"), "once again");
    }

    @Test
    void anAgreementNounIsNoVerbOfCommitment() {
        assertFalse(signalled(STAGE, "The canal agreement was the first to be signed by the new cabinet on the waterway",
                "The canal agreement on the waterway was signed by the new cabinet"), "agreement is not agreed");
        assertFalse(signalled(STAGE, "While the canal treaty was being negotiated, tolls were raised",
                "The canal treaty was concluded by the two premiers"), "was being negotiated is past");
    }

    @Test
    void aYearOrMidSentenceMayDatesAStage() {
        assertFalse(signalled(STAGE, "The canal treaty signed in May caps the tolls on barges",
                "The two sides are set to sign the canal treaty on barge tolls"), "May");
        assertFalse(signalled(STAGE, "The canal treaty signed in 2021 caps the tolls on barges",
                "The two sides are set to sign the canal treaty on barge tolls"), "a year");
        assertFalse(signalled(STAGE, "The canal treaty signed two years ago caps the tolls on barges",
                "The two sides are set to sign the canal treaty on barge tolls"), "ago");
    }

    @Test
    void theStagesAreReadWithTheirWords() {
        List<AgreementStageSignal.Told> told = AgreementStageSignal.told("The leaders finalized the river treaty, which is still to be ratified");
        assertEquals(2, told.size());
        assertTrue(told.stream().anyMatch(t -> t.done() && t.stage() == AgreementStageSignal.Stage.CONCLUDED));
        assertTrue(told.stream().anyMatch(t -> !t.done() && t.stage() == AgreementStageSignal.Stage.RATIFIED));
    }
}
