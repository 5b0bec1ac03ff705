package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save and open dialogs start in the user's documents, not where the app was started. */
class FileChoicesTest {

    @TempDir
    Path home;

    @Test
    void theDocumentsFolderWhenThereIsOneElseHome() throws Exception {
        assertEquals(home, FileChoices.startFolder(home));
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), FileChoices.startFolder(home));
    }
}
