package org.claimbench.workspace;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceBundle;

/**
 * Brings a whole exported workspace in, in one transaction, settings included (all or nothing):
 * into a workspace that holds nothing the user made (a new file: default sources, speaker table
 * and rating scale, nothing else) with the very same ids, so exporting again gives the same
 * document; into any other by merging: sources and topics matched by name, articles by their
 * text, speakers added where this workspace has none of that name, ratings the file uses added to
 * the end of this workspace's scale, new ids for the rest. The user's own setup is never replaced.
 */
final class BundleImport {

    private final WorkspaceState state;
    private final List<org.claimbench.domain.Speaker> currentSpeakers;
    private final java.time.Instant now;

    BundleImport(WorkspaceState state, List<org.claimbench.domain.Speaker> currentSpeakers, java.time.Instant now) {
        this.state = state;
        this.currentSpeakers = currentSpeakers;
        this.now = now;
    }

    MergeReport apply(Tx tx, WorkspaceBundle b) throws SQLException {
        checkReferences(b);
        List<String> scale = distinctIgnoringCase(b.ratingScale().stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        if (!b.ratingScale().isEmpty() && scale.isEmpty()) {
            throw new WorkspaceException("The file's rating scale has no rating (only blank labels). Nothing was imported.");
        }
        boolean exact = holdsNothingTheUserMade();
        Map<Long, Long> sourceIds = new HashMap<>();
        int sourcesAdded = 0;
        if (exact) {
            // Reproduced as the file holds it: its sources with their ids and order (a default it renamed, too).
            for (Source d : List.copyOf(state.sources.values())) {
                tx.deleteSource(d.id());
            }
            java.util.Set<String> defaults = new HashSet<>();
            org.claimbench.domain.SourcePalette.DEFAULTS.forEach(d -> defaults.add(lower(d.name())));
            for (Source s : b.sources()) {
                sourceIds.put(s.id(), tx.insertSource(s).id());
                sourcesAdded += defaults.contains(lower(s.name())) ? 0 : 1;
            }
        }
        for (Source s : exact ? List.<Source>of() : b.sources()) {
            Source existing = state.sources.values().stream().filter(x -> x.name().equalsIgnoreCase(s.name())).findFirst()
                    // A workspace has one outlet: the file's outlet, by whatever name, is this workspace's own.
                    .or(() -> s.isOutlet() ? Source.outletAmong(state.sources.values()) : java.util.Optional.<Source>empty())
                    .orElse(null);
            if (existing != null) {
                if (exact && existing.id() == s.id() && !existing.equals(s)) {
                    tx.updateSource(s);
                }
                sourceIds.put(s.id(), existing.id());
            } else {
                boolean keepId = exact && !state.sources.containsKey(s.id());
                int order = keepId ? s.sortOrder() : state.sources.values().stream().mapToInt(Source::sortOrder).max().orElse(0) + 1 + sourcesAdded;
                sourceIds.put(s.id(), tx.insertSource(new Source(keepId ? s.id() : 0, s.name(), s.colour(), s.description(), order, s.isOutlet())).id());
                sourcesAdded++;
            }
        }
        Map<Long, Long> topicIds = new HashMap<>();
        for (Topic t : b.topics()) {
            Topic existing = state.topics.values().stream().filter(x -> x.label().equalsIgnoreCase(t.label())).findFirst().orElse(null);
            topicIds.put(t.id(), existing != null ? existing.id() : tx.insertTopic(new Topic(exact ? t.id() : 0, t.label(), t.colour())).id());
        }
        Map<Long, Long> articleIds = new HashMap<>();
        Map<String, Long> bySha = new HashMap<>();
        state.articles.values().forEach(a -> bySha.put(a.textSha256(), a.id()));
        int added = 0;
        int there = 0;
        for (WorkspaceBundle.ArticleWithText a : b.articles()) {
            Long existing = bySha.get(a.article().textSha256());
            if (existing != null) {
                articleIds.put(a.article().id(), existing);
                there++;
                continue;
            }
            if (a.text().length() > Article.MAX_LENGTH) {
                throw new WorkspaceException("Article " + a.article().id() + " has " + a.text().length() + " characters; Claimbench holds articles of up to "
                        + Article.MAX_LENGTH + ". Nothing was imported.");
            }
            Article in = exact ? a.article() : new Article(0, a.article().metadata(), a.article().length(), a.article().textSha256(),
                    a.article().importedAt(), a.article().textOrigin());
            long id = tx.insertArticle(in, a.text()).id();
            for (org.claimbench.domain.ArticleVersion v : a.versions()) {
                tx.insertVersion(new org.claimbench.domain.ArticleVersion(id, v.version(), v.text(), v.replaced(), v.origin()));
            }
            articleIds.put(a.article().id(), id);
            bySha.put(a.article().textSha256(), id);
            added++;
        }
        Map<Long, Long> claimIds = new HashMap<>();
        Set<String> present = new HashSet<>();
        state.claims.values().forEach(c -> present.add(claimKey(c)));
        int claimsAdded = 0;
        for (Claim c : b.claims()) {
            long article = articleIds.get(c.articleId());
            long source = sourceIds.get(c.sourceId());
            String key = claimKey(new Claim(0, article, c.span(), c.quote(), source, "", null, "", c.created(), c.updated(), c.anchor(), ""));
            Long topic = c.topicId() == null ? null : topicIds.get(c.topicId());
            Claim in = new Claim(exact ? c.id() : 0, article, c.span(), c.quote(), source, c.speaker(), topic, c.note(), c.created(), c.updated(),
                    c.anchor(), c.markedQuote());
            if (!present.add(key)) {
                state.claims.values().stream().filter(x -> claimKey(x).equals(key)).findFirst()
                        .ifPresent(x -> claimIds.put(c.id(), x.id()));
                continue;
            }
            claimIds.put(c.id(), tx.insertClaim(in).id());
            claimsAdded++;
        }
        Set<String> pairs = new HashSet<>();
        state.contradictions.values().forEach(x -> pairs.add(x.pairKey()));
        int contradictionsAdded = 0;
        for (Contradiction x : b.contradictions()) {
            Long a = claimIds.get(x.claimA());
            Long c = claimIds.get(x.claimB());
            if (a == null || c == null || !pairs.add(Contradiction.pairKey(a, c))) {
                continue;
            }
            tx.insertContradiction(new Contradiction(exact ? x.id() : 0, a, c, x.kind(), x.status(), x.note(), x.origin(), x.score(), x.created()));
            contradictionsAdded++;
        }
        int speakersAdded;
        if (exact) {
            tx.importSpeakers(b.speakers().stream().map(s -> new org.claimbench.domain.Speaker(s.id(), s.name(),
                    sourceIds.getOrDefault(s.sourceId(), s.sourceId()), s.person(), s.aliases())).toList(), !b.speakers().isEmpty());
            speakersAdded = 0;
        } else {
            List<org.claimbench.domain.Speaker> newSpeakers = b.speakers().stream()
                    .filter(s -> sourceIds.containsKey(s.sourceId()))
                    .filter(s -> currentSpeakers.stream().noneMatch(x -> x.name().equalsIgnoreCase(s.name())))
                    .map(s -> new org.claimbench.domain.Speaker(0, s.name(), sourceIds.get(s.sourceId()), s.person(), s.aliases())).toList();
            tx.importSpeakers(newSpeakers, false);
            speakersAdded = newSpeakers.size();
        }
        List<String> ratingsAdded = new java.util.ArrayList<>();
        if (exact) {
            if (!scale.isEmpty() && !scale.equals(state.ratingScale)) {
                tx.setRatingScale(scale);
            }
        } else {
            List<String> merged = new java.util.ArrayList<>(state.ratingScale);
            java.util.stream.Stream.concat(scale.stream(), b.verdicts().stream().map(org.claimbench.domain.Verdict::rating))
                    .filter(r -> merged.stream().noneMatch(x -> x.equalsIgnoreCase(r))).forEach(r -> {
                        merged.add(r);
                        ratingsAdded.add(r);
                    });
            if (!ratingsAdded.isEmpty()) {
                tx.setRatingScale(merged);
            }
        }
        List<org.claimbench.domain.WorkspaceContent.DismissedSpan> spans = new java.util.ArrayList<>();
        for (var d : b.dismissedClaimSuggestions()) {
            Long article = articleIds.get(d.articleId());
            if (article != null) {
                spans.add(new org.claimbench.domain.WorkspaceContent.DismissedSpan(article, d.span()));
            }
        }
        List<long[]> pairsDismissed = new java.util.ArrayList<>();
        for (long[] p : b.dismissedPairs()) {
            Long x = claimIds.get(p[0]);
            Long y = claimIds.get(p[1]);
            if (x != null && y != null) {
                pairsDismissed.add(new long[] {x, y});
            }
        }
        tx.importDecisions(spans, pairsDismissed, now);
        for (org.claimbench.domain.Verdict v : b.verdicts()) {
            Long claim = claimIds.get(v.claimId());
            if (claim != null && (exact || !state.verdicts.containsKey(claim))) {
                tx.putVerdict(claim, new org.claimbench.domain.Verdict(claim, v.rating(), v.explanation(), v.reviewer(), v.reviewed()));
            }
        }
        return new MergeReport(exact, added, there, claimsAdded, contradictionsAdded, sourcesAdded, speakersAdded, ratingsAdded);
    }

    /**
     * Whether this workspace holds nothing the user made: no articles, claims, topics,
     * contradictions or verdicts, and the sources, speaker table and rating scale a new workspace
     * starts with. Only such a workspace is replaced by an imported one; any other is merged into.
     */
    private boolean holdsNothingTheUserMade() {
        if (!state.articles.isEmpty() || !state.countByArticle.isEmpty() || !state.claims.isEmpty() || !state.contradictions.isEmpty()
                || !state.topics.isEmpty() || !state.verdicts.isEmpty()) {
            return false;
        }
        Set<String> defaults = new HashSet<>();
        org.claimbench.domain.SourcePalette.DEFAULTS.forEach(d -> defaults.add(lower(d.name() + "|" + d.colour() + "|" + d.description())));
        Set<String> here = new HashSet<>();
        state.sources.values().forEach(s -> here.add(lower(s.name() + "|" + s.colour() + "|" + s.description())));
        if (!here.equals(defaults) || !state.ratingScale.equals(org.claimbench.domain.Verdict.DEFAULT_SCALE)) {
            return false;
        }
        Set<String> speakers = new HashSet<>();
        currentSpeakers.forEach(s -> speakers.add(lower(s.name() + "|" + (state.sources.containsKey(s.sourceId()) ? state.sources.get(s.sourceId()).name() : "")
                + "|" + s.aliases())));
        // Today's default table, or one an earlier version seeded the workspace with.
        List<List<org.claimbench.domain.DefaultSpeakers.Entry>> tables = new ArrayList<>();
        tables.add(org.claimbench.domain.DefaultSpeakers.all());
        tables.addAll(org.claimbench.domain.DefaultSpeakers.earlier());
        return tables.stream().anyMatch(table -> speakers.equals(speakerKeys(table)));
    }

    private static Set<String> speakerKeys(List<org.claimbench.domain.DefaultSpeakers.Entry> table) {
        Set<String> keys = new HashSet<>();
        table.forEach(e -> keys.add(lower(e.speaker() + "|" + e.source() + "|" + e.aliases())));
        return keys;
    }

    /**
     * Every reference inside the document points at something the document holds, and nothing in it
     * would break a rule of the workspace (two topics, sources or speakers whose names differ only in
     * case, a blank name, an empty claim): or nothing is imported, and the message says what is wrong.
     */
    private static void checkReferences(WorkspaceBundle b) {
        uniqueNames("sources", b.sources().stream().map(Source::name).toList());
        uniqueNames("topics", b.topics().stream().map(Topic::label).toList());
        uniqueNames("speakers", b.speakers().stream().map(org.claimbench.domain.Speaker::name).toList());
        for (Claim c : b.claims()) {
            if (c.hasPlace() && c.span().isEmpty()) {
                throw new WorkspaceException("Claim " + c.id() + " covers no words (its start and end are both " + c.start() + "). Nothing was imported.");
            }
        }
        Set<Long> sourceIdsHeld = new HashSet<>();
        b.sources().forEach(s -> sourceIdsHeld.add(s.id()));
        for (org.claimbench.domain.Speaker s : b.speakers()) {
            if (!sourceIdsHeld.contains(s.sourceId())) {
                throw new WorkspaceException("The speaker '" + s.name() + "' refers to source " + s.sourceId() + ", which the file does not hold. "
                        + "Nothing was imported.");
            }
        }
        Set<Long> sources = new HashSet<>();
        b.sources().forEach(s -> sources.add(s.id()));
        Set<Long> articles = new HashSet<>();
        b.articles().forEach(a -> articles.add(a.article().id()));
        Set<Long> topics = new HashSet<>();
        b.topics().forEach(t -> topics.add(t.id()));
        Set<Long> claims = new HashSet<>();
        for (Claim c : b.claims()) {
            if (!articles.contains(c.articleId())) {
                throw new WorkspaceException("Claim " + c.id() + " refers to article " + c.articleId() + ", which the file does not hold. Nothing was imported.");
            }
            if (!sources.contains(c.sourceId())) {
                throw new WorkspaceException("Claim " + c.id() + " refers to source " + c.sourceId() + ", which the file does not hold. Nothing was imported.");
            }
            if (c.topicId() != null && !topics.contains(c.topicId())) {
                throw new WorkspaceException("Claim " + c.id() + " refers to topic " + c.topicId() + ", which the file does not hold. Nothing was imported.");
            }
            claims.add(c.id());
        }
        for (WorkspaceBundle.ArticleWithText a : b.articles()) {
            if (a.article().length() != a.text().length()) {
                throw new WorkspaceException("Article " + a.article().id() + " says it has " + a.article().length() + " characters but holds "
                        + a.text().length() + ": the file was changed or cut. Nothing was imported.");
            }
        }
        Map<Long, String> texts = new HashMap<>();
        b.articles().forEach(a -> texts.put(a.article().id(), a.text()));
        for (Claim c : b.claims()) {
            String text = texts.get(c.articleId());
            if (c.hasPlace() && (!c.span().fitsIn(text.length()) || !text.substring(c.start(), c.end()).equals(c.exact()))) {
                throw new WorkspaceException("Claim " + c.id() + " does not match its article's text at " + c.start() + "–" + c.end()
                        + ". Nothing was imported.");
            }
        }
        for (Contradiction x : b.contradictions()) {
            if (!claims.contains(x.claimA()) || !claims.contains(x.claimB())) {
                throw new WorkspaceException("Contradiction " + x.id() + " refers to a claim the file does not hold. Nothing was imported.");
            }
        }
    }

    /**
     * What makes two claims the same claim: on one article, of one source, at one place; an orphan
     * (no place) by its quote and the words around it.
     */
    private static String claimKey(Claim c) {
        return c.hasPlace() ? c.articleId() + ":" + c.start() + ":" + c.end() + ":" + c.sourceId()
                : c.articleId() + ":orphan:" + c.sourceId() + ":" + c.quote().prefix() + "\u0000" + c.exact() + "\u0000" + c.quote().suffix();
    }

    private static List<String> distinctIgnoringCase(List<String> labels) {
        List<String> out = new java.util.ArrayList<>();
        for (String l : labels) {
            if (out.stream().noneMatch(x -> x.equalsIgnoreCase(l))) {
                out.add(l);
            }
        }
        return out;
    }

    private static void uniqueNames(String kind, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new WorkspaceException("The file has one of its " + kind + " without a name. Nothing was imported.");
            }
            if (!seen.add(lower(n.strip()))) {
                throw new WorkspaceException("The file has two " + kind + " named '" + n.strip() + "' (names that differ only in capitals are one "
                        + "name here). Nothing was imported.");
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
