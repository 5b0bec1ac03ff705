package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.analysis.evaluation.BratCorpus;
import org.claimbench.analysis.evaluation.CueStatistics;
import org.claimbench.analysis.language.English;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimbench eval cues --corpus DIR}: the cue lexicon's corpus-derived entries, rebuilt from an attribution
 * corpus in BRAT standoff (the PolNeAR train split): each lemma and form (verb, passive, noun) that is the cue of at
 * least {@code --min-attributions} attributions and a cue in at least {@code --min-share} of its occurrences, printed
 * in the lexicon's format ({@code cues-polnear-train.tsv}). Only lemmas and counts are printed, never the corpus's text.
 */
@Command(name = "cues", description = "Print the cue lemmas of an attribution corpus in BRAT standoff (as PolNeAR's splits) in the cue "
        + "lexicon's format: lemma, form (verb, passive, noun), the attributions it cues and the share of its occurrences that are cues.")
final class EvalCuesCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A split of the corpus: the folder holding text/ and attributions/.")
    Path corpus;

    @Option(names = "--min-attributions", defaultValue = "10", paramLabel = "N", description = "Keep a lemma cueing at least N attributions (default ${DEFAULT-VALUE}).")
    int minAttributions;

    @Option(names = "--min-share", defaultValue = "0.3", paramLabel = "P", description = "Keep a lemma that is a cue in at least this share of its occurrences (default ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = "--label", defaultValue = "PolNeAR train", paramLabel = "NAME", description = "How each line names the corpus (default ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--all", description = "Print every lemma with at least N attributions, the share below the threshold marked with '#'.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BratCorpus.Result read = BratCorpus.read(corpus);
        CueStatistics stats = CueStatistics.of(read.documents(), English.shared());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# Cues by lemma derived from %s (%d texts) by 'claimbench eval cues --corpus DIR --min-attributions %d --min-share %s':%n",
                corpus.getFileName(), read.documents().size(), minAttributions, minShare);
        out.println("# LEMMA<TAB>FORM<TAB>SOURCE; a lemma is counted by OpenNLP's lemmatizer, the share is its cue tokens over its tokens of that form;");
        out.println("# 'with a source': the share of its attributions whose annotation names a source (under a half: the writer's own hedge, no speaker's).");
        for (CueStatistics.Entry e : stats.entries(minAttributions)) {
            boolean kept = e.share() >= minShare;
            if (kept || all) {
                out.printf(Locale.ROOT, "%s%s\t%s\t%s, %d annotations, share %.2f (%d of %d), with a source %.2f%n", kept ? "" : "# ",
                        e.lemma(), e.form(), label, e.attributions(), e.share(), e.cueTokens(), e.occurrences(), e.sourcedShare());
            }
        }
        return 0;
    }
}
