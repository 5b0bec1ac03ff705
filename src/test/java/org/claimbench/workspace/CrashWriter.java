package org.claimbench.workspace;

import java.nio.file.Path;

import org.claimbench.domain.Article;
import org.claimbench.domain.TextSpan;

/**
 * Run in a child JVM by {@link KillMidWriteTest}: marks claims in a loop and prints the id of
 * each one after its transaction committed, until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Workspace w = Workspace.openOrCreate(file);
        String text = "The call lasted an hour, the Kremlin said, and both sides agreed to talk again. ".repeat(50);
        Article a = TempWorkspaces.addArticle(w, "Loop", text);
        long source = w.sources().get(0).id();
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            int start = (i * 7) % (text.length() - 40);
            long id = w.markClaim(a.id(), new TextSpan(start, start + 20 + i % 17), source, "speaker " + i, "note " + i).id();
            System.out.println("committed " + id);
            System.out.flush();
        }
    }
}
