package org.claimbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Topic;
import org.claimbench.domain.WorkspaceContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports a REFI-QDA project (.qdpx: a ZIP holding project.qde and Sources/), which ATLAS.ti,
 * MAXQDA, NVivo and QualCoder import. The code book holds the workspace's coding scheme: sources
 * (with their colours) and topics, each a code; articles are text sources, claims plain-text
 * selections coded with their source and topic (positions in Unicode code points), claim notes
 * notes, contradictions links between the two selections. An orphan (its words are gone from the
 * article) has no position: it is a note on its article ("Orphan claim: …") instead.
 *
 * <p>GUIDs are random (version 4), made once per row and stored in the workspace, so they are
 * globally unique as the standard asks and the same at every re-export of one workspace. XML is
 * written by the JDK's DOM serializer: characters XML 1.0 forbids are left out (see {@link XmlText})
 * and line breaks inside attribute values are written as character references, so they survive.
 */
public final class QdpxExporter {

    static final String NS = "urn:QDA-XML:project:1.0";

    public void write(WorkspaceContent w, String projectName, Path target) throws IOException {
        AtomicWrite.to(target, out -> write(w, projectName, out));
    }

    void write(WorkspaceContent w, String projectName, OutputStream raw) throws IOException {
        List<Claim> claims = w.claims();
        Guids guids = new Guids(w, claims);
        ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8);
        Map<Long, String> texts = new HashMap<>();
        for (Article a : w.articles()) {
            String text = w.text(a.id());
            texts.put(a.id(), text);
            zip.putNextEntry(new ZipEntry("Sources/" + guids.of("article", a.id()) + ".txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("project.qde"));
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            new Project(doc, w, guids, claims, texts).build(projectName);
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(doc), new StreamResult(zip));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        zip.finish();
    }

    /** The GUIDs of every row the project names, read or made in one go. */
    private static final class Guids {
        private final Map<String, Map<Long, String>> byKind = new HashMap<>();

        Guids(WorkspaceContent w, List<Claim> claims) {
            List<Long> claimIds = claims.stream().map(Claim::id).toList();
            put(w, "project", List.of(0L));
            put(w, "user", List.of(1L));
            put(w, "source", w.sources().stream().map(Source::id).toList());
            put(w, "topic", w.topics().stream().map(Topic::id).toList());
            put(w, "article", w.articles().stream().map(Article::id).toList());
            put(w, "claim", claimIds);
            put(w, "coding", claimIds);
            put(w, "topic-coding", claimIds);
            put(w, "note", claimIds);
            put(w, "orphan-note", claimIds);
            put(w, "contradiction", w.contradictions().stream().map(Contradiction::id).toList());
        }

        private void put(WorkspaceContent w, String kind, List<Long> ids) {
            byKind.put(kind, w.exchangeIds(kind, ids));
        }

        String of(String kind, long id) {
            return byKind.get(kind).get(id);
        }
    }

    /** Builds project.qde. */
    private static final class Project {
        private final Document doc;
        private final WorkspaceContent w;
        private final Guids guids;
        private final List<Claim> claims;
        private final Map<Long, String> texts;

        Project(Document doc, WorkspaceContent w, Guids guids, List<Claim> claims, Map<Long, String> texts) {
            this.doc = doc;
            this.w = w;
            this.guids = guids;
            this.claims = claims;
            this.texts = texts;
        }

        void build(String name) {
            String user = guids.of("user", 1);
            Element project = el(doc, "Project");
            doc.appendChild(project);
            attr(project, "name", name);
            attr(project, "origin", "Claimbench 0.1");
            attr(project, "creatingUserGUID", user);
            attr(project, "creationDateTime", Instant.now().toString());

            Element users = child(project, "Users");
            Element u = child(users, "User");
            attr(u, "guid", user);
            attr(u, "name", "Claimbench");

            if (!w.sources().isEmpty() || !w.topics().isEmpty()) {
                Element codes = child(child(project, "CodeBook"), "Codes");
                for (Source s : w.sources()) {
                    Element code = child(codes, "Code");
                    attr(code, "guid", guids.of("source", s.id()));
                    attr(code, "name", s.name());
                    attr(code, "isCodable", "true");
                    attr(code, "color", s.colour());
                    if (!s.description().isEmpty()) {
                        text(child(code, "Description"), s.description());
                    }
                }
                for (Topic t : w.topics()) {
                    Element code = child(codes, "Code");
                    attr(code, "guid", guids.of("topic", t.id()));
                    attr(code, "name", t.label());
                    attr(code, "isCodable", "true");
                    text(child(code, "Description"), "Topic: a question that groups claims");
                }
            }

            Map<Long, List<Claim>> byArticle = new HashMap<>();
            claims.forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
            if (!w.articles().isEmpty()) {
                Element sources = child(project, "Sources");
                for (Article a : w.articles()) {
                    source(sources, a, byArticle.getOrDefault(a.id(), List.of()), user);
                }
            }

            boolean notes = claims.stream().anyMatch(c -> !c.note().isEmpty() || c.isOrphan());
            if (notes) {
                Element list = child(project, "Notes");
                for (Claim c : claims) {
                    if (!c.note().isEmpty()) {
                        Element note = child(list, "Note");
                        attr(note, "guid", guids.of("note", c.id()));
                        attr(note, "name", "Note on a claim");
                        text(child(note, "PlainTextContent"), c.note());
                    }
                    if (c.isOrphan()) {
                        Element note = child(list, "Note");
                        attr(note, "guid", guids.of("orphan-note", c.id()));
                        attr(note, "name", "Orphan claim: " + shortQuote(c));
                        text(child(note, "PlainTextContent"), "Orphan claim (its words are gone from the article's current text): “"
                                + c.exact() + "”" + (c.speaker().isEmpty() ? "" : " — " + c.speaker()));
                    }
                }
            }

            Map<Long, Claim> byId = new HashMap<>();
            claims.forEach(c -> byId.put(c.id(), c));
            if (!w.contradictions().isEmpty()) {
                Element links = child(project, "Links");
                for (Contradiction x : w.contradictions()) {
                    Element link = child(links, "Link");
                    attr(link, "guid", guids.of("contradiction", x.id()));
                    attr(link, "name", x.kind().label() + " contradiction (" + x.status().code() + ")" + (x.note().isEmpty() ? "" : ": " + x.note()));
                    attr(link, "direction", "Associative");
                    attr(link, "originGUID", claimGuid(byId.get(x.claimA()), x.claimA()));
                    attr(link, "targetGUID", claimGuid(byId.get(x.claimB()), x.claimB()));
                }
            }
        }

        private void source(Element sources, Article a, List<Claim> articleClaims, String user) {
            String text = texts.get(a.id());
            String guid = guids.of("article", a.id());
            Element source = child(sources, "TextSource");
            attr(source, "guid", guid);
            attr(source, "name", a.title());
            attr(source, "plainTextPath", "internal://" + guid + ".txt");
            attr(source, "creationDateTime", a.importedAt().toString());
            String about = a.metadata().byline() + (a.metadata().url().isEmpty() ? "" : " " + a.metadata().url());
            if (!about.isBlank()) {
                text(child(source, "Description"), about.strip());
            }
            for (Claim c : articleClaims) {
                if (c.isOrphan()) {
                    continue;
                }
                Element sel = child(source, "PlainTextSelection");
                attr(sel, "guid", guids.of("claim", c.id()));
                attr(sel, "name", shortQuote(c));
                attr(sel, "startPosition", String.valueOf(text.codePointCount(0, c.start())));
                attr(sel, "endPosition", String.valueOf(text.codePointCount(0, c.end())));
                attr(sel, "creatingUser", user);
                attr(sel, "creationDateTime", c.created().toString());
                String description = (c.speaker().isEmpty() ? "" : "Speaker: " + c.speaker())
                        + (c.isChanged() ? (c.speaker().isEmpty() ? "" : "\n") + "Changed since marked; marked as: “" + c.markedQuote() + "”" : "");
                if (!description.isEmpty()) {
                    text(child(sel, "Description"), description);
                }
                coding(sel, guids.of("coding", c.id()), guids.of("source", c.sourceId()), user);
                if (c.topicId() != null && guids.of("topic", c.topicId()) != null) {
                    coding(sel, guids.of("topic-coding", c.id()), guids.of("topic", c.topicId()), user);
                }
                if (!c.note().isEmpty()) {
                    attr(child(sel, "NoteRef"), "targetGUID", guids.of("note", c.id()));
                }
            }
            for (Claim c : articleClaims) {
                if (c.isOrphan()) {
                    attr(child(source, "NoteRef"), "targetGUID", guids.of("orphan-note", c.id()));
                }
            }
        }

        private void coding(Element selection, String guid, String code, String user) {
            Element coding = child(selection, "Coding");
            attr(coding, "guid", guid);
            attr(coding, "creatingUser", user);
            attr(child(coding, "CodeRef"), "targetGUID", code);
        }

        /** A link ends at the claim's selection, or at the note an orphan became. */
        private String claimGuid(Claim c, long id) {
            return c != null && c.isOrphan() ? guids.of("orphan-note", id) : guids.of("claim", id);
        }

        private static String shortQuote(Claim c) {
            String q = c.exact();
            if (q.length() <= 80) {
                return q;
            }
            int cut = Character.isHighSurrogate(q.charAt(78)) ? 78 : 79;
            return q.substring(0, cut) + "…";
        }

        private Element child(Element parent, String name) {
            Element e = el(doc, name);
            parent.appendChild(e);
            return e;
        }

        private static Element el(Document doc, String name) {
            return doc.createElementNS(NS, name);
        }

        private static void attr(Element e, String name, String value) {
            e.setAttribute(name, XmlText.clean(value));
        }

        private void text(Element e, String value) {
            e.setTextContent(XmlText.clean(value));
        }
    }
}
