package org.claimbench.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.Verdict;
import org.claimbench.domain.WorkspaceContent;

/**
 * Exports every claim that has a verdict as a schema.org ClaimReview (JSON-LD), the markup search
 * engines and fact-check aggregators read: claimReviewed, itemReviewed (a Claim with its author,
 * the speaker and source, and its appearance in the article), reviewRating with the verdict as
 * alternateName and its place on the scale (1 = worst … n = best), author (the reviewer).
 */
public final class ClaimReviewExporter {

    private final ObjectMapper json = JsonExporter.mapper();

    public ArrayNode document(WorkspaceContent w, List<Verdict> verdicts, List<String> scale) {
        Map<Long, Article> articles = new HashMap<>();
        w.articles().forEach(a -> articles.put(a.id(), a));
        Map<Long, Source> sources = new HashMap<>();
        w.sources().forEach(s -> sources.put(s.id(), s));
        Map<Long, Claim> claims = new HashMap<>();
        w.claims().forEach(c -> claims.put(c.id(), c));
        ArrayNode out = json.createArrayNode();
        for (Verdict v : verdicts) {
            Claim c = claims.get(v.claimId());
            if (c == null) {
                continue;
            }
            Article a = articles.get(c.articleId());
            Source s = sources.get(c.sourceId());
            ObjectNode review = out.addObject();
            review.put("@context", "https://schema.org");
            review.put("@type", "ClaimReview");
            // The verdict was given to the words as marked: a revision that edited them since does not move it onto the new words.
            review.put("claimReviewed", c.isChanged() ? c.markedQuote() : c.exact());
            review.put("datePublished", v.reviewed().toString().substring(0, 10));
            if (!v.reviewer().isEmpty()) {
                ObjectNode author = review.putObject("author");
                author.put("@type", "Person");
                author.put("name", v.reviewer());
            }
            ObjectNode item = review.putObject("itemReviewed");
            item.put("@type", "Claim");
            ObjectNode claimAuthor = item.putObject("author");
            claimAuthor.put("@type", c.speaker().isEmpty() ? "Organization" : "Person");
            claimAuthor.put("name", c.speaker().isEmpty() ? (s == null ? "" : s.name()) : c.speaker());
            if (s != null) {
                claimAuthor.put("affiliation", s.name());
            }
            if (a != null) {
                if (a.metadata().published() != null) {
                    item.put("datePublished", a.metadata().published().toString());
                }
                ObjectNode appearance = item.putObject("appearance");
                appearance.put("@type", "CreativeWork");
                appearance.put("headline", a.title());
                if (Iris.absolute(a.metadata().url()).isPresent()) {
                    appearance.put("url", Iris.absolute(a.metadata().url()).get());
                }
                if (a.metadata().published() != null) {
                    appearance.put("datePublished", a.metadata().published().toString());
                }
                if (!a.metadata().outlet().isEmpty()) {
                    ObjectNode publisher = appearance.putObject("publisher");
                    publisher.put("@type", "Organization");
                    publisher.put("name", a.metadata().outlet());
                }
            }
            ObjectNode rating = review.putObject("reviewRating");
            rating.put("@type", "Rating");
            int place = scale.indexOf(v.rating());
            if (place >= 0) {
                rating.put("ratingValue", scale.size() - place);
                rating.put("bestRating", scale.size());
                rating.put("worstRating", 1);
            }
            rating.put("alternateName", v.rating());
            if (!v.explanation().isEmpty()) {
                review.put("description", v.explanation());
            }
        }
        return out;
    }

    public int write(WorkspaceContent w, List<Verdict> verdicts, List<String> scale, Path target) throws IOException {
        ArrayNode doc = document(w, verdicts, scale);
        AtomicWrite.to(target, out -> json.writeValue(out, doc));
        return doc.size();
    }
}
