package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;

/**
 * Whatever a user does in any order — marks claims, edits the text (inserts, deletes, replaces,
 * duplicates sentences, including ones that repeat other sentences' words), undoes and redoes —
 * no claim ever points outside its article or at words that are not its quote, in memory and in
 * the file.
 */
class ClaimAnchoringProperties {

    /** A short article of our own, with words that repeat across sentences on purpose. */
    static final String TEXT = "Port bulletin\n\nThe captain said the ferry sails at noon. The mayor said the ferry sails at noon. "
            + "Engineers said the crane was repaired. A resident said the crane was repaired on Monday.\n\nTickets cost 4 euros.\n";

    static final List<String> WORDS = List.of("the", "ferry", "sails", "crane", "said", "noon", "mayor", "repaired", "Tuesday", "😀", "é", "\n");

    /** One step a user takes: kind 0 mark, 1 insert, 2 delete, 3 replace, 4 duplicate a sentence, 5 undo, 6 redo. */
    record Step(int kind, int a, int b, String word) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(1, 40), Arbitraries.of(WORDS)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 80)
    void noSequenceOfMarksEditsUndosAndRedosLeavesAClaimOffItsQuote(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("claimbench-prop");
        Path file = dir.resolve("p.claimbench");
        try {
            long articleId;
            try (Workspace w = Workspace.create(file)) {
                Article a = TempWorkspaces.addArticle(w, "Port", TEXT);
                articleId = a.id();
                long source = w.sourceNamed("Press").orElseThrow().id();
                java.util.List<Step> done = new java.util.ArrayList<>();
                for (Step s : steps) {
                    String before = w.text(articleId);
                    java.util.List<Claim> claimsBefore = w.claimsOf(articleId);
                    apply(w, articleId, source, s);
                    done.add(s);
                    try {
                        assertEveryClaimOnItsWords(w, articleId);
                    } catch (AssertionError e) {
                        String dump = done + "\nBEFORE:\n" + before + "\nCLAIMS BEFORE:\n" + claimsBefore
                                + "\nAFTER:\n" + w.text(articleId) + "\nCLAIMS:\n" + w.claimsOf(articleId);
                        StringBuilder esc = new StringBuilder();
                        dump.chars().forEach(ch -> esc.append(Character.isSurrogate((char) ch) || ch == '\n' ? String.format("\\u%04x", ch)
                                : String.valueOf((char) ch)));
                        throw new AssertionError(e.getMessage() + " after " + esc, e);
                    }
                }
            }
            try (Workspace w = Workspace.open(file)) {
                assertEveryClaimOnItsWords(w, articleId);
                assertTrue(w.checkClaims().isEmpty(), "nothing to repair after reopening");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void apply(Workspace w, long articleId, long source, Step s) {
        String text = w.text(articleId);
        int at = s.a() % (text.length() + 1);
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--; // an editor never splits a character made of two UTF-16 units
        }
        try {
            switch (s.kind()) {
                case 0 -> {
                    int start = wordStart(text, at);
                    int end = Math.min(text.length(), start + s.b());
                    if (end > start && !text.substring(start, end).isBlank()) {
                        w.markClaim(articleId, new TextSpan(start, end), source, "", "");
                    }
                }
                case 1 -> revise(w, articleId, text.substring(0, at) + s.word() + " " + text.substring(at));
                case 2 -> revise(w, articleId, text.substring(0, at) + text.substring(boundary(text, at + s.b())));
                case 3 -> {
                    revise(w, articleId, text.substring(0, at) + s.word() + text.substring(boundary(text, at + s.b())));
                }
                case 4 -> {
                    int dot = text.indexOf(". ", at);
                    if (dot > 0) {
                        int from = Math.max(0, text.lastIndexOf(". ", Math.max(0, dot - 1)) + 2);
                        revise(w, articleId, text.substring(0, dot + 2) + text.substring(from, dot + 2) + text.substring(dot + 2));
                    }
                }
                case 5 -> w.undo();
                default -> w.redo();
            }
        } catch (WorkspaceException refused) {
            // An empty text or a selection outside the text is refused with a message: the workspace stays as it was.
        }
    }

    /** The nearest offset at or after i that does not split a surrogate pair, within the text. */
    private static int boundary(String text, int i) {
        int at = Math.min(text.length(), i);
        return at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    private static void revise(Workspace w, long articleId, String text) {
        w.reviseArticle(articleId, text, TextOrigin.EDIT);
    }

    private static int wordStart(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static void assertEveryClaimOnItsWords(Workspace w, long articleId) {
        String text = w.text(articleId);
        for (Claim c : w.claimsOf(articleId)) {
            if (c.isOrphan()) {
                continue;
            }
            assertTrue(c.end() <= text.length(), "claim " + c + " points past the end of a text of " + text.length());
            assertEquals(c.exact().replace("\n", "⏎"), text.substring(c.start(), c.end()).replace("\n", "⏎"), "claim " + c.id() + " is not on its quote: " + c.anchor());
        }
    }
}
