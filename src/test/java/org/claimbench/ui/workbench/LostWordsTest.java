package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question about claims an edit changed also tells of the claims whose words it deleted (a newcomer's edit deleted a
 * confirmed contradiction's claim and the question said nothing of it, stop 46).
 */
class LostWordsTest {

    @TempDir
    Path dir;

    @Test
    void anEditThatDeletesAClaimsWordsSaysSoWithItsContradiction() {
        String first = "The harbour board said the night ferry would stop in March. ";
        String second = "The union said the ferry would run all year.";
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            Article a = TempWorkspaces.addArticle(w, "Ferry", first + second);
            Claim kept = w.markClaim(a.id(), new TextSpan(0, first.length() - 1), w.sourceNamed("Press").orElseThrow().id(), "", "");
            Claim gone = w.markClaim(a.id(), new TextSpan(first.length(), first.length() + second.length()),
                    w.sourceNamed("Europe").orElseThrow().id(), "", "");
            w.addContradiction(kept.id(), gone.id(), ContradictionKind.OTHER, "");
            assertEquals("", ArticleCommands.lostWords(w, a.id(), Set.of()), "no claim has lost its words yet");

            w.reviseArticle(a.id(), first.strip(), TextOrigin.EDIT);
            assertTrue(w.claim(gone.id()).orElseThrow().isOrphan());
            assertEquals("\n\nThe edit also deleted the words of a claim (in a contradiction): the Claims tab lists it as “no longer in the "
                    + "text”, to re-place at other words or delete.", ArticleCommands.lostWords(w, a.id(), Set.of()));
            assertEquals("", ArticleCommands.lostWords(w, a.id(), Set.of(gone.id())), "a claim that had lost its words before is not news");
        }
    }
}
