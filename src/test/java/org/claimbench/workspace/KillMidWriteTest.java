package org.claimbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while it writes claims leaves a valid file holding every claim it reported as committed. */
class KillMidWriteTest {

    @TempDir
    Path dir;

    @Test
    void killingTheWriterMidLoopLosesNoCommittedClaim() throws Exception {
        Path file = dir.resolve("crash.claimbench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add(Long.parseLong(line.substring(10)));
                    if (committed.size() >= 300) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        assertTrue(committed.size() >= 300, "the child reported only " + committed.size() + " claims");
        try (Workspace w = Workspace.open(file)) {
            assertEquals("ok", w.integrityCheck());
            for (long id : committed) {
                assertTrue(w.claim(id).isPresent(), "claim " + id + " was reported committed but is missing");
            }
            assertTrue(w.claimCount() >= committed.size());
        }
    }
}
