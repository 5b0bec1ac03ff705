package org.claimbench.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads and writes settings.properties. A plain properties file, not JSON: it is read on the way
 * to the first window, where a JSON library's start-up would cost a tenth of a second. A damaged
 * file falls back to the defaults; settings are never worth a crash.
 */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return UserSettings.defaults();
        }
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < UserSettings.MAX_RECENT; i++) {
            String path = p.getProperty("recent." + i);
            if (path != null && !path.isBlank()) {
                recent.add(path);
            }
        }
        java.util.Map<String, WindowLayout> layouts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < UserSettings.MAX_RECENT * 2; i++) {
            String path = p.getProperty("layout." + i + ".workspace");
            WindowLayout.decode(p.getProperty("layout." + i + ".window")).ifPresent(l -> {
                if (path != null && !path.isBlank()) {
                    layouts.put(path, l);
                }
            });
        }
        return new UserSettings(recent, p.getProperty("theme", "light"), layouts, folders(p));
    }

    /**
     * The file dialogs' folders per workspace: "folders.N.workspace" names the workspace's file, "folders.N.in.KIND" the
     * folder a dialog of that kind last used ("folders.0.in.*.html=/home/ana/reports").
     */
    private static java.util.Map<String, java.util.Map<String, String>> folders(Properties p) {
        java.util.Map<String, java.util.Map<String, String>> folders = new java.util.LinkedHashMap<>();
        for (int i = 0; i < UserSettings.MAX_RECENT * 2; i++) {
            String path = p.getProperty("folders." + i + ".workspace");
            if (path == null || path.isBlank()) {
                continue;
            }
            String prefix = "folders." + i + ".in.";
            java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    kinds.put(key.substring(prefix.length()), p.getProperty(key));
                }
            }
            folders.put(path, kinds);
        }
        return folders;
    }

    /** Writes to a temporary file first, so a crash mid-write never leaves half a settings file. */
    public void save(UserSettings settings) {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme());
        for (int i = 0; i < settings.recentWorkspaces().size(); i++) {
            p.setProperty("recent." + i, settings.recentWorkspaces().get(i));
        }
        int n = 0;
        for (var e : settings.layouts().entrySet()) {
            p.setProperty("layout." + n + ".workspace", e.getKey());
            p.setProperty("layout." + n + ".window", e.getValue().encode());
            n++;
        }
        n = 0;
        for (var e : settings.folders().entrySet()) {
            p.setProperty("folders." + n + ".workspace", e.getKey());
            for (var kind : e.getValue().entrySet()) {
                p.setProperty("folders." + n + ".in." + kind.getKey(), kind.getValue());
            }
            n++;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Claimbench settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Losing the recent-files list is harmless; the workspace itself is saved elsewhere.
            System.getLogger("claimbench").log(System.Logger.Level.WARNING, "cannot save settings: " + e.getMessage());
        }
    }
}
