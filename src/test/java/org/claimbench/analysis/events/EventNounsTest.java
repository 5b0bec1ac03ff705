package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class EventNounsTest {

    @Test
    void ordinalsAreCountedWithTheirEventNounInAnyCaseAndNotWithoutOne() {
        // A text is scanned only when it holds an ordinal and an event noun, with its ASCII letters lowered (AsciiText).
        assertEquals(Set.of("call#8"), EventNouns.ordinals("It was THE EIGHTH CALL between the two leaders"));
        assertEquals(Set.of("meeting#3"), EventNouns.ordinals("the 3rd Summit of the year"));
        assertEquals(Set.of(), EventNouns.ordinals("the eighth time they had spoken"));
        assertEquals(Set.of(), EventNouns.ordinals("the call went well"));
    }

    @Test
    void aCallNamedByItsMeansIsACall() {
        // Round 34 (sentences of our own): "by phone" names the means of a call, with no noun of the event.
        assertEquals(java.util.Optional.of("call"), EventNouns.firstKind("The two ministers spoke by phone on Tuesday."));
        assertEquals(java.util.Optional.of("call"), EventNouns.firstKind("They talked over the telephone for an hour."));
        assertEquals(java.util.Optional.empty(), EventNouns.firstKind("The ministry said the phone lines were down."));
    }

    @Test
    void namedMeetingsAreFoundOnlyWhereAMeetingNounIs() {
        assertEquals(Set.of("meeting@halvik"), EventNouns.names("Talks in Halvik ended without a statement"));
        assertEquals(Set.of("meeting@halvik"), EventNouns.names("after the Halvik summit"));
        assertEquals(Set.of(), EventNouns.names("Officials in Halvik said nothing"));
    }

    @Test
    void aPlaceNameEndsAtTheEndOfItsLine() {
        // A headline or a paragraph ends at its line: the capitalised word that opens the next one is not part of the place.
        assertEquals(Set.of("meeting@halvik"), EventNouns.names("Ministers signal a thaw with rare talks in Halvik\n\nHarbour Minister Ana Lode will fly out"));
        assertEquals(Set.of("meeting@port halvik"), EventNouns.names("Ministers signal a thaw with rare talks in Port Halvik this week"));
    }

    @Test
    void aCommonNounOfAPlaceOpeningAHeadlineIsNoPlaceName() {
        // Capitalised by its place alone: "port" and "border" are common nouns of places; Geneva and Turkey are names.
        assertEquals(Set.of(), EventNouns.names("Port talks end without a deal on fees\n\nThe harbour board met on Thursday."));
        assertEquals(Set.of(), EventNouns.names("Border talks resume after a week"));
        assertEquals(Set.of("meeting@geneva"), EventNouns.names("Geneva talks end without a deal on fees"));
        assertEquals(Set.of("meeting@turkey"), EventNouns.names("Turkey talks resume after a week"));
        assertEquals(Set.of("meeting@halvik"), EventNouns.names("Halvik talks resume after a week"));
    }
}
