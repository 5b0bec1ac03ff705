package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.speakers.SpeakerTable;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "suggest", description = "Suggest likely claims and likely contradictions, each with its reason.",
        subcommands = {SuggestCommand.Claims.class, SuggestCommand.Contradictions.class})
final class SuggestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "contradictions", description = "Likely contradictions among the workspace's claims, best first, with score, signals and explanation.")
    static final class Contradictions implements Callable<Integer> {

        record Row(long claimA, long claimB, double score, String kind, List<String> signals, String explanation, boolean sameEvent,
                   String quoteA, String sourceA, String quoteB, String sourceB) {
        }

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--limit", defaultValue = "50", paramLabel = "K", description = "At most K suggestions (default 50).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Row> rows = new ArrayList<>();
            try (Workspace w = workspace.open()) {
                java.util.Map<Long, String> sources = new java.util.HashMap<>();
                w.sources().forEach(s -> sources.put(s.id(), s.name()));
                // Events inferred, claims read (and stored: a second run reads them from the workspace).
                List<org.claimbench.analysis.contradiction.ClaimFacts> facts = org.claimbench.workspace.ContradictionInputs.read(w, w.claims(),
                        (done, total) -> { });
                for (var s : new org.claimbench.analysis.contradiction.ContradictionSuggester().suggest(facts, w.decisions().pairsNotToSuggest())) {
                    if (rows.size() >= limit) {
                        break;
                    }
                    Claim a = w.claim(s.claimA()).orElseThrow();
                    Claim b = w.claim(s.claimB()).orElseThrow();
                    rows.add(new Row(s.claimA(), s.claimB(), Math.round(s.score() * 1000) / 1000.0, s.signals().get(0).kind().code(),
                            s.signals().stream().map(org.claimbench.analysis.contradiction.Signal::name).toList(), s.explanation(), s.sameEvent(),
                            a.exact(), sources.get(a.sourceId()), b.exact(), sources.get(b.sourceId())));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, rows);
            } else {
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "%.2f  claims %d and %d  %-9s %s%n      %s: “%s”%n      %s: “%s”%n", r.score(), r.claimA(),
                            r.claimB(), r.kind(), r.explanation(), r.sourceA(), cut(r.quoteA()), r.sourceB(), cut(r.quoteB()));
                }
                out.println(rows.size() + " suggestions");
            }
            return 0;
        }

        private static String cut(String s) {
            String t = s.replace('\n', ' ');
            return t.length() <= 100 ? t : t.substring(0, 99) + "…";
        }
    }

    @Command(name = "claims", description = "Likely claims (attributed statements and the outlet's own assertions) not yet marked.")
    static final class Claims implements Callable<Integer> {

        /**
         * A suggested claim: its span and quote, the speaker's name and where the text names them (sourceStart/sourceEnd,
         * UTF-16 offsets, null when the text names no one: the outlet's own assertions), and the source the speaker table
         * maps the speaker to (null while the speaker is unassigned; "Press" for the outlet's claims). {@code kind} says who
         * asserts it: "statement" (the speaker), "narrated act" or "headline" (the outlet, telling what the speaker, the
         * actor, did or thinks), "outlet's own" (the outlet's sentence, byOutlet true).
         */
        record Row(long articleId, int start, int end, String quote, String speaker, Integer sourceStart, Integer sourceEnd, String source,
                   boolean byOutlet, String kind, double score, String reason) {
        }

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Row> rows = new ArrayList<>();
            try (Workspace w = workspace.open()) {
                ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.of(w));
                for (Article a : w.articles()) {
                    String text = w.text(a.id());
                    List<Claim> marked = w.claimsOf(a.id());
                    for (ClaimSuggestion s : suggester.suggest(a.id(), text)) {
                        // Already marked, or turned down in the app: nothing to suggest.
                        boolean known = marked.stream().anyMatch(c -> c.span().settles(s.span()))
                                || w.decisions().isClaimDismissed(a.id(), s.span());
                        if (!known) {
                            rows.add(new Row(a.id(), s.span().start(), s.span().end(), text.substring(s.span().start(), s.span().end()),
                                    s.speaker(), s.sourceSpan().map(x -> x.start()).orElse(null), s.sourceSpan().map(x -> x.end()).orElse(null),
                                    s.source().orElse(null), s.byOutlet(), s.kind().label(), s.score(), s.reason()));
                        }
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, rows);
            } else {
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "article %d [%d,%d) %-16s %-20s “%s”%n      because %s%n", r.articleId(), r.start(), r.end(),
                            r.source() == null ? org.claimbench.analysis.ClaimSuggestion.UNASSIGNED : r.source(), r.speaker(), r.quote().length() > 90 ? r.quote().substring(0, 89) + "…" : r.quote(), r.reason());
                }
                out.println(rows.size() + " suggestions");
            }
            return 0;
        }
    }
}
