package org.claimbench.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Claimbench remembers between runs: recent workspaces, the theme, and for each recent workspace (its file's absolute
 * path) the window's layout and the folders its file dialogs last used, by kind of file ({@code "*.html"}, {@code
 * "import"}, {@code "folder"} … to an absolute folder path).
 */
public record UserSettings(List<String> recentWorkspaces, String theme, Map<String, WindowLayout> layouts,
                           Map<String, Map<String, String>> folders) {

    public static final int MAX_RECENT = 10;

    public UserSettings {
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
        theme = "dark".equals(theme) ? "dark" : "light";
        layouts = layouts == null ? Map.of() : Map.copyOf(layouts);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        (folders == null ? Map.<String, Map<String, String>>of() : folders).forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        folders = Map.copyOf(copy);
    }

    public UserSettings(List<String> recentWorkspaces, String theme, Map<String, WindowLayout> layouts) {
        this(recentWorkspaces, theme, layouts, Map.of());
    }

    public UserSettings(List<String> recentWorkspaces, String theme) {
        this(recentWorkspaces, theme, Map.of());
    }

    public static UserSettings defaults() {
        return new UserSettings(List.of(), "light");
    }

    /** The most recent workspace first, without duplicates. */
    public UserSettings withRecent(String path) {
        List<String> list = new ArrayList<>(recentWorkspaces);
        list.remove(path);
        list.add(0, path);
        return new UserSettings(list.size() > MAX_RECENT ? list.subList(0, MAX_RECENT) : list, theme, layouts, folders);
    }

    public UserSettings withoutRecent(String path) {
        List<String> list = new ArrayList<>(recentWorkspaces);
        list.remove(path);
        return new UserSettings(list, theme, layouts, folders);
    }

    public UserSettings withTheme(String newTheme) {
        return new UserSettings(recentWorkspaces, newTheme, layouts, folders);
    }

    /** Remembers a workspace's layout; only those of recent workspaces are kept. */
    public UserSettings withLayout(String path, WindowLayout layout) {
        Map<String, WindowLayout> kept = new LinkedHashMap<>();
        layouts.forEach((k, v) -> {
            if (recentWorkspaces.contains(k) || k.equals(path)) {
                kept.put(k, v);
            }
        });
        kept.put(path, layout);
        return new UserSettings(recentWorkspaces, theme, kept, folders);
    }

    /** Remembers that a file dialog of {@code kind} ended in {@code folder} for a workspace; only recent workspaces' are kept. */
    public UserSettings withFolder(String path, String kind, String folder) {
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        folders.forEach((k, v) -> {
            if (recentWorkspaces.contains(k) || k.equals(path)) {
                kept.put(k, v);
            }
        });
        Map<String, String> kinds = new LinkedHashMap<>(kept.getOrDefault(path, Map.of()));
        kinds.put(kind, folder);
        kept.put(path, kinds);
        return new UserSettings(recentWorkspaces, theme, layouts, kept);
    }

    /** The folder a file dialog of {@code kind} last used for the workspace at {@code path}, if remembered. */
    public Optional<String> folder(String path, String kind) {
        return Optional.ofNullable(folders.getOrDefault(path, Map.of()).get(kind));
    }

    public Optional<WindowLayout> layout(String path) {
        return Optional.ofNullable(layouts.get(path));
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}
