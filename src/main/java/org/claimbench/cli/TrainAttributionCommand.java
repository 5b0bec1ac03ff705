package org.claimbench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.analysis.attribution.CueModel;
import org.claimbench.analysis.attribution.CueModelTraining;
import org.claimbench.analysis.evaluation.BratCorpus;
import org.claimbench.analysis.evaluation.GoldAttribution;
import org.claimbench.analysis.evaluation.GoldDocument;
import org.claimbench.analysis.language.English;
import org.claimbench.domain.TextSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimbench train attribution --corpus DIR --out FILE}: the cue model ({@link CueModel}) trained on an attribution
 * corpus in BRAT standoff laid out as PolNeAR's splits (the standard model: PolNeAR's train split, never dev or test).
 * Prints the verbs and cues it learned from and the strongest features; the model holds feature weights only.
 */
@Command(name = "attribution", description = "Train the cue model on an attribution corpus in BRAT standoff (text/NAME.txt beside "
        + "attributions/NAME_ANNOTATOR.ann, as PolNeAR's splits; use the train split) and write it gzipped to FILE.")
final class TrainAttributionCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A split of the corpus: the folder holding text/ and attributions/.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (cue-model.bin.gz).")
    Path out;

    @Option(names = "--features", defaultValue = "15", paramLabel = "N", description = "Print the N strongest features for and against a cue "
            + "(default ${DEFAULT-VALUE}).")
    int features;

    @Spec
    CommandSpec spec;

    /** OpenNLP's trainer logs each iteration: kept to warnings (held here so the setting is not collected). */
    private static final java.util.logging.Logger TRAINER_LOG = java.util.logging.Logger.getLogger("opennlp");

    @Override
    public Integer call() throws IOException {
        TRAINER_LOG.setLevel(java.util.logging.Level.WARNING);
        BratCorpus.Result read = BratCorpus.read(corpus);
        CueModelTraining training = new CueModelTraining(English.shared());
        for (GoldDocument d : read.documents()) {
            List<TextSpan> cues = new ArrayList<>();
            for (GoldAttribution a : d.attributions()) {
                cues.addAll(a.cue());
            }
            training.add(d.text(), cues);
        }
        CueModel model = training.train();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "cue model: %d texts, %d verbs outside quotations, %d of them cues; L-BFGS, %d iterations at most, L1 %.2f, L2 %.2f, feature cut-off %d; "
                        + "%d features; written to %s (%d bytes)%n", read.documents().size(), training.verbs(), training.cues(), CueModelTraining.ITERATIONS, CueModelTraining.L1, CueModelTraining.L2,
                CueModelTraining.CUTOFF, model.features(), out, Files.size(out));
        if (features > 0) {
            w.println("strongest features (weight for a cue against other verbs):");
            for (CueModel.Weight f : model.strongest(features)) {
                w.printf(Locale.ROOT, "  %+7.3f  %s%n", f.weight(), f.feature());
            }
        }
        return 0;
    }
}
