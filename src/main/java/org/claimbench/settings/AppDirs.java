package org.claimbench.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Claimbench keeps its files: the XDG base directories on Linux (XDG Base Directory
 * Specification 0.8: data, config and cache homes), the usual places on macOS (Application Support,
 * Caches) and Windows (the roaming profile for what the user made, the local one for what can be made
 * again). The system property claimbench.home puts everything under one folder (tests, portable use).
 *
 * @param data the user's workspaces (kept, and on Windows roamed with the profile)
 * @param config settings
 * @param cache files the app can make again, never roamed nor backed up: copies of native libraries
 */
public record AppDirs(Path data, Path config, Path cache) {

    /** Folders with the cache beside the data folder (its sibling "cache"), as under claimbench.home. */
    public AppDirs(Path data, Path config) {
        this(data, config, data.resolveSibling("cache"));
    }

    public static AppDirs detect() {
        String home = System.getProperty("claimbench.home");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppDirs(root.resolve("data"), root.resolve("config"), root.resolve("cache"));
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = windowsFolder("APPDATA", userHome.resolve("AppData/Roaming")).resolve("Claimbench");
            Path local = windowsFolder("LOCALAPPDATA", userHome.resolve("AppData/Local")).resolve("Claimbench");
            return new AppDirs(roaming, roaming, local);
        }
        if (os.contains("mac")) {
            Path base = userHome.resolve("Library/Application Support/Claimbench");
            return new AppDirs(base, base, userHome.resolve("Library/Caches/Claimbench"));
        }
        return new AppDirs(xdg("XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("claimbench"),
                xdg("XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("claimbench"),
                xdg("XDG_CACHE_HOME", userHome.resolve(".cache")).resolve("claimbench"));
    }

    private static Path windowsFolder(String variable, Path fallback) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() ? Path.of(v) : fallback;
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

    /**
     * Where copies of native libraries are kept between starts (the SQLite driver's, one subfolder a version):
     * in the cache, so that a Windows roaming profile does not carry a platform's library to other machines.
     */
    public Path nativeLibraries() {
        return cache.resolve("native");
    }

    /** Where releases before the cache folder kept them (data/native); removed when found. */
    public Path earlierNativeLibraries() {
        return data.resolve("native");
    }

    public Path settingsFile() {
        return config.resolve("settings.properties");
    }
}
