package org.claimbench.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What stands between a path typed in the app's Save dialog ({@link SavePathDialog}) and writing a file there: nothing, a
 * file of that name already there (the user is asked before it is replaced), or a reason no file can be written, said as
 * what the user can do. Checked before anything is written, so a refused path writes nothing.
 *
 * <p>Whether a folder takes a file is found by writing one: a small file is made in it and deleted at once. The folder's
 * permission bits alone say too little (an administrator may write where the bits say no; a read-only disk or a system
 * folder refuses whatever the bits say).
 *
 * @param path    the file to write, absolute, the format's extension added when its name does not end in it; empty when there is none
 * @param exists  whether a file of that name is there already
 * @param problem why nothing can be written there, in words for the user; empty when the path can be written
 */
public record SavePathCheck(Optional<Path> path, boolean exists, Optional<String> problem) {

    /**
     * Checks {@code typed} (what the field holds), {@code extension} (without the dot: "html") added when its file name does
     * not end in it ("U.S. talks" is a name, not a name and an extension); a relative path is taken in {@code start} (the folder the dialog offered).
     */
    public static SavePathCheck of(String typed, String extension, Path start) {
        Optional<SavePathCheck> refused = unreadable(typed, start, "a file name", "a file name");
        if (refused.isPresent()) {
            return refused.get();
        }
        Path p = start.resolve(typed.strip()).toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return refused(p + " is a folder: add a file name after it (" + p.resolve("report." + extension).getFileName() + ", say).");
        }
        if (!extension.isEmpty() && !p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension.toLowerCase(java.util.Locale.ROOT))) {
            p = p.resolveSibling(p.getFileName() + "." + extension);
        }
        Path folder = p.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return new SavePathCheck(Optional.of(p), false, Optional.of("There is no folder " + folder
                    + ". Correct the path, or choose a folder with Browse\u2026"));
        }
        if (!writable(folder)) {
            return new SavePathCheck(Optional.of(p), Files.exists(p), Optional.of("You cannot write in " + folder
                    + ". Choose a folder of your own (your Documents folder, say) with Browse\u2026 or type its path."));
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
            return new SavePathCheck(Optional.of(p), true, Optional.of(p.getFileName() + " exists in " + folder
                    + " and cannot be replaced. Change the name."));
        }
        return new SavePathCheck(Optional.of(p), Files.exists(p), Optional.empty());
    }

    /**
     * Checks {@code typed} as a folder to write the files {@code names} into (the CSV export's two): {@code path} is the
     * folder, {@code exists} whether any of the files is there already; a relative path is taken in {@code start}.
     */
    public static SavePathCheck folder(String typed, java.util.List<String> names, Path start) {
        Optional<SavePathCheck> refused = unreadable(typed, start, "a folder's path", "a folder");
        if (refused.isPresent()) {
            return refused.get();
        }
        Path p = start.resolve(typed.strip()).toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            return new SavePathCheck(Optional.of(p), false, Optional.of((Files.exists(p) ? p + " is a file, not a folder" : "There is no folder " + p)
                    + ". Correct the path, or choose a folder with Browse\u2026"));
        }
        boolean exists = names.stream().anyMatch(n -> Files.exists(p.resolve(n)));
        if (!writable(p)) {
            return new SavePathCheck(Optional.of(p), exists, Optional.of("You cannot write in " + p
                    + ". Choose a folder of your own (your Documents folder, say) with Browse\u2026 or type its path."));
        }
        java.util.List<String> locked = names.stream().filter(n -> Files.exists(p.resolve(n)) && !Files.isWritable(p.resolve(n))).toList();
        if (!locked.isEmpty()) {
            return new SavePathCheck(Optional.of(p), true, Optional.of(String.join(" and ", locked) + " in " + p
                    + " cannot be replaced. Choose another folder."));
        }
        return new SavePathCheck(Optional.of(p), exists, Optional.empty());
    }

    /**
     * Why {@code typed} is no path at all (empty, or characters no path may hold), in words for the user; empty when it
     * reads as a path ({@code asked}: what to type, "a file name"; {@code what}: what it cannot be, "a folder").
     */
    private static Optional<SavePathCheck> unreadable(String typed, Path start, String asked, String what) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.of(refused("Type " + asked + ", or choose one with Browse\u2026"));
        }
        try {
            start.resolve(t);
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of(refused("\u201c" + t + "\u201d cannot be " + what + " here (" + e.getReason() + "). Remove the characters it names."));
        }
    }

    /** Whether a file can be made in {@code folder}: one is made there and deleted. */
    static boolean writable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".claimbench-", ".tmp");
            Files.deleteIfExists(probe);
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static SavePathCheck refused(String why) {
        return new SavePathCheck(Optional.empty(), false, Optional.of(why));
    }
}
