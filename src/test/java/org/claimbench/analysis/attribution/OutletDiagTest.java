package org.claimbench.analysis.attribution;

import java.nio.file.*;
import java.util.*;
import java.lang.reflect.Method;

import org.claimbench.analysis.evaluation.*;
import org.claimbench.analysis.language.*;
import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

class OutletDiagTest {
    @Test
    void diag() throws Exception {
        String split = System.getProperty("diag.split", "dev");
        List<String> lines = Files.readAllLines(Path.of("/tmp/a14/" + split + "-resp.txt"));
        BratCorpus.Result corpus = BratCorpus.read(Path.of("/work/shared/corpora/polnear/" + split));
        English english = English.shared();
        CueLexicon cues = CueLexicon.standard();
        CueModel model = CueModel.standard();
        StringBuilder out = new StringBuilder();
        Method fromLearned = SentenceAttributions.class.getDeclaredMethod("fromLearned", int.class, CueLexicon.Cue.class);
        fromLearned.setAccessible(true);
        Method negated = ModelCues.class.getDeclaredMethod("negated", int.class);
        negated.setAccessible(true);
        for (int li = 0; li + 1 < lines.size(); li++) {
            String l = lines.get(li);
            String why = lines.get(li + 1);
            if (!l.startsWith("speaker ") || !why.contains("outlet's own sentence; cue a noun") && !why.contains("outlet's own sentence; cue a verb of the cue lexicon")) continue;
            String kind = why.contains("cue a noun") ? "noun" : "lexverb";
            String rest = l.substring(8);
            String file = rest.substring(0, rest.indexOf(' '));
            int a = rest.indexOf("] <"), b = rest.indexOf("> ", a);
            String cueText = rest.substring(a + 3, b);
            String content = rest.substring(b + 2);
            GoldDocument doc = null; GoldAttribution gold = null;
            for (GoldDocument d : corpus.documents()) {
                if (!d.name().startsWith(file.trim())) continue;
                String key = content.substring(0, Math.min(40, content.length()));
                int pos = d.text().indexOf(key);
                for (GoldAttribution g : d.attributions()) {
                    if (g.content().isEmpty() || g.cue().isEmpty()) continue;
                    String ct = String.join(" … ", g.cue().stream().map(sp -> d.text().substring(sp.start(), sp.end())).toList());
                    if (!ct.equals(cueText)) continue;
                    if (gold == null || pos >= 0 && Math.abs(g.cue().get(0).start() - pos) < Math.abs(gold.cue().get(0).start() - pos)) { doc = d; gold = g; }
                }
            }
            if (gold == null) { out.append(kind).append("\tNOTFOUND\t").append(cueText).append('\n'); continue; }
            String text = doc.text();
            List<AnalysedSentence> analysed = english.analyse(text);
            int first = analysed.get(0).start();
            boolean found = false;
            for (AnalysedSentence s0 : analysed) {
                AnalysedSentence s = VerbTags.ofFinder(HeadlineTags.of(NameTags.of(InfinitiveTags.of(ClosedClassTags.of(s0))), cues, english, s0.start() == first && Spans.aloneOnLine(text, s0.start(), s0.end())), cues, english);
                List<Token> t = s.tokens();
                Quotations quotes = Quotations.of(text);
                for (int i = 0; i < t.size(); i++) {
                    Token x = t.get(i);
                    TextSpan c = gold.cue().get(0);
                    if (!(x.start() < c.end() && c.start() < x.end())) continue;
                    boolean wanted = kind.equals("noun") ? x.is("NOUN") || x.is("VERB") || x.is("ADJ") : x.is("VERB") || x.is("NOUN") || x.is("ADJ");
                    if (!wanted) continue;
                    found = true;
                    Reading r = new Reading(text, s, quotes);
                    String filter = !CueFeatures.candidate(x) ? "notCandidate" : x.is("NOUN") && !ModelCues.clauseAfterNoun(t, i) ? "nounNoClause"
                        : quotes.inside(x.start()) ? "inQuote" : cues.sourceless(x.lemma()) ? "sourceless"
                        : (boolean) negated.invoke(new ModelCues(r, cues, model), i) ? "negated" : "-";
                    double p = CueFeatures.candidate(x) ? model.probability(CueFeatures.of(text, t, i, quotes, cues), x.is("VERB")) : -1;
                    SentenceAttributions sa = new SentenceAttributions(text, s, quotes, cues, english, model);
                    @SuppressWarnings("unchecked")
                    List<Attribution> got = (List<Attribution>) fromLearned.invoke(sa, i, new CueLexicon.Cue(x.lemma(), "", "cue model"));
                    String g = got.isEmpty() ? "NONE" : got.stream().map(at -> "src=" + at.source().map(sp -> text.substring(sp.start(), sp.end())).orElse("-") + " words=" + r.words(at.content())).reduce((p1, p2) -> p1 + "; " + p2).get();
                    java.lang.reflect.Field sf = SentenceAttributions.class.getDeclaredField("sources"); sf.setAccessible(true);
                    SourcePhrases sp0 = (SourcePhrases) sf.get(sa);
                    int cueAt = x.is("NOUN") || x.is("VERB") ? i : Math.max(ModelCues.stativeBe(t, i, cues), i);
                    SourcePhrases.Source src0 = sp0.of(cueAt, i);
                    g = (src0 == null ? "NOSOURCE" : "src=" + text.substring(t.get(src0.start()).start(), t.get(src0.end()).end()) + (got.isEmpty() ? "/NOCONTENT" : "")) + " " + g;
                    String prev = i > 0 ? t.get(i - 1).text() + "/" + t.get(i - 1).tag() : "^";
                    String next = i + 1 < t.size() ? t.get(i + 1).text() + "/" + t.get(i + 1).tag() : "$";
                    String next2 = i + 2 < t.size() ? t.get(i + 2).text() + "/" + t.get(i + 2).tag() : "$";
                    out.append(String.format(Locale.ROOT, "%s\t%s\t%s/%s\t%s\tp=%.3f\t%s\tprev=%s next=%s %s\tlearned=%s\tsent=%s%n", kind, file.trim(), x.text(), x.tag(), x.lemma(), p, filter, prev, next, next2, g,
                        text.substring(s.start(), Math.min(s.end(), s.start() + 160)).replace('\n', ' ')));
                    break;
                }
                if (found) break;
            }
            if (!found) out.append(kind).append("\tNOTOKEN\t").append(file).append('\t').append(cueText).append('\n');
        }
        Files.writeString(Path.of("/tmp/a14/diag-" + split + ".tsv"), out.toString());
    }
}
