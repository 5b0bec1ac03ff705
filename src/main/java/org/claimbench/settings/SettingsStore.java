package org.claimbench.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes settings.json. A damaged file falls back to the defaults; settings are never worth a crash. */
public final class SettingsStore {

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        try {
            return json.readValue(file.toFile(), UserSettings.class);
        } catch (IOException e) {
            return UserSettings.defaults();
        }
    }

    /** Writes to a temporary file first, so a crash mid-write never leaves half a settings file. */
    public void save(UserSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(tmp.toFile(), settings);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Losing the recent-files list is harmless; the workspace itself is saved elsewhere.
            System.getLogger("claimbench").log(System.Logger.Level.WARNING, "cannot save settings: " + e.getMessage());
        }
    }
}
