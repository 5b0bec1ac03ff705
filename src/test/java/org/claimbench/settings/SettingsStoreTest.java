package org.claimbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void recentWorkspacesAndThemeSurviveARestartMostRecentFirst() {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.properties"));
        store.save(UserSettings.defaults().withRecent("/a/one.claimbench").withRecent("/b/two.claimbench")
                .withRecent("/a/one.claimbench").withTheme("dark"));
        UserSettings loaded = store.load();
        assertEquals(List.of("/a/one.claimbench", "/b/two.claimbench"), loaded.recentWorkspaces());
        assertEquals("dark", loaded.theme());
    }

    @Test
    void theFileDialogsFoldersOfRecentWorkspacesSurviveARestart() {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.properties"));
        store.save(UserSettings.defaults().withRecent("/a/one.claimbench").withRecent("/b/two.claimbench")
                .withFolder("/a/one.claimbench", "*.html", "/home/ana/reports")
                .withFolder("/a/one.claimbench", "import", "/home/ana/clippings")
                .withFolder("/b/two.claimbench", "*.html", "/srv/desk/out")
                .withFolder("/gone/three.claimbench", "*.csv", "/tmp"));
        UserSettings back = store.load();
        assertEquals("/home/ana/reports", back.folder("/a/one.claimbench", "*.html").orElseThrow());
        assertEquals("/home/ana/clippings", back.folder("/a/one.claimbench", "import").orElseThrow());
        assertEquals("/srv/desk/out", back.folder("/b/two.claimbench", "*.html").orElseThrow());
        assertTrue(back.folder("/b/two.claimbench", "import").isEmpty(), "no import into the second yet");
        back = back.withFolder("/b/two.claimbench", "import", "/srv/desk/in");
        assertTrue(back.folder("/gone/three.claimbench", "*.csv").isEmpty(), "a workspace not recent is forgotten at the next change");
    }

    @Test
    void aDamagedOrMissingFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsStore store = new SettingsStore(file);
        assertEquals(UserSettings.defaults(), store.load());
        Files.write(file, new byte[] {'r', 'e', 'c', 'e', 'n', 't', '.', '0', '=', '\\', 'u', 'Z', 'Z'});
        assertEquals(UserSettings.defaults(), store.load());
    }

    @Test
    void xdgFoldersAreUsedUnlessClaimbenchHomeIsSet() {
        String old = System.getProperty("claimbench.home");
        try {
            System.setProperty("claimbench.home", dir.toString());
            AppDirs dirs = AppDirs.detect();
            assertEquals(dir.resolve("data/default.claimbench"), dirs.defaultWorkspace());
            assertEquals(dir.resolve("config/settings.properties"), dirs.settingsFile());
        } finally {
            if (old == null) {
                System.clearProperty("claimbench.home");
            } else {
                System.setProperty("claimbench.home", old);
            }
        }
    }
}
