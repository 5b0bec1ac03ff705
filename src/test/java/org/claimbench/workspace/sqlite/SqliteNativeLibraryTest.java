package org.claimbench.workspace.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The SQLite driver's native library kept in the app's folder between starts, and what happens when it cannot be. */
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFolderGetsAByteForByteCopyOfTheDriversLibrary() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(dir.resolve("native")).orElseThrow();
        assertEquals(dir.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()), copy.getParent());
        assertArrayEquals(jarEntry(), Files.readAllBytes(copy));
        try (var left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy, from(copy)), left.sorted().toList(), "no partial file is left beside the copy");
        }
    }

    @Test
    void theEntryTheCopyWasMadeFromIsRememberedBesideIt() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        assertEquals(System.getProperty("os.name") + "\t" + System.getProperty("os.arch") + "\t" + driversEntry() + "\n",
                Files.readString(from(copy)));
        // A copy kept by a release before this line existed: the line is written at the next start.
        Files.delete(from(copy));
        SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        assertTrue(Files.isRegularFile(from(copy)));
    }

    @Test
    void theRememberedEntryIsWhatTheCopyIsCheckedAgainstWithoutAskingTheDriver() throws Exception {
        // Another entry of the driver's jar remembered for this system (one for another C library, say): the copy is
        // made from it, not from the one the driver would find by looking at the system.
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        String other = driversEntry().replace("/Linux/", "/Linux-Musl/");
        assumeTrue(!other.equals(driversEntry()) && SQLiteJDBCLoader.class.getResource(other) != null, "needs a second entry for this system");
        Files.writeString(from(copy), System.getProperty("os.name") + "\t" + System.getProperty("os.arch") + "\t" + other + "\n");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(other)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(SqliteNativeLibrary.cachedCopy(dir).orElseThrow()));
        }
    }

    @Test
    void anEntryRememberedOnAnotherSystemOrNotInTheJarIsNotUsed() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        String name = LibraryLoaderUtil.getNativeLibName();
        for (String line : List.of(System.getProperty("os.name") + "\tsparc\t" + driversEntry(),
                System.getProperty("os.name") + "\t" + System.getProperty("os.arch") + "\t/org/sqlite/native/Nowhere/" + name,
                System.getProperty("os.name") + "\t" + System.getProperty("os.arch") + "\t/org/sqlite/SQLiteJDBCLoader.class")) {
            Files.write(copy, new byte[] {1, 2, 3});
            Files.writeString(from(copy), line + "\n");
            assertArrayEquals(jarEntry(), Files.readAllBytes(SqliteNativeLibrary.cachedCopy(dir).orElseThrow()), line);
            assertTrue(Files.readString(from(copy)).endsWith("\t" + driversEntry() + "\n"), "found again the driver's way: " + line);
        }
    }

    private static Path from(Path copy) {
        return copy.resolveSibling(copy.getFileName() + SqliteNativeLibrary.FROM);
    }

    private static String driversEntry() {
        return LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    }

    @Test
    void aGoodCopyIsUsedAsItIsAndNotWrittenAgain() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        assertEquals(copy, SqliteNativeLibrary.cachedCopy(dir).orElseThrow());
        assertEquals(old, Files.getLastModifiedTime(copy));
    }

    @Test
    void aStaleOrDamagedCopyIsWrittenAgain() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        byte[] right = Files.readAllBytes(copy);
        // The same length with one byte changed (a size check alone would miss it), then a cut-off copy.
        byte[] damaged = right.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(copy, damaged);
        assertArrayEquals(right, Files.readAllBytes(SqliteNativeLibrary.cachedCopy(dir).orElseThrow()));
        Files.write(copy, "not a library".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(right, Files.readAllBytes(SqliteNativeLibrary.cachedCopy(dir).orElseThrow()));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriversOwnWay() throws Exception {
        // A file where the folder should be: it cannot be written to, whoever runs the test (root ignores permissions).
        Path notAFolder = Files.writeString(dir.resolve("native"), "a file, not a folder");
        assertThrows(IOException.class, () -> SqliteNativeLibrary.cachedCopy(notAFolder));
        String pathBefore = System.getProperty("org.sqlite.lib.path");
        assertTrue(SqliteNativeLibrary.useCacheIn(notAFolder).isEmpty());
        assertEquals(pathBefore, System.getProperty("org.sqlite.lib.path"), "the driver is not pointed at a copy that is not there");
    }

    @Test
    void aPartialCopyAKilledStartLeftIsRemovedAndAnotherStartsFreshOneIsNot() throws Exception {
        Path version = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Files.createDirectories(version);
        String name = LibraryLoaderUtil.getNativeLibName();
        Path abandoned = Files.writeString(version.resolve(name + "123.part"), "half a library");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 5 * 60_000));
        Path beingWritten = Files.writeString(version.resolve(name + "456.part"), "another start's, being written");
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        assertArrayEquals(jarEntry(), Files.readAllBytes(copy));
        assertTrue(Files.notExists(abandoned), "the partial copy of a start killed minutes ago is removed");
        assertTrue(Files.exists(beingWritten), "a partial copy younger than a minute may be another start's");
    }

    @Test
    void anEarlierDriverVersionsCopyIsRemovedWhenThisVersionsIsWritten() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("sqlite-jdbc-3.0.0.0"));
        Files.writeString(earlier.resolve(LibraryLoaderUtil.getNativeLibName()), "an earlier driver's library");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not a driver's folder");
        Path copy = SqliteNativeLibrary.cachedCopy(dir).orElseThrow();
        assertTrue(Files.notExists(earlier), "the earlier version's folder is gone");
        assertTrue(Files.exists(copy) && Files.exists(unrelated));
    }

    @Test
    void theCopyAnEarlierReleaseKeptInTheDataFolderIsRemovedWhenTheCachesIsWritten() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path earlierFolder = Files.createDirectories(data.resolve("native"));
        Path earlierCopy = Files.createDirectories(earlierFolder.resolve("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion()));
        Files.writeString(earlierCopy.resolve(LibraryLoaderUtil.getNativeLibName()), "the earlier release's copy");
        Path workspace = Files.writeString(data.resolve("kept.claimbench"), "not touched");

        Path copy = SqliteNativeLibrary.cachedCopy(dir.resolve("cache/native"), earlierFolder).orElseThrow();

        assertTrue(copy.startsWith(dir.resolve("cache/native")));
        assertTrue(Files.notExists(earlierFolder), "the data folder's native folder is gone");
        assertTrue(Files.exists(workspace), "nothing else in the data folder is touched");
    }

    @Test
    void anEarlierFolderHoldingSomethingElseStays() throws Exception {
        Path earlierFolder = Files.createDirectories(dir.resolve("data/native"));
        Path theirs = Files.writeString(earlierFolder.resolve("readme.txt"), "someone's file");

        SqliteNativeLibrary.cachedCopy(dir.resolve("cache/native"), earlierFolder).orElseThrow();

        assertTrue(Files.exists(theirs), "a file that is no driver's copy is never deleted");
    }

    @Test
    void aLinkNamedLikeADriversFolderIsNeverFollowedIntoWhatItPointsAt() throws Exception {
        // A user's folder reached through a symbolic link that happens to be named like the driver's folders,
        // in the cache folder and in the data folder an earlier release used: the link is not ours to empty.
        Path theirs = Files.createDirectories(dir.resolve("photos"));
        Path photo = Files.writeString(theirs.resolve("holiday.jpg"), "a photo");
        Path cache = Files.createDirectories(dir.resolve("cache/native"));
        Path earlierFolder = Files.createDirectories(dir.resolve("data/native"));
        Files.createSymbolicLink(cache.resolve("sqlite-jdbc-2.0.0.0"), theirs);
        Files.createSymbolicLink(earlierFolder.resolve("sqlite-jdbc-2.0.0.0"), theirs);

        SqliteNativeLibrary.cachedCopy(cache, earlierFolder).orElseThrow();

        assertTrue(Files.exists(photo), "the file the link leads to is kept");
    }

    @Test
    void aFileOfTheUsersInsideAnEarlierDriversFolderStays() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("sqlite-jdbc-3.0.0.0"));
        Path library = Files.writeString(earlier.resolve(LibraryLoaderUtil.getNativeLibName()), "an earlier driver's library");
        Path notes = Files.writeString(earlier.resolve("notes.txt"), "someone's notes, kept here by hand");

        SqliteNativeLibrary.cachedCopy(dir).orElseThrow();

        assertTrue(Files.notExists(library), "the earlier driver's library is removed");
        assertTrue(Files.exists(notes), "only the driver's library and its partial copies are ours to delete");
    }

    @Test
    void anotherVersionsCopyBeingWrittenByItsStartIsLeftToFinish() throws Exception {
        // Two Claimbench versions starting at once: the other's partial copy, seconds old, is its start's own.
        Path other = Files.createDirectories(dir.resolve("sqlite-jdbc-3.0.0.0"));
        String name = LibraryLoaderUtil.getNativeLibName();
        Path beingWritten = Files.writeString(other.resolve(name + "789.part"), "the other version's library, being written");
        Path abandoned = Files.writeString(other.resolve(name + "123.part"), "half a library");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 5 * 60_000));

        SqliteNativeLibrary.cachedCopy(dir).orElseThrow();

        assertTrue(Files.exists(beingWritten), "a partial copy younger than a minute may be another start's");
        assertTrue(Files.notExists(abandoned), "one minutes old is abandoned");
    }

    @Test
    void aCacheFolderThatIsAlsoTheEarlierFolderKeepsItsCopy() throws Exception {
        // XDG_CACHE_HOME set to XDG_DATA_HOME (or %LOCALAPPDATA% to %APPDATA%): the cache's native folder is the
        // data folder's, and the copy just written there is not an earlier release's to remove.
        Path same = dir.resolve("claimbench/native");
        Path copy = SqliteNativeLibrary.cachedCopy(same, same).orElseThrow();
        assertArrayEquals(jarEntry(), Files.readAllBytes(copy));
        Path linked = Files.createSymbolicLink(dir.resolve("data-native"), same);
        Files.delete(copy);
        Path again = SqliteNativeLibrary.cachedCopy(same, linked).orElseThrow();
        assertArrayEquals(jarEntry(), Files.readAllBytes(again), "an earlier folder that links to the cache's is the cache's too");
    }

    @Test
    void aLibraryTheUserNamedIsLoadedAndNoCopyIsKept() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see which library is loaded");
        Path theirs = SqliteNativeLibrary.cachedCopy(dir.resolve("theirs")).orElseThrow();
        Path folder = dir.resolve("native");
        List<String> out = probe(folder, dir.resolve("w.claimbench"), "-Dorg.sqlite.lib.path=" + theirs.getParent(),
                "-Dorg.sqlite.lib.name=" + theirs.getFileName());
        assertEquals(List.of("claims 0", "loaded " + theirs), out);
        assertTrue(Files.notExists(folder), "no copy of our own is made");
    }

    @Test
    void aWorkspaceOpensWithTheLibraryLoadedFromTheKeptCopy() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see which library is loaded");
        Path folder = dir.resolve("native");
        List<String> out = probe(folder, dir.resolve("w.claimbench"));
        Path copy = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(LibraryLoaderUtil.getNativeLibName());
        assertEquals(List.of("claims 0", "loaded " + copy), out);
    }

    @Test
    void aWorkspaceStillOpensWhenNoCopyCanBeKept() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see which library is loaded");
        Path notAFolder = Files.writeString(dir.resolve("native"), "a file, not a folder");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        List<String> out = probe(notAFolder, dir.resolve("w.claimbench"), "-Djava.io.tmpdir=" + tmp);
        assertEquals("claims 0", out.get(0));
        assertEquals(2, out.size(), "one library loaded: " + out);
        assertTrue(out.get(1).startsWith("loaded " + tmp + "/"), "extracted to the temporary folder as before: " + out);
    }

    @Test
    void aKeptCopyThatCannotBeLoadedFallsBackToTheTemporaryFolder() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see which library is loaded");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        List<String> out = probeWith(List.of("-Djava.io.tmpdir=" + tmp), dir.resolve("native").toString(),
                dir.resolve("w.claimbench").toString(), "unloadable");
        assertEquals("claims 0", out.get(0), String.join("\n", out));
        assertEquals(2, out.size(), "one library loaded: " + out);
        assertTrue(out.get(1).startsWith("loaded " + tmp + "/"), "extracted to the temporary folder, as without a kept copy: " + out);
    }

    @Test
    void aKeptCopyOnANoexecMountFallsBackToTheTemporaryFolder() throws Exception {
        // The app's data folder on a file system mounted noexec (a hardened /home, a portable folder on a stick),
        // the temporary folder not: before the kept copy, the driver loaded its library from the temporary folder.
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see which library is loaded");
        Path noexec = Files.createDirectory(dir.resolve("noexec"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String mount = "mount -t tmpfs -o noexec none '" + noexec + "'";
        // A mount of its own (a private mount namespace: nothing is mounted for anyone else); root only.
        Process check = new ProcessBuilder("unshare", "-m", "sh", "-c", mount).redirectErrorStream(true).start();
        check.getInputStream().readAllBytes();
        assumeTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0, "needs unshare and mount (root) for a noexec folder");
        String cmd = mount + " && exec '" + java + "' -Djava.io.tmpdir='" + tmp + "' -cp '" + System.getProperty("java.class.path") + "' "
                + NativeLibraryProbe.class.getName() + " '" + noexec.resolve("native") + "' '" + dir.resolve("w.claimbench") + "'";
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
        assertEquals("claims 0", out.get(0), "the workspace opens: " + out);
        assertEquals(2, out.size(), "one library loaded: " + out);
        assertTrue(out.get(1).startsWith("loaded " + tmp + "/"), "extracted to the temporary folder as before the kept copy: " + out);
    }

    @Test
    void noLibraryAtAllSaysWhatToDo() throws Exception {
        // Neither a copy of our own nor the driver's temporary folder can be written.
        Path notAFolder = Files.writeString(dir.resolve("native"), "a file, not a folder");
        Path noTmp = dir.resolve("no-such-folder");
        Path file = dir.resolve("w.claimbench");
        List<String> out = probe(notAFolder, file, "-Djava.io.tmpdir=" + noTmp, "-Dorg.sqlite.lib.path=", "-Djava.library.path=" + noTmp);
        assertEquals(1, out.size(), String.join("\n", out));
        String message = out.get(0);
        assertTrue(message.startsWith("refused Claimbench cannot open workspaces: the SQLite library for this system"), message);
        assertTrue(message.contains(noTmp.toString()) && message.contains("can be written to") && message.contains("-Djava.io.tmpdir="), message);
        assertTrue(Files.notExists(file), "no half-made workspace is left");
    }

    private static byte[] jarEntry() throws IOException {
        String name = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> probe(Path folder, Path workspace, String... jvmOptions) throws Exception {
        return probeWith(List.of(jvmOptions), folder.toString(), workspace.toString());
    }

    private static List<String> probeWith(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeLibraryProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
        return out.lines().toList();
    }
}
