package org.claimbench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimbench train}: rebuild the suggestion engine's trained models from a corpus. */
@Command(name = "train", description = "Rebuild a trained model of the suggestion engine from an annotated corpus.",
        subcommands = {TrainAttributionCommand.class, TrainRankerCommand.class, RankerFoldsCommand.class})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
