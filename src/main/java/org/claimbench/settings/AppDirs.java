package org.claimbench.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Claimbench keeps its files: the XDG base directories on Linux, the usual places on macOS
 * and Windows. The system property claimbench.home puts everything under one folder (tests, portable use).
 */
public record AppDirs(Path data, Path config) {

    public static AppDirs detect() {
        String home = System.getProperty("claimbench.home");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppDirs(root.resolve("data"), root.resolve("config"));
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new AppDirs(base.resolve("Claimbench"), base.resolve("Claimbench"));
        }
        if (os.contains("mac")) {
            Path base = userHome.resolve("Library/Application Support/Claimbench");
            return new AppDirs(base, base);
        }
        return new AppDirs(xdg("XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("claimbench"),
                xdg("XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("claimbench"));
    }

    private static Path xdg(String variable, Path fallback) {
        String v = System.getenv(variable);
        // The XDG spec says relative paths are invalid and must be ignored.
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    /** The name of the workspace the app opens when given none (its file: this name and ".claimbench"). */
    public static final String DEFAULT_WORKSPACE_NAME = "default";

    public Path defaultWorkspace() {
        return data.resolve(DEFAULT_WORKSPACE_NAME + ".claimbench");
    }

    /** Where copies of native libraries are kept between starts (the SQLite driver's, one subfolder a version). */
    public Path nativeLibraries() {
        return data.resolve("native");
    }

    public Path settingsFile() {
        return config.resolve("settings.properties");
    }
}
