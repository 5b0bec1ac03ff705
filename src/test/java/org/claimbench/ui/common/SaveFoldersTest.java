package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the save and open dialogs open: the folder last used for their kind with this workspace, else beside the workspace. */
class SaveFoldersTest {

    @TempDir
    Path root;

    @Test
    void aDialogFirstOpensBesideTheWorkspaceThenWhereThatKindWentLast() throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        Path project = Files.createDirectories(root.resolve("harbour-project"));
        Path reports = Files.createDirectories(root.resolve("reports"));
        Optional<Path> workspace = Optional.of(project.resolve("harbour.claimbench"));
        SaveFolders folders = new SaveFolders(home);

        assertEquals(project, folders.startFor(workspace, "*.html"), "beside the workspace, not in the home folder");
        folders.used(workspace, "*.html", reports);
        assertEquals(reports, folders.startFor(workspace, "*.html"), "where the last report of this workspace went");
        assertEquals(project, folders.startFor(workspace, "*.json"), "another kind keeps its own folder");
        Optional<Path> other = Optional.of(root.resolve("elsewhere.claimbench"));
        assertEquals(root, folders.startFor(other, "*.html"), "another workspace keeps its own folder");
    }

    @Test
    void aWorkspaceKeptInAHiddenFolderOrNoneOpensTheDocumentsFolder() throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        Files.createDirectories(home.resolve("Documents"));
        Path data = Files.createDirectories(home.resolve(".local").resolve("share").resolve("claimbench"));
        SaveFolders folders = new SaveFolders(home);
        assertEquals(home.resolve("Documents"), folders.startFor(Optional.of(data.resolve("default.claimbench")), "*.html"),
                "the default workspace's data folder is no place to look for a report");
        assertEquals(home.resolve("Documents"), folders.startFor(Optional.empty(), "*.html"));
    }

    /** On macOS and Windows the app's data folder has no dot in its name: it is still no place to offer for a report. */
    @Test
    void aWorkspaceInTheAppsOwnFolderOpensTheDocumentsFolder() throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        Files.createDirectories(home.resolve("Documents"));
        Path data = Files.createDirectories(home.resolve("Library").resolve("Application Support").resolve("Claimbench"));
        SaveFolders folders = new SaveFolders(home, SaveFolders.Memory.forNow(), Optional.of(data));
        assertEquals(home.resolve("Documents"), folders.startFor(Optional.of(data.resolve("default.claimbench")), "*.html"),
                "the default workspace's folder is the app's own");
        Path project = Files.createDirectories(root.resolve("harbour-project"));
        assertEquals(project, folders.startFor(Optional.of(project.resolve("harbour.claimbench")), "*.html"),
                "a workspace the user keeps elsewhere still opens beside itself");
    }
}
