package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavePathCheckTest {

    @TempDir
    Path dir;

    @Test
    void aNameWithDotsButNotTheFormatsExtensionGetsIt() {
        SavePathCheck c = SavePathCheck.of("U.S. talks, day 2", "html", dir);
        assertEquals(dir.resolve("U.S. talks, day 2.html"), c.path().orElseThrow());
        assertTrue(c.problem().isEmpty());
        assertEquals(dir.resolve("notes.HTML"), SavePathCheck.of("notes.HTML", "html", dir).path().orElseThrow());
    }

    @Test
    void aFolderThatIsNotThereIsNamedAndAFolderTypedAloneAsksForAName() throws Exception {
        SavePathCheck missing = SavePathCheck.of(dir.resolve("nowhere/r.html").toString(), "html", dir);
        assertTrue(missing.problem().orElseThrow().startsWith("There is no folder " + dir.resolve("nowhere")), missing.toString());
        assertTrue(SavePathCheck.of(dir.toString(), "html", dir).problem().orElseThrow().contains("is a folder"));
        assertTrue(SavePathCheck.of("  ", "html", dir).problem().isPresent());
        Files.writeString(dir.resolve("r.html"), "x");
        SavePathCheck there = SavePathCheck.of("r", "html", dir);
        assertTrue(there.exists());
        assertFalse(there.problem().isPresent());
        assertEquals(1, Files.list(dir).count(), "checking leaves no file behind");
    }
}
