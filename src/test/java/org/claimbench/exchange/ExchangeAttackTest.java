package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings of the attack on issue 12 (branch attack, 2026-11-30): each test states the behaviour
 * the issue asks for and fails on today's main. They are disabled so the branch stays green; run
 * them with {@code mvn -Dtest='*Attack*Test' -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition' test}
 * and remove {@code @Disabled} with the fix. All texts are written for these tests.
 */
class ExchangeAttackTest {

    static final String RAIL = "Rail report\n\nThe ministry said that 3,400 jobs have been cut since 2021 across the network.\n"
            + "The union said no jobs were cut on the front line this year.\n";

    @TempDir
    Path dir;

    private static long press(Workspace w) {
        return w.sourceNamed("Press").orElseThrow().id();
    }

    private static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    private static JsonNode withoutExportTime(Path json) throws Exception {
        JsonNode doc = JsonExporter.mapper().readTree(json.toFile());
        ((ObjectNode) doc).remove("exported");
        return doc;
    }

    @Test
    void aClaimReviewNeverPublishesAVerdictAgainstWordsEditedAfterItWasGiven() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "review")) {
            Article a = TempWorkspaces.addArticle(w, "Rail", RAIL);
            Claim c = w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), press(w), "ministry", "");
            w.setVerdict(c.id(), "False", "The real figure is lower", "J. Checker");
            w.reviseArticle(a.id(), RAIL.replace("3,400 jobs have been cut since 2021", "3,100 jobs had been cut since 2020"), TextOrigin.FILE);
            assertTrue(w.isChangedSinceMarked(c.id()));
            JsonNode reviews = new ClaimReviewExporter().document(w, w.verdicts(), w.ratingScale());
            for (JsonNode r : reviews) {
                assertNotEquals("3,100 jobs had been cut since 2020", r.get("claimReviewed").asText(),
                        "the verdict 'False' was given to '3,400 jobs have been cut since 2021', not to the new wording");
            }
        }
    }

    @Test
    void importingTheSameBackupTwiceAddsItsOrphansOnce() throws Exception {
        Path backup = dir.resolve("backup.json");
        Path file = dir.resolve("orphans.claimbench");
        try (Workspace w = Workspace.create(file)) {
            Article a = TempWorkspaces.addArticle(w, "Rail", RAIL);
            Claim kept = w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), press(w), "ministry", "");
            Claim gone = w.markClaim(a.id(), span(RAIL, "no jobs were cut on the front line this year"), press(w), "union", "");
            w.addContradiction(kept.id(), gone.id(), ContradictionKind.NUMERIC, "");
            w.setVerdict(gone.id(), "True", "", "");
            w.reviseArticle(a.id(), RAIL.replace("The union said no jobs were cut on the front line this year.\n", ""), TextOrigin.EDIT);
            assertTrue(w.isOrphan(gone.id()));
            new JsonExporter().write(w, backup);
            w.importBundle(new JsonImporter().read(backup));
            w.importBundle(new JsonImporter().read(backup));
            assertEquals(2, w.claimCount(), "a backup merged into the workspace it came from adds nothing: " + w.claims());
            assertEquals(1, w.contradictions().size());
            assertEquals(1, w.verdicts().size());
        }
    }

    @Test
    void loneSurrogatesInEveryFieldOfAJsonFileSurviveTheRoundTrip() throws Exception {
        Path first = dir.resolve("first.json");
        try (Workspace w = TempWorkspaces.create(dir, "marks")) {
            Article a = TempWorkspaces.addArticle(w, "TITLE-MARK", RAIL);
            Claim c = w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), press(w), "SPEAKER-MARK", "NOTE-MARK");
            Claim d = w.markClaim(a.id(), span(RAIL, "no jobs were cut on the front line this year"), w.addSource("SOURCE-MARK", null).id(), "", "");
            w.addContradiction(c.id(), d.id(), ContradictionKind.NUMERIC, "CONTRADICTION-MARK");
            w.setVerdict(c.id(), "False", "EXPLANATION-MARK", "REVIEWER-MARK");
            new JsonExporter().write(w, first);
        }
        // A hostile or damaged file: half of a character (JSON escapes) in every free-text field.
        String json = Files.readString(first);
        for (String mark : new String[] {"TITLE", "SPEAKER", "NOTE", "SOURCE", "CONTRADICTION", "EXPLANATION", "REVIEWER"}) {
            json = json.replace(mark + "-MARK", mark + " \\ud800 end");
        }
        Path hostile = Files.writeString(dir.resolve("hostile.json"), json);
        Path again = dir.resolve("again.json");
        Path twice = dir.resolve("twice.json");
        Path copy = dir.resolve("copy.claimbench");
        try (Workspace w = Workspace.create(copy)) {
            w.importBundle(new JsonImporter().read(hostile));
        }
        try (Workspace w = Workspace.open(copy)) { // what the file holds, not what memory holds
            new JsonExporter().write(w, again);
        }
        try (Workspace w = TempWorkspaces.create(dir, "copy2")) {
            w.importBundle(new JsonImporter().read(again));
            new JsonExporter().write(w, twice);
        }
        String back = Files.readString(again);
        assertFalse(back.contains(" ? end"), "a half character became '?' in the file while the text fields keep U+FFFD: " + back);
        assertEquals(withoutExportTime(again), withoutExportTime(twice));
    }

    @Test
    void aWorkspaceWhoseDefaultSourceWasRenamedRoundTripsThroughJson() throws Exception {
        Path first = dir.resolve("first.json");
        try (Workspace w = TempWorkspaces.create(dir, "renamed")) {
            Article a = TempWorkspaces.addArticle(w, "Rail", RAIL);
            w.renameSource(press(w), "Our outlet");
            w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), w.sourceNamed("Our outlet").orElseThrow().id(), "", "");
            new JsonExporter().write(w, first);
        }
        Path second = dir.resolve("second.json");
        try (Workspace w = TempWorkspaces.create(dir, "copy")) {
            assertTrue(w.importBundle(new JsonImporter().read(first)).exact());
            new JsonExporter().write(w, second);
        }
        assertEquals(withoutExportTime(first), withoutExportTime(second));
    }

    @Test
    void aVerdictExportedAsAW3cAssessingBodyComesBack() throws Exception {
        Path file = dir.resolve("a.jsonld");
        try (Workspace w = TempWorkspaces.create(dir, "w3c")) {
            Article a = TempWorkspaces.addArticle(w, "Rail", RAIL);
            Claim c = w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), press(w), "ministry", "");
            w.setVerdict(c.id(), "Mostly false", "The real figure is lower", "J. Checker");
            new W3cAnnotationExporter().write(w, "w3c", file);
        }
        try (Workspace w = TempWorkspaces.create(dir, "target")) {
            TempWorkspaces.addArticle(w, "Rail", RAIL);
            w.importAnnotations(new W3cAnnotationImporter().read(file));
            assertEquals(1, w.claimCount());
            assertEquals(1, w.verdicts().size(), "the assessing body held the verdict");
            assertEquals("Mostly false", w.verdicts().get(0).rating());
        }
    }

    @Test
    void aFileWithTopicsThatDifferOnlyInCaseIsRefusedWithASentenceNotAnSqlError() throws Exception {
        Path first = dir.resolve("first.json");
        try (Workspace w = TempWorkspaces.create(dir, "topics")) {
            Article a = TempWorkspaces.addArticle(w, "Rail", RAIL);
            Claim c = w.markClaim(a.id(), span(RAIL, "3,400 jobs have been cut since 2021"), press(w), "", "");
            Claim d = w.markClaim(a.id(), span(RAIL, "no jobs were cut on the front line this year"), press(w), "", "");
            w.updateClaim(c.id(), c.sourceId(), "", "Jobs", "");
            w.updateClaim(d.id(), d.sourceId(), "", "Cuts", "");
            new JsonExporter().write(w, first);
        }
        Path edited = Files.writeString(dir.resolve("edited.json"), Files.readString(first).replace("\"Cuts\"", "\"jobs\""));
        try (Workspace w = TempWorkspaces.create(dir, "target")) {
            var bundle = new JsonImporter().read(edited);
            Exception e = assertThrows(RuntimeException.class, () -> w.importBundle(bundle));
            assertFalse(e.getMessage().contains("SQLITE") || e.getMessage().contains("could not be saved"),
                    "a file that does not hold together is not a failed save: " + e.getMessage());
            assertTrue(w.articles().isEmpty(), "nothing imported");
        }
    }
}
