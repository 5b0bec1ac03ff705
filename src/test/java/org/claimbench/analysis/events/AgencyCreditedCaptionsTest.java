package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A photo caption credited to a wire agency alone in brackets ("… (AP)") dates its photo, not the story: its date is no
 * dateline, so a weekday of the lead is not resolved against it (round 52 of issue 11). Texts written for the test.
 */
class AgencyCreditedCaptionsTest {

    private final EventInference inference = new EventInference();

    private static final String CAPTIONED = "Ferry fares rise in Velmar\n\n"
            + "A ferry leaves the harbour of Velmar, Sunday, March 8, 2026, as crews load the first cars of the season (AP)\n"
            + "The harbour board of Velmar raised ferry fares on Tuesday, the board's chair told the town council.";

    @Test
    void aCaptionCreditedToAnAgencyAloneDatesNothing() {
        assertEquals(Optional.empty(), inference.dateline(CAPTIONED), "the photo's Sunday is no dateline");
        EventProfile p = inference.infer(CAPTIONED, Optional.empty());
        assertEquals(Optional.empty(), p.day(), "Tuesday is not resolved against the photo's date");
        assertEquals(Optional.of(DayOfWeek.TUESDAY), p.weekday());
    }

    @Test
    void anAgencyInsideALineOrAnotherNameInBracketsIsNoCredit() {
        String wire = "Ferry fares rise in Velmar\n\nVELMAR, March 8, 2026 (AP) — The harbour board raised ferry fares on Sunday.";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), inference.dateline(wire), "a wire story's dateline");
        String abbreviation = "Ferry fares rise in Velmar\nMarch 8, 2026 (VHB)\n\nThe Velmar Harbour Board raised ferry fares on Sunday.";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), inference.dateline(abbreviation), "a board's initials are no agency");
    }
}
