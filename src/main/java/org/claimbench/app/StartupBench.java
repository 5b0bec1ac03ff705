package org.claimbench.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The start-up figures of `claimbench bench`: cold starts of a bare JavaFX window ({@link BareWindow})
 * and of Claimbench ({@link Launcher}), interleaved, each in a JVM of its own started as this one was
 * (its collector and compiler settings), first without and then with a class-data archive (AppCDS)
 * of its own. Times are milliseconds from JVM start, as the started process prints them
 * ({@link StartupTimer}); figures are medians of the starts. Claimbench starts as for a user who
 * has used it before: a first start, not timed, makes the home's workspace (the samples) and
 * settings, and every timed start of the series opens that workspace again; the start-up is
 * over for the user when its articles are laid out in the panes (ready to mark).
 */
final class StartupBench {

    private final int starts;
    private final boolean headless;

    /**
     * @param starts   cold starts of each window per kind (at least 1)
     * @param headless true for Monocle's headless platform with software rendering, false for the real display
     */
    StartupBench(int starts, boolean headless) {
        if (starts < 1) {
            throw new IllegalArgumentException("--starts must be at least 1, not " + starts);
        }
        this.starts = starts;
        this.headless = headless;
    }

    /**
     * Times the starts, with their homes and archives in {@code dir}, and returns the figures by
     * name (milliseconds, ratios to the bare window), in the order they are printed.
     *
     * @throws IllegalStateException when a start never shows its window (it is ended after 120 s)
     */
    Map<String, Object> measure(Path dir) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Start> bare = new ArrayList<>();
        List<Start> app = new ArrayList<>();
        // A first start makes the home (its workspace and settings) the timed starts open again.
        Path home = dir.resolve("app-home");
        timeStart(Launcher.class.getName(), home, List.of());
        for (int i = 0; i < starts; i++) {
            bare.add(timeStart(BareWindow.class.getName(), dir.resolve("bare" + i), List.of()));
            app.add(timeStart(Launcher.class.getName(), home, List.of()));
        }
        startFigures(figures, "", bare, app);
        // As ./claimbench starts the app: with a class-data archive of its own (AppCDS), written by an
        // earlier run. The bare window gets one too, so the ratio compares like with like.
        Path bareArchive = dir.resolve("bare.jsa");
        Path appArchive = dir.resolve("app.jsa");
        Path homeCds = dir.resolve("app-cds-home");
        timeStart(BareWindow.class.getName(), dir.resolve("bare-cds"), List.of("-XX:ArchiveClassesAtExit=" + bareArchive));
        // The app's archive is written by a start that opens the home's workspace again, as every timed start does: written
        // by the start that makes the home (the samples imported), it lacked what only opening loads: 7 of the 19 classes a
        // timed start loaded outside the archive before ready to mark (one class of ours, five lambdas of ours, one of the
        // JDK's; docs/speed.md, round startup61).
        timeStart(Launcher.class.getName(), homeCds, List.of());
        timeStart(Launcher.class.getName(), homeCds, List.of("-XX:ArchiveClassesAtExit=" + appArchive));
        List<Start> bareCds = new ArrayList<>();
        List<Start> appCds = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            bareCds.add(timeStart(BareWindow.class.getName(), dir.resolve("bare-cds" + i), List.of("-XX:SharedArchiveFile=" + bareArchive)));
            appCds.add(timeStart(Launcher.class.getName(), homeCds, List.of("-XX:SharedArchiveFile=" + appArchive)));
        }
        startFigures(figures, "WithArchive", bareCds, appCds);
        return figures;
    }

    /**
     * Window shown (the app's opening face), the workbench laid out in it, its articles laid out in
     * the panes (ready to mark) and the lists below its panes too, beside the bare window; and the
     * longest wait for the JavaFX thread from the workbench laid out to the lists.
     */
    private static void startFigures(Map<String, Object> figures, String suffix, List<Start> bare, List<Start> app) {
        long b = BenchCommand.median(bare.stream().map(Start::shown).toList());
        long shown = BenchCommand.median(app.stream().map(Start::shown).toList());
        long ready = BenchCommand.median(app.stream().map(Start::ready).toList());
        figures.put("bareWindowShown" + suffix + "Ms", b);
        figures.put("appWindowShown" + suffix + "Ms", shown);
        figures.put("startupRatio" + suffix, BenchCommand.round2((double) shown / b));
        figures.put("appWorkbenchReady" + suffix + "Ms", ready);
        figures.put("readyRatio" + suffix, BenchCommand.round2((double) ready / b));
        long articles = BenchCommand.median(app.stream().map(Start::articles).toList());
        figures.put("appArticlesShown" + suffix + "Ms", articles);
        figures.put("markRatio" + suffix, BenchCommand.round2((double) articles / b));
        // Processor time, all threads: the bare window's when shown, the app's when ready to mark.
        long bareCpu = BenchCommand.median(bare.stream().map(Start::cpu).toList());
        long appCpu = BenchCommand.median(app.stream().map(Start::cpu).toList());
        if (bareCpu > 0 && appCpu > 0) {
            figures.put("bareWindowCpu" + suffix + "Ms", bareCpu);
            figures.put("appArticlesCpu" + suffix + "Ms", appCpu);
            figures.put("markCpuRatio" + suffix, BenchCommand.round2((double) appCpu / bareCpu));
        }
        figures.put("appListsShown" + suffix + "Ms", BenchCommand.median(app.stream().map(Start::lists).toList()));
        figures.put("fxThreadLongestWaitAfterReady" + suffix + "Ms", BenchCommand.median(app.stream().map(Start::stall).toList()));
        // The 5 s after ready to mark: the JavaFX thread asked every 16 ms; medians over the starts.
        figures.put("fxThreadWaitAfterMarkMax" + suffix + "Ms", BenchCommand.median(app.stream().map(Start::afterMarkMax).toList()));
        figures.put("fxThreadWaitAfterMarkP95" + suffix + "Ms", BenchCommand.median(app.stream().map(Start::afterMarkP95).toList()));
        long afterMarkCpu = BenchCommand.median(app.stream().map(Start::afterMarkCpu).toList());
        if (afterMarkCpu > 0) {
            figures.put("appAfterMarkCpu" + suffix + "Ms", afterMarkCpu);
        }
    }

    /**
     * Milliseconds from JVM start to the window shown, to the workbench laid out in it, to its
     * articles laid out in the panes and to the lists below its panes laid out; the longest the
     * JavaFX thread kept a task waiting from the workbench laid out to the lists; and the processor
     * time the process had used (all threads, ms) when ready to mark (the bare window: when shown).
     * The bare window has no articles, lists nor wait (-1); cpu is -1 where the JVM does not say.
     * For the 5 s after ready to mark: the longest wait for the JavaFX thread (asked every 16 ms),
     * the waits' 95th percentile, and the processor time used by the end of those 5 s (all threads, ms).
     */
    private record Start(long shown, long ready, long articles, long lists, long stall, long cpu,
                         long afterMarkMax, long afterMarkP95, long afterMarkCpu) {
    }

    private Start timeStart(String mainClass, Path home, List<String> jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        // The collector, heap and compiler settings this JVM runs with (./claimbench's, as the app starts):
        // of the collectors the last one chosen, as in the JVM's own reading of its options.
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        args.stream().filter(StartupBench::isCollector).reduce((first, last) -> last).ifPresent(cmd::add);
        args.stream().filter(a -> a.startsWith("-XX:Tier") || a.startsWith("-XX:FreqInlineSize=") || a.startsWith("-XX:InlineSmallCode="))
                .forEach(cmd::add);
        // The heap's sizing, each the last one given: the young generation's bound (./claimbench: 64 MB; it sets how often the
        // start collects), whether a full collection may leave dead objects in place (none) and how much of the old
        // generation it leaves free (30 %).
        for (String sizing : List.of("-XX:MaxNewSize=", "-XX:MarkSweepDeadRatio=", "-XX:MinHeapFreeRatio=")) {
            args.stream().filter(a -> a.startsWith(sizing)).reduce((first, last) -> last).ifPresent(cmd::add);
        }
        cmd.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", System.getProperty("java.class.path"), "-Dclaimbench.exitWhenShown=true", "-Dclaimbench.home=" + home));
        if (headless) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1600x1000-32"));
        } else {
            cmd.add("-Dprism.order=" + System.getProperty("prism.order", "es2,sw"));
        }
        cmd.add(mainClass);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // A start that hangs is ended; its figures are then missing and the run fails below.
        CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(p::destroyForcibly);
        Map<String, Long> times = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Read to the end: the process exits once its start-up is over (with -XX:ArchiveClassesAtExit
            // it writes the archive then).
            while ((line = out.readLine()) != null) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[0].endsWith("-ms") && parts[1].matches("-?\\d+")) {
                    times.put(parts[0], Long.parseLong(parts[1]));
                }
            }
            p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        if (!times.containsKey("shown-ms") || !times.containsKey("ready-ms")) {
            throw new IllegalStateException(mainClass + " never showed its window");
        }
        return new Start(times.get("shown-ms"), times.get("ready-ms"), times.getOrDefault("articles-ms", -1L),
                times.getOrDefault("lists-ms", -1L), times.getOrDefault("stall-ms", -1L),
                times.getOrDefault("articles-cpu-ms", times.getOrDefault("ready-cpu-ms", -1L)),
                times.getOrDefault("after-mark-wait-max-ms", -1L), times.getOrDefault("after-mark-wait-p95-ms", -1L),
                times.getOrDefault("after-mark-cpu-ms", -1L));
    }

    private static boolean isCollector(String jvmOption) {
        return jvmOption.startsWith("-XX:+Use") && jvmOption.endsWith("GC");
    }
}
