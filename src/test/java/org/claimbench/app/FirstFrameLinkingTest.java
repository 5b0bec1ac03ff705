package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.claimbench.domain.Article;
import org.claimbench.ui.article.Byline;
import org.claimbench.ui.article.RestyleRequest;
import org.claimbench.ui.sources.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;

/**
 * The code the JavaFX thread runs on the way to ready to mark links no call site that spins classes the first time it
 * runs: a record's generated equals (java.lang.runtime.ObjectMethods: the first such link in a JVM took 17-34 ms of
 * processor time, with the class-data archive too) and string concatenation with {@code +} (each new shape spins
 * method-handle classes: 10-18 ms a shape). docs/speed.md, start-up rounds 12 and 15.
 */
class FirstFrameLinkingTest {

    /** The methods the JavaFX thread runs when the opened workspace's articles go into the panes, by class. */
    private static final Map<String, List<String>> ON_THE_WAY = Map.of(
            Byline.class.getName(), List.of("equals", "line", "count"),
            "org.claimbench.ui.workbench.WorkspacePanes", List.of("showOpened", "count"),
            Article.class.getName(), List.of("equals"),
            SourceRow.class.getName(), List.of("equals"),
            RestyleRequest.class.getName(), List.of("equals"));

    @Test
    void theFirstFramesMethodsLinkNoRecordMethodNorConcatenation() throws IOException {
        List<String> linking = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ON_THE_WAY.entrySet()) {
            for (String method : e.getValue()) {
                bootstrapsIn(e.getKey(), method).stream()
                        .filter(b -> b.startsWith("java/lang/runtime/ObjectMethods") || b.startsWith("java/lang/invoke/StringConcatFactory"))
                        .forEach(b -> linking.add(e.getKey() + "." + method + " links " + b));
            }
        }
        assertEquals(List.of(), linking);
    }

    /**
     * The real start as `claimbench bench` times it (headless, a home made by a first start, its workspace opened again): no
     * record method is linked before its articles are laid out in the panes.
     */
    @Test
    void aStartLinksNoRecordMethodBeforeReadyToMark(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        start(home, List.of());
        List<String> lines = start(home, List.of("-Xlog:class+load=info:stdout:uptime"));
        int ready = -1;
        for (int i = 0; i < lines.size() && ready < 0; i++) {
            if (lines.get(i).startsWith("articles-ms ")) {
                ready = i;
            }
        }
        assertTrue(ready > 0, "the articles were laid out: " + lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        List<String> linked = lines.subList(0, ready).stream().filter(l -> l.contains(" java.lang.runtime.ObjectMethods ")).toList();
        assertEquals(List.of(), linked, "a record's generated method linked before ready to mark");
    }

    private static List<String> start(Path home, List<String> jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dclaimbench.exitWhenShown=true",
                "-Dclaimbench.home=" + home, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1440x900-32", Launcher.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the start did not end");
        } finally {
            p.destroyForcibly();
        }
        return lines;
    }

    /** The bootstrap methods ("owner.name") of the invokedynamic instructions in every method named {@code name}. */
    private static List<String> bootstrapsIn(String c, String name) throws IOException {
        List<String> found = new ArrayList<>();
        boolean[] declared = {false};
        read(c, new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String s, String[] x) {
                if (!n.equals(name)) {
                    return null;
                }
                declared[0] = true;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n2, String d2, Handle bootstrap, Object... args) {
                        found.add(bootstrap.getOwner() + "." + bootstrap.getName());
                    }
                };
            }
        });
        assertTrue(declared[0], c + " has a method " + name);
        return found;
    }

    private static void read(String c, ClassVisitor v) throws IOException {
        try (InputStream in = FirstFrameLinkingTest.class.getClassLoader().getResourceAsStream(c.replace('.', '/') + ".class")) {
            new ClassReader(in).accept(v, 0);
        }
    }
}
