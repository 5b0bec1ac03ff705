package org.claimbench.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.WorkspaceContent;

/**
 * Exports a REFI-QDA project (.qdpx: a ZIP holding project.qde and Sources/), which ATLAS.ti,
 * MAXQDA, NVivo and QualCoder import: sources become the code book (with their colours), articles
 * text sources, claims plain-text selections coded with their source (positions in Unicode code
 * points), claim notes notes, and contradictions links between the two selections. GUIDs are
 * derived from the workspace's ids, so exporting twice gives the same GUIDs.
 */
public final class QdpxExporter {

    static final String NS = "urn:QDA-XML:project:1.0";

    public void write(WorkspaceContent w, String projectName, Path target) throws IOException {
        AtomicWrite.to(target, out -> write(w, projectName, out));
    }

    void write(WorkspaceContent w, String projectName, OutputStream raw) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8);
        Map<Long, String> texts = new HashMap<>();
        for (Article a : w.articles()) {
            String text = w.text(a.id());
            texts.put(a.id(), text);
            zip.putNextEntry(new ZipEntry("Sources/" + guid("article", a.id()) + ".txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("project.qde"));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            project(x, w, projectName, texts);
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        zip.finish();
    }

    private static void project(XMLStreamWriter x, WorkspaceContent w, String name, Map<Long, String> texts) throws XMLStreamException {
        String user = guid("user", 1);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("Project");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("name", name);
        x.writeAttribute("origin", "Claimbench 0.1");
        x.writeAttribute("creatingUserGUID", user);
        x.writeAttribute("creationDateTime", Instant.now().toString());

        x.writeStartElement("Users");
        x.writeEmptyElement("User");
        x.writeAttribute("guid", user);
        x.writeAttribute("name", "Claimbench");
        x.writeEndElement();

        if (!w.sources().isEmpty()) {
            x.writeStartElement("CodeBook");
            x.writeStartElement("Codes");
            for (Source s : w.sources()) {
                x.writeStartElement("Code");
                x.writeAttribute("guid", guid("source", s.id()));
                x.writeAttribute("name", s.name());
                x.writeAttribute("isCodable", "true");
                x.writeAttribute("color", s.colour());
                if (!s.description().isEmpty()) {
                    element(x, "Description", s.description());
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
        }

        Map<Long, java.util.List<Claim>> byArticle = new HashMap<>();
        w.claims().forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new java.util.ArrayList<>()).add(c));
        if (!w.articles().isEmpty()) {
            x.writeStartElement("Sources");
            for (Article a : w.articles()) {
                String text = texts.get(a.id());
                String guid = guid("article", a.id());
                x.writeStartElement("TextSource");
                x.writeAttribute("guid", guid);
                x.writeAttribute("name", a.title());
                x.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
                x.writeAttribute("creationDateTime", a.importedAt().toString());
                String about = a.metadata().byline() + (a.metadata().url().isEmpty() ? "" : " " + a.metadata().url());
                if (!about.isBlank()) {
                    element(x, "Description", about.strip());
                }
                for (Claim c : byArticle.getOrDefault(a.id(), java.util.List.of())) {
                    x.writeStartElement("PlainTextSelection");
                    x.writeAttribute("guid", guid("claim", c.id()));
                    x.writeAttribute("name", c.exact().length() <= 80 ? c.exact() : c.exact().substring(0, 79) + "…");
                    x.writeAttribute("startPosition", String.valueOf(text.codePointCount(0, c.start())));
                    x.writeAttribute("endPosition", String.valueOf(text.codePointCount(0, c.end())));
                    x.writeAttribute("creatingUser", user);
                    x.writeAttribute("creationDateTime", c.created().toString());
                    if (!c.speaker().isEmpty()) {
                        element(x, "Description", "Speaker: " + c.speaker());
                    }
                    x.writeStartElement("Coding");
                    x.writeAttribute("guid", guid("coding", c.id()));
                    x.writeAttribute("creatingUser", user);
                    x.writeEmptyElement("CodeRef");
                    x.writeAttribute("targetGUID", guid("source", c.sourceId()));
                    x.writeEndElement();
                    if (!c.note().isEmpty()) {
                        x.writeEmptyElement("NoteRef");
                        x.writeAttribute("targetGUID", guid("note", c.id()));
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        boolean notes = w.claims().stream().anyMatch(c -> !c.note().isEmpty());
        if (notes) {
            x.writeStartElement("Notes");
            for (Claim c : w.claims()) {
                if (!c.note().isEmpty()) {
                    x.writeStartElement("Note");
                    x.writeAttribute("guid", guid("note", c.id()));
                    x.writeAttribute("name", "Note on a claim");
                    element(x, "PlainTextContent", c.note());
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
        }

        if (!w.contradictions().isEmpty()) {
            x.writeStartElement("Links");
            for (Contradiction c : w.contradictions()) {
                x.writeStartElement("Link");
                x.writeAttribute("guid", guid("contradiction", c.id()));
                x.writeAttribute("name", c.kind().label() + " contradiction (" + c.status().code() + ")"
                        + (c.note().isEmpty() ? "" : ": " + c.note()));
                x.writeAttribute("direction", "Associative");
                x.writeAttribute("originGUID", guid("claim", c.claimA()));
                x.writeAttribute("targetGUID", guid("claim", c.claimB()));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    /** A stable GUID for a workspace row of a kind. */
    static String guid(String kind, long id) {
        return UUID.nameUUIDFromBytes(("claimbench:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
