package org.claimbench.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Claimbench remembers between runs: recent workspaces, the theme, and each recent workspace's window layout. */
public record UserSettings(List<String> recentWorkspaces, String theme, Map<String, WindowLayout> layouts) {

    public static final int MAX_RECENT = 10;

    public UserSettings {
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
        theme = "dark".equals(theme) ? "dark" : "light";
        layouts = layouts == null ? Map.of() : Map.copyOf(layouts);
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
        return new UserSettings(list.size() > MAX_RECENT ? list.subList(0, MAX_RECENT) : list, theme, layouts);
    }

    public UserSettings withoutRecent(String path) {
        List<String> list = new ArrayList<>(recentWorkspaces);
        list.remove(path);
        return new UserSettings(list, theme, layouts);
    }

    public UserSettings withTheme(String newTheme) {
        return new UserSettings(recentWorkspaces, newTheme, layouts);
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
        return new UserSettings(recentWorkspaces, theme, kept);
    }

    public Optional<WindowLayout> layout(String path) {
        return Optional.ofNullable(layouts.get(path));
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}
