package org.claimbench.settings;

import java.util.ArrayList;
import java.util.List;

/** What Claimbench remembers between runs. */
public record UserSettings(List<String> recentWorkspaces, String theme) {

    public static final int MAX_RECENT = 10;

    public UserSettings {
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
        theme = "dark".equals(theme) ? "dark" : "light";
    }

    public static UserSettings defaults() {
        return new UserSettings(List.of(), "light");
    }

    /** The most recent workspace first, without duplicates. */
    public UserSettings withRecent(String path) {
        List<String> list = new ArrayList<>(recentWorkspaces);
        list.remove(path);
        list.add(0, path);
        return new UserSettings(list.size() > MAX_RECENT ? list.subList(0, MAX_RECENT) : list, theme);
    }

    public UserSettings withoutRecent(String path) {
        List<String> list = new ArrayList<>(recentWorkspaces);
        list.remove(path);
        return new UserSettings(list, theme);
    }

    public UserSettings withTheme(String newTheme) {
        return new UserSettings(recentWorkspaces, newTheme);
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}
