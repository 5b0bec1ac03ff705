package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Scratch folders of commands (eval, bench, screenshot) go away with everything in them. */
class TempFolderTest {

    @Test
    void closingDeletesTheFolderAndWhatIsInIt() throws Exception {
        Path kept;
        try (TempFolder t = TempFolder.create("claimbench-test")) {
            kept = t.path();
            Files.createDirectories(kept.resolve("a/b"));
            Files.writeString(kept.resolve("a/b/w.claimbench"), "x");
            Files.writeString(kept.resolve("top.txt"), "y");
            assertTrue(Files.isDirectory(kept));
        }
        assertFalse(Files.exists(kept));
    }
}
