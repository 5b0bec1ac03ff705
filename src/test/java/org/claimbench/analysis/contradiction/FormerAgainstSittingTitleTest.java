package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One person called "former" holder of a title in one account and given the title in another (FormerAgainstSittingTitle). */
class FormerAgainstSittingTitleTest {

    private static final String SITTING = "Dravian President Mira Kessel thanked the harbour workers during the visit.";

    private static boolean fires(List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.pattern().equals("title:former-sitting"));
    }

    @Test
    void aFormerPresidentAgainstTheSittingOneIsAConflictBothWays() {
        String former = "The outlet wrote that former Dravian President Mira A. Kessel opened the new harbour.";
        List<Signal> s = between(claim(1, former, "Press"), claim(2, SITTING, "Dravia"));
        assertTrue(fires(s), s.toString());
        assertEquals("“former President Mira A. Kessel” in one account, “President Mira Kessel” in the other: one says Kessel "
                + "no longer holds the office, the other gives it as held.",
                s.stream().filter(x -> x.pattern().equals("title:former-sitting")).findFirst().orElseThrow().explanation());
        assertTrue(fires(between(claim(3, SITTING, "Dravia"), claim(4, former, "Press"))));
        // "ex-" written onto the title, and the surname alone.
        assertTrue(fires(between(claim(5, "Harbour workers cheered ex-President Kessel on Monday.", "Press"),
                claim(6, "President Kessel spoke to the harbour workers.", "Dravia"))));
    }

    @Test
    void anotherPersonAnotherTitleADatedTitleOrOneAccountIsNone() {
        String former = "The outlet wrote that former President Mira Kessel opened the new harbour.";
        // Another person with the same title: a former president beside the sitting one.
        assertFalse(fires(between(claim(1, "Former President Oskar Lind attended the harbour opening.", "Press"),
                claim(2, SITTING, "Dravia"))));
        // Another title: a former minister who is president now.
        assertFalse(fires(between(claim(3, "Former Finance Minister Mira Kessel was once in charge of the harbour budget.", "Press"),
                claim(4, SITTING, "Dravia"))));
        // "then-President" dates the office; "-elect" says it is not yet held.
        assertFalse(fires(between(claim(5, "In 2019 then-President Mira Kessel had promised a new harbour.", "Press"),
                claim(6, "The outlet wrote that former President Mira Kessel opened the new harbour.", "Dravia"))));
        assertFalse(fires(between(claim(7, former, "Press"),
                claim(8, "President-elect Mira Kessel thanked the harbour workers.", "Dravia"))));
        // A title in lower case with no name after it names no one.
        assertFalse(fires(between(claim(9, former, "Press"), claim(10, "The president thanked the harbour workers.", "Dravia"))));
        // One source's own two claims are one account.
        assertFalse(fires(between(claim(11, former, "Dravia"), claim(12, SITTING, "Dravia"))));
        // Reports of two different events: a person may leave office between them.
        assertFalse(fires(between(claim(13, former, "Press", "harbour opening, 2031"), claim(14, SITTING, "Dravia", "visit, 2027"))));
    }

    @Test
    void formerOfSomeoneElseAnInstitutionOrALateHourIsNone() {
        // "former" belongs to the aide, not to the President the aide served.
        assertFalse(fires(between(claim(1, "A former aide to President Mira Kessel said the harbour deal was signed.", "Press"),
                claim(2, SITTING, "Dravia"))));
        // A title before an institution's name is no person: "the Justice Department" is not a justice named Department.
        assertTrue(FormerAgainstSittingTitle.titled("A former Justice Department lawyer said the Justice Department had agreed.").isEmpty());
        // "Late" on a day dates the sentence, not the office; the possessive is the same surname.
        List<FormerAgainstSittingTitle.Titled> late = FormerAgainstSittingTitle.titled("Late on Tuesday, President Mira Kessel's office spoke.");
        assertEquals(1, late.size(), late.toString());
        assertEquals("Kessel", late.get(0).surname());
    }
}
