package org.claimbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.claimbench.cli.ClaimbenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's picture is made by `claimbench screenshot` (assets/screenshot.sh): it must keep working on a
 * workspace with claims and a contradiction under review. Run in a JVM of its own, as the script runs it,
 * because it starts and stops the JavaFX toolkit itself.
 */
class ScreenshotCommandTest {

    @TempDir
    Path dir;

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = ClaimbenchCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute(args), String.join(" ", args));
        return out.toString();
    }

    @Test
    void rendersTheWindowWithAContradictionUnderReviewToAPng() throws Exception {
        Path ws = dir.resolve("demo.claimbench");
        cli("import", "--workspace", ws.toString(), "--samples");
        String a = cli("claim", "add", "--workspace", ws.toString(), "--article", "1", "--quote", "that is, Kiev's virtual surrender",
                "--source", "Press").split("\\s+")[1];
        String b = cli("claim", "add", "--workspace", ws.toString(), "--article", "2", "--quote", "had an hour-long phone conversation",
                "--source", "Press").split("\\s+")[1];
        String x = cli("contradiction", "add", "--workspace", ws.toString(), "--claims", a + "," + b, "--kind", "framing").split("\\s+")[1];
        Path png = dir.resolve("shot.png");
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "screenshot", "--workspace", ws.toString(), "--articles", "1,2",
                "--contradiction", x, "--size", "1200x800", "--out", png.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the screenshot took over 90 s");
        assertEquals(0, p.exitValue(), Files.readString(log));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertTrue(!Files.readString(log).contains("SEVERE"), Files.readString(log));
    }
}
