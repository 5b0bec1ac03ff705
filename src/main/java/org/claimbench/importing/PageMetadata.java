package org.claimbench.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.domain.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata read the way Mozilla's Readability reads it (Readability.js _getJSONLD,
 * _getArticleMetadata, _getArticleTitle): schema.org JSON-LD of an article type first, then the
 * Dublin Core, Open Graph, Twitter, Parse.ly and Weibo meta tags in Readability's order, and for the
 * title, failing those, the document's title without the site's name around its separators (or
 * the page's only h1 when that title is very short or very long). Also the URL (og:url, canonical
 * link), the language (html lang) and the publication date.
 */
final class PageMetadata {

    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Readability.js REGEXPS.jsonLdArticleTypes: the schema.org types of an article. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
            "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
            "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
            "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference");
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");

    private PageMetadata() {
    }

    /** Reads the metadata of a page (call before anything is removed from it); the title is null when the page names none. */
    static ArticleMetadata read(Document doc, String url) {
        Map<String, String> ld = jsonLd(doc);
        Map<String, String> meta = metaValues(doc);
        String title = first(ld.get("title"), meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"),
                meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"), meta.get("twitter:title"),
                meta.get("parsely-title"));
        if (title.isEmpty()) {
            title = articleTitle(doc);
        }
        String articleAuthor = meta.getOrDefault("article:author", "");
        String author = first(ld.get("byline"), meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), articleAuthor.matches("(?i)^https?://.*") ? "" : articleAuthor);
        String outlet = first(ld.get("siteName"), meta.get("og:site_name"), attr(doc, "meta[name=application-name]", "content"));
        String pageUrl = first(attr(doc, "meta[property=og:url]", "content"), attr(doc, "link[rel=canonical]", "href"), url);
        String lang = first(attr(doc, "html", "lang"), attr(doc, "meta[property=og:locale]", "content"));
        LocalDate published = date(first(ld.get("datePublished"), meta.get("article:published_time"), meta.get("parsely-pub-date"),
                attr(doc, "meta[name=date]", "content"), attr(doc, "meta[itemprop=datePublished]", "content"),
                attr(doc, "time[datetime]", "datetime")));
        return new ArticleMetadata(title.isBlank() ? null : Texts.normalise(title), outlet, author, pageUrl, published, lang, "");
    }

    /** Readability's meta values: "og:title", "dc:creator", "author", "parsely-title" … keyed in lower case. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element m : doc.select("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean matched = false;
            String property = m.attr("property");
            if (!property.isEmpty()) {
                Matcher p = PROPERTY.matcher(property);
                if (p.find()) {
                    values.put(p.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
                    matched = true;
                }
            }
            String name = m.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
                values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
            }
        }
        return values;
    }

    /** The first schema.org article in the page's JSON-LD: title, byline, siteName, datePublished. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> out = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", ""));
            } catch (Exception e) {
                continue;
            }
            JsonNode article = findArticle(root);
            if (article == null) {
                continue;
            }
            String name = text(article.get("name"));
            String headline = text(article.get("headline"));
            if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
                String docTitle = articleTitle(doc);
                boolean nameMatches = similarity(name, docTitle) > 0.75;
                boolean headlineMatches = similarity(headline, docTitle) > 0.75;
                out.put("title", headlineMatches && !nameMatches ? headline : name);
            } else {
                out.put("title", name.isEmpty() ? headline : name);
            }
            out.put("byline", names(article.get("author")));
            out.put("siteName", text(article.path("publisher").get("name")));
            out.put("datePublished", text(article.get("datePublished")));
            return out;
        }
        return out;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode a = findArticle(n);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (node.has("@graph")) {
            JsonNode a = findArticle(node.get("@graph"));
            if (a != null) {
                return a;
            }
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types.stream().anyMatch(ARTICLE_TYPES::contains) ? node : null;
    }

    private static String names(JsonNode author) {
        if (author == null) {
            return "";
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> {
                String n = names(a);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            });
            return String.join(", ", names);
        }
        return author.isObject() ? text(author.get("name")) : text(author);
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText().strip() : "";
    }

    /** Readability.js _textSimilarity: the share of b's text made of words a also has. */
    static double similarity(String a, String b) {
        List<String> tokensA = List.of(a.toLowerCase(Locale.ROOT).split("\\W+"));
        List<String> tokensB = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        tokensB.removeIf(String::isEmpty);
        if (tokensB.isEmpty()) {
            return 0;
        }
        String all = String.join(" ", tokensB);
        String unique = String.join(" ", tokensB.stream().filter(t -> !tokensA.contains(t)).toList());
        return 1 - (double) unique.length() / all.length();
    }

    /**
     * Readability.js _getArticleTitle: the document's title; with a separator (| - – — \ / > ») the
     * part before the last one (the site's name follows it), or after the first if that leaves fewer
     * than three words; with a colon and no heading saying the same, the part after it; the only h1
     * when the title is shorter than 15 or longer than 150 characters; the whole title again when
     * what is left has four words or fewer.
     */
    static String articleTitle(Document doc) {
        String orig = doc.title().strip().replaceAll("\\s+", " ");
        String cur = orig;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(orig);
        if (sep.find()) {
            hierarchical = HIERARCHICAL.matcher(orig).find();
            int last = sep.start();
            while (sep.find()) {
                last = sep.start();
            }
            cur = orig.substring(0, last);
            if (words(cur) < 3) {
                cur = orig.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
            }
        } else if (cur.contains(": ")) {
            String trimmed = cur.strip();
            boolean heading = doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(trimmed));
            if (!heading) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (words(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            List<Element> h1 = doc.select("h1");
            if (h1.size() == 1) {
                cur = h1.get(0).text();
            }
        }
        cur = cur.strip().replaceAll("\\s{2,}", " ");
        int n = words(cur);
        if (n <= 4 && (!hierarchical || n != words(orig.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            cur = orig;
        }
        return cur;
    }

    /** Words as JavaScript's str.split(/\s+/) counts them (a blank at either end adds an empty one). */
    private static int words(String s) {
        return s.split("\\s+", -1).length;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** Accepts "2025-07-03", "2025-07-03T14:00:00Z" and "2025-07-03T14:00:00+03:00". */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
