package org.claimbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {

    @TempDir
    Path home;

    @Test
    void oneHomeFolderHoldsDataConfigAndACacheTheNativeLibrariesGoTo() {
        String before = System.getProperty("claimbench.home");
        System.setProperty("claimbench.home", home.toString());
        try {
            AppDirs dirs = AppDirs.detect();
            assertEquals(home.resolve("data"), dirs.data());
            assertEquals(home.resolve("config"), dirs.config());
            assertEquals(home.resolve("cache/native"), dirs.nativeLibraries());
            assertEquals(home.resolve("data/native"), dirs.earlierNativeLibraries());
        } finally {
            if (before == null) {
                System.clearProperty("claimbench.home");
            } else {
                System.setProperty("claimbench.home", before);
            }
        }
    }

    @Test
    void foldersGivenWithoutACacheKeepItBesideTheData() {
        AppDirs dirs = new AppDirs(home.resolve("ui/data"), home.resolve("ui/config"));
        assertEquals(home.resolve("ui/cache"), dirs.cache());
    }
}
