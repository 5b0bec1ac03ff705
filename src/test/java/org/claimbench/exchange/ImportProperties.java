package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.claimbench.domain.TextSpan;
import org.claimbench.service.FileImports;
import org.claimbench.importing.FileOutcome;
import org.claimbench.workspace.HostileWorkspace;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;

/**
 * Any bytes given to the workspace (.json) and annotation (.jsonld) importers either import
 * completely or are refused with a message, and a refused file leaves the workspace exactly as it
 * was. Inputs: random bytes, and real exports with bytes flipped, cut or repeated.
 */
class ImportProperties {

    private static Path dir;
    private static byte[] workspaceJson;
    private static byte[] annotations;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeContainer
    static void exports() throws Exception {
        dir = Files.createTempDirectory("claimbench-import-prop");
        HostileWorkspace h = HostileWorkspace.create(dir, "source");
        try (Workspace w = h.workspace) {
            new JsonExporter().write(w, dir.resolve("w.json"));
            new W3cAnnotationExporter().write(w, "source", dir.resolve("w.jsonld"));
        }
        workspaceJson = Files.readAllBytes(dir.resolve("w.json"));
        annotations = Files.readAllBytes(dir.resolve("w.jsonld"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A change to a file: kind 0 flips a byte, 1 cuts the file there, 2 repeats a stretch, 3 puts in a random string. */
    record Mutation(int kind, int at, int length, String insert) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(1, 400), Arbitraries.strings().ofMaxLength(12)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] b = original;
        for (Mutation m : mutations) {
            int at = m.at() % Math.max(1, b.length);
            switch (m.kind()) {
                case 0 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[at] = (byte) (b[at] ^ (1 + m.length() % 255));
                    }
                }
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    int end = Math.min(b.length, at + m.length());
                    byte[] out = new byte[b.length + end - at];
                    System.arraycopy(b, 0, out, 0, end);
                    System.arraycopy(b, at, out, end, b.length - at);
                    b = out;
                }
                default -> {
                    byte[] ins = m.insert().getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(ins, 0, out, at, ins.length);
                    System.arraycopy(b, at, out, at + ins.length, b.length - at);
                    b = out;
                }
            }
        }
        return b;
    }

    @Property(tries = 40)
    void aDamagedWorkspaceExportImportsWholeOrChangesNothing(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        wholeOrNothing(mutate(workspaceJson, mutations), "damaged.json");
    }

    @Property(tries = 40)
    void damagedAnnotationsImportWholeOrChangeNothing(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        wholeOrNothing(mutate(annotations, mutations), "damaged.jsonld");
    }

    @Property(tries = 20)
    void anyBytesImportWholeOrChangeNothing(@ForAll byte[] bytes) throws Exception {
        wholeOrNothing(bytes, "any.json");
        wholeOrNothing(bytes, "any.jsonld");
    }

    /** Imports the bytes as a file of that name into a workspace that holds some work; refused means: a message, and the same workspace. */
    private static void wholeOrNothing(byte[] bytes, String name) throws Exception {
        Path work = Files.createTempDirectory(dir, "try");
        Path file = Files.write(work.resolve(name), bytes);
        try (Workspace w = TempWorkspaces.create(work, "target")) {
            var a = TempWorkspaces.addArticle(w, "Bulletin", HostileWorkspace.REVISED);
            int at = HostileWorkspace.REVISED.indexOf("the strike will resume");
            w.markClaim(a.id(), new TextSpan(at, at + 22), w.sourceNamed("Ukraine").orElseThrow().id(), "", "");
            JsonNode before = snapshot(w, work.resolve("before.json"));
            List<FileOutcome> out = new FileImports(w).importFiles(List.of(file), (d, t, f) -> { }, () -> false);
            assertEquals(1, out.size());
            FileOutcome o = out.get(0);
            assertFalse(o.line().isBlank(), "every outcome says what happened");
            assertFalse(o.line().contains("Exception") && !o.failed(), o.line());
            if (o.failed()) {
                assertFalse(o.line().contains("please report this"), "a damaged file is refused by its content, not by a fault of ours: " + o.line());
                assertEquals(before, snapshot(w, work.resolve("after.json")), "a refused file changed the workspace: " + o.line());
            }
            assertEquals("ok", w.integrityCheck());
        }
    }

    private static JsonNode snapshot(Workspace w, Path to) {
        try {
            new JsonExporter().write(w, to);
            ObjectNode doc = (ObjectNode) JSON.readTree(to.toFile());
            doc.remove("exported");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
