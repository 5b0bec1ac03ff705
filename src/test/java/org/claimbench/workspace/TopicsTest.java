package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics on a real workspace file: set on many claims at once, renamed, merged, recoloured, each one undoable step. */
class TopicsTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The call lasted an hour. Aides said it lasted two. Both sides spoke of a ceasefire. "
            + "Neither named a date. Officials called it frank.";

    private List<Long> markFive(Workspace w, Article a) {
        long press = w.sourceNamed("Press").orElseThrow().id();
        List<Long> ids = new ArrayList<>();
        int at = 0;
        for (String sentence : TEXT.split("(?<=\\.) ")) {
            int start = TEXT.indexOf(sentence, at);
            ids.add(w.markClaim(a.id(), new TextSpan(start, start + sentence.length()), press, "", "").id());
            at = start + sentence.length();
        }
        return ids;
    }

    @Test
    void aTopicMadeBySettingItGoesWithTheUndoAndComesBackWithTheRedoOnAReopenedFileToo() {
        Path file;
        long made;
        try (Workspace w = TempWorkspaces.create(dir, "undo-made")) {
            file = w.file();
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            List<Long> ids = markFive(w, a);
            w.setTopic(ids.subList(0, 1), "Was a date named?");
            w.setTopic(ids.subList(1, 3), "Whta");
            assertEquals(2, w.topics().size());
            w.undo();
            assertEquals(List.of("Was a date named?"), w.topics().stream().map(Topic::label).toList(), "the topic typed by mistake went with its undo");
            assertNull(topicOf(w, ids.get(1)));
            w.redo();
            made = w.topics().stream().filter(t -> t.label().equals("Whta")).findFirst().orElseThrow().id();
            assertEquals(made, topicOf(w, ids.get(1)), "redone, the topic is back and the claims have it");
            assertEquals(made, topicOf(w, ids.get(2)));
            w.setTopic(ids.subList(3, 4), "whta");
            w.undo();
            assertEquals(2, w.topics().size(), "undoing the use of a topic made before leaves the topic");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(2, w.topics().size(), "as saved");
            assertTrue(w.topics().stream().anyMatch(t -> t.id() == made));
        }
    }

    @Test
    void deletingATopicTakesItOffItsClaimsInOneStepThatUndoAndRedoTakeWholeAndTheFileKeeps() {
        Path file;
        long call;
        List<Long> ids;
        try (Workspace w = TempWorkspaces.create(dir, "delete")) {
            file = w.file();
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            ids = markFive(w, a);
            w.setTopic(ids.subList(0, 3), "How long was the call?");
            w.setTopic(ids.subList(3, 4), "Was a date named?");
            call = w.topics().stream().filter(t -> t.label().equals("How long was the call?")).findFirst().orElseThrow().id();
            w.recolourTopic(call, "#123456");
            w.deleteTopic(call);
            assertEquals(List.of("Was a date named?"), w.topics().stream().map(Topic::label).toList());
            assertTrue(ids.subList(0, 3).stream().allMatch(id -> topicOf(w, id) == null), "its claims have no topic");
            assertEquals(5, w.claims().size(), "and stay");
            assertEquals("Delete topic “How long was the call?”", w.undoLabel().orElseThrow());
            w.undo();
            Topic back = w.topic(call).orElseThrow();
            assertEquals("How long was the call?", back.label(), "one undo brings the topic back with its id");
            assertEquals("#123456", back.colour(), "and its colour");
            assertTrue(ids.subList(0, 3).stream().allMatch(id -> Long.valueOf(call).equals(topicOf(w, id))), "and its claims' topic");
            w.redo();
            assertTrue(w.topic(call).isEmpty(), "redone, it goes again");
            assertTrue(ids.subList(0, 3).stream().allMatch(id -> topicOf(w, id) == null));
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(List.of("Was a date named?"), w.topics().stream().map(Topic::label).toList(), "as saved");
            assertTrue(ids.subList(0, 3).stream().allMatch(id -> topicOf(w, id) == null));
            assertEquals(Long.valueOf(w.topics().get(0).id()), topicOf(w, ids.get(3)), "the other topic's claim keeps it");
        }
    }

    private Long topicOf(Workspace w, long claimId) {
        return w.claim(claimId).orElseThrow().topicId();
    }

    @Test
    void settingTheTopicOfManyClaimsIsOneStepAndMatchesAnExistingLabelWhateverItsCase() {
        try (Workspace w = TempWorkspaces.create(dir, "topics")) {
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            List<Long> ids = markFive(w, a);
            w.setTopic(ids.subList(0, 2), "How long was the call?");
            long topic = w.topics().get(0).id();
            w.setTopic(ids.subList(2, 4), "how long was the CALL?");
            assertEquals(1, w.topics().size(), "the same label is the same topic");
            assertTrue(ids.subList(0, 4).stream().allMatch(id -> topicOf(w, id) == topic));
            assertEquals("Set topic “How long was the call?” on 2 claims", w.undoLabel().orElseThrow());
            w.undo();
            assertNull(topicOf(w, ids.get(2)), "one undo takes the topic off both claims it was set on");
            assertNull(topicOf(w, ids.get(3)));
            assertEquals(topic, topicOf(w, ids.get(0)));
            w.setTopic(ids.subList(0, 1), "  ");
            assertNull(topicOf(w, ids.get(0)), "a blank label takes the topic away");
            assertEquals("Clear the topic of 1 claim (1 had “How long was the call?”)", w.undoLabel().orElseThrow(), "the topic taken away is named");
            w.setTopic(ids.subList(0, 1), "Who asked for the call?");
            w.setTopic(ids.subList(2, 4), "How long was the call?");
            w.setTopic(ids.subList(0, 4), "Who spoke first?");
            assertEquals("Set topic “Who spoke first?” on 4 claims (3 had “How long was the call?”, 1 had “Who asked for the call?”)",
                    w.undoLabel().orElseThrow(), "the topics a new one replaces are named, the most frequent first");
        }
    }

    @Test
    void renamingMergingAndRecolouringAreUndoableAndKeptInTheFile() {
        Path file;
        List<Long> ids;
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            file = w.file();
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            ids = markFive(w, a);
            w.setTopic(ids.subList(0, 2), "Length");
            w.setTopic(ids.subList(2, 4), "Ceasefire");
            w.setTopic(ids.subList(4, 5), "Tone of the call");
            Topic length = w.topics().stream().filter(t -> t.label().equals("Length")).findFirst().orElseThrow();
            Topic ceasefire = w.topics().stream().filter(t -> t.label().equals("Ceasefire")).findFirst().orElseThrow();
            Topic tone = w.topics().stream().filter(t -> t.label().equals("Tone of the call")).findFirst().orElseThrow();

            w.renameTopic(length.id(), "How long was the call?");
            assertEquals("How long was the call?", w.topic(length.id()).orElseThrow().label());
            WorkspaceException clash = assertThrows(WorkspaceException.class, () -> w.renameTopic(tone.id(), "ceasefire"));
            assertTrue(clash.getMessage().contains("Merge the two instead"), clash.getMessage());

            w.mergeTopics(tone.id(), ceasefire.id());
            assertTrue(w.topic(tone.id()).isEmpty(), "the merged topic is gone");
            assertEquals(ceasefire.id(), topicOf(w, ids.get(4)));
            w.undo();
            assertEquals("Tone of the call", w.topic(tone.id()).orElseThrow().label(), "undo brings the topic back");
            assertEquals(tone.id(), topicOf(w, ids.get(4)), "and its claim");
            w.redo();
            assertEquals(ceasefire.id(), topicOf(w, ids.get(4)));

            w.recolourTopic(ceasefire.id(), "#44AA99");
            assertEquals("#44AA99", w.topic(ceasefire.id()).orElseThrow().colour());
        }
        try (Workspace w = Workspace.open(file)) {
            Topic ceasefire = w.topics().stream().filter(t -> t.label().equals("Ceasefire")).findFirst().orElseThrow();
            assertEquals("#44AA99", ceasefire.colour(), "the colour is in the file");
            assertEquals(3, w.claims().stream().filter(c -> ceasefire.id() == (c.topicId() == null ? -1 : c.topicId())).count());
            assertEquals("How long was the call?", w.topic(topicOf(w, ids.get(0))).orElseThrow().label());
        }
    }

    @Test
    void aClaimMarkedWithTheStickyTopicHasItAndOneUndoTakesBothAway() {
        try (Workspace w = TempWorkspaces.create(dir, "sticky")) {
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            Claim c = w.markClaim(a.id(), new TextSpan(0, 24), w.sourceNamed("Press").orElseThrow().id(), "", "", "Length");
            assertEquals("Length", w.topic(c.topicId()).orElseThrow().label());
            w.undo();
            assertTrue(w.claims().isEmpty());
        }
    }

    @Test
    void topicsKeepTheOrderTheyWereMadeInAfterARenameAnUndoneDeleteAndAReopen() {
        Path file;
        List<String> made = List.of("Who rang first?", "Was a date named?", "Any ceasefire?", "About trade?", "How long was the call?");
        try (Workspace w = TempWorkspaces.create(dir, "order")) {
            file = w.file();
            Article a = TempWorkspaces.addArticle(w, "Call", TEXT);
            List<Long> ids = markFive(w, a);
            for (int i = 0; i < made.size(); i++) {
                w.setTopic(ids.subList(i, i + 1), made.get(i));
            }
            assertEquals(made, labels(w), "creation order, not alphabetical");
            long second = w.topics().get(1).id();
            w.deleteTopic(second);
            w.undo();
            assertEquals(made, labels(w), "a deleted topic brought back by undo is back at its place");
            w.renameTopic(w.topics().get(0).id(), "Zealous first question");
            assertEquals("Zealous first question", labels(w).get(0), "a rename keeps the number the user learnt");
        }
        try (Workspace w = Workspace.open(file)) {
            List<String> expected = new ArrayList<>(made);
            expected.set(0, "Zealous first question");
            assertEquals(expected, labels(w), "reopened, the topics come in the same order");
        }
    }

    private static List<String> labels(Workspace w) {
        return w.topics().stream().map(Topic::label).toList();
    }
}
