package org.claimbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, never more than fits, and one bad file never stops a batch. */
class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDeviceOrAPipeIsRefusedAtOnceAndTheRestOfTheBatchIsImported() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Path fifo = dir.resolve("feed");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Path first = Files.writeString(dir.resolve("first.txt"), "The mayor said the bridge would reopen in May.");
        Path last = Files.writeString(dir.resolve("last.txt"), "The council said the bridge would stay shut until June.");
        List<ArticleDraft> stored = new ArrayList<>();
        List<FileOutcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                new ImportBatch(new ArticleImporter()).run(List.of(first, zero, fifo, last), drafts -> {
                    List<ArticleSink.Stored> out = new ArrayList<>();
                    for (ArticleDraft d : drafts) {
                        stored.add(d);
                        out.add(new ArticleSink.Stored(stored.size(), d.metadata().title(), false));
                    }
                    return out;
                }, (done, total, file) -> { }, () -> false));
        assertEquals(List.of(FileOutcome.Status.FAILED, FileOutcome.Status.FAILED, FileOutcome.Status.IMPORTED, FileOutcome.Status.IMPORTED),
                outcomes.stream().map(FileOutcome::status).toList());
        assertEquals("'/dev/zero' is not a regular file (it is a device, a pipe or a socket). "
                + "Claimbench imports article files; save the article to a file and import that.", outcomes.get(0).message());
        assertTrue(outcomes.get(1).message().startsWith("'" + fifo + "' is not a regular file"), outcomes.get(1).message());
        assertEquals(2, stored.size());
    }

    @Test
    void aFileTooBigForTheMemoryGivenSaysSoAndTheNextFileIsImported() throws Exception {
        Path big = dir.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String line = "The delegation said the talks on the harbour fees would go on next week, as planned before.\n";
            for (long n = 0; n < 19L * 1024 * 1024; n += line.length()) {
                w.write(line);
            }
        }
        Path small = Files.writeString(dir.resolve("small.txt"), "The port reopened on Thursday, officials said.");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"), "org.claimbench.app.Launcher",
                "import", "--workspace", dir.resolve("w.claimbench").toString(), big.toString(), small.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the import finished");
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("failed    'big.txt' is too big to read in the memory Claimbench has (48 MB)."), out);
        assertTrue(out.contains("imported  small.txt"), out);
    }
}
